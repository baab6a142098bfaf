#include "extract/morph_lexicon.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "extract/embedded_files.h"
#include "extract/model_file.h"
#include "extract/morph_guesser.h"
#include "extract/utf8.h"

// The payload of a "lexicon" model (version 1), all numbers little-endian
// and read in place, without copying:
//
//   u64 tag count T,   T × 9 bytes: UPOS, then one FeatureSet mask per Feature
//   u64 lemma count L, (L + 1) × u32 offsets into the lemma text
//   u64 size,          lemma text: the lemmas concatenated in sorted order
//   u64 form count
//   u64 block count B, (B + 1) × u32 offsets into the form blocks
//   u64 size,          form blocks: the forms in sorted order, kBlockSize a
//                      block, each entry
//                        u8 bytes shared with the previous form (0 at a block's start)
//                        u8 length of the rest, the rest
//                        u8 reading count R, R × u32 (lemma id << kTagBits | tag id)
//   u64 separable count S, S × 3 u32 (prefix, stem, verb lemma ids) sorted by
//                      (prefix, stem), then the same sorted by verb
//
// A lookup binary-searches the blocks by their first form and decodes one
// block: a few hundred nanoseconds, and loading only checks the offsets.

namespace kg::extract {

namespace {

constexpr std::size_t kTagBytes = 1 + kFeatureCount;

std::uint32_t u32_at(std::string_view bytes, std::size_t index) {
  std::uint32_t value;
  std::memcpy(&value, bytes.data() + index * sizeof value, sizeof value);
  return value;
}

std::string_view counted(ModelReader& reader, std::uint64_t count, std::size_t element_size, const char* what) {
  if (count > reader.remaining() / element_size)
    reader.fail(std::string(what) + ": " + std::to_string(count) + " entries run past the end");
  return reader.raw(count * element_size);
}

// Checks that `count + 1` u32 offsets rise and end at `size`.
void check_offsets(ModelReader& reader, std::string_view offsets, std::size_t count, std::size_t size, const char* what) {
  for (std::size_t i = 0; i < count; ++i)
    if (u32_at(offsets, i) > u32_at(offsets, i + 1))
      reader.fail(std::string(what) + " offset " + std::to_string(i + 1) + " goes backwards");
  if (u32_at(offsets, 0) != 0 || u32_at(offsets, count) != size)
    reader.fail(std::string(what) + " offsets do not span their " + std::to_string(size) + " bytes");
}

// The form with a lower-case first letter, or "" when it has none to lower.
std::string lower_first(std::string_view form) {
  if (!starts_upper(form)) return {};
  const std::size_t length = decode_utf8(form, 0).length;
  return to_lower(form.substr(0, length)) + std::string(form.substr(length));
}

std::string_view embedded_lexicon() {
  const std::string_view bytes = kg::embedded_file("de/lexicon");
  if (bytes.empty())
    throw ModelError("no lexicon \"de/lexicon\" is built into this kg; run scripts/setup.sh and rebuild");
  return bytes;
}

}  // namespace

std::string_view MorphReadings::keep(std::string lemma) { return lemmas_.emplace_back(std::move(lemma)); }

void MorphReadings::clear() {
  analyses.clear();
  lemmas_.clear();
}

MorphLexicon::MorphLexicon(std::string_view bytes, std::string name) : name_(std::move(name)) { parse(bytes); }

MorphLexicon::MorphLexicon(Owned, std::string bytes, std::string name) : owned_(std::move(bytes)), name_(std::move(name)) {
  parse(owned_);
}

std::unique_ptr<MorphLexicon> MorphLexicon::load(const std::string& path) {
  return std::unique_ptr<MorphLexicon>(new MorphLexicon(Owned{}, read_whole_file(path), path));
}

const MorphLexicon& MorphLexicon::german() {
  // A throwing initialiser leaves the static unset, so a later call retries.
  static const MorphLexicon lexicon(embedded_lexicon(), "de/lexicon");
  return lexicon;
}

void MorphLexicon::parse(std::string_view bytes) {
  ModelReader reader(bytes, name_, kKind, kVersion);
  tag_count_ = reader.u64();
  tags_ = counted(reader, tag_count_, kTagBytes, "tags");
  for (std::size_t i = 0; i < tag_count_; ++i)
    if (static_cast<std::uint8_t>(tags_[i * kTagBytes]) >= kUposCount)
      reader.fail("tag " + std::to_string(i) + " has no valid UPOS");

  lemma_count_ = reader.u64();
  if (lemma_count_ > (std::size_t{1} << kLemmaBits)) reader.fail("too many lemmas");
  lemma_offsets_ = counted(reader, lemma_count_ + 1, sizeof(std::uint32_t), "lemma offsets");
  lemma_text_ = counted(reader, reader.u64(), 1, "lemma text");
  check_offsets(reader, lemma_offsets_, lemma_count_, lemma_text_.size(), "lemma");

  form_count_ = reader.u64();
  block_count_ = reader.u64();
  block_offsets_ = counted(reader, block_count_ + 1, sizeof(std::uint32_t), "block offsets");
  forms_ = counted(reader, reader.u64(), 1, "form blocks");
  check_offsets(reader, block_offsets_, block_count_, forms_.size(), "block");
  // Binary search reads each block's first form: make sure it is whole.
  for (std::size_t b = 0; b < block_count_; ++b) {
    const std::size_t begin = u32_at(block_offsets_, b);
    const std::size_t end = u32_at(block_offsets_, b + 1);
    if (end - begin < 2 || forms_[begin] != 0 || begin + 2 + static_cast<std::uint8_t>(forms_[begin + 1]) > end)
      reader.fail("block " + std::to_string(b) + " does not start with a whole form");
  }

  separable_count_ = reader.u64();
  separable_by_parts_ = counted(reader, separable_count_, 3 * sizeof(std::uint32_t), "separable verbs");
  separable_by_verb_ = counted(reader, separable_count_, 3 * sizeof(std::uint32_t), "separable verbs");
  for (std::size_t i = 0; i < 3 * separable_count_; ++i)
    if (u32_at(separable_by_parts_, i) >= lemma_count_ || u32_at(separable_by_verb_, i) >= lemma_count_)
      reader.fail("separable verb " + std::to_string(i / 3) + " names no lemma");
  reader.expect_end();
}

std::string_view MorphLexicon::lemma(std::uint32_t id) const {
  const std::uint32_t begin = u32_at(lemma_offsets_, id);
  return lemma_text_.substr(begin, u32_at(lemma_offsets_, id + 1) - begin);
}

std::optional<std::uint32_t> MorphLexicon::lemma_id(std::string_view text) const {
  std::size_t low = 0;
  std::size_t high = lemma_count_;
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    const int order = lemma(static_cast<std::uint32_t>(middle)).compare(text);
    if (order == 0) return static_cast<std::uint32_t>(middle);
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  return std::nullopt;
}

const char* MorphLexicon::find(std::string_view form, std::size_t& count) const {
  if (form.empty() || form.size() > 255 || block_count_ == 0) return nullptr;
  // The last block whose first form is <= form.
  std::size_t low = 0;
  std::size_t high = block_count_;
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    const char* head = forms_.data() + u32_at(block_offsets_, middle);
    if (std::string_view(head + 2, static_cast<std::uint8_t>(head[1])) <= form) low = middle + 1;
    else high = middle;
  }
  if (low == 0) return nullptr;
  const char* entry = forms_.data() + u32_at(block_offsets_, low - 1);
  const char* const end = forms_.data() + u32_at(block_offsets_, low);
  std::array<char, 512> buffer;
  std::size_t length = 0;
  // Entries were bounds-checked by the checksum's writer, but a decode never
  // trusts them: a malformed entry ends the search.
  while (end - entry >= 3) {
    const std::size_t shared = static_cast<std::uint8_t>(entry[0]);
    const std::size_t rest = static_cast<std::uint8_t>(entry[1]);
    entry += 2;
    if (shared > length || static_cast<std::size_t>(end - entry) < rest + 1) return nullptr;
    std::memcpy(buffer.data() + shared, entry, rest);
    length = shared + rest;
    entry += rest;
    const std::size_t readings = static_cast<std::uint8_t>(*entry++);
    if (static_cast<std::size_t>(end - entry) < readings * sizeof(std::uint32_t)) return nullptr;
    const int order = std::string_view(buffer.data(), length).compare(form);
    if (order == 0) {
      count = readings;
      return entry;
    }
    if (order > 0) return nullptr;
    entry += readings * sizeof(std::uint32_t);
  }
  return nullptr;
}

void MorphLexicon::append(std::string_view form, std::vector<MorphAnalysis>& out) const {
  std::size_t count = 0;
  const char* readings = find(form, count);
  if (readings == nullptr) return;
  for (std::size_t i = 0; i < count; ++i) {
    std::uint32_t packed;
    std::memcpy(&packed, readings + i * sizeof packed, sizeof packed);
    const std::uint32_t tag = packed & ((1u << kTagBits) - 1);
    const std::uint32_t lemma_index = packed >> kTagBits;
    if (tag >= tag_count_ || lemma_index >= lemma_count_) continue;
    MorphAnalysis analysis;
    analysis.lemma = lemma(lemma_index);
    const char* record = tags_.data() + tag * kTagBytes;
    analysis.upos = static_cast<Upos>(record[0]);
    std::memcpy(analysis.features.masks.data(), record + 1, kFeatureCount);
    out.push_back(analysis);
  }
}

void MorphLexicon::lookup(std::string_view form, std::vector<MorphAnalysis>& out) const {
  out.clear();
  append(form, out);
}

bool MorphLexicon::contains(std::string_view form) const {
  std::size_t count = 0;
  return find(form, count) != nullptr;
}

bool MorphLexicon::is_common_noun(std::string_view form) const {
  thread_local std::vector<MorphAnalysis> readings;
  lookup(form, readings);
  bool noun = false;
  for (const MorphAnalysis& reading : readings) {
    if (reading.upos == Upos::PROPN) return false;
    noun = noun || reading.upos == Upos::NOUN;
  }
  return noun;
}

void MorphLexicon::analyse(std::string_view form, MorphReadings& out) const {
  out.clear();
  append(form, out.analyses);
  if (const std::string lower = lower_first(form); !lower.empty()) append(lower, out.analyses);
  if (out.analyses.empty()) MorphGuesser(*this).guess(form, out);
}

std::optional<std::string_view> MorphLexicon::separable_verb(std::string_view prefix, std::string_view stem_lemma) const {
  const auto prefix_id = lemma_id(prefix);
  const auto stem_id = lemma_id(stem_lemma);
  if (prefix_id && stem_id) {
    std::size_t low = 0;
    std::size_t high = separable_count_;
    const std::array<std::uint32_t, 2> key = {*prefix_id, *stem_id};
    while (low < high) {
      const std::size_t middle = low + (high - low) / 2;
      const std::array<std::uint32_t, 2> found = {u32_at(separable_by_parts_, 3 * middle),
                                                  u32_at(separable_by_parts_, 3 * middle + 1)};
      if (found == key) return lemma(u32_at(separable_by_parts_, 3 * middle + 2));
      if (found < key) low = middle + 1;
      else high = middle;
    }
  }
  // Verbs such as "bekanntgeben" are listed whole, without the separable
  // mark: accept the joined word when it is a verb's infinitive.
  const std::string joined = std::string(prefix) + std::string(stem_lemma);
  std::vector<MorphAnalysis> readings;
  append(joined, readings);
  for (const MorphAnalysis& reading : readings)
    if (reading.upos == Upos::VERB && reading.lemma == joined) return reading.lemma;
  return std::nullopt;
}

std::string_view MorphLexicon::separable_prefix(std::string_view verb_lemma) const {
  const auto verb_id = lemma_id(verb_lemma);
  if (!verb_id) return {};
  std::size_t low = 0;
  std::size_t high = separable_count_;
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    const std::uint32_t found = u32_at(separable_by_verb_, 3 * middle + 2);
    if (found == *verb_id) return lemma(u32_at(separable_by_verb_, 3 * middle));
    if (found < *verb_id) low = middle + 1;
    else high = middle;
  }
  return {};
}

}  // namespace kg::extract
