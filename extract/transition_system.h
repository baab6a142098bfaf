#pragma once
// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta
// 2011) with the root at the end of the buffer (Ballesteros and Nivre 2013)
// and its dynamic oracle (Goldberg and Nivre 2013). A sentence of n words
// takes exactly 2n transitions and always ends in one projective,
// single-rooted tree.

#include <cstdint>
#include <vector>

namespace kg::extract {

enum class Transition : std::uint8_t { Shift, Left, Right };

// Label ids that features treat alike, as bits (label mod 64).
struct LabelGroups {
  std::uint64_t auxiliary = 0;  // aux, aux:pass, cop
  std::uint64_t subject = 0;    // nsubj, nsubj:pass, csubj
  std::uint64_t object = 0;     // obj
};
inline constexpr std::size_t kTransitionCount = 3;

// Where a parse stands. Words are 0..n-1, n is the artificial root (always
// the last buffer item), n+1 stands for "no word" in feature positions.
class ParserState {
 public:
  // Prepares the state for a sentence of `word_count` words, reusing the
  // memory of earlier sentences. A dependent attached with an auxiliary
  // label becomes its head's auxiliary().
  void reset(int word_count, const LabelGroups& groups = {});

  int word_count() const { return n_; }
  int root() const { return n_; }
  int none() const { return n_ + 1; }
  bool terminal() const { return stack_.empty() && buffer_ == n_; }

  // The i-th item from the top of the stack (0 = top), or none().
  int stack(std::size_t i) const { return i < stack_.size() ? stack_[stack_.size() - 1 - i] : none(); }
  std::size_t stack_size() const { return stack_.size(); }
  // The i-th buffer item (0 = front, the root last), or none().
  int buffer(int i) const { return buffer_ + i <= n_ ? buffer_ + i : none(); }

  bool legal(Transition t) const;
  // Applies a legal transition; Left and Right attach with `label`.
  void apply(Transition t, std::uint8_t label);
  // The head and dependent the transition would attach (Left and Right).
  int arc_head(Transition t) const { return t == Transition::Left ? buffer_ : stack(1); }
  int arc_dependent() const { return stack(0); }

  // Per word, or none() where absent: the head, its label, the two
  // left-most and right-most dependents attached so far.
  int head(int w) const { return words_[w].head; }
  std::uint8_t label(int w) const { return words_[w].label; }
  int leftmost(int w) const { return words_[w].left[0]; }
  int leftmost2(int w) const { return words_[w].left[1]; }
  int rightmost(int w) const { return words_[w].right[0]; }
  int rightmost2(int w) const { return words_[w].right[1]; }
  // The auxiliary (or copula) attached last to w, or none().
  int auxiliary(int w) const { return words_[w].auxiliary; }
  const LabelGroups& groups() const { return groups_; }
  bool has_subject(int w) const { return ((words_[w].left_labels | words_[w].right_labels) & groups_.subject) != 0; }
  bool has_object(int w) const { return ((words_[w].left_labels | words_[w].right_labels) & groups_.object) != 0; }
  int left_count(int w) const { return words_[w].left_count; }
  int right_count(int w) const { return words_[w].right_count; }
  // Bit (label mod 64) set for each label of a dependent on that side.
  std::uint64_t left_labels(int w) const { return words_[w].left_labels; }
  std::uint64_t right_labels(int w) const { return words_[w].right_labels; }

 private:
  struct Word {
    int head;
    std::uint8_t label;
    int left[2];
    int right[2];
    int auxiliary;
    int left_count;
    int right_count;
    std::uint64_t left_labels;
    std::uint64_t right_labels;
  };

  int n_ = 0;
  int buffer_ = 0;
  LabelGroups groups_;
  std::vector<int> stack_;
  std::vector<Word> words_;  // n + 2 entries: the words, the root, "none"
};

// The best-scoring of label_count labels for an arc whose head is not the
// root: never "root" (id 0). (Also forbidding a second subject or object of
// one head, which GSD has only 3 of, lowered nsubj+obj recall by 3 points:
// it turns one labelling error into two.)
std::uint8_t best_label(const float* scores, std::size_t label_count);

// The cost of a transition from `state` against the gold heads (0-based,
// the root word's head = word count): how many gold arcs it makes
// unreachable. Exact for projective gold trees.
int transition_cost(const ParserState& state, Transition t, const std::vector<int>& gold_heads);

// Turns heads into a projective tree by lifting each crossing arc to the
// head's head until no arc crosses (labels unchanged); returns how many
// lifts it made. `heads` as for transition_cost.
int projectivize(std::vector<int>& heads);

}  // namespace kg::extract
