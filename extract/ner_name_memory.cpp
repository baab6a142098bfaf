#include "extract/ner_name_memory.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "extract/perceptron.h"
#include "extract/tagger_features.h"

namespace kg::extract {

namespace {

// The key of tokens [first, first + count), for each count: their forms'
// hashes chained.
template <typename Visit>
void for_each_key(std::span<const std::uint64_t> forms, std::size_t first, Visit visit) {
  std::uint64_t key = 0x51ed27d5u;
  for (std::size_t count = 1; count <= NameMemory::kMaxWords && first + count <= forms.size(); ++count) {
    key = feature_hash(key, forms[first + count - 1]);
    visit(count, key);
  }
}

std::vector<std::uint64_t> form_hashes(const Sentence& sentence) {
  std::vector<std::uint64_t> forms;
  for (const Token& token : sentence.tokens) forms.push_back(hash_text(token.form));
  return forms;
}

std::vector<std::uint64_t> sorted_unique(std::vector<std::uint64_t> values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return values;
}

struct Tally {
  std::array<std::uint32_t, kNerClassCount> annotated{};
  std::uint32_t occurrences = 0;
};

}  // namespace

NameMemory NameMemory::learn(std::span<const Sentence* const> sentences, std::span<const std::vector<NerSpan>* const> gold,
                             std::size_t min_count) {
  std::unordered_map<std::uint64_t, Tally> tallies;
  std::unordered_map<std::uint64_t, std::uint64_t> first_words;  // key -> hash of the name's first word
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::vector<std::uint64_t> forms = form_hashes(*sentences[s]);
    for (const NerSpan& span : *gold[s]) {
      if (span.end - span.first > kMaxWords) continue;
      for_each_key(forms, span.first, [&](std::size_t count, std::uint64_t key) {
        if (count != span.end - span.first) return;
        ++tallies[key].annotated[static_cast<std::size_t>(span.ner_class)];
        first_words[key] = forms[span.first];
      });
    }
  }
  for (const Sentence* sentence : sentences) {
    const std::vector<std::uint64_t> forms = form_hashes(*sentence);
    for (std::size_t i = 0; i < forms.size(); ++i)
      for_each_key(forms, i, [&](std::size_t, std::uint64_t key) {
        if (const auto found = tallies.find(key); found != tallies.end()) ++found->second.occurrences;
      });
  }
  std::vector<std::pair<std::uint64_t, std::uint8_t>> entries;
  for (const auto& [key, tally] : tallies) {
    const auto best = std::max_element(tally.annotated.begin(), tally.annotated.end());
    std::uint32_t annotated = 0;
    for (const std::uint32_t count : tally.annotated) annotated += count;
    if (*best < min_count || 2 * annotated < tally.occurrences) continue;
    entries.emplace_back(key, static_cast<std::uint8_t>(best - tally.annotated.begin()));
  }
  std::sort(entries.begin(), entries.end());
  NameMemory memory;
  std::vector<std::uint64_t> firsts;
  for (const auto& [key, ner_class] : entries) {
    memory.keys_.push_back(key);
    memory.classes_.push_back(ner_class);
    firsts.push_back(first_words[key]);
  }
  memory.firsts_ = sorted_unique(std::move(firsts));
  return memory;
}

std::optional<NerClass> NameMemory::find(std::uint64_t key) const {
  const auto it = std::lower_bound(keys_.begin(), keys_.end(), key);
  if (it == keys_.end() || *it != key) return std::nullopt;
  return static_cast<NerClass>(classes_[static_cast<std::size_t>(it - keys_.begin())]);
}

void NameMemory::match(const Sentence& sentence, std::vector<std::uint8_t>& labels) const {
  match(form_hashes(sentence), labels);
}

void NameMemory::match(std::span<const std::uint64_t> forms, std::vector<std::uint8_t>& labels) const {
  const std::size_t n = forms.size();
  labels.assign(n, 0);
  if (keys_.empty()) return;
  for (std::size_t i = 0; i < n;) {
    std::size_t longest = 0;
    NerClass found = NerClass::Per;
    if (!std::binary_search(firsts_.begin(), firsts_.end(), forms[i])) {
      ++i;
      continue;
    }
    for_each_key(forms, i, [&](std::size_t count, std::uint64_t key) {
      if (const auto c = find(key)) {
        longest = count;
        found = *c;
      }
    });
    if (longest == 0) {
      ++i;
      continue;
    }
    for (std::size_t k = 0; k < longest; ++k) {
      const LabelPosition position = longest == 1         ? LabelPosition::Unit
                                     : k == 0             ? LabelPosition::Begin
                                     : k + 1 == longest   ? LabelPosition::Last
                                                          : LabelPosition::Inside;
      labels[i + k] = static_cast<std::uint8_t>(1 + make_label(found, position));
    }
    i += longest;
  }
}

void NameMemory::write(ModelWriter& out) const {
  out.array(keys_);
  out.array(classes_);
  out.array(firsts_);
}

NameMemory NameMemory::read(ModelReader& in) {
  NameMemory memory;
  memory.keys_ = in.array<std::uint64_t>();
  memory.classes_ = in.array<std::uint8_t>();
  memory.firsts_ = in.array<std::uint64_t>();
  if (memory.keys_.size() != memory.classes_.size()) in.fail("name memory has keys and classes of different counts");
  if (!std::is_sorted(memory.keys_.begin(), memory.keys_.end()) || !std::is_sorted(memory.firsts_.begin(), memory.firsts_.end()))
    in.fail("name memory keys are not sorted");
  for (const std::uint8_t c : memory.classes_)
    if (c >= kNerClassCount) in.fail("name memory has an unknown class");
  return memory;
}

}  // namespace kg::extract
