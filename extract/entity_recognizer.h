#pragma once
// Named entities in German text: a BILOU sequence labeller (an averaged
// structured perceptron over hashed features of the word, its affixes and
// shape, the lexicon's readings, the tagger's UPOS, gazetteers and word
// lists in a window of two words either side; first-order label
// transitions; Viterbi decoding under the BILOU constraints), trained by
// `kg train ner` on GermEval 2014 and SmartData.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/morph_lexicon.h"
#include "extract/ner_features.h"
#include "extract/ner_labels.h"
#include "extract/ner_name_memory.h"
#include "extract/perceptron.h"

namespace kg::extract {

// A labelled span with the recogniser's confidence in [0, 1].
struct ScoredNerSpan {
  NerSpan span;
  double score = 0.0;
};

// The text of tokens [first, end) of `sentence` as written: forms joined
// with a space where one followed, a contraction's form once for its
// syntactic words ("im" for "in dem").
std::string surface_text(const Sentence& sentence, std::size_t first, std::size_t end);

// A trained recogniser. Immutable once loaded, non-copyable, and safe to
// share across threads: recognize() keeps its scratch space per thread.
class EntityRecognizer {
 public:
  // The model embedded into kg as "de/ner", loaded once on first use;
  // throws ModelError when kg was built without one or it is corrupt.
  static const EntityRecognizer& german();
  // Reads a model file; throws ModelError naming `path` and the reason.
  static EntityRecognizer load(const std::string& path);
  // Reads a model from its bytes; `name` appears in error messages. Throws
  // ModelError for a corrupt model, another kind or version, or one trained
  // with a different lexicon than this kg's.
  static EntityRecognizer load(std::string_view bytes, const std::string& name);

  EntityRecognizer(EntityRecognizer&&) = default;
  EntityRecognizer& operator=(EntityRecognizer&&) = default;
  EntityRecognizer(const EntityRecognizer&) = delete;
  EntityRecognizer& operator=(const EntityRecognizer&) = delete;

  // Adds the Organization, Person, Location and Product mentions of
  // `sentence` to sentence.mentions: byte span (of the document text the
  // tokens' spans point into), tokens, type, score in [0, 1] and text as
  // written. A word derived from a name ("finnische") becomes a mention
  // with `derived` set and `base` the name when the gazetteer knows it
  // ("Finnland"); a word that only contains a name ("Nokia-Patente")
  // becomes none. Nested names give the outer mention. Mentions already
  // present are kept and new ones overlapping them dropped; the list ends up
  // ordered by position. Requires tokens (form, span, space_after); uses
  // upos when the sentence is tagged, as the model was trained. Never
  // throws for any input text.
  void recognize(Sentence& sentence) const;
  // The same from spans label() already gave for this sentence.
  void recognize(Sentence& sentence, const std::vector<ScoredNerSpan>& labelled) const;

  // Every labelled span of the sentence's tokens, -part ones included, in
  // token order: what recognize() turns into mentions.
  std::vector<ScoredNerSpan> label(const Sentence& sentence) const;

  // The model file's bytes; save() writes them atomically (throws ModelError).
  std::string bytes() const;
  void save(const std::string& path) const;

  std::size_t feature_count() const { return model_.feature_count(); }
  std::size_t remembered_names() const { return memory_.size(); }

 private:
  friend class EntityRecognizerTrainer;
  EntityRecognizer() = default;
  void write(ModelWriter& out) const;
  NerResources resources() const { return {lexicon_, &memory_}; }

  PerceptronModel model_;  // one classifier: a score per label
  // transitions_[previous * kLabelCount + next], previous = kLabelCount for
  // the sentence start, in the units of the averaged weights.
  std::vector<float> transitions_;
  float temperature_ = 1.0f;  // of the softmax that turns scores into confidences
  NameMemory memory_;  // the names of the training data
  const MorphLexicon* lexicon_ = nullptr;  // the lexicon the model was trained with, if any
  std::uint64_t lexicon_fingerprint_ = 0;
};

}  // namespace kg::extract
