#pragma once
// Training and evaluating the Tagger on gold sentences (CoNLL-U: form,
// lemma, upos and feats filled).

#include <array>
#include <cstdint>
#include <iosfwd>
#include <vector>

#include "extract/document.h"
#include "extract/morphology.h"
#include "extract/tagger.h"

namespace kg::extract {

struct TaggerTrainingOptions {
  int epochs = 10;         // passes over the training sentences
  std::uint64_t seed = 1;  // order of the sentences in each pass; same seed, same model
  bool use_lexicon = true; // features and lemmas from MorphLexicon::german() (its fingerprint is stored)
};

// Trains a tagger on `train`, printing one line per epoch to `log` (with
// scores on `dev` when it is not empty). Deterministic for given data and
// options. Throws std::invalid_argument when `train` has no tagged word.
Tagger train_tagger(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                    const TaggerTrainingOptions& options, std::ostream& log);

// Counts of correct predictions against gold sentences.
struct TaggerScores {
  std::size_t words = 0;
  std::size_t upos = 0;
  std::size_t lemma = 0;
  std::size_t ufeats = 0;  // the whole FEATS column equal
  // Per Feature: words whose predicted value equals the gold one (both
  // absent counts as equal) ...
  std::array<std::size_t, kFeatureCount> feature{};
  // ... and, over the words whose gold FEATS has the feature, the correct ones.
  std::array<std::size_t, kFeatureCount> feature_present{};
  std::array<std::size_t, kFeatureCount> feature_present_correct{};

  void add(const TaggerScores& other);
  // 100 * part / whole, 0 for an empty whole.
  static double percent(std::size_t part, std::size_t whole);
};

// Tags copies of `gold` and compares them with it.
TaggerScores evaluate(const Tagger& tagger, const std::vector<Sentence>& gold);

// A multi-line human-readable report of `scores`.
void print_scores(std::ostream& out, const TaggerScores& scores);

}  // namespace kg::extract
