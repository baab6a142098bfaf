// Rules whose object is a number or a market: market-share, revenue,
// employees, leads-market.
#include <algorithm>

#include "extract/relation_rules.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

Term literal_term(const Literal& literal) {
  return Term{literal.value, EntityType::Literal, literal.unit, literal.value + " " + literal.unit};
}

bool is_currency(const std::string& unit) {
  return one_of(unit, {"EUR", "USD", "CHF", "GBP", "JPY", "CNY"});
}

}  // namespace

void RelationRules::literal_rules() {
  const std::size_t size = view_.size();
  // Market shares: in a sentence about "Marktanteil", or in the paragraph after one.
  const bool share = view_.find({"marktanteil"}, 0, size).has_value();
  const bool stake = view_.find({"beteilig", "wachstum", "gestiegen", "zugelegt", "rabatt", "zins"}, 0, size).has_value();
  if (share) discourse_.market_share = true;
  if ((share || discourse_.market_share) && !stake) {
    for (const Literal& literal : quantities_) {
      if (literal.unit != "percent") continue;
      const std::size_t at = literal.first_token;
      if (literal.end_token < size && one_of(view_.lower(literal.end_token), {"mehr", "weniger", "plus", "minus"}))
        continue;
      if (at > 0 && one_of(view_.lower(at - 1), {"um", "auf"}) && !share && view_.lower(at - 1) == "um") continue;
      std::vector<const Ref*> owners;
      if (at >= 2 && view_.lower(at - 1) == "mit" && view_.ref_at(at - 2)) owners.push_back(view_.ref_at(at - 2));
      else if (const Ref* subject = view_.subject(at)) owners.push_back(subject);
      if (owners.size() == 1)  // "Beide": every reference at the same token
        for (const Ref& ref : view_.refs())
          if (&ref != owners[0] && ref.first == owners[0]->first) owners.push_back(&ref);
      for (const Ref* owner : owners)
        if (owner->type == EntityType::Organization)
          emit(term(*owner), "market-share", literal_term(literal), weaker(share ? 0.7 : 0.55, owner), "market-share");
    }
  }
  // Revenue: "Umsatz von 1,1 Milliarden Euro", "setzte 610 Millionen Euro um".
  std::optional<std::size_t> revenue = view_.find({"umsatz", "umsätze", "umgesetzt", "erlös"}, 0, size);
  if (!revenue)
    if (auto verb = view_.find({"setzte", "setzt"}, 0, size); verb && view_.find({"um"}, *verb + 1, size) &&
                                                               view_.lower(*view_.find({"um"}, *verb + 1, size)) == "um")
      revenue = verb;
  if (revenue && !view_.find({"kaufpreis", "zahlte", "zahlt", "finanzierung", "kosten"}, 0, size)) {
    const Literal* amount = nullptr;
    for (const Literal& literal : quantities_) {
      if (!is_currency(literal.unit)) continue;
      if (literal.first_token > 0 && one_of(view_.lower(literal.first_token - 1), {"als", "über"})) continue;
      if (!amount || (amount->first_token < *revenue && literal.first_token > *revenue)) amount = &literal;
    }
    if (amount) {
      const Ref* owner = nullptr;
      for (const Ref& ref : view_.refs())
        if (ref.first > *revenue && ref.first <= *revenue + 4 && ref.oblique &&
            one_of(ref.preposition, {"", "von"}) && ref.type == EntityType::Organization) {
          owner = &ref;
          break;
        }
      if (!owner) owner = view_.subject(*revenue);
      const Term subject = owner ? term(*owner) : topic({});
      if (!owner || owner->type == EntityType::Organization)
        emit(subject, "revenue", literal_term(*amount), weaker(0.7, owner), "revenue");
    }
  }
  // Employees: "beschäftigt 5.000 Mitarbeiter", "hat 310 Mitarbeiter", "alle 140 X-Mitarbeiter".
  for (const Literal& literal : quantities_) {
    const std::size_t at = literal.first_token;
    std::size_t back = at;
    while (back > 0 && one_of(view_.lower(back - 1), {"rund", "etwa", "knapp", "fast", "über", "mehr", "als", "weltweit",
                                                      "derzeit", "inzwischen", "insgesamt", "alle"}))
      --back;
    if (back > 0 && view_.lower(back - 1) == "davon") continue;
    const std::size_t hyphen = literal.noun.find('-');
    if (hyphen != std::string::npos && literal.noun.ends_with("-Mitarbeiter")) {
      if (const NameIndex::Entry* owner = view_.names().find_prefix(literal.noun))
        emit(Term{owner->name, owner->type, {}, literal.noun}, "employees", Term{literal.value, EntityType::Literal, "employees", {}},
             0.6, "employees/compound");
      continue;
    }
    const bool staff = literal.unit == "employees" || one_of(literal.noun, {"Menschen", "Leute"});
    if (!staff) continue;
    const std::size_t begin = view_.clause_begin(at);
    std::optional<std::size_t> verb;
    for (std::size_t k = begin; k < view_.clause_end(at); ++k) {
      const bool employ = view_.lower(k).starts_with("beschäftig") && !starts_upper(view_.form(k));
      const bool have = literal.unit == "employees" && k < at &&
                        one_of(view_.lower(k), {"hat", "hatte", "zählt", "zählte", "verfügt"});
      if (employ || have) verb = verb ? verb : k;
    }
    if (!verb) continue;
    const Ref* owner = view_.subject(*verb);
    if (owner && owner->type == EntityType::Organization)
      emit(term(*owner), "employees", Term{literal.value, EntityType::Literal, "employees", {}},
           weaker(0.7, owner), "employees");
  }
}

void RelationRules::leader_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    const std::size_t begin = view_.clause_begin(i), end = view_.clause_end(i);
    const bool leader = word == "marktführer" || word == "weltmarktführer";
    const bool leads = one_of(word, {"führt", "führte", "führen"}) && view_.find({"an"}, i + 1, end) &&
                       view_.lower(*view_.find({"an"}, i + 1, end)) == "an";
    if ((!leader && !leads) || view_.blocked(i)) continue;
    cue_ = i;
    const Ref* owner = view_.subject(i);
    if (!owner || owner->type != EntityType::Organization) continue;
    std::vector<ConceptPhrase> market;
    if (leader) {
      if (const auto at = view_.find({"bei", "im", "in"}, i + 1, std::min(end, i + 3)))
        market = view_.concepts(*at + 1, end);
      if (market.empty() && one_of(view_.lower(begin), {"im", "in"})) market = view_.concepts(begin + 1, i);
    }
    if (market.empty() && !discourse_.market.empty()) market.push_back({discourse_.market, i, {}});
    for (const ConceptPhrase& phrase : market) {
      emit(term(*owner), "leads-market", concept_term(phrase), weaker(leader ? 0.65 : 0.55, owner), "leads-market");
      discourse_.market = phrase.name;
    }
  }
}

}  // namespace kg::extract
