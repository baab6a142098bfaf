// Rules for what noun phrases, roles and places say about an entity:
// instance-of, country, headquarters, subsidiaries, roles, founders.
#include <algorithm>

#include "extract/gazetteer.h"
#include "extract/german_lexicon.h"
#include "extract/morph_lexicon.h"
#include "extract/relation_rules.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

Term place_term(const std::string& name) { return Term{name, EntityType::Location, {}, name}; }

// "Given Family" written without article: two capitalised words, neither a
// legal form nor a word that continues company names ("Velantis Systems").
bool looks_like_person_name(const Ref& ref) {
  const std::size_t space = ref.name.find(' ');
  if (space == std::string::npos || ref.name.find(' ', space + 1) != std::string::npos) return false;
  const std::string_view first = std::string_view(ref.name).substr(0, space);
  const std::string_view last = std::string_view(ref.name).substr(space + 1);
  for (std::string_view word : {first, last})
    if (!starts_upper(word) || GermanLexicon::is_legal_form(word) || GermanLexicon::is_name_part(word)) return false;
  // Nothing but a preposition before it: no article, no adjective.
  return ref.np_first == ref.first || (ref.np_first + 1 == ref.first && !ref.preposition.empty());
}

}  // namespace

void RelationRules::noun_phrase_rules() {
  for (const Ref& ref : view_.refs()) {
    if (ref.type == EntityType::Location) {
      if (!ref.country.empty()) emit(term(ref), "country", place_term(ref.country), 0.65, "place/country");
      if (!ref.region.empty()) emit(term(ref), "located-in", place_term(ref.region), 0.6, "place/region");
      continue;
    }
    if (ref.description && !ref.class_noun) continue;  // pronouns and demonyms say nothing new
    if (ref.type == EntityType::Organization && !ref.country.empty())
      emit(term(ref), "country", place_term(ref.country), weaker(0.7, &ref), "np/nationality");
    if (ref.type == EntityType::Organization && !ref.city.empty())
      emit(term(ref), "headquartered-in", place_term(ref.city), weaker(0.65, &ref), "np/city");
    if (!ref.class_noun) continue;
    const ClassNoun& noun = *ref.class_noun;
    if (noun.relational) {
      const std::string base = to_lower(noun.base);
      const Ref* other = view_.subject(ref.first, ref.name);
      Term other_term = other ? term(*other) : topic(ref.name);
      if (!other)
        for (const Ref& candidate : view_.refs())
          if (candidate.type == EntityType::Organization && candidate.name != ref.name && !candidate.description) {
            other_term = term(candidate);
            break;
          }
      if (base.ends_with("konkurrent") || base.ends_with("rivale") || base.ends_with("wettbewerber"))
        emit(term(ref), "competitor-of", other_term, weaker(0.6, other, &ref), "np/competitor");
      else if (base.ends_with("partner") && !ref.description)
        emit(other_term, "partner-of", term(ref), weaker(0.5, other, &ref), "np/partner");
      else if (base.ends_with("tochter") && !ref.description)
        if (const NameIndex::Entry* parent = view_.names().find_prefix(noun.base))
          emit(term(ref), "subsidiary-of", Term{parent->name, parent->type, {}, {}}, 0.7, "np/subsidiary");
      continue;
    }
    if (noun.generic) continue;
    std::string base = noun.base;
    if (const std::size_t hyphen = base.find('-'); hyphen != std::string::npos && hyphen <= 3 &&
                                                   GermanLexicon::is_common_acronym(base.substr(0, hyphen)) &&
                                                   Gazetteer::find_adjective(base.substr(0, hyphen + 1)))
      base = base.substr(hyphen + 1);  // "US-Softwarekonzern" -> "Softwarekonzern"
    if (view_.names().find_prefix(base)) continue;  // "Bayer-Konzern" names its organisation
    emit(term(ref), "instance-of", Term{base, EntityType::Concept, {}, noun.base}, weaker(0.6, &ref), "np/class");
    if (ref.type == EntityType::Organization) discourse_.learn_class(ref.name, base);
  }
}

void RelationRules::subsidiary_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    const std::size_t end = view_.clause_end(i);
    if (one_of(word, {"gehört", "gehören", "gehörte"})) {
      const Ref* parent = view_.after_preposition(view_.clause_begin(i), end, {"zu", "zum", "zur"});
      const Ref* child = parent ? view_.subject(i, parent->name) : nullptr;
      if (parent && child && parent->type == EntityType::Organization && child->type == EntityType::Organization)
        emit(*child, "subsidiary-of", *parent, 0.65, "subsidiary/belongs");
      continue;
    }
    const bool tochter = word.starts_with("tochter") || word.ends_with("-tochter");
    if (!tochter || view_.ref_at(i) || (i + 1 < view_.size() && view_.ref_at(i + 1) && !view_.ref_at(i + 1)->oblique))
      continue;
    const Ref* parent = nullptr;
    for (const Ref& ref : view_.refs())
      if (ref.first > i && ref.first <= i + 5 && ref.oblique && one_of(ref.preposition, {"", "von", "vom"})) {
        parent = &ref;
        break;
      }
    Term parent_term;
    if (parent) parent_term = term(*parent);
    else if (const NameIndex::Entry* entry = view_.names().find_prefix(view_.form(i)))
      parent_term = Term{entry->name, entry->type, {}, std::string(view_.form(i))};
    if (parent_term.name.empty() || parent_term.type != EntityType::Organization) continue;
    // "X, eine Tochter der Y": the apposition's head; else the subject; else the topic.
    const Ref* child = nullptr;
    if (i >= 2 && view_.form(i - 2) == ",") child = view_.ref_at(i - 3);
    if (!child && !(i > 1 && GermanLexicon::is_preposition(view_.lower(i - 2)))) child = view_.subject(i, parent_term.name);
    if (child && child->type == EntityType::Organization)
      emit(term(*child), "subsidiary-of", parent_term, weaker(0.65, child), "subsidiary");
    else if (!parent && !(i > 1 && GermanLexicon::is_preposition(view_.lower(i - 2))))
      emit(topic(parent_term.name), "subsidiary-of", parent_term, 0.35, "subsidiary/topic");
  }
}

void RelationRules::headquarters_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    const bool seat = one_of(word, {"sitz", "hauptsitz", "firmensitz", "zentrale", "konzernzentrale"});
    const bool based = word.starts_with("ansässig");
    const bool from = word == "aus" && i > 0 && view_.ref_at(i - 1) &&
                      view_.ref_at(i - 1)->type == EntityType::Organization;
    if (!seat && !based && !from) continue;
    const std::size_t end = view_.clause_end(i);
    // The organisation.
    const Ref* org = nullptr;
    if (from) org = view_.ref_at(i - 1);
    else if (seat && i > 0 && view_.lower(i - 1) == "mit") org = view_.ref_at(i - 2);
    else if (based && i + 1 < view_.size() && view_.ref_at(i + 1)) org = view_.ref_at(i + 1);
    if (!org) org = view_.subject(i);
    if (!org || org->type != EntityType::Organization) continue;
    // The places: location references near the cue, or a capitalised word after "in".
    std::vector<Term> places;
    const std::size_t lo = based ? (i >= 6 ? i - 6 : 0) : i + 1;
    const std::size_t hi = based ? std::min(end, i + 4) : std::min(end, i + 5);
    std::size_t from_token = lo;
    if (based) {  // back to the clause start, or over commas inside "in Haidan, Peking"
      from_token = i;
      while (from_token > lo) {
        const std::size_t k = from_token - 1;
        if (view_.form(k) == "," && !(k > 0 && view_.ref_at(k - 1) && view_.ref_at(k - 1)->type == EntityType::Location))
          break;
        from_token = k;
      }
    }
    for (const Ref& ref : view_.refs())
      if (ref.type == EntityType::Location && ref.first >= from_token && ref.first < hi) {
        places.push_back(term(ref));
        if (!ref.country.empty()) emit(term(ref), "country", place_term(ref.country), 0.6, "place/country");
        if (from) break;
      }
    if (places.empty() && !based) {
      for (std::size_t k = i + 1; k < hi; ++k) {
        if (starts_upper(view_.form(k)) && !GermanLexicon::is_function_word(view_.lower(k)) &&
            GermanLexicon::noun_match(view_.lower(k)) == NounMatch::None && !view_.ref_at(k)) {
          std::string place(view_.form(k));
          if (place.ends_with(".") && k + 1 < view_.size() && starts_upper(view_.form(k + 1)))
            place += " " + std::string(view_.form(k + 1));  // "St. Louis"
          places.push_back(place_term(place));
          if (const Place* country = Gazetteer::find_adjective(view_.form(k - 1)))
            emit(places.back(), country->kind == PlaceKind::Country ? "country" : "located-in",
                 place_term(std::string(country->name)), 0.55, "place/adjective");
          break;
        }
        if (starts_upper(view_.form(k)) && k > i + 1 && !Gazetteer::find_adjective(view_.form(k))) break;
      }
    }
    for (std::size_t p = 0; p < places.size(); ++p) {
      emit(term(*org), "headquartered-in", places[p], weaker(from ? 0.6 : 0.7, org), "headquarters");
      discourse_.learn_city(org->name, places[p].name);
      if (based && p + 1 < places.size()) emit(places[p], "located-in", places[p + 1], 0.5, "place/list");
    }
  }
}


// "Quelbrix" of "Quelbrix-Chef" when the document names no such
// organisation: a capitalised part before the hyphen that is no common
// word, place or acronym of the lexicon.
bool names_organisation(std::string_view prefix) {
  if (prefix.size() < 2 || !starts_upper(prefix)) return false;
  const std::string lower = to_lower(prefix);
  return !GermanLexicon::is_function_word(lower) && GermanLexicon::noun_match(lower) == NounMatch::None &&
         !MorphLexicon::german().is_common_noun(prefix) && !GermanLexicon::is_common_acronym(prefix) &&
         !Gazetteer::find(prefix) && !Gazetteer::find_adjective(prefix) && GermanLexicon::role(prefix) == Role::None;
}

// The role word that describes `person`, and its token: right before the
// name ("Vorstandschef X", "Quelbrix-Chef X"), in an apposition after it
// ("X, Geschäftsführerin von Y", "X, die Chefin der Y"), after a copula
// ("X ist Chef der Y"), or before an organisation in the genitive and a
// comma ("der Geschäftsführer des Paketdiensts Y, X").
std::optional<std::pair<Role, std::size_t>> RelationRules::role_of(const Ref& person) const {
  const auto role_at = [&](std::size_t i) -> std::optional<std::pair<Role, std::size_t>> {
    if (i >= view_.size()) return std::nullopt;
    const Role role = GermanLexicon::role(view_.form(i));
    if (role == Role::None) return std::nullopt;
    return std::pair{role, i};
  };
  const auto skip_article = [&](std::size_t i) {
    return i < view_.size() && one_of(view_.lower(i), {"der", "die", "den", "dem", "des", "neuer", "neue", "neuen"}) ? i + 1 : i;
  };
  if (person.np_first > 0)
    if (auto found = role_at(person.np_first - 1)) return found;
  if (person.end < view_.size()) {
    const std::string& next = view_.lower(person.end);
    if (next == ",")
      if (auto found = role_at(skip_article(person.end + 1))) return found;
    if (one_of(next, {"ist", "war", "wird", "bleibt", "wurde"}))
      if (auto found = role_at(skip_article(person.end + 1))) return found;
  }
  // "der Geschäftsführer des Paketdiensts Y, X": Y's noun phrase follows the
  // role word, and a comma separates it from the person.
  if (person.np_first >= 3 && view_.lower(person.np_first - 1) == ",")
    if (const Ref* org = view_.ref_at(person.np_first - 2); org && org->type == EntityType::Organization)
      for (std::size_t i = org->first; i > 0 && i + 4 > org->first; --i)
        if (auto found = role_at(i - 1)) return found;
  return std::nullopt;
}

// The organisation whose noun phrase follows the role word at `role_token`
// as a genitive or after von/bei: "Chef der Y", "Geschäftsführerin von Y",
// "Geschäftsführer des Paketdiensts Y"; nullptr if none.
const Ref* RelationRules::organisation_after(std::size_t role_token) const {
  if (role_token + 1 >= view_.size() ||
      !one_of(view_.lower(role_token + 1), {"von", "vom", "bei", "beim", "des", "der", "im"}))
    return nullptr;
  for (const Ref& ref : view_.refs())
    if (ref.type == EntityType::Organization && (ref.np_first == role_token + 1 || ref.first == role_token + 2 ||
                                                 (ref.np_first == role_token + 2 && ref.first <= role_token + 4)))
      return &ref;
  return nullptr;
}

void RelationRules::role_rules() {
  for (const Ref& person : view_.refs()) {
    if (person.type != EntityType::Person || person.description) continue;
    const auto found = role_of(person);
    Role role = found ? found->first : Role::None;
    const std::size_t role_token = found ? found->second : 0;
    cue_ = found ? role_token : kNoCue;
    Term org;
    double confidence = 0.7;
    if (role != Role::None) {
      const std::string_view form = view_.form(role_token);
      if (const NameIndex::Entry* entry = view_.names().find_prefix(form)) {
        org = Term{entry->name, entry->type, {}, std::string(form)};
      } else if (const std::size_t hyphen = form.rfind('-');
                 hyphen != std::string_view::npos && names_organisation(form.substr(0, hyphen))) {
        org = Term{std::string(form.substr(0, hyphen)), EntityType::Organization, {}, std::string(form)};
      } else if (const Ref* after = organisation_after(role_token)) {
        org = term(*after);  // "Chef der Y", "Geschäftsführer des Paketdiensts Y"
      } else if (role_token > 0 && view_.ref_at(role_token - 1) &&
                 view_.ref_at(role_token - 1)->type == EntityType::Organization) {
        org = term(*view_.ref_at(role_token - 1));  // "Velantis' Finanzchef X"
      }
    }
    if (org.name.empty()) {
      // "X vom Beratungshaus Y", "X von Y", "Chef des Y"
      for (const Ref& ref : view_.refs())
        if (ref.first >= person.end && ref.first <= person.end + 3 && ref.type == EntityType::Organization &&
            one_of(ref.preposition, {"von", "vom", "bei", "beim"})) {
          org = term(ref);
          if (role == Role::None) role = Role::Employee, confidence = 0.55;
          break;
        }
    }
    if (role == Role::None) continue;
    if (org.name.empty()) {  // the sentence's own organisation, else the topic
      for (const Ref& ref : view_.refs())
        if (ref.type == EntityType::Organization && !ref.oblique) {
          org = term(ref);
          break;
        }
      if (org.name.empty()) org = topic(person.name);
      confidence = 0.45;
    }
    const char* predicate = role == Role::Ceo ? "ceo-of" : role == Role::Founder ? "founded" : "employee-of";
    emit(term(person), predicate, org, confidence, std::string("role/") + predicate);
  }
}

void RelationRules::founder_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    if (!one_of(word, {"gegründet", "gründete", "gründeten", "mitgegründet"}) || view_.blocked(i)) continue;
    cue_ = i;
    const std::size_t begin = view_.clause_begin(i), end = view_.clause_end(i);
    if (word == "gegründet") {
      const Ref* founder = view_.after_preposition(begin, i, {"von", "vom"});
      if (!founder || founder->type == EntityType::Location) continue;
      const Ref* company = view_.subject(founder->np_first, founder->name);
      if (!company || company->type != EntityType::Organization) continue;
      for (const Ref* each : view_.coordinated(*founder)) {
        Term person = term(*each);
        // "von Ilona Kasimi und Dario Peretti gegründet": two capitalised words
        // without article, class noun, legal form or company word are a person.
        if (person.type == EntityType::Organization && !each->class_noun && looks_like_person_name(*each))
          person.type = EntityType::Person;
        emit(person, "founded", term(*company), weaker(0.7, each, company), "founded/passive");
      }
      continue;
    }
    const Ref* founder = view_.subject(i);
    if (!founder) continue;
    for (const Ref& ref : view_.refs())
      if (ref.first > i && ref.first < end && ref.type == EntityType::Organization && ref.name != founder->name) {
        emit(*founder, "founded", ref, 0.65, "founded");
        break;
      }
  }
}

}  // namespace kg::extract
