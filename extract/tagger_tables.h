#pragma once
// The tagger's tables besides its weights, collected from the training
// data: which feature values each UPOS takes, lemmas, and the features kg
// does not classify. Internal to the tagger.

#include <cstdint>
#include <string>
#include <string_view>

#include "extract/form_dictionary.h"
#include "extract/lemmatizer.h"
#include "extract/tagger_decoder.h"

namespace kg::extract {

struct TaggerTables {
  AllowedClasses allowed{};
  Lemmatizer lemmatizer;
  // (lower-cased form, UPOS) -> the FEATS kg does not classify
  // ("Definite=Def|PronType=Art"); (UPOS) alone as the fallback.
  FormDictionary other_features;
  std::uint64_t lexicon_fingerprint = 0;  // 0: trained without a lexicon

  void write(ModelWriter& out) const;
  void read(ModelReader& in);
};

// A fingerprint of the lexicon built into kg ("de/lexicon"), 0 when there is none.
std::uint64_t german_lexicon_fingerprint();

std::uint64_t other_features_key(std::string_view lower, Upos upos);
std::uint64_t other_features_key(Upos upos);

// The class of `feature` in a parsed FEATS set: 0 when absent, else 1 + the
// index of its (first) value.
std::uint8_t feature_class(const FeatureSet& features, Feature feature);

// `feats` without the features kg classifies, in their original order.
std::string other_features(std::string_view feats);

// The lemma of the lexicon reading that best fits the predicted UPOS and
// features (a lexicon reading before a guessed one), or nullptr when no
// reading has that UPOS.
const MorphAnalysis* best_reading(const MorphReadings& readings, const TagPrediction& prediction);

// Writes the FEATS column of `prediction` merged with `other` (UD order:
// feature names sorted case-insensitively) into `out`.
void format_tag_features(const TagPrediction& prediction, std::string_view other, std::string& out);

}  // namespace kg::extract
