// DependencyParser::train: greedy arc-hybrid training with a dynamic oracle
// and error exploration (Goldberg and Nivre 2012, 2013).

#include <algorithm>
#include <chrono>
#include <map>
#include <ostream>
#include <stdexcept>

#include "extract/dependency_parser.h"
#include "extract/parser_evaluation.h"
#include "extract/parser_features.h"
#include "extract/transition_system.h"

namespace kg::extract {

namespace {

// splitmix64: a small generator whose sequence is the same everywhere
// (std::shuffle and the std distributions are not).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t state_;
};

// A training sentence: gold heads (root word -> word count, made
// projective) and label ids.
struct Example {
  const Sentence* sentence;
  std::vector<int> heads;
  std::vector<std::uint8_t> labels;
};

bool well_formed(const Sentence& sentence) {
  const int n = static_cast<int>(sentence.tokens.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    const int head = sentence.tokens[static_cast<std::size_t>(i)].head;
    if (head < 0 || head >= n) return false;
    roots += head == i;
  }
  return n > 0 && roots == 1;
}

}  // namespace

DependencyParser DependencyParser::train(const std::vector<Sentence>& sentences, const ParserTrainingOptions& options,
                                         const std::vector<Sentence>* dev) {
  DependencyParser parser;
  parser.labels_.push_back("root");
  std::map<std::string, std::uint8_t> label_ids{{"root", 0}};
  std::vector<Example> examples;
  int lifted = 0;
  for (const Sentence& sentence : sentences) {
    if (!well_formed(sentence)) continue;
    Example example{&sentence, {}, {}};
    const int n = static_cast<int>(sentence.tokens.size());
    for (int i = 0; i < n; ++i) {
      const Token& token = sentence.tokens[static_cast<std::size_t>(i)];
      example.heads.push_back(token.head == i ? n : token.head);
      auto [it, added] = label_ids.emplace(token.head == i ? "root" : token.deprel, 0);
      if (added) {
        if (parser.labels_.size() >= 255) throw std::invalid_argument("parser: more than 255 relations in the training data");
        it->second = static_cast<std::uint8_t>(parser.labels_.size());
        parser.labels_.push_back(it->first);
      }
      example.labels.push_back(it->second);
    }
    lifted += projectivize(example.heads);
    examples.push_back(std::move(example));
  }
  if (examples.empty()) throw std::invalid_argument("parser: no training sentence with a complete tree");
  if (parser.labels_.size() == 1) parser.labels_.push_back("dep");
  const std::size_t label_count = parser.labels_.size();
  parser.find_label_groups();
  if (options.log)
    *options.log << "parser: " << examples.size() << " sentences, " << label_count << " relations, " << lifted
                 << " crossing arcs lifted\n";

  ParserWeightTrainer transitions(kTransitionCount), labeller(label_count);
  Random random(options.seed);
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  ParserState state;
  std::vector<ParserWord> atoms;
  std::vector<float> label_scores(label_count);
  std::uint64_t features[kMaxTransitionFeatures];

  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random.below(i)]);
    std::size_t decisions = 0, right_decisions = 0, arcs = 0, right_labels = 0;
    for (const std::size_t index : order) {
      const Example& example = examples[index];
      const int n = static_cast<int>(example.heads.size());
      state.reset(n, parser.groups_);
      parser_words(*example.sentence, atoms);
      while (!state.terminal()) {
        const std::size_t count = transition_features(state, atoms, features);
        float scores[kTransitionCount] = {};
        transitions.score(features, count, scores);
        int costs[kTransitionCount];
        int predicted = -1, gold = -1, least = 1 << 30;
        for (std::size_t t = 0; t < kTransitionCount; ++t) {
          const auto transition = static_cast<Transition>(t);
          costs[t] = state.legal(transition) ? transition_cost(state, transition, example.heads) : -1;
          if (costs[t] < 0) continue;
          if (predicted < 0 || scores[t] > scores[predicted]) predicted = static_cast<int>(t);
          least = std::min(least, costs[t]);
        }
        for (std::size_t t = 0; t < kTransitionCount; ++t)
          if (costs[t] == least && (gold < 0 || scores[t] > scores[gold])) gold = static_cast<int>(t);
        ++decisions;
        Transition next = static_cast<Transition>(gold);
        if (costs[predicted] == least) {
          ++right_decisions;
          next = static_cast<Transition>(predicted);
        } else {
          transitions.update(features, count, static_cast<std::size_t>(gold), static_cast<std::size_t>(predicted));
          if (epoch > 0 && random.uniform() < options.exploration) next = static_cast<Transition>(predicted);
        }
        transitions.advance();

        std::uint8_t label = 0;
        const int head = next == Transition::Shift ? -1 : state.arc_head(next);
        if (head >= 0 && head != n) {
          const int dependent = state.arc_dependent();
          const std::size_t label_count_features = label_features(state, atoms, head, dependent, features);
          std::fill(label_scores.begin(), label_scores.end(), 0.0f);
          labeller.score(features, label_count_features, label_scores.data());
          label = best_label(label_scores.data(), label_count);
          const std::uint8_t gold_label = example.labels[static_cast<std::size_t>(dependent)];
          if (example.heads[static_cast<std::size_t>(dependent)] == head && gold_label != 0) {
            ++arcs;
            right_labels += label == gold_label;
            labeller.update(features, label_count_features, gold_label, label);
            labeller.advance();
          }
        }
        state.apply(next, label);
      }
    }
    if (!options.log) continue;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    *options.log << "parser: epoch " << epoch + 1 << "/" << options.epochs << ": transitions "
                 << 100.0 * static_cast<double>(right_decisions) / static_cast<double>(decisions) << " % right, labels "
                 << (arcs ? 100.0 * static_cast<double>(right_labels) / static_cast<double>(arcs) : 0.0) << " % right, "
                 << seconds << " s";
    if (dev) {
      parser.transitions_ = DenseWeights(transitions.average(options.prune));
      parser.labeller_ = SparseWeights(labeller.average(options.prune));
      const ParseEvaluation scores = evaluate(parser, *dev);
      *options.log << "; dev UAS " << scores.uas() << " LAS " << scores.las();
    }
    *options.log << '\n';
  }
  parser.transitions_ = DenseWeights(transitions.average(options.prune));
  parser.labeller_ = SparseWeights(labeller.average(options.prune));
  return parser;
}

}  // namespace kg::extract
