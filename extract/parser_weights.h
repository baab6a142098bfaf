#pragma once
// The parser's linear classifiers over hashed features: LinearModel holds
// the averaged weights for parsing (only features that kept a weight, with
// only the classes they have one for), PerceptronTrainer learns them.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/model_file.h"

namespace kg::extract {

// Immutable once built; score() is safe from many threads.
class LinearModel {
 public:
  LinearModel() = default;

  std::size_t class_count() const { return class_count_; }
  std::size_t feature_count() const { return keys_.size(); }
  std::size_t weight_count() const { return weights_.size(); }

  // Adds the weights of `features[0..count)` to scores[0..class_count()).
  void score(const std::uint64_t* features, std::size_t count, float* scores) const;

  void write(ModelWriter& writer) const;
  // Reads what write() wrote; throws ModelError on inconsistent data.
  static LinearModel read(ModelReader& reader);

 private:
  friend class PerceptronTrainer;
  // Builds the lookup table from keys_, counts_, classes_ and weights_.
  void index();

  struct Slot {
    std::uint32_t fingerprint = 0;  // high half of the key, never 0 when used
    std::uint32_t begin_and_count = 0;  // first weight << 8 | number of weights
  };

  std::size_t class_count_ = 0;
  std::vector<std::uint64_t> keys_;    // per feature
  std::vector<std::uint8_t> counts_;   // per feature: how many classes it has a weight for
  std::vector<std::uint8_t> classes_;  // per weight
  std::vector<float> weights_;         // per weight
  std::vector<Slot> slots_;            // open addressing over keys_
  std::uint64_t mask_ = 0;
};

// An averaged multi-class perceptron (Collins 2002) with the lazy averaging
// of Daumé (2006). Not thread-safe.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::size_t class_count);

  std::size_t class_count() const { return class_count_; }
  // Adds the current weights of the features to scores[0..class_count()).
  void score(const std::uint64_t* features, std::size_t count, float* scores) const;
  // Moves the weights towards `gold` and away from `predicted`.
  void update(const std::uint64_t* features, std::size_t count, std::size_t gold, std::size_t predicted);
  // Counts one training decision (for the averaging).
  void advance() { ++time_; }

  // The averaged weights; weights below `threshold` in magnitude are dropped.
  LinearModel average(float threshold) const;

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
