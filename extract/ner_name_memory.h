#pragma once
// The names the training data teaches: word sequences that the annotators
// marked as a name of one class in at least half of the places where they
// occur ("Deutsche Bank" ORG, "Peking" LOC, but not "Bank"). The entity
// recogniser sees, per word, whether it lies in such a remembered name and
// where; a gazetteer learned from the data rather than written by hand.
// Internal to the recogniser.

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "extract/document.h"
#include "extract/model_file.h"
#include "extract/ner_labels.h"

namespace kg::extract {

class NameMemory {
 public:
  static constexpr std::size_t kMaxWords = 5;

  // Learns from gold-annotated sentences (`gold[s]` the spans of
  // sentences[s]). A name is remembered with its most frequent class when
  // it was annotated in at least half of its occurrences and at least
  // `min_count` times.
  static NameMemory learn(std::span<const Sentence* const> sentences, std::span<const std::vector<NerSpan>* const> gold,
                          std::size_t min_count = 1);

  // Per token of `sentence`, 0 or 1 + the label (ner_labels.h) the
  // remembered name covering it gives; names are matched greedily from the
  // left, longest first.
  void match(const Sentence& sentence, std::vector<std::uint8_t>& labels) const;
  // The same from the tokens' form hashes (hash_text of each form).
  void match(std::span<const std::uint64_t> forms, std::vector<std::uint8_t>& labels) const;

  std::size_t size() const { return keys_.size(); }
  bool empty() const { return keys_.empty(); }

  void write(ModelWriter& out) const;
  // Throws ModelError for unsorted keys or sizes that differ.
  static NameMemory read(ModelReader& in);

 private:
  std::optional<NerClass> find(std::uint64_t key) const;

  std::vector<std::uint64_t> keys_;  // sorted hashes of the names' forms
  std::vector<std::uint64_t> firsts_;  // sorted form hashes of the names' first words: where a match may start
  std::vector<std::uint8_t> classes_;
};

}  // namespace kg::extract
