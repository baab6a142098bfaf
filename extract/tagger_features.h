#pragma once
// The tagger's features: hashes of the word, its affixes, shape and
// context, computed without allocating (one scratch buffer per sentence).
// Training and tagging call the same functions, so a model sees the same
// features in both.

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/morph_lexicon.h"
#include "extract/morphology.h"

namespace kg::extract {

// FNV-1a of `bytes`, finished with feature_hash() for spread.
std::uint64_t hash_text(std::string_view bytes);

// Appends `text` lower-cased (ASCII and Latin-1 letters, enough for
// German; other bytes unchanged) to `out`.
void append_lower(std::string_view text, std::string& out);

// What the tagger knows of one word before looking at its neighbours'
// tags: hashes of the word and its parts, computed once per sentence.
struct WordAtoms {
  std::uint64_t form = 0;   // as written
  std::uint64_t lower = 0;  // lower-cased
  std::array<std::uint64_t, 5> suffixes{};  // last 1..5 characters, lower-cased
  std::array<std::uint64_t, 3> prefixes{};  // first 1..3 characters, lower-cased
  std::uint32_t shape = 0;  // capitalisation, digits, hyphen, length class
  // Lexicon candidates (0 when there is no lexicon or the word is unknown).
  std::uint32_t lexicon_upos = 0;  // bit per Upos
  FeatureSet lexicon_features;     // union over the candidates
  std::uint8_t lexicon_state = 0;  // 0 no lexicon, 1 unknown, 2 guessed, 3 known, 4 sentence boundary
  // Per UPOS of the candidates (at most kMaxLexiconUpos), the union of its features.
  static constexpr std::size_t kMaxLexiconUpos = 6;
  std::uint8_t lexicon_upos_count = 0;
  std::array<Upos, kMaxLexiconUpos> lexicon_upos_list{};
  std::array<FeatureSet, kMaxLexiconUpos> lexicon_upos_features{};
};

// The atoms of recently seen forms, so that frequent words skip hashing and
// the lexicon. Direct-mapped by the form's hash; one per thread.
class WordAtomsCache {
 public:
  explicit WordAtomsCache(std::size_t slots = 65536) : entries_(slots) {}
  const WordAtoms* find(std::uint64_t form) const {
    const WordAtoms& entry = entries_[form & (entries_.size() - 1)];
    return entry.form == form ? &entry : nullptr;
  }
  void store(const WordAtoms& atoms) { entries_[atoms.form & (entries_.size() - 1)] = atoms; }

 private:
  std::vector<WordAtoms> entries_;  // size a power of two; form 0 = empty
};

// Reusable buffers of compute_atoms().
struct AtomsScratch {
  std::string lower;
  MorphReadings readings;
};

// The words of a sentence as atoms, with two padding entries (sentence
// boundaries) on each side: token i is atoms[i + kPadding].
inline constexpr std::size_t kPadding = 2;
// `lexicon` (may be nullptr) adds its readings; `cache` (may be nullptr)
// remembers atoms across calls.
void compute_atoms(const Sentence& sentence, const MorphLexicon* lexicon, WordAtomsCache* cache,
                   std::vector<WordAtoms>& atoms, AtomsScratch& scratch);

// A fixed-capacity list of feature hashes (no allocation).
class FeatureList {
 public:
  void clear() { size_ = 0; }
  void add(std::uint64_t feature) {
    if (size_ < values_.size()) values_[size_++] = feature;
  }
  std::span<const std::uint64_t> view() const { return {values_.data(), size_}; }

 private:
  std::array<std::uint64_t, 64> values_{};
  std::size_t size_ = 0;
};

// The classes the tagger predicts for one word: its UPOS and, per Feature,
// 0 for "does not apply" or 1 + the index of the value in feature_values().
struct TagPrediction {
  Upos upos = Upos::X;
  std::array<std::uint8_t, kFeatureCount> values{};
};
// The predicted (or gold) classes of the two words left of the current
// one; sentence starts have upos index kUposCount.
struct TagContext {
  std::array<std::uint32_t, 2> upos{kUposCount, kUposCount};  // [0] = previous word
  std::array<std::array<std::uint8_t, kFeatureCount>, 2> values{};
  std::uint64_t preposition = 0;  // lower-case hash of the nearest ADP within 4 words to the left, 0 if none
};

// `word` points at token i's atoms inside the padded array.
void add_word_features(const WordAtoms* word, bool sentence_start, FeatureList& out);
void add_upos_context_features(const WordAtoms* word, const TagContext& context, FeatureList& out);
void add_attribute_features(const WordAtoms* word, Upos upos, const TagContext& context, FeatureList& out);
void add_attribute_context_features(Feature feature, Upos upos, const TagContext& context, FeatureList& out);

}  // namespace kg::extract
