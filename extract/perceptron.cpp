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

void PerceptronModel::build_table() {
  // Load factor at most 2/3 keeps the linear probes short.
  std::size_t capacity = 16;
  while (2 * capacity < 3 * keys_.size()) capacity *= 2;
  table_.assign(capacity, Slot{});
  table_mask_ = capacity - 1;
  blocks_.clear();
  blocks_.reserve(keys_.size() + weights_.size());
  for (std::uint32_t i = 0; i < keys_.size(); ++i) {
    std::size_t index = keys_[i] & table_mask_;
    while (table_[index].check != 0) index = (index + 1) & table_mask_;
    table_[index] = {check_of(keys_[i]), static_cast<std::uint32_t>(blocks_.size())};
    blocks_.push_back(starts_[i + 1] - starts_[i]);
    for (std::uint32_t k = starts_[i]; k < starts_[i + 1]; ++k)
      blocks_.push_back(static_cast<std::uint32_t>(static_cast<std::uint16_t>(weights_[k])) << 16 | outputs_[k]);
  }
}

void PerceptronModel::write(ModelWriter& out) const {
  out.array(widths_);
  out.f32(scale_);
  out.array(keys_);
  out.array(starts_);
  out.array(outputs_);
  out.array(weights_);
}

PerceptronModel PerceptronModel::read(ModelReader& in) {
  PerceptronModel model;
  std::vector<std::uint32_t> widths = in.array<std::uint32_t>();
  if (widths.empty() || std::accumulate(widths.begin(), widths.end(), std::size_t{0}) > 256)
    in.fail("perceptron has " + std::to_string(widths.size()) + " classifiers, too many outputs");
  model.set_widths(std::move(widths));
  model.scale_ = in.f32();
  model.keys_ = in.array<std::uint64_t>();
  model.starts_ = in.array<std::uint32_t>();
  model.outputs_ = in.array<std::uint8_t>();
  model.weights_ = in.array<std::int16_t>();
  if (model.starts_.size() != model.keys_.size() + 1 || model.starts_.front() != 0 ||
      model.starts_.back() != model.weights_.size() || model.outputs_.size() != model.weights_.size() ||
      !std::is_sorted(model.starts_.begin(), model.starts_.end()))
    in.fail("perceptron's weight ranges do not match its features");
  for (const std::uint8_t output : model.outputs_)
    if (output >= model.output_count_) in.fail("perceptron weight for output " + std::to_string(output) + " out of range");
  for (const std::uint64_t key : model.keys_)
    if (key == 0) in.fail("perceptron has a feature with hash 0");
  model.build_table();
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
  // Rows sorted by feature then classifier: the result does not depend on
  // the hash map's iteration order.
  std::vector<std::uint32_t> order(rows_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return rows_[a].feature != rows_[b].feature ? rows_[a].feature < rows_[b].feature
                                                : rows_[a].classifier < rows_[b].classifier;
  });
  std::vector<double> averaged(weights_.size());
  double largest = 0.0;
  for (std::size_t i = 0; i < weights_.size(); ++i) {
    averaged[i] = (totals_[i] + static_cast<double>(clock_ - stamps_[i]) * weights_[i]) / static_cast<double>(clock_);
    largest = std::max(largest, std::fabs(averaged[i]));
  }
  // 16-bit weights; those that round to 0 are dropped.
  const double scale = largest > 0 ? largest / 32767.0 : 1.0;
  model.scale_ = static_cast<float>(scale);
  model.starts_.push_back(0);
  for (const std::uint32_t r : order) {
    const Row& row = rows_[r];
    for (std::uint32_t k = 0; k < widths_[row.classifier]; ++k) {
      const auto quantised = static_cast<std::int16_t>(std::lround(averaged[row.start + k] / scale));
      if (quantised == 0) continue;
      if (model.keys_.empty() || model.keys_.back() != row.feature) {
        model.keys_.push_back(row.feature);
        model.starts_.push_back(model.starts_.back());
      }
      model.outputs_.push_back(static_cast<std::uint8_t>(model.offsets_[row.classifier] + k));
      model.weights_.push_back(quantised);
      ++model.starts_.back();
    }
  }
  model.build_table();
  return model;
}

}  // namespace kg::extract
