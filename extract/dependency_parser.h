#pragma once
// The dependency parser: the head and UD relation of every word. A greedy
// arc-hybrid transition parser (extract/transition_system.h) whose
// transitions and labels come from two averaged perceptrons over words,
// lemmas, parts of speech and German morphology (case, number, person,
// gender), trained with a dynamic oracle.

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/parser_weights.h"
#include "extract/transition_system.h"

namespace kg::extract {

// How DependencyParser::train learns.
struct ParserTrainingOptions {
  int epochs = 10;
  std::uint64_t seed = 1;         // the order of the sentences and the exploration; equal seeds, equal models
  double exploration = 0.9;       // from the second epoch, how often a wrong transition of the model is
                                  // followed (and learnt from with the dynamic oracle) instead of the gold one
  float prune = 1.0f;             // weights smaller than this are dropped from the model (smaller, faster)
  std::ostream* log = nullptr;    // one line per epoch when set
};

// A trained parser. Immutable after construction, non-copyable, and
// thread-safe: many threads may call parse() on one instance.
class DependencyParser {
 public:
  // The parser embedded into the binary as "de/parser", loaded at the first
  // call; throws ModelError when kg was built without it.
  static const DependencyParser& german();
  // Loads a model file; throws ModelError naming the path and the reason.
  static DependencyParser load(const std::string& path);
  // Loads a model from its bytes; `name` appears in error messages.
  static DependencyParser from_bytes(std::string_view bytes, const std::string& name);

  // Learns from sentences whose tokens have form, lemma, upos, feats, head
  // and deprel; sentences with a missing or out-of-range head are skipped.
  // Deterministic for equal options. With `dev`, reports its scores per
  // epoch to the log. Throws std::invalid_argument without usable sentences
  // or with more than 255 relations.
  static DependencyParser train(const std::vector<Sentence>& sentences, const ParserTrainingOptions& options,
                                const std::vector<Sentence>* dev = nullptr);

  DependencyParser(DependencyParser&&) = default;
  DependencyParser& operator=(DependencyParser&&) = default;
  DependencyParser(const DependencyParser&) = delete;
  DependencyParser& operator=(const DependencyParser&) = delete;

  // Fills head and deprel of every token from form, lemma, upos and feats
  // (tags it does not know only weaken it). Always a tree: one token is the
  // root (its head is itself, deprel "root"), every other head is in range,
  // no cycles. Takes time linear in the sentence length; writes nothing else.
  void parse(Sentence& sentence) const;

  // The model file's bytes; save() writes them atomically (throws ModelError).
  std::string bytes() const;
  void save(const std::string& path) const;

  const std::vector<std::string>& labels() const { return labels_; }
  std::size_t feature_count() const { return transitions_.feature_count() + labeller_.feature_count(); }

 private:
  DependencyParser() = default;
  ModelWriter writer() const;
  // Sets groups_ from labels_.
  void find_label_groups();

  std::vector<std::string> labels_;  // relation of each label id
  std::uint8_t root_label_ = 0;
  LabelGroups groups_;
  DenseWeights transitions_;  // classes: Transition values
  SparseWeights labeller_;   // classes: label ids
};

}  // namespace kg::extract
