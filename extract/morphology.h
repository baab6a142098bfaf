#pragma once
// The vocabulary of German morphology shared by the lexicon, the tagger and
// the parser: universal parts of speech and the UD features kg predicts,
// each value one bit so that a set of possible values is one byte.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg::extract {

// Universal POS tags (https://universaldependencies.org/u/pos/).
enum class Upos : std::uint8_t {
  ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X
};
inline constexpr std::size_t kUposCount = 17;

std::string_view upos_name(Upos upos);
std::optional<Upos> parse_upos(std::string_view name);

// The UD features kg predicts. Values of each are listed in
// feature_values(); value i is bit (1 << i) of a FeatureSet entry.
enum class Feature : std::uint8_t { Case, Number, Gender, Person, Tense, VerbForm, Mood, Degree };
inline constexpr std::size_t kFeatureCount = 8;

std::string_view feature_name(Feature feature);  // "Case"
// "Nom", "Acc", "Dat", "Gen" for Case; at most 8 values per feature.
const std::array<std::string_view, 8>& feature_values(Feature feature);
std::size_t feature_value_count(Feature feature);

// Per feature, the set of values it may take: a bit mask over
// feature_values(). 0 means the feature does not apply (or is unknown).
struct FeatureSet {
  std::array<std::uint8_t, kFeatureCount> masks{};

  std::uint8_t& operator[](Feature f) { return masks[static_cast<std::size_t>(f)]; }
  std::uint8_t operator[](Feature f) const { return masks[static_cast<std::size_t>(f)]; }
  bool operator==(const FeatureSet&) const = default;

  // Sets feature `f` to the single value named `value` ("Nom"); returns
  // false (and changes nothing) for an unknown value.
  bool set(Feature f, std::string_view value);
};

// Parses a UD FEATS column ("Case=Nom|Number=Sing", "Case=Acc,Dat" keeps
// both values); features kg does not predict are ignored.
FeatureSet parse_features(std::string_view feats);

// The UD FEATS string of the features that have exactly one value, in UD's
// alphabetical order of feature names; "" when none has.
std::string format_features(const FeatureSet& features);

// One reading of a word form: a lemma, a part of speech and the features
// that reading allows.
struct MorphAnalysis {
  std::string_view lemma;   // points into the lexicon (or the guesser's storage)
  Upos upos = Upos::X;
  FeatureSet features;
  bool guessed = false;     // from the guesser, not found in the lexicon
};

}  // namespace kg::extract
