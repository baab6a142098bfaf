#pragma once
// The features of the dependency parser: what each word contributes
// (hashed once per sentence), the transition classifier's features over the
// stack and buffer (Zhang and Nivre 2011, adapted to arc-hybrid, with case
// and agreement for German) and the label classifier's features over a new
// arc. Every feature is a 64-bit hash of a template number and its values;
// extraction writes into a caller's array and allocates nothing.

#include <cstdint>
#include <vector>

#include "extract/document.h"
#include "extract/transition_system.h"

namespace kg::extract {

// What the features see of one word (or of the root, or of "no word").
struct ParserWord {
  std::uint64_t form = 0;   // hash of the form
  std::uint64_t lemma = 0;  // hash of the lemma (the form when there is none)
  std::uint64_t suffix = 0; // hash of the last 4 bytes of the lower-cased form
  std::uint8_t upos = 0;    // Upos value, kRootUpos, kNoneUpos or kUnknownUpos
  std::uint8_t case_mask = 0;    // FeatureSet masks
  std::uint8_t number = 0;
  std::uint8_t gender = 0;
  std::uint8_t person = 0;
  std::uint8_t verb_form = 0;
  std::uint8_t pron_type = 0;   // 1 relative, 2 reflexive, 4 interrogative
  std::uint16_t verbs_before = 0;  // verbs and auxiliaries before the word
  std::uint16_t punct_before = 0;  // punctuation before the word
  std::uint16_t next_nominal = 0;  // the first noun, proper noun or pronoun after the word (n+1: none)
};

// Fills atoms[0..n-1] from the tokens' form, lemma, upos and feats,
// atoms[n] for the root and atoms[n+1] for "no word".
void parser_words(const Sentence& sentence, std::vector<ParserWord>& atoms);

inline constexpr std::size_t kMaxTransitionFeatures = 160;
inline constexpr std::size_t kMaxLabelFeatures = 64;

// The transition classifier's features of `state`; returns their count.
std::size_t transition_features(const ParserState& state, const std::vector<ParserWord>& atoms, std::uint64_t* out);

// The label classifier's features of the arc head -> dependent about to be
// made from `state`; returns their count.
std::size_t label_features(const ParserState& state, const std::vector<ParserWord>& atoms, int head, int dependent,
                           std::uint64_t* out);

}  // namespace kg::extract
