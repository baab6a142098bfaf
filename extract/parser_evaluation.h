#pragma once
// Scores of a dependency parse against a gold treebank: unlabelled and
// labelled attachment (UAS, LAS, punctuation included as in the CoNLL 2018
// shared task) and, per gold relation, how many of its dependents got the
// right head and relation.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "extract/document.h"

namespace kg::extract {

class DependencyParser;

struct ParseEvaluation {
  struct LabelCount {
    std::size_t gold = 0;     // dependents with this gold relation
    std::size_t correct = 0;  // of those, with the gold head and relation predicted
  };
  std::size_t words = 0;
  std::size_t correct_heads = 0;
  std::size_t correct_labelled = 0;  // head and relation
  std::map<std::string, LabelCount> labels;  // by gold relation

  double uas() const { return words ? 100.0 * static_cast<double>(correct_heads) / static_cast<double>(words) : 0.0; }
  double las() const { return words ? 100.0 * static_cast<double>(correct_labelled) / static_cast<double>(words) : 0.0; }
  // Percent of the gold dependents with one of `relations` whose head and
  // relation were both predicted right; 0 when there are none.
  double recall(const std::vector<std::string>& relations) const;

  // Adds the words of `parsed` (the same tokens as `gold`, parsed).
  void add(const Sentence& gold, const Sentence& parsed);
  void add(const ParseEvaluation& other);
};

// Parses a copy of every gold sentence with its gold tags and scores it.
ParseEvaluation evaluate(const DependencyParser& parser, const std::vector<Sentence>& gold);

}  // namespace kg::extract
