// Cue rules for events and relations that negation, plans and rumours cancel.
#include <algorithm>

#include "extract/relation_rules.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

bool starts_with_any(std::string_view word, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view prefix : prefixes)
    if (word.starts_with(prefix)) return true;
  return false;
}

bool is_organisation(const Ref* ref) { return ref && ref->type == EntityType::Organization; }

// Assets one can buy: "Patente", "Schutzrechte", "ein Werk", "die Sparte".
bool is_asset(std::string_view name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (std::string_view stem : {"patent", "recht", "anteil", "werk", "sparte", "geschäft", "marke", "fabrik",
                                "standort", "mehrheit", "aktie", "portfolio", "division", "lizenz"}) {
    const std::size_t at = lower.rfind(stem);
    if (at != std::string::npos && at + stem.size() + 3 >= lower.size()) return true;
  }
  return false;
}

}  // namespace

// "die beiden Firmen", "die Partner", "beide Seiten": the two organisations
// named together before.
bool RelationRules::refers_to_pair(std::size_t begin, std::size_t end) const {
  for (std::size_t k = begin; k + 1 < end; ++k) {
    const std::string& word = view_.lower(k);
    const std::string& next = view_.lower(k + 1);
    if ((word == "beiden" || word == "beide") &&
        one_of(next, {"unternehmen", "firmen", "partner", "konzerne", "seiten", "gesellschaften", "hersteller"}))
      return true;
    if (one_of(word, {"die", "den"}) && next == "partner" && !view_.ref_at(k + 2)) return true;
  }
  return false;
}

void RelationRules::partner_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    const bool nominal = starts_with_any(word, {"partnerschaft", "kooperation", "zusammenarbeit", "allianz", "bündnis"}) &&
                         word != "zusammenarbeiten";
    const bool verbal = word.starts_with("kooperier") || word == "zusammenarbeiten" ||
                        (word == "zusammen" && view_.find({"arbeit"}, view_.clause_begin(i), i)) ||
                        (word == "gemeinsam" && i + 1 < view_.size() && view_.lower(i + 1) == "mit") ||
                        (word == "wege" && i > 0 && view_.lower(i - 1) == "gemeinsame");  // "gehen gemeinsame Wege"
    if ((!nominal && !verbal) || view_.blocked(i)) continue;
    cue_ = i;
    const Ref* b = view_.after_preposition(i + 1, std::min(view_.size(), i + 9), {"mit"});
    const Ref* a = nullptr;
    if (b) {
      a = view_.subject(i, b->name);
    } else if (const Ref* s = view_.subject(i)) {
      const std::vector<const Ref*> group = view_.coordinated(*s);
      if (group.size() >= 2) a = group[0], b = group[1];
    }
    Term subject, partner;
    double confidence = nominal ? 0.7 : 0.75;
    if (is_organisation(b)) {
      subject = a ? term(*a) : topic(b->name);
      partner = term(*b);
      confidence = weaker(confidence, a, b);
    } else if (refers_to_pair(view_.clause_begin(i), view_.clause_end(i)) && discourse_.pair.size() == 2) {
      // "vereinbarten die beiden Firmen eine Kooperation": the pair named before.
      subject = Term{discourse_.pair[0], EntityType::Organization, {}, {}};
      partner = Term{discourse_.pair[1], EntityType::Organization, {}, {}};
      confidence = weaker(confidence, nullptr, nullptr);
    } else {
      continue;
    }
    emit(subject, "partner-of", partner, confidence, "partner");
    // "Kooperation im Bereich X", "Allianz für X", "Zusammenarbeit in der X"
    for (std::size_t k = i + 1; k < std::min(view_.size(), i + 4); ++k) {
      if (!one_of(view_.lower(k), {"bereich", "bereichen", "für", "feld", "in", "im", "bei", "beim"})) continue;
      for (const ConceptPhrase& phrase : view_.concepts(k + 1, view_.clause_end(i))) {
        emit(subject, "collaborates-on", concept_term(phrase), 0.55, "partner/field");
        emit(partner, "collaborates-on", concept_term(phrase), 0.55, "partner/field");
      }
      break;
    }
  }
}

void RelationRules::license_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    const bool nominal = starts_with_any(word, {"lizenzabkommen", "lizenzvereinbarung", "lizenzvertrag", "lizenzdeal"});
    const bool verbal = word.starts_with("lizenzier");
    if ((!nominal && !verbal) || view_.blocked(i)) continue;
    cue_ = i;
    const Ref* licensee = nominal ? view_.after_preposition(i + 1, std::min(view_.size(), i + 9), {"mit"})
                                  : view_.after_preposition(0, view_.size(), {"an"});
    if (!licensee || licensee->type != EntityType::Organization) continue;
    const Ref* licensor = view_.subject(i, licensee->name);
    if (!licensor && verbal)
      for (const Ref& ref : view_.refs())
        if (ref.name != licensee->name && ref.type != EntityType::Location) {
          licensor = &ref;
          break;
        }
    const Term subject = licensor ? term(*licensor) : topic(licensee->name);
    emit(subject, "licenses-to", term(*licensee), weaker(0.7, licensor, licensee), "license");
  }
}

void RelationRules::acquisition_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    const bool participle = one_of(word, {"übernommen", "gekauft", "erworben", "akquiriert", "aufgekauft"});
    const bool verbal = participle || one_of(word, {"übernimmt", "übernahm", "übernehmen", "kauft", "kaufte",
                                                    "kauften", "erwarb", "erwarben", "erwirbt", "akquirierte"});
    const bool nominal = word == "übernahme" || word.starts_with("akquisition");
    // "nach der Velantis-Übernahme": the name before the hyphen was bought.
    if (const std::size_t hyphen = word.rfind('-');
        hyphen != std::string::npos && word.substr(hyphen + 1) == "übernahme" && !view_.blocked(i)) {
      cue_ = i;
      const std::string_view form = view_.form(i);
      const std::string_view prefix = form.substr(0, hyphen);
      Term target;
      if (const NameIndex::Entry* entry = view_.names().find_prefix(form)) target = Term{entry->name, entry->type, {}, std::string(form)};
      else if (names_organisation(prefix)) target = Term{std::string(prefix), EntityType::Organization, {}, std::string(form)};
      if (target.type != EntityType::Organization) continue;
      const Ref* buyer = view_.after_preposition(i + 1, view_.clause_end(i), {"durch"}, target.name);
      if (!buyer) buyer = view_.subject(i, target.name);
      if (is_organisation(buyer)) emit(term(*buyer), "acquired", target, weaker(0.6, buyer), "acquisition/compound");
      continue;
    }
    if ((!verbal && !nominal) || view_.blocked(i)) continue;
    cue_ = i;
    const std::size_t begin = view_.clause_begin(i), end = view_.clause_end(i);
    const bool passive = participle && view_.find({"worden", "wurde", "wird", "werden"}, begin, end);
    if (passive) {
      const Ref* buyer = view_.after_preposition(begin, end, {"von", "vom", "durch"});
      if (!is_organisation(buyer)) continue;
      const Ref* bought = view_.subject(i, buyer->name);
      if (is_organisation(bought)) emit(*buyer, "acquired", *bought, 0.75, "acquisition/passive");
      continue;
    }
    if (nominal) {
      const Ref* target = nullptr;
      for (const Ref& ref : view_.refs())
        if (ref.first > i && ref.first <= i + 6 && ref.oblique && (ref.preposition.empty() || ref.preposition == "von")) {
          target = &ref;
          break;
        }
      if (!is_organisation(target)) continue;
      const Ref* buyer = view_.after_preposition(i + 1, view_.size(), {"durch"}, target->name);
      if (!buyer) buyer = view_.subject(i, target->name);
      const Term subject = buyer ? term(*buyer) : topic(target->name);
      emit(subject, "acquired", term(*target), weaker(0.65, buyer, target), "acquisition/nominal");
      continue;
    }
    const Ref* buyer = view_.subject(i);
    if (!is_organisation(buyer)) continue;
    const Ref* bought = nullptr;
    const Ref* seller = nullptr;
    for (const Ref& ref : view_.refs()) {
      if (ref.first < begin || ref.first >= end || ref.name == buyer->name || ref.type != EntityType::Organization)
        continue;
      if (one_of(ref.preposition, {"von", "vom"})) {
        if (!seller) seller = &ref;
      } else if (!bought && ref.preposition.empty()) {
        bought = &ref;
      }
    }
    std::map<std::string, std::string> qualifiers;
    if (seller) qualifiers["from"] = seller->name;
    if (bought) {
      emit(term(*buyer), "acquired", term(*bought), weaker(0.7, buyer, bought), "acquisition", qualifiers);
      continue;
    }
    std::vector<ConceptPhrase> assets = view_.concepts(buyer->first > i ? buyer->end : i + 1, end);
    if (assets.empty()) assets = view_.concepts(std::max(begin, buyer->end), i);
    for (const ConceptPhrase& phrase : assets) {
      if (!is_asset(phrase.name)) continue;
      auto with_owner = qualifiers;
      if (!phrase.owner.empty() && phrase.owner != buyer->name) with_owner.emplace("from", phrase.owner);
      for (std::size_t k = phrase.token + 1; k < end && !with_owner.contains("from"); ++k)  // "an Nokia-Patenten"
        if (const NameIndex::Entry* owner = view_.names().find_prefix(view_.form(k), false); owner && owner->name != buyer->name)
          with_owner.emplace("from", owner->name);
      emit(term(*buyer), "acquired", concept_term(phrase), weaker(0.65, buyer), "acquisition/asset", with_owner);
    }
  }
}

void RelationRules::merger_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    if (!starts_with_any(word, {"fusion", "zusammenschluss", "verschmelz"}) || view_.blocked(i)) continue;
    cue_ = i;
    const Ref* b = view_.after_preposition(i + 1, std::min(view_.size(), i + 9), {"mit"});
    const Ref* a = nullptr;
    if (b) {
      a = view_.subject(i, b->name);
      if (!a)
        for (const Ref& ref : view_.refs())
          if (ref.first > i && ref.first < b->first && ref.oblique) a = &ref;
    } else {
      // "die Fusion von X und Y", "aus dem Zusammenschluss der X, der Y und der Z"
      for (const Ref& ref : view_.refs())
        if (ref.first > i && ref.np_first <= i + 2 && ref.oblique && is_organisation(&ref)) {
          const std::vector<const Ref*> group = view_.coordinated(ref);
          for (std::size_t x = 0; x < group.size(); ++x)
            for (std::size_t y = x + 1; y < group.size(); ++y)
              if (is_organisation(group[x]) && is_organisation(group[y]))
                emit(*group[x], "merged-with", *group[y], 0.65, "merger/nominal");
          break;
        }
      if (const Ref* s = view_.subject(i)) {
        const std::vector<const Ref*> group = view_.coordinated(*s);
        if (group.size() >= 2) a = group[0], b = group[1];
      }
    }
    if (is_organisation(a) && is_organisation(b)) emit(*a, "merged-with", *b, 0.7, "merger");
  }
}

void RelationRules::investment_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    if (!starts_with_any(word, {"beteilig", "investier", "eingestiegen"}) || view_.blocked(i)) continue;
    cue_ = i;
    const std::size_t begin = view_.clause_begin(i), end = view_.clause_end(i);
    const Ref* target = view_.after_preposition(begin, end, {"an", "am", "in", "bei"});
    if (!is_organisation(target)) continue;
    const Ref* investor = word == "beteiligung" ? view_.after_preposition(i + 1, end, {"von"}, target->name) : nullptr;
    if (!investor) investor = view_.subject(i, target->name);
    if (!investor || investor->type == EntityType::Location) continue;
    emit(*investor, "invests-in", *target, 0.7, "investment");
  }
  funding_round_rules();
}

// A financing round: "X hat in einer Finanzierungsrunde 42 Millionen Euro
// eingesammelt" makes X the funded organisation (investors after "von" in
// that clause invest in it); "Angeführt wurde die Runde von Y; beteiligt
// haben sich außerdem Z" makes the organisations and people named invest in
// it, except those in an apposition ("Z, eine Tochter der W").
void RelationRules::funding_round_rules() {
  bool round = false, raised = false, joined = false;
  std::size_t raise = 0, join = 0;
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    if (word.ends_with("runde") && (word == "runde" || word.starts_with("finanzierung") || word.starts_with("investment") ||
                                    word.starts_with("series") || word.starts_with("seed")))
      round = true;
    if (one_of(word, {"eingesammelt", "sammelt", "sammelte", "sammelten", "erhalten", "erhält", "erhielt", "geholt",
                      "holt", "holte"}))
      raised = true, raise = i;
    if (one_of(word, {"angeführt", "führte", "führt", "führten", "beteiligt", "beteiligte", "beteiligten", "investiert",
                      "investierten", "investierte"}) && !joined)
      joined = true, join = i;
  }
  if (!round || view_.blocked(raise)) return;
  cue_ = raised ? raise : kNoCue;
  if (raised) {
    const Ref* funded = view_.subject(raise);
    if (!is_organisation(funded)) return;
    discourse_.funded = funded->name;
    const std::size_t begin = view_.clause_begin(raise), end = view_.clause_end(raise);
    for (const Ref& ref : view_.refs())
      if (ref.first >= begin && ref.first < end && one_of(ref.preposition, {"von", "vom"}) && ref.name != funded->name &&
          ref.type != EntityType::Location)
        emit(ref, "invests-in", *funded, 0.6, "investment/round");
    return;
  }
  if (!joined || discourse_.funded.empty()) return;
  cue_ = join;
  const Term funded{discourse_.funded, EntityType::Organization, {}, {}};
  for (const Ref& ref : view_.refs()) {
    if (ref.name == funded.name || ref.type == EntityType::Location || ref.description) continue;
    // "eine Tochter der W": W describes an investor, it is none itself.
    if (ref.np_first > 0 && view_.class_noun(ref.np_first - 1) && view_.class_noun(ref.np_first - 1)->relational)
      continue;
    if (ref.np_first > 1 && view_.class_noun(ref.np_first - 2) && view_.class_noun(ref.np_first - 2)->relational)
      continue;
    emit(term(ref), "invests-in", funded, 0.6, "investment/round");
  }
}

void RelationRules::supply_rules() {
  // A separable particle: the exact word after the cue in its clause ("setzt Chips ein").
  const auto particle = [&](std::size_t cue, std::size_t end, std::string_view word) {
    for (std::size_t k = cue + 1; k < end; ++k)
      if (view_.lower(k) == word) return true;
    return false;
  };
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    const std::size_t begin = view_.clause_begin(i), end = view_.clause_end(i);
    const bool deliver = starts_with_any(word, {"liefert", "liefern", "lieferte", "geliefert", "beliefer"}) &&
                         !view_.find({"aus"}, i + 1, end);
    const bool provide = word == "verfügung" && i > 1 && view_.lower(i - 1) == "der" && view_.lower(i - 2) == "zu" &&
                         view_.find({"stell"}, begin, i);
    const bool source = one_of(word, {"bezieht", "bezog", "bezogen", "beziehen"}) &&
                        !(i + 1 < view_.size() && view_.lower(i + 1) == "auf");  // not "bezogen auf"
    const bool order = (word.ends_with("auftrag") || word.ends_with("aufträge")) &&
                       view_.find({"erhalten", "erhielt", "erhält", "bekommen", "bekam", "bekommt"}, begin, end);
    // "setzt ... ein" needs its particle; "nutzt", "verwendet" stand alone.
    const bool use = one_of(word, {"nutzt", "nutzte", "nutzen", "nutzten", "verwendet", "verwendete", "verwenden"}) ||
                     (one_of(word, {"setzt", "setzte", "setzen"}) && particle(i, end, "ein"));
    const bool customer_noun = word.ends_with("abnehmer") || word == "kunde" || word.ends_with("kunde");
    const bool buyer = customer_noun && word != "urkunde" && view_.find({"ist", "sind", "war", "bleibt"}, begin, end);
    if ((!deliver && !provide && !source && !order && !use && !buyer) || view_.blocked(i)) continue;
    cue_ = i;
    if (source || order) {  // "bezieht X von/bei Y", "hat von Y einen Auftrag erhalten": Y is the other side
      const Ref* other = view_.after_preposition(begin, end, {"von", "vom", "bei", "beim"});
      const Ref* subject = other ? view_.subject(i, other->name) : nullptr;
      if (!is_organisation(other) || !subject) continue;
      if (source) emit(*other, "supplies", *subject, 0.65, "supply/source");
      else emit(*subject, "supplies", *other, 0.6, "supply/order");
      continue;
    }
    if (use) {  // "nutzt Technik des X", "verwendet Sensoren von X", "setzt Chips von X ein"
      const Ref* supplier = nullptr;
      for (const Ref& ref : view_.refs())
        if (!supplier && ref.first > i && ref.first < end && ref.oblique && one_of(ref.preposition, {"", "von", "vom"}))
          supplier = &ref;
      const Ref* customer = supplier ? view_.subject(i, supplier->name) : nullptr;
      if (is_organisation(supplier) && customer) emit(*supplier, "supplies", *customer, 0.5, "supply/use");
      continue;
    }
    if (buyer) {  // "Wichtigster Abnehmer (von Y) ist der Autobauer X", "Größter Kunde ist X"
      const Ref* customer = view_.subject(i);
      if (!customer || customer->first < i) continue;
      const Ref* supplier = nullptr;
      for (const Ref& ref : view_.refs())
        if (!supplier && ref.first > i && ref.first < customer->first && ref.oblique && one_of(ref.preposition, {"", "von"}))
          supplier = &ref;
      const Term seller = is_organisation(supplier) ? term(*supplier) : topic(customer->name);
      emit(seller, "supplies", term(*customer), 0.45, "supply/customer");
      continue;
    }
    const bool passive = word == "beliefert" && view_.find({"wird", "werden", "wurde", "worden"}, begin, end);
    const Ref* supplier = passive ? view_.after_preposition(begin, end, {"von", "vom"}) : view_.subject(i);
    if (!is_organisation(supplier)) continue;
    const Ref* customer = nullptr;
    for (const Ref& ref : view_.refs()) {
      if (ref.name == supplier->name || ref.type != EntityType::Organization || ref.first < begin || ref.first >= end)
        continue;
      const bool dative_or_accusative = ref.oblique && (ref.preposition.empty() || ref.preposition == "an");
      if (passive || dative_or_accusative) {
        customer = &ref;
        break;
      }
    }
    if (!customer) {  // the only other organisation of the sentence
      const Ref* only = nullptr;
      int others = 0;
      for (const Ref& ref : view_.refs())
        if (ref.type == EntityType::Organization && ref.name != supplier->name && (!only || only->name != ref.name))
          only = &ref, ++others;
      if (others == 1 && only->preposition != "laut") {
        emit(*supplier, "supplies", *only, 0.4, "supply/sentence");
      }
      continue;
    }
    std::map<std::string, std::string> qualifiers;
    if (const std::string item = supplied_item(supplier->end, provide ? i : end); !item.empty()) qualifiers["item"] = item;
    emit(term(*supplier), "supplies", term(*customer), weaker(provide ? 0.7 : 0.65, supplier, customer),
         provide ? "supply/provide" : "supply/deliver", qualifiers);
  }
}

// What is supplied: the first common noun after the supplier, outside
// the names ("stellt X diverse Ausrüstung im Bereich Netzwerkinfrastruktur
// dem Partner Y zur Verfügung" -> "Ausrüstung im Bereich
// Netzwerkinfrastruktur"); empty if none.
std::string RelationRules::supplied_item(std::size_t from, std::size_t to) const {
  for (std::size_t k = from; k < to; ++k) {
    if (const Ref* ref = view_.ref_at(k)) {
      k = ref->end - 1;
      continue;
    }
    const std::vector<ConceptPhrase> phrases = view_.concepts(k, to);
    if (phrases.empty()) continue;
    std::string item = phrases.front().name;
    // "im Bereich X", with "im" as one word or split into "in dem"
    std::size_t at = phrases.front().token + 1;
    if (at < to && view_.lower(at) == "im") at += 1;
    else if (at + 1 < to && view_.lower(at) == "in" && view_.lower(at + 1) == "dem") at += 2;
    else at = to;
    if (at + 1 < to && view_.lower(at) == "bereich" && starts_upper(view_.form(at + 1)) && !view_.ref_at(at + 1))
      item += " im Bereich " + std::string(view_.form(at + 1));
    return item;
  }
  return {};
}

void RelationRules::lawsuit_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    const bool verbal = word.starts_with("verklagt") || word == "verklagen";
    const bool nominal = word == "klage" || word == "klagt";
    if ((!verbal && !nominal) || view_.blocked(i)) continue;
    cue_ = i;
    const std::size_t begin = view_.clause_begin(i), end = view_.clause_end(i);
    const Ref* defendant = nominal ? view_.after_preposition(i + 1, end, {"gegen"}) : nullptr;
    const Ref* plaintiff = view_.subject(i, defendant ? defendant->name : std::string());
    if (!plaintiff) continue;
    if (!defendant)
      for (const Ref& ref : view_.refs())
        if (ref.first >= begin && ref.first < end && ref.name != plaintiff->name && ref.oblique &&
            ref.preposition.empty() && ref.type == EntityType::Organization) {
          defendant = &ref;
          break;
        }
    if (defendant) emit(*plaintiff, "sues", *defendant, 0.7, "lawsuit");
  }
}

}  // namespace kg::extract
