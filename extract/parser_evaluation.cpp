#include "extract/parser_evaluation.h"

#include <algorithm>

#include "extract/dependency_parser.h"

namespace kg::extract {

double ParseEvaluation::recall(const std::vector<std::string>& relations) const {
  std::size_t gold = 0, correct = 0;
  for (const std::string& relation : relations) {
    const auto found = labels.find(relation);
    if (found == labels.end()) continue;
    gold += found->second.gold;
    correct += found->second.correct;
  }
  return gold ? 100.0 * static_cast<double>(correct) / static_cast<double>(gold) : 0.0;
}

void ParseEvaluation::add(const Sentence& gold, const Sentence& parsed) {
  const std::size_t n = std::min(gold.tokens.size(), parsed.tokens.size());
  for (std::size_t i = 0; i < n; ++i) {
    const Token& g = gold.tokens[i];
    const Token& p = parsed.tokens[i];
    ++words;
    const bool head = g.head == p.head;
    const bool labelled = head && g.deprel == p.deprel;
    correct_heads += head;
    correct_labelled += labelled;
    LabelCount& count = labels[g.deprel];
    ++count.gold;
    count.correct += labelled;
  }
  // A parse that lost words counts them as wrong.
  words += gold.tokens.size() - n;
}

void ParseEvaluation::add(const ParseEvaluation& other) {
  words += other.words;
  correct_heads += other.correct_heads;
  correct_labelled += other.correct_labelled;
  for (const auto& [relation, count] : other.labels) {
    labels[relation].gold += count.gold;
    labels[relation].correct += count.correct;
  }
}

ParseEvaluation evaluate(const DependencyParser& parser, const std::vector<Sentence>& gold) {
  ParseEvaluation evaluation;
  Sentence parsed;
  for (const Sentence& sentence : gold) {
    parsed = sentence;
    parser.parse(parsed);
    evaluation.add(sentence, parsed);
  }
  return evaluation;
}

}  // namespace kg::extract
