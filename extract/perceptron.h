#pragma once
// Multi-class averaged perceptrons over hashed features, shared by the
// tagger and the parser.
//
// A model holds several classifiers (UPOS, Case, ... or transitions), each
// with its own number of outputs. A feature is a 64-bit hash (see
// feature_hash()); at run time one hash lookup yields the weights of that
// feature for every classifier it was trained for, added into one score
// array whose classifier c occupies [offsets()[c], offsets()[c] + widths[c]).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "extract/model_file.h"

namespace kg::extract {

// Mixes two 64-bit values into one well-distributed hash (never 0, which
// marks an empty slot).
inline std::uint64_t feature_hash(std::uint64_t a, std::uint64_t b) {
  std::uint64_t h = a * 0x9e3779b97f4a7c15ull ^ (b + 0x632be59bd9b4e019ull + (a << 7) + (a >> 3));
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  return h | (h == 0);
}
inline std::uint64_t feature_hash(std::uint64_t a, std::uint64_t b, std::uint64_t c) {
  return feature_hash(feature_hash(a, b), c);
}

// The trained weights, read-only: immutable after construction and safe to
// share across threads.
class PerceptronModel {
 public:
  PerceptronModel() = default;

  // Adds the weights of each feature (for all its classifiers) into
  // `scores`, an array of output_count() integers: the weights in units of
  // scale(), which changes no comparison between scores.
  void add_scores(std::span<const std::uint64_t> features, std::int32_t* scores) const {
    // Three passes so that the cache misses of all features overlap:
    // prefetch the slots, find them and prefetch their weights, add.
    constexpr std::size_t kBatch = 64;
    const std::uint32_t* found[kBatch];
    for (std::size_t first = 0; first < features.size(); first += kBatch) {
      const std::size_t count = std::min(kBatch, features.size() - first);
      for (std::size_t i = 0; i < count; ++i) __builtin_prefetch(&table_[features[first + i] & table_mask_]);
      for (std::size_t i = 0; i < count; ++i) {
        found[i] = find(features[first + i]);
        if (found[i] != nullptr) __builtin_prefetch(found[i]);
      }
      for (std::size_t i = 0; i < count; ++i) {
        const std::uint32_t* entry = found[i];
        if (entry == nullptr) continue;
        // A block: its length, then (weight << 16 | output) per weight.
        for (const std::uint32_t* end = entry + 1 + *entry; ++entry < end;)
          scores[*entry & 0xFFFF] += static_cast<std::int16_t>(*entry >> 16);
      }
    }
  }

  const std::vector<std::uint32_t>& widths() const { return widths_; }
  const std::vector<std::uint32_t>& offsets() const { return offsets_; }
  std::size_t output_count() const { return output_count_; }
  std::size_t feature_count() const { return keys_.size(); }
  // The factor from stored to averaged weights.
  float scale() const { return scale_; }

  void write(ModelWriter& out) const;
  // Reads what write() wrote; throws ModelError for an inconsistent model.
  static PerceptronModel read(ModelReader& in);

 private:
  friend class PerceptronTrainer;
  // A feature's place in the hash table: the high half of its hash (the
  // low half chose the slot) and where its block starts in blocks_. Eight
  // bytes, so that the table of a tagger stays within a few MB of cache.
  struct Slot {
    std::uint32_t check = 0;  // 0: empty
    std::uint32_t block = 0;
  };
  static std::uint32_t check_of(std::uint64_t key) { return static_cast<std::uint32_t>(key >> 32) | 1u; }

  void set_widths(std::vector<std::uint32_t> widths);
  void build_table();

  const std::uint32_t* find(std::uint64_t feature) const {
    const std::uint32_t check = check_of(feature);
    std::size_t index = feature & table_mask_;
    while (true) {
      const Slot& slot = table_[index];
      if (slot.check == check) return &blocks_[slot.block];
      if (slot.check == 0) return nullptr;
      index = (index + 1) & table_mask_;
    }
  }

  std::vector<std::uint32_t> widths_;   // outputs per classifier
  std::vector<std::uint32_t> offsets_;  // first output of each classifier
  std::size_t output_count_ = 0;        // at most 256
  // Feature i has the non-zero weights [starts_[i], starts_[i + 1]) of
  // outputs_/weights_, quantised to 16 bits: averaged weight = scale_ * stored.
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> starts_;
  std::vector<std::uint8_t> outputs_;
  std::vector<std::int16_t> weights_;
  float scale_ = 1.0f;
  std::vector<Slot> table_;  // open addressing, linear probing
  std::vector<std::uint32_t> blocks_;  // per feature: count, then (weight << 16 | output) each
  std::size_t table_mask_ = 0;
};

// Trains the weights of a PerceptronModel with lazily averaged updates
// (Collins 2002; Daumé's averaging trick). Not thread-safe.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::vector<std::uint32_t> widths);

  // Adds the current (not averaged) weights of `features` for
  // `classifier` into scores[0, widths[classifier]).
  void add_scores(std::span<const std::uint64_t> features, std::size_t classifier, float* scores) const;
  // Moves `classifier`'s weights of `features` towards `truth` and away
  // from `guess` (no-op when they are equal).
  void update(std::span<const std::uint64_t> features, std::size_t classifier, std::uint32_t truth, std::uint32_t guess);
  // Advances the averaging clock; call once per training example.
  void tick() { ++clock_; }

  // The averaged weights; features whose weights all round to zero are left out.
  PerceptronModel average() const;

 private:
  struct Row {
    std::uint64_t feature;
    std::uint32_t classifier;
    std::uint32_t start;  // into weights_/totals_/stamps_
  };
  float* row(std::uint64_t feature, std::size_t classifier);

  std::vector<std::uint32_t> widths_;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;  // feature_hash(feature, classifier) -> rows_ index
  std::vector<Row> rows_;
  std::vector<float> weights_;
  std::vector<double> totals_;   // sum of weights over time, up to stamps_
  std::vector<std::uint64_t> stamps_;
  std::uint64_t clock_ = 1;
};

}  // namespace kg::extract
