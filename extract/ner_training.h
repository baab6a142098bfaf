#pragma once
// Training and scoring the EntityRecognizer on gold sentences (tokens
// tagged as at recognition time, gold spans from extract/ner_corpus.h).

#include <array>
#include <cstdint>
#include <iosfwd>
#include <vector>

#include "extract/entity_recognizer.h"
#include "extract/ner_labels.h"

namespace kg::extract {

struct NerTrainingOptions {
  int epochs = 12;         // passes over the training sentences
  std::uint64_t seed = 1;  // order of the sentences in each pass; same seed, same model
  bool use_lexicon = true; // features from MorphLexicon::german() (its fingerprint is stored)
  // The name memory (extract/ner_name_memory.h) is learned from all the
  // training data for the model; while training, the features of each of
  // `memory_folds` parts (by document) come from a memory of the other
  // parts, so that the model learns how far a remembered name holds for
  // text it never saw. 0: no name memory.
  int memory_folds = 5;
};

// Trains a recogniser on `train` with gold spans `gold` (one list per
// sentence) and `documents` (per sentence the index of its document, or
// empty: each sentence its own), printing one line per epoch to `log` (with scores on `dev`
// when it is not empty). Deterministic for given data and options. Throws
// std::invalid_argument when the sizes differ or there is no sentence.
EntityRecognizer train_entity_recognizer(const std::vector<Sentence>& train, const std::vector<std::vector<NerSpan>>& gold,
                                         const std::vector<std::size_t>& documents, const std::vector<Sentence>& dev, const std::vector<std::vector<NerSpan>>& dev_gold,
                                         const NerTrainingOptions& options, std::ostream& log);

// Strict span scores (conlleval style: a mention counts when its tokens and
// class are exactly those of a gold one), per class.
struct NerScores {
  std::array<std::size_t, kNerClassCount> gold{};
  std::array<std::size_t, kNerClassCount> predicted{};
  std::array<std::size_t, kNerClassCount> correct{};

  void add(const NerScores& other);
  void add(const std::vector<NerSpan>& gold_spans, const std::vector<NerSpan>& predicted_spans);
};

struct PrecisionRecall {
  std::size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? static_cast<double>(correct) / static_cast<double>(predicted) : 0.0; }
  double recall() const { return gold ? static_cast<double>(correct) / static_cast<double>(gold) : 0.0; }
  double f1() const { return correct ? 2.0 * precision() * recall() / (precision() + recall()) : 0.0; }
};
// The pooled counts of the classes in `classes`.
PrecisionRecall pooled(const NerScores& scores, std::initializer_list<NerClass> classes);

// Labels copies of `sentences` and scores them against `gold`.
NerScores evaluate(const EntityRecognizer& recognizer, const std::vector<Sentence>& sentences,
                   const std::vector<std::vector<NerSpan>>& gold);

// One line per class and the pooled PER+ORG+LOC line: gold, predicted,
// correct, precision, recall, F1.
void print_scores(std::ostream& out, const NerScores& scores);

}  // namespace kg::extract
