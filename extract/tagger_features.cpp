#include "extract/tagger_features.h"

#include <algorithm>
#include <cctype>

#include "extract/perceptron.h"

namespace kg::extract {

namespace {

// Feature templates. Their numbers are part of the model format: renumbering
// one needs a new tagger format version.
enum Template : std::uint64_t {
  kBias = 1, kForm, kLower, kSuffix, kPrefix, kShape, kShapeStart,
  kPrevLower, kNextLower, kPrev2Lower, kNext2Lower, kPrevSuffix, kNextSuffix, kPrevShape, kNextShape,
  kPrevBigram, kNextBigram, kPrevLowerSuffix, kNextLowerSuffix,
  kLexState, kLexUpos, kPrevLexUpos, kNextLexUpos, kLexUposSuffix, kLexFeature, kLexUposPrevLexUpos, kLexUposNextLexUpos, kNext2LexUpos, kPrevUposLexUpos,
  kPrevUpos = 40, kPrev2Upos, kPrevUposLower, kPrevUposSuffix, kPrevUposNextLower,
  kUpos = 60, kUposSuffix, kUposLower, kUposPrevLower, kUposNextLower, kUposPrevUpos, kUposPreposition,
  kUposPrevSuffix, kUposNextSuffix, kUposLexFeature, kUposLexFound, kUposNextLexFeature, kUposNext2LexFeature,
  kAttributePrev = 80, kAttributePrev2,
};

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The last `count` characters of `text`.
std::string_view last_chars(std::string_view text, std::size_t count) {
  std::size_t pos = text.size();
  for (std::size_t n = 0; n < count && pos > 0; ++n) {
    --pos;
    while (pos > 0 && is_continuation(text[pos])) --pos;
  }
  return text.substr(pos);
}

std::string_view first_chars(std::string_view text, std::size_t count) {
  std::size_t pos = 0;
  for (std::size_t n = 0; n < count && pos < text.size(); ++n) {
    ++pos;
    while (pos < text.size() && is_continuation(text[pos])) ++pos;
  }
  return text.substr(0, pos);
}

std::uint32_t word_shape(std::string_view form) {
  bool upper_first = false, lower_first = false, digit = false, hyphen = false, all_upper = true, letter = false,
       punct_only = true;
  for (std::size_t i = 0; i < form.size(); ++i) {
    const auto c = static_cast<unsigned char>(form[i]);
    const bool upper = (c >= 'A' && c <= 'Z') ||
                       (c == 0xC3 && i + 1 < form.size() && static_cast<unsigned char>(form[i + 1]) < 0x9F);
    const bool lower = (c >= 'a' && c <= 'z') || (c == 0xC3 && i + 1 < form.size() && static_cast<unsigned char>(form[i + 1]) >= 0x9F);
    if (i == 0) {
      upper_first = upper;
      lower_first = lower;
    }
    if (upper || lower) letter = true;
    if (lower) all_upper = false;
    if (c >= '0' && c <= '9') digit = true;
    if (c == '-') hyphen = true;
    if (std::isalnum(c) || c >= 0x80) punct_only = false;
  }
  std::uint32_t length = form.size() <= 3 ? static_cast<std::uint32_t>(form.size()) : form.size() <= 6 ? 4 : form.size() <= 10 ? 5 : 6;
  return (upper_first ? 1u : 0u) | (lower_first ? 2u : 0u) | (digit ? 4u : 0u) | (hyphen ? 8u : 0u) |
         (letter && all_upper && form.size() > 1 ? 16u : 0u) | (punct_only ? 32u : 0u) | (length << 6);
}

}  // namespace

std::uint64_t hash_text(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return feature_hash(hash, bytes.size());
}

void append_lower(std::string_view text, std::string& out) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < text.size()) {
      // Latin-1 capitals U+00C0..U+00DE (but not U+00D7 ×) sit 0x20 below their small letters.
      const auto next = static_cast<unsigned char>(text[i + 1]);
      out += static_cast<char>(c);
      out += static_cast<char>(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next);
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
}

namespace {

void add_lexicon_atoms(const MorphLexicon& lexicon, std::string_view form, MorphReadings& readings, WordAtoms& word) {
  lexicon.analyse(form, readings);
  word.lexicon_state = 1;
  for (const MorphAnalysis& analysis : readings.analyses) {
    word.lexicon_upos |= 1u << static_cast<unsigned>(analysis.upos);
    for (std::size_t f = 0; f < kFeatureCount; ++f) word.lexicon_features.masks[f] |= analysis.features.masks[f];
    word.lexicon_state = std::max<std::uint8_t>(word.lexicon_state, analysis.guessed ? 2 : 3);
    std::size_t k = 0;
    while (k < word.lexicon_upos_count && word.lexicon_upos_list[k] != analysis.upos) ++k;
    if (k == WordAtoms::kMaxLexiconUpos) continue;
    if (k == word.lexicon_upos_count) {
      word.lexicon_upos_list[k] = analysis.upos;
      ++word.lexicon_upos_count;
    }
    for (std::size_t f = 0; f < kFeatureCount; ++f) word.lexicon_upos_features[k].masks[f] |= analysis.features.masks[f];
  }
}

}  // namespace

void compute_atoms(const Sentence& sentence, const MorphLexicon* lexicon, WordAtomsCache* cache,
                   std::vector<WordAtoms>& atoms, AtomsScratch& scratch) {
  const std::size_t n = sentence.tokens.size();
  atoms.resize(n + 2 * kPadding);
  static const std::uint64_t kBoundary = hash_text("<boundary>");
  for (std::size_t p = 0; p < kPadding; ++p) {
    for (WordAtoms* pad : {&atoms[p], &atoms[n + kPadding + p]}) {
      *pad = WordAtoms{};
      pad->form = pad->lower = kBoundary;
      pad->suffixes.fill(kBoundary);
      pad->prefixes.fill(kBoundary);
      pad->shape = 0xFFFF;
      pad->lexicon_state = lexicon ? 4 : 0;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view form = sentence.tokens[i].form;
    WordAtoms& word = atoms[i + kPadding];
    const std::uint64_t form_hash = hash_text(form);
    if (const WordAtoms* cached = cache ? cache->find(form_hash) : nullptr) {
      word = *cached;
      continue;
    }
    word = WordAtoms{};
    scratch.lower.clear();
    append_lower(form, scratch.lower);
    const std::string_view lower = scratch.lower;
    word.form = form_hash;
    word.lower = hash_text(lower);
    for (std::size_t k = 0; k < word.suffixes.size(); ++k) word.suffixes[k] = hash_text(last_chars(lower, k + 1));
    for (std::size_t k = 0; k < word.prefixes.size(); ++k) word.prefixes[k] = hash_text(first_chars(lower, k + 1));
    word.shape = word_shape(form);
    if (lexicon) add_lexicon_atoms(*lexicon, form, scratch.readings, word);
    if (cache) cache->store(word);
  }
}

void add_word_features(const WordAtoms* w, bool sentence_start, FeatureList& out) {
  out.add(kBias);
  out.add(feature_hash(kForm, w->form));
  out.add(feature_hash(kLower, w->lower));
  for (std::size_t k = 0; k < w->suffixes.size(); ++k) out.add(feature_hash(kSuffix, k, w->suffixes[k]));
  for (std::size_t k = 0; k < w->prefixes.size(); ++k) out.add(feature_hash(kPrefix, k, w->prefixes[k]));
  out.add(feature_hash(kShape, w->shape));
  out.add(feature_hash(kShapeStart, w->shape, sentence_start));
  out.add(feature_hash(kPrevLower, w[-1].lower));
  out.add(feature_hash(kNextLower, w[1].lower));
  out.add(feature_hash(kPrev2Lower, w[-2].lower));
  out.add(feature_hash(kNext2Lower, w[2].lower));
  out.add(feature_hash(kPrevSuffix, w[-1].suffixes[2]));
  out.add(feature_hash(kNextSuffix, w[1].suffixes[2]));
  out.add(feature_hash(kNextSuffix, 1, w[1].suffixes[1]));
  out.add(feature_hash(kPrevShape, w[-1].shape));
  out.add(feature_hash(kNextShape, w[1].shape));
  out.add(feature_hash(kPrevBigram, w[-1].lower, w->lower));
  out.add(feature_hash(kNextBigram, w->lower, w[1].lower));
  out.add(feature_hash(kPrevLowerSuffix, w[-1].lower, w->suffixes[2]));
  out.add(feature_hash(kNextLowerSuffix, w[1].lower, w->suffixes[2]));
  if (w->lexicon_state != 0) {
    out.add(feature_hash(kLexState, w->lexicon_state));
    out.add(feature_hash(kLexUpos, w->lexicon_upos));
    out.add(feature_hash(kPrevLexUpos, w[-1].lexicon_upos));
    out.add(feature_hash(kNextLexUpos, w[1].lexicon_upos));
    out.add(feature_hash(kLexUposPrevLexUpos, w[-1].lexicon_upos, w->lexicon_upos));
    out.add(feature_hash(kLexUposNextLexUpos, w->lexicon_upos, w[1].lexicon_upos));
    out.add(feature_hash(kNext2LexUpos, w[2].lexicon_upos));
    out.add(feature_hash(kLexUposSuffix, w->lexicon_upos, w->suffixes[1]));
    for (std::size_t f = 0; f < kFeatureCount; ++f)
      if (w->lexicon_features.masks[f] != 0) out.add(feature_hash(kLexFeature, f, w->lexicon_features.masks[f]));
  }
}

void add_upos_context_features(const WordAtoms* w, const TagContext& context, FeatureList& out) {
  out.add(feature_hash(kPrevUpos, context.upos[0]));
  out.add(feature_hash(kPrev2Upos, context.upos[1], context.upos[0]));
  out.add(feature_hash(kPrevUposLower, context.upos[0], w->lower));
  out.add(feature_hash(kPrevUposSuffix, context.upos[0], w->suffixes[2]));
  out.add(feature_hash(kPrevUposNextLower, context.upos[0], w[1].lower));
  if (w->lexicon_state != 0) out.add(feature_hash(kPrevUposLexUpos, context.upos[0], w->lexicon_upos));
}

void add_attribute_features(const WordAtoms* w, Upos upos, const TagContext& context, FeatureList& out) {
  const auto u = static_cast<std::uint64_t>(upos);
  out.add(feature_hash(kUpos, u));
  for (std::size_t k = 0; k < 4; ++k) out.add(feature_hash(kUposSuffix, feature_hash(u, k), w->suffixes[k]));
  out.add(feature_hash(kUposLower, u, w->lower));
  out.add(feature_hash(kUposPrevLower, u, w[-1].lower));
  out.add(feature_hash(kUposNextLower, u, w[1].lower));
  out.add(feature_hash(kUposPrevUpos, u, context.upos[0]));
  out.add(feature_hash(kUposPreposition, u, context.preposition));
  out.add(feature_hash(kUposPrevSuffix, u, w[-1].suffixes[1]));
  out.add(feature_hash(kUposNextSuffix, u, w[1].suffixes[1]));
  if (w->lexicon_state != 0) {
    // Determiners and adjectives agree with the noun that follows.
    for (const Feature f : {Feature::Case, Feature::Number, Feature::Gender}) {
      const auto index = static_cast<std::size_t>(f);
      out.add(feature_hash(kUposNextLexFeature, feature_hash(u, index), w[1].lexicon_features.masks[index]));
      out.add(feature_hash(kUposNext2LexFeature, feature_hash(u, index), w[2].lexicon_features.masks[index]));
    }
    // The features the lexicon allows for the predicted part of speech.
    std::size_t k = 0;
    while (k < w->lexicon_upos_count && w->lexicon_upos_list[k] != upos) ++k;
    const bool found = k < w->lexicon_upos_count;
    out.add(feature_hash(kUposLexFound, u, found));
    if (found)
      for (std::size_t f = 0; f < kFeatureCount; ++f)
        if (w->lexicon_upos_features[k].masks[f] != 0)
          out.add(feature_hash(kUposLexFeature, feature_hash(u, f), w->lexicon_upos_features[k].masks[f]));
  }
}

void add_attribute_context_features(Feature feature, Upos upos, const TagContext& context, FeatureList& out) {
  const auto f = static_cast<std::size_t>(feature);
  const std::uint64_t head = feature_hash(f, static_cast<std::uint64_t>(upos));
  out.add(feature_hash(kAttributePrev, head, context.values[0][f] * 32u + context.upos[0]));
  out.add(feature_hash(kAttributePrev2, head, context.values[1][f] * 32u + context.upos[1]));
}

}  // namespace kg::extract
