#pragma once
// Viterbi decoding of BILOU label sequences, shared by recognition and
// training so both choose labels the same way. Internal to the recogniser.

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

#include "extract/ner_labels.h"

namespace kg::extract {

// For each label, the labels that may precede it (kLabelCount = the
// sentence start).
struct LabelGraph {
  std::array<std::vector<std::uint8_t>, kLabelCount> previous;
  LabelGraph() {
    for (std::uint32_t next = 0; next < kLabelCount; ++next) {
      const auto n = static_cast<std::uint8_t>(next);
      for (std::uint32_t p = 0; p < kLabelCount; ++p)
        if (label_transition_allowed(static_cast<std::uint8_t>(p), n)) previous[next].push_back(static_cast<std::uint8_t>(p));
      if (label_may_start(n)) previous[next].push_back(static_cast<std::uint8_t>(kLabelCount));
    }
  }
  static const LabelGraph& instance() {
    static const LabelGraph graph;
    return graph;
  }
};

// Reusable buffers of viterbi().
struct ViterbiScratch {
  std::vector<float> best;              // n * kLabelCount
  std::vector<std::uint8_t> back;       // n * kLabelCount
};

// The best labels for `n` tokens given emission scores (n * kLabelCount,
// token-major) and transitions ((kLabelCount + 1) * kLabelCount, previous-
// major, row kLabelCount = start). Writes labels[0, n).
inline void viterbi(const float* emissions, std::size_t n, const float* transitions, ViterbiScratch& scratch,
                    std::uint8_t* labels) {
  if (n == 0) return;
  const LabelGraph& graph = LabelGraph::instance();
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  scratch.best.assign(n * kLabelCount, kNone);
  scratch.back.resize(n * kLabelCount);
  for (std::size_t y = 0; y < kLabelCount; ++y)
    if (label_may_start(static_cast<std::uint8_t>(y)))
      scratch.best[y] = emissions[y] + transitions[kLabelCount * kLabelCount + y];
  for (std::size_t i = 1; i < n; ++i) {
    const float* previous = &scratch.best[(i - 1) * kLabelCount];
    float* current = &scratch.best[i * kLabelCount];
    std::uint8_t* back = &scratch.back[i * kLabelCount];
    for (std::size_t y = 0; y < kLabelCount; ++y) {
      float top = kNone;
      std::uint8_t from = 0;
      for (const std::uint8_t p : graph.previous[y]) {
        if (p == kLabelCount) continue;
        const float score = previous[p] + transitions[p * kLabelCount + y];
        if (score > top) {
          top = score;
          from = p;
        }
      }
      current[y] = top + emissions[i * kLabelCount + y];
      back[y] = from;
    }
  }
  const float* last = &scratch.best[(n - 1) * kLabelCount];
  std::uint8_t label = 0;
  for (std::size_t y = 1; y < kLabelCount; ++y)
    if (label_may_end(static_cast<std::uint8_t>(y)) && last[y] > last[label]) label = static_cast<std::uint8_t>(y);
  for (std::size_t i = n; i-- > 0;) {
    labels[i] = label;
    if (i > 0) label = scratch.back[i * kLabelCount + label];
  }
}

// The spans of a label sequence that viterbi() produced.
inline std::vector<NerSpan> spans_of(const std::uint8_t* labels, std::size_t n) {
  std::vector<NerSpan> spans;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint8_t label = labels[i];
    if (label == 0) continue;
    const LabelPosition position = label_position(label);
    if (position == LabelPosition::Begin || position == LabelPosition::Unit || spans.empty() ||
        spans.back().end != i || spans.back().ner_class != label_class(label))
      spans.push_back({i, i + 1, label_class(label)});
    else
      spans.back().end = i + 1;
  }
  return spans;
}

}  // namespace kg::extract
