#pragma once
// The entity recogniser's features: the tagger's word atoms (affixes,
// shape, lexicon readings) plus what names need: the token's UPOS,
// gazetteer and word-list memberships, the parts of hyphenated compounds.
// Computed without allocating once the per-thread caches are warm, and
// shared by training and recognition so a model sees the same features in
// both. Internal to the recogniser.

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/morph_lexicon.h"
#include "extract/ner_name_memory.h"
#include "extract/tagger_features.h"

namespace kg::extract {

// What the recogniser knows of one word apart from its affixes and lexicon readings.
struct NameAtoms {
  std::uint64_t form = 0;        // hash of the form, the cache key
  std::uint64_t compound_modifier = 0;  // lower-cased part before the first hyphen of "Nokia-Patente"; 0 if none
  std::uint64_t compound_head = 0;      // lower-cased part after the last hyphen
  std::uint8_t place = 0;        // 1 + PlaceKind of the gazetteer's place of this name, 0 none
  std::uint8_t adjective = 0;    // 1 + PlaceKind of the place this adjective or demonym derives from
  std::uint8_t modifier_place = 0;  // 1 + PlaceKind of the compound modifier ("China-Geschäft")
  std::uint8_t lists = 0;        // bits: legal form, first name, name part, common acronym, function word, English word, English name
  std::uint8_t class_noun = 0;   // 0: none, else 1 | generic 2 | product 4 | person 8 | relational 16
  std::uint8_t world = 0;        // WorldPlace of the form (ner_places.h)
  std::uint8_t world_pair = 0;   // WorldPlace of this word with its neighbour ("Burkina Faso"), 1 + 4 * right (not cached)
  std::uint8_t upos = 0;         // 1 + Upos of the token when tagged, 0 untagged (not cached)
};

// The name atoms of recently seen forms; direct-mapped, one per thread.
class NameAtomsCache {
 public:
  NameAtomsCache() : entries_(std::size_t{1} << 15) {}
  const NameAtoms* find(std::uint64_t form) const {
    const NameAtoms& entry = entries_[form & (entries_.size() - 1)];
    return entry.form == form ? &entry : nullptr;
  }
  void store(const NameAtoms& atoms) { entries_[atoms.form & (entries_.size() - 1)] = atoms; }

 private:
  std::vector<NameAtoms> entries_;
};

// What the features draw on besides the sentence; any may be nullptr.
struct NerResources {
  const MorphLexicon* lexicon = nullptr;
  const NameMemory* memory = nullptr;
};

// Reusable buffers and caches of one thread.
struct NerScratch {
  std::vector<WordAtoms> words;  // padded by kPadding on each side
  std::vector<NameAtoms> names;  // padded the same way
  AtomsScratch atoms;
  WordAtomsCache word_cache{std::size_t{1} << 15};
  NameAtomsCache name_cache;
  std::vector<std::uint64_t> features;  // all tokens' features, kFeaturesPerToken each
  std::vector<std::uint8_t> counts;     // features per token
  std::vector<std::uint64_t> forms;     // per token, hash_text of the form
  std::vector<std::uint8_t> memory;     // per token, the name memory's label + 1 (0 none)
};

inline constexpr std::size_t kFeaturesPerToken = 96;

// True when `form` starts with an upper-case ASCII or Latin-1 letter.
bool starts_upper_ascii_or_latin(std::string_view form);

// Fills scratch.features with the features of every token of `sentence`
// (token i: [i * kFeaturesPerToken, i * kFeaturesPerToken + counts[i])).
// `use_caches` false skips the per-form caches (training, where each
// thread sees the data once).
void compute_ner_features(const Sentence& sentence, const NerResources& resources, bool use_caches, NerScratch& scratch);

}  // namespace kg::extract
