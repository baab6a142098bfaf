#include "extract/relation_rules.h"

#include <algorithm>

namespace kg::extract {

RelationRules::RelationRules(const SentenceView& view, const Sentence& sentence, Discourse& discourse,
                             const LiteralNormalizer& literals, std::string time)
    : view_(view), sentence_(sentence), discourse_(discourse), literals_(literals), time_(std::move(time)) {
  quantities_ = literals_.quantities(sentence_);
}

std::vector<Finding> RelationRules::run() {
  source_rules();
  partner_rules();
  license_rules();
  acquisition_rules();
  merger_rules();
  investment_rules();
  supply_rules();
  lawsuit_rules();
  product_rules();
  shipment_rules();
  operation_rules();
  noun_phrase_rules();
  subsidiary_rules();
  headquarters_rules();
  role_rules();
  founder_rules();
  literal_rules();
  leader_rules();
  return std::move(findings_);
}

Term RelationRules::term(const Ref& ref) const {
  Term term;
  term.name = ref.name;
  term.type = ref.type;
  term.surface = ref.surface;
  return term;
}

Term RelationRules::concept_term(const ConceptPhrase& phrase) const {
  Term term;
  term.name = phrase.name;
  term.type = EntityType::Concept;
  term.surface = phrase.name;
  return term;
}

Term RelationRules::topic(const std::string& excluded) const {
  Term term;
  if (auto name = discourse_.topic({excluded})) {
    term.name = *name;
    term.type = EntityType::Organization;
  }
  return term;
}

double RelationRules::weaker(double confidence, const Ref* a, const Ref* b) {
  if (!a || a->description) confidence -= 0.15;
  if (b && b->description) confidence -= 0.1;
  return std::clamp(confidence, 0.05, 1.0);
}

void RelationRules::emit(const Term& subject, const std::string& predicate, const Term& object, double confidence,
                         const std::string& rule, std::map<std::string, std::string> qualifiers) {
  if (subject.name.empty() || object.name.empty() || subject.name == object.name) return;
  for (Finding& finding : findings_) {
    if (finding.subject.name == subject.name && finding.predicate == predicate &&
        finding.object.name == object.name) {
      if (confidence > finding.confidence) finding.confidence = confidence;
      for (auto& [key, value] : qualifiers) finding.qualifiers.emplace(key, value);
      return;
    }
  }
  const bool report = predicate == "shipped" || predicate == "market-share" || predicate == "leads-market";
  const bool dated = report || predicate == "revenue" || predicate == "employees" || predicate == "acquired" ||
                     predicate == "merged-with" || predicate == "invests-in" || predicate == "launched" ||
                     predicate == "licenses-to" || predicate == "partner-of" || predicate == "sues";
  if (dated && !qualifiers.contains("time")) {
    if (!time_.empty()) qualifiers["time"] = time_;
    else if (report && !discourse_.time.empty()) qualifiers["time"] = discourse_.time;
  }
  if (report && !qualifiers.contains("source")) {
    if (!source_.empty()) qualifiers["source"] = source_;
    else if (!discourse_.source.empty()) qualifiers["source"] = discourse_.source;
  }
  if (qualifiers.contains("source") && qualifiers["source"] == "@subject") qualifiers["source"] = subject.name;
  findings_.push_back({subject, predicate, object, confidence, rule, std::move(qualifiers)});
}

void RelationRules::emit(const Ref& subject, const std::string& predicate, const Ref& object, double confidence,
                         const std::string& rule) {
  emit(term(subject), predicate, term(object), weaker(confidence, &subject, &object), rule);
}

void RelationRules::source_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const std::string& word = view_.lower(i);
    const Ref* ref = nullptr;
    if (word == "laut" || word == "zufolge") {
      ref = view_.after_preposition(i + 1, i + 6, {"laut"});
    } else if (word.starts_with("studie") || word.starts_with("zahlen") || word.starts_with("erhebung") ||
               word.starts_with("umfrage") || word.starts_with("analyse") || word.starts_with("darstellung") ||
               word.starts_with("schätzung") || word.starts_with("bericht") || word.starts_with("daten")) {
      for (const Ref& candidate : view_.refs())
        if (candidate.first > i && candidate.first <= i + 5 && candidate.oblique &&
            candidate.type == EntityType::Organization) {
          ref = &candidate;
          break;
        }
    } else if (word == "eigenen" && i + 1 < view_.size() && view_.lower(i + 1).starts_with("angabe")) {
      source_ = "@subject";
    }
    if (ref && ref->type == EntityType::Organization) {
      source_ = ref->name;
      discourse_.source = ref->name;
    }
  }
}

}  // namespace kg::extract
