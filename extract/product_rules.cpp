// Cue rules for products, shipments and presence: produces, develops,
// launched, shipped, operates-in.
#include <algorithm>

#include "extract/relation_rules.h"

namespace kg::extract {
void RelationRules::product_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    const std::size_t begin = view_.clause_begin(i), end = view_.clause_end(i);
    const bool particle_her = one_of(word, {"stellt", "stellen", "stellte"}) && view_.find({"her"}, i + 1, end) &&
                              view_.lower(*view_.find({"her"}, i + 1, end)) == "her";
    const bool particle_vor = one_of(word, {"stellt", "stellen", "stellte"}) && view_.find({"vor"}, i + 1, end) &&
                              view_.lower(*view_.find({"vor"}, i + 1, end)) == "vor" && *view_.find({"vor"}, i + 1, end) + 2 >= end;
    std::string predicate;
    if (particle_her || one_of(word, {"produziert", "produzieren", "fertigt", "fertigen", "gefertigt", "herstellt",
                                      "herstellen", "hergestellt", "hergestellte", "hergestellten", "baut", "bauen"}))
      predicate = "produces";
    else if (one_of(word, {"entwickelt", "entwickeln", "entwickelte"}))
      predicate = "develops";
    else if (particle_vor || one_of(word, {"vorgestellt", "präsentiert", "präsentierte", "lanciert", "lancierte"}) ||
             (word == "markt" && i >= 2 && view_.lower(i - 1) == "den" && view_.lower(i - 2) == "auf" &&
              view_.find({"bring", "gebracht"}, begin, end)))
      predicate = "launched";
    if (predicate.empty() || view_.blocked(i)) continue;
    cue_ = i;
    if (i > 0 && view_.lower(i - 1) == "zu") continue;                        // "zu entwickeln": an intention
    if (word == "baut" && view_.find({"aus"}, i + 1, end)) continue;          // "baut ... aus": expands
    const bool attributive = word.ends_with("te") || word.ends_with("ten");   // "das von X hergestellte Mittel Y"
    const Ref* maker = nullptr;
    if (attributive || view_.find({"wird", "wurde", "werden"}, begin, end))
      maker = view_.after_preposition(begin, i, {"von", "vom"});
    if (!maker || maker->type != EntityType::Organization) maker = view_.subject(i);
    if (!maker || maker->type != EntityType::Organization) continue;
    const Ref* product = nullptr;
    for (const Ref& ref : view_.refs()) {
      if (ref.first < begin || ref.first >= end || ref.name == maker->name || ref.type == EntityType::Location) continue;
      if (attributive && ref.first < i) continue;
      const bool named_product = ref.type == EntityType::Product || (predicate == "launched" && ref.preposition == "mit");
      if (named_product || (predicate == "launched" && !ref.oblique)) {
        product = &ref;
        break;
      }
    }
    if (product) {
      Term object = term(*product);
      object.type = EntityType::Product;
      emit(term(*maker), predicate, object, weaker(0.65, maker, product), predicate);
      continue;
    }
    if (predicate == "launched") continue;
    std::vector<ConceptPhrase> things = view_.concepts(maker->first > i ? maker->end : i + 1, end);
    if (things.empty()) things = view_.concepts(std::max(begin, maker->end), i);
    for (const ConceptPhrase& phrase : things)
      emit(term(*maker), predicate, concept_term(phrase), weaker(0.6, maker), predicate + "/concept");
  }
}

void RelationRules::shipment_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    const std::size_t begin = view_.clause_begin(i), end = view_.clause_end(i);
    const bool cue = one_of(word, {"ausliefern", "ausgeliefert", "auslieferte", "auslieferten", "verkauft", "verkaufte",
                                   "verkauften", "abgesetzt", "geliefert"}) ||
                     (one_of(word, {"liefert", "lieferte", "lieferten", "liefern"}) && view_.find({"aus"}, i + 1, end)) ||
                     (one_of(word, {"setzte", "setzt", "setzten"}) && view_.find({"ab"}, i + 1, end) &&
                      view_.lower(*view_.find({"ab"}, i + 1, end)) == "ab");
    if (!cue || view_.blocked(i)) continue;
    cue_ = i;
    const Literal* count = nullptr;
    for (const Literal& literal : quantities_)
      if (literal.unit.empty() && !literal.noun.empty() && literal.first_token >= begin && literal.end_token <= end) {
        count = &literal;
        break;
      }
    if (!count) continue;
    const Ref* seller = view_.subject(i);
    if (!seller || seller->type != EntityType::Organization) continue;
    Term object;
    object.name = count->noun;
    object.type = EntityType::Concept;
    object.surface = count->noun;
    discourse_.market = count->noun;
    for (const Ref* ref : view_.coordinated(*seller))
      emit(term(*ref), "shipped", object, weaker(0.65, ref), "shipped",
           {{"quantity", count->value}, {"unit", "units"}});
  }
}

void RelationRules::operation_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    const bool cue = word.starts_with("präsenz") || word == "aktiv" || word.starts_with("niederlassung") ||
                     word == "vertreten" || word == "werk" || word.starts_with("standort") ||
                     one_of(word, {"betreibt", "betreiben"}) || word.starts_with("eröffne") ||
                     word.starts_with("filiale");
    if (!cue || view_.blocked(i)) continue;
    cue_ = i;
    const std::size_t begin = view_.clause_begin(i), end = view_.clause_end(i);
    const Ref* owner = i > 0 && view_.lower(i - 1) == "dessen" ? view_.ref_at(i - 1) : view_.subject(i);
    if (!owner || owner->type != EntityType::Organization) continue;
    for (const Ref& ref : view_.refs()) {
      if (ref.type != EntityType::Location || ref.first < begin || ref.first >= end || ref.preposition == "aus") continue;
      if (word == "werk" && ref.first < i) continue;
      if (view_.find({"sitz"}, ref.first >= 3 ? ref.first - 3 : 0, ref.first)) continue;  // a headquarters
      emit(*owner, "operates-in", ref, 0.55, "operates");
      if (!ref.region.empty()) {
        Term region{ref.region, EntityType::Location, {}, ref.region};
        emit(term(ref), "located-in", region, 0.6, "place/region");
      }
    }
    // "in mehr als 30 Ländern vertreten": a count of countries or markets.
    if (const std::string countries = country_count(i, end); !countries.empty())
      emit(term(*owner), "operates-in", Term{countries, EntityType::Concept, {}, countries}, 0.55, "operates/count");
  }
}

// "mehr als 30 Länder" of "Präsenz in mehr als 30 Ländern": "in", an
// optional quantifier, a number and Ländern, Staaten or Märkten within a
// few words of the cue at `cue` ("in 40 Ländern vertreten"), in the
// nominative; empty if none.
std::string RelationRules::country_count(std::size_t cue, std::size_t end) const {
  static constexpr std::pair<std::string_view, std::string_view> kPlaces[] = {
      {"ländern", "Länder"}, {"staaten", "Staaten"}, {"märkten", "Märkte"}, {"regionen", "Regionen"}};
  const std::size_t from = std::max(view_.clause_begin(cue), cue >= 6 ? cue - 6 : 0);
  for (std::size_t k = from; k < std::min(end, cue + 4); ++k) {
    if (view_.lower(k) != "in") continue;
    std::size_t at = k + 1;
    std::string quantifier;
    if (at + 1 < end && view_.lower(at) == "mehr" && view_.lower(at + 1) == "als") quantifier = "mehr als ", at += 2;
    else if (at < end && one_of(view_.lower(at), {"über", "rund", "etwa", "fast", "knapp"}))
      quantifier = view_.lower(at) + " ", at += 1;
    if (at + 1 >= end || view_.lower(at).empty() || view_.lower(at).find_first_not_of("0123456789.") != std::string::npos)
      return {};
    for (const auto& [dative, nominative] : kPlaces)
      if (view_.lower(at + 1) == dative) return quantifier + std::string(view_.form(at)) + " " + std::string(nominative);
    return {};
  }
  return {};
}

}  // namespace kg::extract
