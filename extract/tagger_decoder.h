#pragma once
// The tagger's left-to-right pass, shared by tagging and training so both
// see the same features in the same order. Internal to the tagger.
//
// A Scorer provides
//   Upos predict_upos(word_features, const TagPrediction* gold)
//   void predict_features(word_features, attribute_features, const std::uint8_t* allowed,
//                         TagPrediction& prediction, const TagPrediction* gold)
// where gold is nullptr when tagging; the training scorer updates its
// weights. predict_features fills prediction.values[f] for each feature f
// whose allowed[f] (a mask over classes) has more than one class.

#include <array>
#include <bit>
#include <cstdint>
#include <vector>

#include "extract/tagger_features.h"

namespace kg::extract {

// Per UPOS and Feature, the classes (bit c = class c, class 0 = absent)
// seen in training; only those are predicted.
using AllowedClasses = std::array<std::array<std::uint8_t, kFeatureCount>, kUposCount>;

// How many words back a preposition still counts as governing (its noun
// phrase rarely runs longer).
inline constexpr int kPrepositionReach = 4;

template <typename Scorer>
void decode_sentence(const std::vector<WordAtoms>& atoms, const AllowedClasses& allowed, Scorer& scorer,
                     TagPrediction* out, const TagPrediction* gold) {
  TagContext context;
  FeatureList word, attribute;
  int preposition_age = 0;
  const std::size_t n = atoms.size() - 2 * kPadding;
  for (std::size_t i = 0; i < n; ++i) {
    const WordAtoms* w = &atoms[i + kPadding];
    word.clear();
    add_word_features(w, i == 0, word);
    add_upos_context_features(w, context, word);
    TagPrediction prediction;
    prediction.upos = scorer.predict_upos(word.view(), gold ? &gold[i] : nullptr);
    const auto& masks = allowed[static_cast<std::size_t>(prediction.upos)];
    attribute.clear();
    bool choice = false;
    for (std::size_t f = 0; f < kFeatureCount; ++f) {
      const std::uint8_t mask = masks[f];
      if ((mask & (mask - 1)) == 0) {  // zero or one class: nothing to choose
        prediction.values[f] = mask == 0 ? 0 : static_cast<std::uint8_t>(std::countr_zero(mask));
      } else {
        if (!choice) add_attribute_features(w, prediction.upos, context, attribute);
        choice = true;
        add_attribute_context_features(static_cast<Feature>(f), prediction.upos, context, attribute);
      }
    }
    if (choice) scorer.predict_features(word.view(), attribute.view(), masks.data(), prediction, gold ? &gold[i] : nullptr);
    out[i] = prediction;
    context.upos[1] = context.upos[0];
    context.upos[0] = static_cast<std::uint32_t>(prediction.upos);
    context.values[1] = context.values[0];
    context.values[0] = prediction.values;
    if (prediction.upos == Upos::ADP) {
      context.preposition = w->lower;
      preposition_age = 0;
    } else if (++preposition_age > kPrepositionReach) {
      context.preposition = 0;
    }
  }
}

}  // namespace kg::extract
