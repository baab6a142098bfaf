#include "extract/form_dictionary.h"

#include <algorithm>

namespace kg::extract {

void FormDictionary::write(ModelWriter& out) const {
  // Sorted keys make the file independent of the hash map's order.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries(index_.begin(), index_.end());
  std::sort(entries.begin(), entries.end());
  out.u64(values_.size());
  for (const std::string& value : values_) out.str(value);
  out.u64(entries.size());
  for (const auto& [key, value] : entries) {
    out.u64(key);
    out.u32(value);
  }
}

FormDictionary FormDictionary::read(ModelReader& in) {
  FormDictionary dictionary;
  const std::uint64_t value_count = in.u64();
  if (value_count > in.remaining() / 4) in.fail("dictionary announces " + std::to_string(value_count) + " values");
  dictionary.values_.reserve(value_count);
  for (std::uint64_t i = 0; i < value_count; ++i) dictionary.values_.emplace_back(in.str());
  const std::uint64_t entry_count = in.u64();
  if (entry_count > in.remaining() / 12) in.fail("dictionary announces " + std::to_string(entry_count) + " entries");
  dictionary.index_.reserve(entry_count);
  for (std::uint64_t i = 0; i < entry_count; ++i) {
    const std::uint64_t key = in.u64();
    const std::uint32_t value = in.u32();
    if (value >= value_count) in.fail("dictionary entry points to value " + std::to_string(value) + " of " + std::to_string(value_count));
    dictionary.index_.emplace(key, value);
  }
  return dictionary;
}

void FormDictionaryBuilder::add(std::uint64_t key, std::string_view value, std::uint32_t count) {
  auto& values = counts_[key];
  const auto found = values.find(value);
  if (found == values.end())
    values.emplace(std::string(value), count);
  else
    found->second += count;
}

FormDictionary FormDictionaryBuilder::build(std::uint32_t min_count) const {
  FormDictionary dictionary;
  std::vector<std::pair<std::uint64_t, const std::string*>> chosen;
  for (const auto& [key, values] : counts_) {
    const std::string* best = nullptr;
    std::uint32_t best_count = 0, total = 0;
    for (const auto& [value, count] : values) {  // ascending values: strict > keeps the smallest on ties
      total += count;
      if (count > best_count) {
        best = &value;
        best_count = count;
      }
    }
    if (total >= min_count) chosen.emplace_back(key, best);
  }
  std::sort(chosen.begin(), chosen.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::unordered_map<std::string_view, std::uint32_t> value_index;
  for (const auto& [key, value] : chosen) {
    const auto [found, inserted] = value_index.try_emplace(*value, static_cast<std::uint32_t>(dictionary.values_.size()));
    if (inserted) dictionary.values_.push_back(*value);
    dictionary.index_.emplace(key, found->second);
  }
  return dictionary;
}

}  // namespace kg::extract
