#pragma once
// The parser's linear classifiers over hashed features. ParserWeightTrainer
// learns averaged weights; the two parsing layouts keep only features with
// a weight, quantised to 16 bits, in open-addressing tables built for few
// cache misses: DenseWeights (up to 3 classes, the weights inside the table
// slot) for transitions, SparseWeights (up to 256 classes, only the classes
// a feature has a weight for) for relations. A 16-bit fingerprint stands
// for the key, so an unknown feature matches a stored one with a chance of
// about 1 in 32,768 per probe.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/model_file.h"

namespace kg::extract {

// Averaged weights as trained: class_count weights per key.
struct AveragedWeights {
  std::size_t class_count = 0;
  std::vector<std::uint64_t> keys;
  std::vector<float> weights;  // keys.size() * class_count
};

// Immutable once built; score() is safe from many threads.
class DenseWeights {
 public:
  static constexpr std::size_t kClasses = 3;
  DenseWeights() = default;
  explicit DenseWeights(const AveragedWeights& averaged);  // requires class_count <= kClasses

  std::size_t feature_count() const { return features_; }
  // Adds the weights of `features[0..count)` to scores[0..kClasses).
  void score(const std::uint64_t* features, std::size_t count, float* scores) const;

  void write(ModelWriter& writer) const;
  static DenseWeights read(ModelReader& reader);  // throws ModelError on inconsistent data

 private:
  struct Slot {
    std::uint16_t fingerprint = 0;  // 0 = empty
    std::int16_t weights[kClasses] = {};
  };
  float scale_ = 1;
  std::size_t features_ = 0;
  std::vector<Slot> slots_;  // power-of-two size
};

// Immutable once built; score() is safe from many threads.
class SparseWeights {
 public:
  SparseWeights() = default;
  explicit SparseWeights(const AveragedWeights& averaged);  // requires class_count <= 256

  std::size_t class_count() const { return class_count_; }
  std::size_t feature_count() const { return features_; }
  // Adds the weights of `features[0..count)` to scores[0..class_count());
  // count <= kMaxScoredFeatures.
  static constexpr std::size_t kMaxScoredFeatures = 256;
  void score(const std::uint64_t* features, std::size_t count, float* scores) const;

  void write(ModelWriter& writer) const;
  static SparseWeights read(ModelReader& reader);  // throws ModelError on inconsistent data

 private:
  struct Slot {
    std::uint16_t fingerprint = 0;  // 0 = empty
    std::uint16_t count = 0;        // weights of this feature
    std::uint32_t begin = 0;        // first of them in entries_
  };
  std::size_t class_count_ = 0;
  float scale_ = 1;
  std::size_t features_ = 0;
  std::vector<Slot> slots_;             // power-of-two size
  std::vector<std::uint32_t> entries_;  // class << 16 | 16-bit weight
};

// An averaged multi-class perceptron (Collins 2002) with the lazy averaging
// of Daumé (2006). Not thread-safe.
class ParserWeightTrainer {
 public:
  explicit ParserWeightTrainer(std::size_t class_count);

  std::size_t class_count() const { return class_count_; }
  // Adds the current weights of the features to scores[0..class_count()).
  void score(const std::uint64_t* features, std::size_t count, float* scores) const;
  // Moves the weights towards `gold` and away from `predicted`.
  void update(const std::uint64_t* features, std::size_t count, std::size_t gold, std::size_t predicted);
  // Counts one training decision (for the averaging).
  void advance() { ++time_; }

  // The averaged weights of every feature that was ever updated; weights
  // smaller than `threshold` in magnitude become 0 (and features left
  // without weights are not stored by DenseWeights and SparseWeights).
  AveragedWeights average(float threshold = 0) const;

 private:
  std::uint32_t row(std::uint64_t key) const;  // kNoRow when absent
  std::uint32_t add_row(std::uint64_t key);
  void grow();

  static constexpr std::uint32_t kNoRow = 0xffffffffu;
  std::size_t class_count_;
  std::uint64_t time_ = 1;
  std::vector<std::uint64_t> keys_;   // open addressing, 0 = empty
  std::vector<std::uint32_t> rows_;   // row of each slot
  std::vector<std::uint64_t> row_keys_;
  std::vector<float> weights_;        // class_count_ per row
  std::vector<double> totals_;        // sum of time * change, per weight
};

}  // namespace kg::extract
