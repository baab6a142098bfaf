#include "extract/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <string>

namespace kg::extract {

void PerceptronModel::set_widths(std::vector<std::uint32_t> widths) {
  widths_ = std::move(widths);
  offsets_.assign(widths_.size(), 0);
  output_count_ = 0;
  for (std::size_t c = 0; c < widths_.size(); ++c) {
    offsets_[c] = static_cast<std::uint32_t>(output_count_);
    output_count_ += widths_[c];
  }
}

void PerceptronModel::build_index() {
  starts_.resize(keys_.size());
  std::uint32_t start = 0;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    starts_[i] = start;
    for (std::uint32_t mask = masks_[i]; mask != 0; mask &= mask - 1) start += widths_[std::countr_zero(mask)];
  }
  // Load factor at most 1/2 keeps the linear probes short.
  std::size_t capacity = 16;
  while (capacity < 2 * keys_.size()) capacity *= 2;
  table_.assign(capacity, kMissing);
  table_mask_ = capacity - 1;
  for (std::uint32_t i = 0; i < keys_.size(); ++i) {
    std::size_t slot = keys_[i] & table_mask_;
    while (table_[slot] != kMissing) slot = (slot + 1) & table_mask_;
    table_[slot] = i;
  }
}

void PerceptronModel::write(ModelWriter& out) const {
  out.array(widths_);
  out.array(keys_);
  out.array(masks_);
  out.array(weights_);
}

PerceptronModel PerceptronModel::read(ModelReader& in) {
  PerceptronModel model;
  std::vector<std::uint32_t> widths = in.array<std::uint32_t>();
  if (widths.empty() || widths.size() > 32) in.fail("perceptron has " + std::to_string(widths.size()) + " classifiers");
  model.set_widths(std::move(widths));
  model.keys_ = in.array<std::uint64_t>();
  model.masks_ = in.array<std::uint32_t>();
  model.weights_ = in.array<float>();
  if (model.masks_.size() != model.keys_.size()) in.fail("perceptron feature masks do not match its keys");
  const std::uint32_t valid = model.widths_.size() == 32 ? 0xFFFFFFFFu : (1u << model.widths_.size()) - 1;
  std::size_t expected = 0;
  for (std::size_t i = 0; i < model.keys_.size(); ++i) {
    if (model.keys_[i] == 0 || (model.masks_[i] & ~valid) != 0 || model.masks_[i] == 0)
      in.fail("perceptron feature " + std::to_string(i) + " is malformed");
    for (std::uint32_t mask = model.masks_[i]; mask != 0; mask &= mask - 1) expected += model.widths_[std::countr_zero(mask)];
  }
  if (expected != model.weights_.size())
    in.fail("perceptron has " + std::to_string(model.weights_.size()) + " weights, its features need " +
            std::to_string(expected));
  model.build_index();
  return model;
}

PerceptronTrainer::PerceptronTrainer(std::vector<std::uint32_t> widths) : widths_(std::move(widths)) {}

void PerceptronTrainer::add_scores(std::span<const std::uint64_t> features, std::size_t classifier, float* scores) const {
  const std::uint32_t width = widths_[classifier];
  for (const std::uint64_t feature : features) {
    const auto found = index_.find(feature_hash(feature, classifier + 1));
    if (found == index_.end()) continue;
    const float* weights = weights_.data() + rows_[found->second].start;
    for (std::uint32_t k = 0; k < width; ++k) scores[k] += weights[k];
  }
}

float* PerceptronTrainer::row(std::uint64_t feature, std::size_t classifier) {
  const auto [found, inserted] = index_.try_emplace(feature_hash(feature, classifier + 1), static_cast<std::uint32_t>(rows_.size()));
  if (inserted) {
    const auto start = static_cast<std::uint32_t>(weights_.size());
    rows_.push_back({feature, static_cast<std::uint32_t>(classifier), start});
    weights_.resize(weights_.size() + widths_[classifier], 0.0f);
    totals_.resize(weights_.size(), 0.0);
    stamps_.resize(weights_.size(), clock_);
  }
  return weights_.data() + rows_[found->second].start;
}

void PerceptronTrainer::update(std::span<const std::uint64_t> features, std::size_t classifier, std::uint32_t truth,
                               std::uint32_t guess) {
  if (truth == guess) return;
  for (const std::uint64_t feature : features) {
    float* weights = row(feature, classifier);
    const std::size_t base = static_cast<std::size_t>(weights - weights_.data());
    for (const auto& [output, delta] : {std::pair{truth, 1.0f}, std::pair{guess, -1.0f}}) {
      const std::size_t i = base + output;
      totals_[i] += static_cast<double>(clock_ - stamps_[i]) * weights_[i];
      stamps_[i] = clock_;
      weights_[i] += delta;
    }
  }
}

PerceptronModel PerceptronTrainer::average() const {
  PerceptronModel model;
  model.set_widths(widths_);
  // Rows sorted by feature then classifier give each feature's block in
  // classifier order, independent of the hash map's iteration order.
  std::vector<std::uint32_t> order(rows_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return rows_[a].feature != rows_[b].feature ? rows_[a].feature < rows_[b].feature
                                                : rows_[a].classifier < rows_[b].classifier;
  });
  std::vector<float> averaged;
  for (const std::uint32_t r : order) {
    const Row& row = rows_[r];
    averaged.assign(widths_[row.classifier], 0.0f);
    bool nonzero = false;
    for (std::uint32_t k = 0; k < widths_[row.classifier]; ++k) {
      const std::size_t i = row.start + k;
      const double total = totals_[i] + static_cast<double>(clock_ - stamps_[i]) * weights_[i];
      averaged[k] = static_cast<float>(total / static_cast<double>(clock_));
      nonzero |= std::fabs(averaged[k]) >= 1e-3f;
    }
    if (!nonzero) continue;
    if (model.keys_.empty() || model.keys_.back() != row.feature) {
      model.keys_.push_back(row.feature);
      model.masks_.push_back(0);
    }
    model.masks_.back() |= 1u << row.classifier;
    model.weights_.insert(model.weights_.end(), averaged.begin(), averaged.end());
  }
  model.build_index();
  return model;
}

}  // namespace kg::extract
