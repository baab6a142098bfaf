#pragma once
// A table from a hashed key (a word form with its part of speech, a
// suffix, ...) to the value seen most often with it in training: the
// tagger's lemma, lemma-rule and closed-class feature tables.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/model_file.h"

namespace kg::extract {

// Immutable after construction; safe to share across threads.
class FormDictionary {
 public:
  // The value stored under `key`, or nullptr.
  const std::string* find(std::uint64_t key) const {
    const auto found = index_.find(key);
    return found == index_.end() ? nullptr : &values_[found->second];
  }
  std::size_t size() const { return index_.size(); }

  void write(ModelWriter& out) const;
  static FormDictionary read(ModelReader& in);

 private:
  friend class FormDictionaryBuilder;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;
  std::vector<std::string> values_;  // distinct values
};

// Counts (key, value) pairs, then keeps the most frequent value per key
// (ties: the smallest value, so the result does not depend on input order).
class FormDictionaryBuilder {
 public:
  void add(std::uint64_t key, std::string_view value, std::uint32_t count = 1);
  // Keys seen fewer than `min_count` times are left out.
  FormDictionary build(std::uint32_t min_count = 1) const;

 private:
  std::unordered_map<std::uint64_t, std::map<std::string, std::uint32_t, std::less<>>> counts_;
};

}  // namespace kg::extract
