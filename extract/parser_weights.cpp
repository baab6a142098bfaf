#include "extract/parser_weights.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace kg::extract {

namespace {

std::uint16_t fingerprint(std::uint64_t key) {
  const auto print = static_cast<std::uint16_t>(key >> 48);
  return print ? print : 1;
}

// A power of two at least 1.5 times the entries: short probes, and always
// an empty slot to end them.
std::size_t table_size(std::size_t entries) {
  std::size_t size = 16;
  while (size < entries + entries / 2 + 1) size <<= 1;
  return size;
}

float quantum(const std::vector<float>& weights) {
  float largest = 0;
  for (const float w : weights) largest = std::max(largest, std::fabs(w));
  return largest > 0 ? largest / 32767.0f : 1.0f;
}

std::int16_t quantize(float weight, float scale) { return static_cast<std::int16_t>(std::lround(weight / scale)); }

template <typename Slot>
std::size_t find_free(const std::vector<Slot>& slots, std::uint64_t key) {
  const std::size_t mask = slots.size() - 1;
  std::size_t s = key & mask;
  while (slots[s].fingerprint != 0) s = (s + 1) & mask;
  return s;
}

template <typename Slot>
void check_table(ModelReader& reader, const std::vector<Slot>& slots) {
  const std::size_t size = slots.size();
  if (size == 0 || (size & (size - 1)) != 0) reader.fail("has a weight table of " + std::to_string(size) + " slots");
  for (const Slot& slot : slots)
    if (slot.fingerprint == 0) return;
  reader.fail("has a weight table without an empty slot");
}

}  // namespace

DenseWeights::DenseWeights(const AveragedWeights& averaged) {
  const std::size_t classes = averaged.class_count;
  scale_ = quantum(averaged.weights);
  std::vector<std::size_t> kept;
  for (std::size_t f = 0; f < averaged.keys.size(); ++f)
    for (std::size_t c = 0; c < classes; ++c)
      if (quantize(averaged.weights[f * classes + c], scale_) != 0) {
        kept.push_back(f);
        break;
      }
  features_ = kept.size();
  slots_.assign(table_size(kept.size()), Slot{});
  for (const std::size_t f : kept) {
    Slot& slot = slots_[find_free(slots_, averaged.keys[f])];
    slot.fingerprint = fingerprint(averaged.keys[f]);
    for (std::size_t c = 0; c < classes && c < kClasses; ++c) slot.weights[c] = quantize(averaged.weights[f * classes + c], scale_);
  }
}

void DenseWeights::score(const std::uint64_t* features, std::size_t count, float* scores) const {
  if (slots_.empty()) return;
  const std::size_t mask = slots_.size() - 1;
  // The table is larger than the caches: ask for every slot first, so the
  // misses overlap instead of queueing.
  for (std::size_t i = 0; i < count; ++i) __builtin_prefetch(&slots_[features[i] & mask]);
  std::int32_t sums[kClasses] = {};
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint16_t print = fingerprint(features[i]);
    for (std::size_t s = features[i] & mask;; s = (s + 1) & mask) {
      const Slot& slot = slots_[s];
      if (slot.fingerprint == print) {
        for (std::size_t c = 0; c < kClasses; ++c) sums[c] += slot.weights[c];
        break;
      }
      if (slot.fingerprint == 0) break;
    }
  }
  for (std::size_t c = 0; c < kClasses; ++c) scores[c] += static_cast<float>(sums[c]) * scale_;
}

void DenseWeights::write(ModelWriter& writer) const {
  writer.f32(scale_);
  writer.u64(features_);
  writer.array(slots_);
}

DenseWeights DenseWeights::read(ModelReader& reader) {
  DenseWeights weights;
  weights.scale_ = reader.f32();
  weights.features_ = reader.u64();
  weights.slots_ = reader.array<Slot>();
  check_table(reader, weights.slots_);
  return weights;
}

SparseWeights::SparseWeights(const AveragedWeights& averaged) : class_count_(averaged.class_count) {
  scale_ = quantum(averaged.weights);
  struct Kept {
    std::uint64_t key;
    std::uint32_t begin, count;
  };
  std::vector<Kept> kept;
  for (std::size_t f = 0; f < averaged.keys.size(); ++f) {
    const auto begin = static_cast<std::uint32_t>(entries_.size());
    for (std::size_t c = 0; c < class_count_; ++c) {
      const std::int16_t w = quantize(averaged.weights[f * class_count_ + c], scale_);
      if (w != 0) entries_.push_back(static_cast<std::uint32_t>(c << 16) | static_cast<std::uint16_t>(w));
    }
    if (entries_.size() > begin) kept.push_back({averaged.keys[f], begin, static_cast<std::uint32_t>(entries_.size() - begin)});
  }
  features_ = kept.size();
  slots_.assign(table_size(kept.size()), Slot{});
  for (const Kept& k : kept)
    slots_[find_free(slots_, k.key)] = Slot{fingerprint(k.key), static_cast<std::uint16_t>(k.count), k.begin};
}

void SparseWeights::score(const std::uint64_t* features, std::size_t count, float* scores) const {
  if (slots_.empty()) return;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = 0; i < count; ++i) __builtin_prefetch(&slots_[features[i] & mask]);
  // Find the slots first and ask for their weight lists, then add them up:
  // the lists live elsewhere, and their misses overlap this way too.
  const Slot* found[kMaxScoredFeatures];
  std::size_t hits = 0;
  for (std::size_t i = 0; i < count && hits < kMaxScoredFeatures; ++i) {
    const std::uint16_t print = fingerprint(features[i]);
    for (std::size_t s = features[i] & mask;; s = (s + 1) & mask) {
      const Slot& slot = slots_[s];
      if (slot.fingerprint == print) {
        __builtin_prefetch(&entries_[slot.begin]);
        found[hits++] = &slot;
        break;
      }
      if (slot.fingerprint == 0) break;
    }
  }
  for (std::size_t h = 0; h < hits; ++h) {
    const Slot& slot = *found[h];
    for (std::uint32_t e = slot.begin; e < slot.begin + slot.count; ++e) {
      const std::uint32_t entry = entries_[e];
      scores[entry >> 16] += static_cast<float>(static_cast<std::int16_t>(entry & 0xffff)) * scale_;
    }
  }
}

void SparseWeights::write(ModelWriter& writer) const {
  writer.u32(static_cast<std::uint32_t>(class_count_));
  writer.f32(scale_);
  writer.u64(features_);
  writer.array(slots_);
  writer.array(entries_);
}

SparseWeights SparseWeights::read(ModelReader& reader) {
  SparseWeights weights;
  weights.class_count_ = reader.u32();
  weights.scale_ = reader.f32();
  weights.features_ = reader.u64();
  weights.slots_ = reader.array<Slot>();
  weights.entries_ = reader.array<std::uint32_t>();
  check_table(reader, weights.slots_);
  if (weights.class_count_ == 0 || weights.class_count_ > 256) reader.fail("has a relation classifier of " + std::to_string(weights.class_count_) + " classes");
  for (const Slot& slot : weights.slots_)
    if (slot.fingerprint != 0 && std::size_t{slot.begin} + slot.count > weights.entries_.size())
      reader.fail("has a weight list past the end of its table");
  for (const std::uint32_t entry : weights.entries_)
    if ((entry >> 16) >= weights.class_count_) reader.fail("has a weight for class " + std::to_string(entry >> 16));
  return weights;
}

ParserWeightTrainer::ParserWeightTrainer(std::size_t class_count)
    : class_count_(class_count), keys_(1024, 0), rows_(1024, kNoRow) {}

std::uint32_t ParserWeightTrainer::row(std::uint64_t key) const {
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t s = key & mask;; s = (s + 1) & mask) {
    if (keys_[s] == key) return rows_[s];
    if (keys_[s] == 0) return kNoRow;
  }
}

std::uint32_t ParserWeightTrainer::add_row(std::uint64_t key) {
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

void ParserWeightTrainer::grow() {
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

void ParserWeightTrainer::score(const std::uint64_t* features, std::size_t count, float* scores) const {
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint32_t r = row(features[i]);
    if (r == kNoRow) continue;
    const float* w = &weights_[r * class_count_];
    for (std::size_t c = 0; c < class_count_; ++c) scores[c] += w[c];
  }
}

void ParserWeightTrainer::update(const std::uint64_t* features, std::size_t count, std::size_t gold, std::size_t predicted) {
  if (gold == predicted) return;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t base = std::size_t{add_row(features[i])} * class_count_;
    weights_[base + gold] += 1.0f;
    totals_[base + gold] += static_cast<double>(time_);
    weights_[base + predicted] -= 1.0f;
    totals_[base + predicted] -= static_cast<double>(time_);
  }
}

AveragedWeights ParserWeightTrainer::average(float threshold) const {
  AveragedWeights averaged;
  averaged.class_count = class_count_;
  averaged.keys = row_keys_;
  averaged.weights.resize(weights_.size());
  const double time = static_cast<double>(time_);
  for (std::size_t i = 0; i < weights_.size(); ++i) {
    const auto w = static_cast<float>(weights_[i] - totals_[i] / time);
    averaged.weights[i] = std::fabs(w) < threshold ? 0.0f : w;
  }
  return averaged;
}

}  // namespace kg::extract
