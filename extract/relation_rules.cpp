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
  speech_rules();
  // Each rule sets cue_ when it finds its cue word; none carries over.
  for (void (RelationRules::*rule)() :
       {&RelationRules::partner_rules, &RelationRules::license_rules, &RelationRules::acquisition_rules,
        &RelationRules::merger_rules, &RelationRules::investment_rules, &RelationRules::supply_rules,
        &RelationRules::lawsuit_rules, &RelationRules::product_rules, &RelationRules::shipment_rules,
        &RelationRules::operation_rules, &RelationRules::noun_phrase_rules, &RelationRules::subsidiary_rules,
        &RelationRules::headquarters_rules, &RelationRules::role_rules, &RelationRules::founder_rules,
        &RelationRules::literal_rules, &RelationRules::leader_rules}) {
    cue_ = kNoCue;
    (this->*rule)();
  }
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
  // What a speaker says ("X habe Y übernommen, sagte Z") is reported, not
  // asserted: the speaker is its source and it counts for less. The noun
  // phrases and appositions around it are the writer's own.
  const bool descriptive = rule.starts_with("np/") || rule.starts_with("role/") || rule.starts_with("place/") ||
                           rule == "headquarters";
  if (reported_ && !descriptive) {
    qualifiers["modality"] = "reported";
    if (!speaker_.empty() && !qualifiers.contains("source")) qualifiers["source"] = speaker_;
    confidence = std::clamp(confidence * kReportedFactor, 0.05, 1.0);
  }
  if (qualifiers.contains("source") && qualifiers["source"] == "@subject") qualifiers["source"] = subject.name;
  // Two organisations in one relation are the pair that "die beiden
  // Unternehmen" or "die Partner" of a later sentence mean.
  if (subject.type == EntityType::Organization && object.type == EntityType::Organization &&
      (predicate == "licenses-to" || predicate == "partner-of" || predicate == "supplies" ||
       predicate == "merged-with" || predicate == "invests-in"))
    discourse_.pair = {subject.name, object.name};
  findings_.push_back({subject, predicate, object, confidence, rule,
                       cue_ < view_.size() ? std::string(view_.form(cue_)) : std::string(), std::move(qualifiers)});
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

namespace {

// Verbs that introduce what someone said ("sagte", "teilte ... mit").
bool is_speech_verb(const SentenceView& view, std::size_t i) {
  const std::string& word = view.lower(i);
  if (one_of(word, {"sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont",
                          "betonten", "berichtete", "berichtet", "berichteten", "meinte", "meint", "schrieb",
                          "schreibt", "versicherte", "unterstrich", "bekräftigte"}))
    return true;
  if (one_of(word, {"teilte", "teilt", "teilten"}))  // "teilte ... mit"
    return view.find({"mit"}, i + 1, view.clause_end(i)).has_value();
  if (word == "hieß" || word == "heißt")  // "hieß es"
    return i + 1 < view.size() && view.lower(i + 1) == "es";
  return false;
}

bool is_closing_quote(std::string_view form) {
  return one_of(form, {"\"", "“", "”", "«", "»", "'", "’"});
}

// The present subjunctive of indirect speech, third person ("habe", "sei");
// not after "ich", where the same forms are indicative.
bool is_reported_subjunctive(const SentenceView& view, std::size_t i) {
  if (!one_of(view.lower(i), {"habe", "sei", "seien", "werde", "könne", "müsse", "dürfe", "gebe", "liege",
                                    "stehe", "komme", "gehe", "verfüge", "wachse", "steige", "sinke", "halte",
                                    "sehe", "erreiche", "biete", "arbeite", "entwickle", "beschäftige"}))
    return false;
  return i == 0 || view.lower(i - 1) != "ich";
}

}  // namespace

void RelationRules::speech_rules() {
  for (std::size_t i = 0; i < view_.size(); ++i) {
    const bool speech = is_speech_verb(view_, i);
    if (!speech && !is_reported_subjunctive(view_, i)) continue;
    reported_ = true;
    if (!speech || !speaker_.empty()) continue;
    // The speaker: after a quote or the reported clause the verb comes
    // first and the speaker after it ("…, sagte ein Sprecher der X"), the
    // first person or organisation there; else the verb's subject.
    const bool inverted = i > 0 && (view_.lower(i - 1) == "," || is_closing_quote(view_.form(i - 1)));
    const Ref* speaker = inverted ? nullptr : view_.subject(i);
    if (!speaker || speaker->type == EntityType::Location)
      for (const Ref& ref : view_.refs())
        if (ref.first > i && ref.first < view_.clause_end(i) && ref.type != EntityType::Location) {
          speaker = &ref;
          break;
        }
    if (speaker && (speaker->type == EntityType::Person || speaker->type == EntityType::Organization))
      speaker_ = speaker->name;
  }
}

}  // namespace kg::extract
