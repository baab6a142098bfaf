#pragma once
// The German morphological lexicon: every inflected form of the nouns, verbs
// and adjectives of LanguageTool's german-pos-dict (npm german-*-dict,
// CC BY-SA 4.0) with its lemmas, UPOS and UD features, compiled at build
// time by tools/lexicon/compile_lexicon.cpp and embedded into kg.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/morphology.h"

namespace kg::extract {

// The readings of one word form, as MorphLexicon::analyse gives them, and
// the storage of the lemmas the guesser builds. Lemmas of lexicon readings
// point into the lexicon; guessed lemmas point into this object and stay
// valid until clear() or its destruction (moving it keeps them valid).
// Reuse one object across words to avoid allocations.
struct MorphReadings {
  std::vector<MorphAnalysis> analyses;

  // Stores `lemma` and returns a view of it that lives as long as the
  // stored lemmas do.
  std::string_view keep(std::string lemma);
  void clear();

  MorphReadings() = default;
  MorphReadings(MorphReadings&&) = default;
  MorphReadings& operator=(MorphReadings&&) = default;

 private:
  std::deque<std::string> lemmas_;  // a deque never moves its elements
};

// Immutable after loading, non-copyable and safe to share across threads:
// every method is const and touches no mutable state.
class MorphLexicon {
 public:
  // Layout constants shared with the compiler (tools/lexicon).
  static constexpr std::string_view kKind = "lexicon";
  static constexpr std::uint32_t kVersion = 1;
  static constexpr unsigned kTagBits = 12;    // a reading is lemma id << kTagBits | tag id
  static constexpr unsigned kLemmaBits = 20;
  static constexpr std::size_t kBlockSize = 16;  // forms per front-coded block

  // Reads the lexicon from `bytes`, which must outlive it (a file in memory
  // or the embedded copy); `name` appears in error messages. Throws
  // ModelError naming the byte when the bytes are not a valid lexicon.
  MorphLexicon(std::string_view bytes, std::string name);
  // Reads the lexicon file at `path`; throws ModelError.
  static std::unique_ptr<MorphLexicon> load(const std::string& path);
  // The lexicon built into kg ("de/lexicon"), loaded at the first call;
  // throws ModelError when this kg was built without one.
  static const MorphLexicon& german();

  MorphLexicon(const MorphLexicon&) = delete;
  MorphLexicon& operator=(const MorphLexicon&) = delete;

  // Replaces `out` with the readings of exactly `form` (case-sensitive);
  // leaves it empty for an unknown form.
  void lookup(std::string_view form, std::vector<MorphAnalysis>& out) const;
  bool contains(std::string_view form) const;

  // Is exactly `form` a common noun: a NOUN reading and no PROPN one
  // ("Zeitung", "Euro"; not "Berlin", not an unknown "Tamsen")?
  bool is_common_noun(std::string_view form) const;

  // Replaces `out` with the readings of `form`: its own, those of the form
  // with a lower-case first letter when it is capitalised (a sentence's
  // first word), and MorphGuesser's when neither is known.
  void analyse(std::string_view form, MorphReadings& out) const;

  // The separable verb made of a particle and a verb: ("bekannt", "geben")
  // → "bekanntgeben", ("ab", "arbeiten") → "abarbeiten"; nullopt when the
  // lexicon knows no such verb.
  std::optional<std::string_view> separable_verb(std::string_view prefix, std::string_view stem_lemma) const;
  // The separable particle of a verb lemma ("ab" for "abarbeiten"), "" when
  // the data does not mark the verb separable.
  std::string_view separable_prefix(std::string_view verb_lemma) const;

  std::size_t form_count() const { return form_count_; }
  std::size_t lemma_count() const { return lemma_count_; }

 private:
  struct Owned {};  // selects the constructor that keeps the bytes
  MorphLexicon(Owned, std::string bytes, std::string name);
  void parse(std::string_view bytes);
  std::string_view lemma(std::uint32_t id) const;
  std::optional<std::uint32_t> lemma_id(std::string_view lemma) const;
  // The packed readings of `form`, or nullptr; `count` receives how many.
  const char* find(std::string_view form, std::size_t& count) const;
  void append(std::string_view form, std::vector<MorphAnalysis>& out) const;

  std::string owned_;  // the file's bytes when loaded from a path
  std::string name_;
  std::string_view tags_;            // 9 bytes a tag: UPOS, then one mask per Feature
  std::size_t tag_count_ = 0;
  std::string_view lemma_offsets_;   // u32 × (lemma_count_ + 1) into lemma_text_
  std::string_view lemma_text_;
  std::size_t lemma_count_ = 0;
  std::size_t form_count_ = 0;
  std::string_view block_offsets_;   // u32 × (block_count_ + 1) into forms_
  std::size_t block_count_ = 0;
  std::string_view forms_;
  std::string_view separable_by_parts_;  // (prefix, stem, verb) lemma ids, u32 × 3 each
  std::string_view separable_by_verb_;
  std::size_t separable_count_ = 0;
};

}  // namespace kg::extract
