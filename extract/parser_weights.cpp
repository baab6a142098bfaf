#include "extract/parser_weights.h"

#include <cmath>
#include <numeric>
#include <string>

namespace kg::extract {

namespace {

std::uint32_t fingerprint(std::uint64_t key) { return static_cast<std::uint32_t>(key >> 32) | 1u; }

std::size_t table_size(std::size_t entries) {
  std::size_t size = 16;
  while (size < entries * 2) size <<= 1;  // at most half full: short probes
  return size;
}

}  // namespace

void LinearModel::score(const std::uint64_t* features, std::size_t count, float* scores) const {
  if (slots_.empty()) return;
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint64_t key = features[i];
    const std::uint32_t print = fingerprint(key);
    for (std::uint64_t s = key & mask_;; s = (s + 1) & mask_) {
      const Slot slot = slots_[s];
      if (slot.fingerprint == print) {
        const std::uint32_t begin = slot.begin_and_count >> 8, end = begin + (slot.begin_and_count & 0xff);
        for (std::uint32_t w = begin; w < end; ++w) scores[classes_[w]] += weights_[w];
        break;
      }
      if (slot.fingerprint == 0) break;
    }
  }
}

void LinearModel::index() {
  slots_.assign(table_size(keys_.size()), Slot{});
  mask_ = slots_.size() - 1;
  std::uint32_t begin = 0;
  for (std::size_t f = 0; f < keys_.size(); ++f) {
    std::uint64_t s = keys_[f] & mask_;
    while (slots_[s].fingerprint != 0) s = (s + 1) & mask_;
    slots_[s] = Slot{fingerprint(keys_[f]), (begin << 8) | counts_[f]};
    begin += counts_[f];
  }
}

void LinearModel::write(ModelWriter& writer) const {
  writer.u32(static_cast<std::uint32_t>(class_count_));
  writer.array(keys_);
  writer.array(counts_);
  writer.array(classes_);
  writer.array(weights_);
}

LinearModel LinearModel::read(ModelReader& reader) {
  LinearModel model;
  model.class_count_ = reader.u32();
  model.keys_ = reader.array<std::uint64_t>();
  model.counts_ = reader.array<std::uint8_t>();
  model.classes_ = reader.array<std::uint8_t>();
  model.weights_ = reader.array<float>();
  const std::size_t total = std::accumulate(model.counts_.begin(), model.counts_.end(), std::size_t{0});
  if (model.class_count_ == 0 || model.class_count_ > 256 || model.counts_.size() != model.keys_.size() ||
      total != model.classes_.size() || total != model.weights_.size() || total >= (std::size_t{1} << 24))
    reader.fail("has inconsistent classifier tables");
  for (const std::uint8_t c : model.classes_)
    if (c >= model.class_count_) reader.fail("has a weight for class " + std::to_string(c) + " of " + std::to_string(model.class_count_));
  model.index();
  return model;
}

PerceptronTrainer::PerceptronTrainer(std::size_t class_count)
    : class_count_(class_count), keys_(1024, 0), rows_(1024, kNoRow) {}

std::uint32_t PerceptronTrainer::row(std::uint64_t key) const {
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t s = key & mask;; s = (s + 1) & mask) {
    if (keys_[s] == key) return rows_[s];
    if (keys_[s] == 0) return kNoRow;
  }
}

std::uint32_t PerceptronTrainer::add_row(std::uint64_t key) {
  if ((row_keys_.size() + 1) * 2 > keys_.size()) grow();
  const std::size_t mask = keys_.size() - 1;
  std::size_t s = key & mask;
  while (keys_[s] != 0 && keys_[s] != key) s = (s + 1) & mask;
  if (keys_[s] == key) return rows_[s];
  const auto r = static_cast<std::uint32_t>(row_keys_.size());
  keys_[s] = key;
  rows_[s] = r;
  row_keys_.push_back(key);
  weights_.resize(weights_.size() + class_count_, 0.0f);
  totals_.resize(totals_.size() + class_count_, 0.0);
  return r;
}

void PerceptronTrainer::grow() {
  const std::size_t size = keys_.size() * 2, mask = size - 1;
  std::vector<std::uint64_t> keys(size, 0);
  std::vector<std::uint32_t> rows(size, kNoRow);
  for (std::uint32_t r = 0; r < row_keys_.size(); ++r) {
    std::size_t s = row_keys_[r] & mask;
    while (keys[s] != 0) s = (s + 1) & mask;
    keys[s] = row_keys_[r];
    rows[s] = r;
  }
  keys_.swap(keys);
  rows_.swap(rows);
}

void PerceptronTrainer::score(const std::uint64_t* features, std::size_t count, float* scores) const {
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint32_t r = row(features[i]);
    if (r == kNoRow) continue;
    const float* w = &weights_[r * class_count_];
    for (std::size_t c = 0; c < class_count_; ++c) scores[c] += w[c];
  }
}

void PerceptronTrainer::update(const std::uint64_t* features, std::size_t count, std::size_t gold, std::size_t predicted) {
  if (gold == predicted) return;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t base = std::size_t{add_row(features[i])} * class_count_;
    weights_[base + gold] += 1.0f;
    totals_[base + gold] += static_cast<double>(time_);
    weights_[base + predicted] -= 1.0f;
    totals_[base + predicted] -= static_cast<double>(time_);
  }
}

LinearModel PerceptronTrainer::average(float threshold) const {
  LinearModel model;
  model.class_count_ = class_count_;
  const double time = static_cast<double>(time_);
  for (std::size_t r = 0; r < row_keys_.size(); ++r) {
    std::uint8_t kept = 0;
    for (std::size_t c = 0; c < class_count_; ++c) {
      const std::size_t i = r * class_count_ + c;
      const auto average = static_cast<float>(weights_[i] - totals_[i] / time);
      if (std::fabs(average) < threshold) continue;
      model.classes_.push_back(static_cast<std::uint8_t>(c));
      model.weights_.push_back(average);
      ++kept;
    }
    if (kept == 0) continue;
    model.keys_.push_back(row_keys_[r]);
    model.counts_.push_back(kept);
  }
  model.index();
  return model;
}

}  // namespace kg::extract
