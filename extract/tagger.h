#pragma once
// Part of speech, morphological features and lemma of each word in context:
// greedy left-to-right averaged perceptrons (UPOS, then one classifier per
// Feature restricted to the values seen with that UPOS) over the word, its
// neighbours and the German lexicon's readings; a form dictionary for the
// features kg does not classify (PronType, Definite, ...); lemmas from the
// training data's dictionary, else the lexicon reading that agrees with
// the prediction, else suffix edit rules.

#include <cstdint>
#include <string>
#include <string_view>

#include "extract/tagger_tables.h"
#include "extract/document.h"
#include "extract/form_dictionary.h"
#include "extract/lemmatizer.h"
#include "extract/morph_lexicon.h"
#include "extract/perceptron.h"

namespace kg::extract {

// A trained tagger. Immutable once loaded, non-copyable, and safe to share
// across threads: tag() keeps its scratch space per thread.
class Tagger {
 public:
  // The model embedded into kg as "de/tagger", loaded once on first use;
  // throws ModelError when kg was built without one or it is corrupt.
  static const Tagger& german();
  // Reads a model file; throws ModelError naming `path` and the reason.
  static Tagger load(const std::string& path);
  // Reads a model from its bytes; `name` appears in error messages.
  static Tagger load(std::string_view bytes, const std::string& name);

  Tagger(Tagger&&) = default;
  Tagger& operator=(Tagger&&) = default;
  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;

  // Fills lemma, upos and feats of every token of `sentence` (only those
  // fields; forms must be set). Never throws for any input text.
  void tag(Sentence& sentence) const;

  // The model file's bytes; save() writes them atomically (throws ModelError).
  std::string bytes() const;
  void save(const std::string& path) const;

  std::size_t feature_count() const { return model_.feature_count(); }

 private:
  friend class TaggerTrainer;
  Tagger() = default;

  PerceptronModel model_;
  TaggerTables tables_;
  const MorphLexicon* lexicon_ = nullptr;  // the lexicon the model was trained with, if any
  // Distinguishes taggers in the per-thread caches of tag().
  static std::uint64_t next_id();
  std::uint64_t id_ = next_id();
};

}  // namespace kg::extract
