#include "extract/transition_system.h"

#include <algorithm>
#include <cstdlib>

namespace kg::extract {

void ParserState::reset(int word_count, const LabelGroups& groups) {
  n_ = word_count;
  groups_ = groups;
  buffer_ = 0;
  stack_.clear();
  const int none = n_ + 1;
  words_.assign(static_cast<std::size_t>(n_) + 2, Word{none, 0, {none, none}, {none, none}, none, 0, 0, 0, 0});
}

bool ParserState::legal(Transition t) const {
  switch (t) {
    case Transition::Shift: return buffer_ < n_;
    // Only the last word left on the stack may attach to the root, so the
    // tree has exactly one.
    case Transition::Left: return !stack_.empty() && (buffer_ < n_ || stack_.size() == 1);
    case Transition::Right: return stack_.size() >= 2;
  }
  return false;
}

void ParserState::apply(Transition t, std::uint8_t label) {
  if (t == Transition::Shift) {
    stack_.push_back(buffer_++);
    return;
  }
  const int dependent = stack_.back();
  const int head = arc_head(t);
  stack_.pop_back();
  Word& d = words_[dependent];
  d.head = head;
  d.label = label;
  Word& h = words_[head];
  if (groups_.auxiliary & (std::uint64_t{1} << (label & 63))) h.auxiliary = dependent;
  // Arc-hybrid attaches left dependents from the nearest outwards and
  // right dependents from the nearest outwards too, so the newest is the
  // outermost.
  if (dependent < head) {
    h.left[1] = h.left[0];
    h.left[0] = dependent;
    ++h.left_count;
    h.left_labels |= std::uint64_t{1} << (label & 63);
  } else {
    h.right[1] = h.right[0];
    h.right[0] = dependent;
    ++h.right_count;
    h.right_labels |= std::uint64_t{1} << (label & 63);
  }
}

std::uint8_t best_label(const float* scores, std::size_t label_count) {
  if (label_count < 2) return 0;
  std::size_t best = 1;
  for (std::size_t l = 2; l < label_count; ++l)
    if (scores[l] > scores[best]) best = l;
  return static_cast<std::uint8_t>(best);
}

int transition_cost(const ParserState& state, Transition t, const std::vector<int>& gold_heads) {
  const int n = state.word_count();
  const int b = state.buffer(0);
  int cost = 0;
  if (t == Transition::Shift) {
    // b can no longer take a head from below s0, nor any stack word as a
    // dependent.
    for (std::size_t i = 0; i < state.stack_size(); ++i) {
      const int k = state.stack(i);
      if (i > 0 && gold_heads[b] == k) ++cost;
      if (gold_heads[k] == b) ++cost;
    }
    return cost;
  }
  const int s0 = state.stack(0);
  // s0 leaves the stack: its dependents still in the buffer are lost.
  for (int k = b; k < n; ++k)
    if (gold_heads[k] == s0) ++cost;
  const int gold = gold_heads[s0];
  if (t == Transition::Left) {
    if (gold != b && (gold == state.stack(1) || (gold > b && gold <= n))) ++cost;
  } else {
    if (gold >= b && gold <= n) ++cost;
  }
  return cost;
}

namespace {

bool dominates(const std::vector<int>& heads, int ancestor, int word) {
  const int n = static_cast<int>(heads.size());
  for (int steps = 0; steps <= n && word != n; ++steps) {
    if (word == ancestor) return true;
    word = heads[word];
  }
  return word == ancestor;
}

bool projective(const std::vector<int>& heads, int dependent) {
  const int head = heads[dependent];
  const int low = std::min(head, dependent), high = std::max(head, dependent);
  for (int k = low + 1; k < high; ++k)
    if (!dominates(heads, head, k)) return false;
  return true;
}

}  // namespace

int projectivize(std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  int lifts = 0;
  while (true) {
    // Lift the shortest crossing arc first: it is the likeliest to be the
    // one that makes the others cross.
    int best = -1, best_length = n + 1;
    for (int d = 0; d < n; ++d) {
      if (heads[d] == n) continue;
      const int length = std::abs(heads[d] - d);
      if (length < best_length && !projective(heads, d)) {
        best = d;
        best_length = length;
      }
    }
    if (best < 0 || lifts > n * n) return lifts;
    heads[best] = heads[heads[best]];
    ++lifts;
  }
}

}  // namespace kg::extract
