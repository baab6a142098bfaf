#pragma once
// Internal to the relation extractor: the cue rules applied to one sentence.

#include <map>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "extract/discourse.h"
#include "extract/german_lexicon.h"
#include "extract/literal_normalizer.h"
#include "extract/sentence_view.h"
#include "extract/statement.h"

namespace kg::extract {

// A statement without provenance, as a rule finds it.
struct Finding {
  Term subject;
  std::string predicate;
  Term object;
  double confidence = 0.5;
  std::string rule;
  std::string cue;  // the word that triggered the rule, as written ("erworben"); may be empty
  std::map<std::string, std::string> qualifiers;
};

// Is `prefix`, the part of a compound before its hyphen ("Quelbrix" of
// "Quelbrix-Chef"), a name: capitalised, and no common word, place or
// acronym of the lexicon?
bool names_organisation(std::string_view prefix);

// Applies every cue rule to one sentence. Reads the discourse state; the
// extractor updates it afterwards from the sentence's references.
class RelationRules {
 public:
  RelationRules(const SentenceView& view, const Sentence& sentence, Discourse& discourse,
                const LiteralNormalizer& literals, std::string time);

  // Runs the rules and returns what they found, duplicates removed.
  std::vector<Finding> run();

 private:
  // event_rules.cpp: relations that a negation, plan or rumour cancels.
  void partner_rules();
  bool refers_to_pair(std::size_t begin, std::size_t end) const;
  void license_rules();
  void acquisition_rules();
  void merger_rules();
  void investment_rules();
  void funding_round_rules();
  void supply_rules();
  std::string supplied_item(std::size_t from, std::size_t to) const;
  void lawsuit_rules();
  void product_rules();
  void shipment_rules();
  void operation_rules();
  std::string country_count(std::size_t cue, std::size_t end) const;
  // attribute_rules.cpp: what noun phrases, roles and numbers say.
  void noun_phrase_rules();
  void subsidiary_rules();
  void headquarters_rules();
  void role_rules();
  std::optional<std::pair<Role, std::size_t>> role_of(const Ref& person) const;
  const Ref* organisation_after(std::size_t role_token) const;
  void founder_rules();
  void literal_rules();
  void leader_rules();
  void source_rules();
  // Marks the sentence as reported speech (a speech verb or the present
  // subjunctive of indirect speech) and finds its speaker.
  void speech_rules();

  Term term(const Ref& ref) const;
  Term concept_term(const ConceptPhrase& phrase) const;
  // The current topic as a term (not `excluded`); name empty when unknown.
  Term topic(const std::string& excluded) const;
  void emit(const Term& subject, const std::string& predicate, const Term& object, double confidence,
            const std::string& rule, std::map<std::string, std::string> qualifiers = {});
  void emit(const Ref& subject, const std::string& predicate, const Ref& object, double confidence,
            const std::string& rule);
  // Lowers confidence for participants found by coreference or topic.
  static double weaker(double confidence, const Ref* a, const Ref* b = nullptr);

  const SentenceView& view_;
  const Sentence& sentence_;
  Discourse& discourse_;
  const LiteralNormalizer& literals_;
  std::string time_;    // explicit time of the sentence; may be empty
  std::string source_;  // who reports the sentence's figures; may be empty
  static constexpr std::size_t kNoCue = static_cast<std::size_t>(-1);
  std::size_t cue_ = kNoCue;  // the token of the cue the running rule is at, for Finding::cue
  bool reported_ = false;  // the sentence reports what someone said
  std::string speaker_;    // who said it; may be empty
  static constexpr double kReportedFactor = 0.85;  // confidence of a reported statement relative to an asserted one
  std::vector<Literal> quantities_;
  std::vector<Finding> findings_;
};

}  // namespace kg::extract
