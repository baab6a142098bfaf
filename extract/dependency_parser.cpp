#include "extract/dependency_parser.h"

#include <algorithm>

#include "extract/embedded_files.h"
#include "extract/parser_features.h"
#include "extract/transition_system.h"

namespace kg::extract {

namespace {

constexpr std::string_view kKind = "parser";
constexpr std::uint32_t kVersion = 1;

// Per-thread working memory, so parse() allocates only while sentences grow.
struct Scratch {
  ParserState state;
  std::vector<ParserWord> atoms;
  std::vector<float> label_scores;
};

}  // namespace

const DependencyParser& DependencyParser::german() {
  static const DependencyParser parser = [] {
    const std::string_view bytes = embedded_file("de/parser");
    if (bytes.empty()) throw ModelError("no parser model was built into kg (models/de/parser.kgm missing at build time)");
    return from_bytes(bytes, "de/parser");
  }();
  return parser;
}

DependencyParser DependencyParser::load(const std::string& path) { return from_bytes(read_whole_file(path), path); }

DependencyParser DependencyParser::from_bytes(std::string_view bytes, const std::string& name) {
  ModelReader reader(bytes, name, kKind, kVersion);
  DependencyParser parser;
  const std::uint32_t label_count = reader.u32();
  if (label_count == 0 || label_count > 255) reader.fail("has " + std::to_string(label_count) + " relations, expected 1 to 255");
  for (std::uint32_t i = 0; i < label_count; ++i) parser.labels_.emplace_back(reader.str());
  if (parser.labels_[0] != "root") reader.fail("does not start its relations with \"root\"");
  parser.transitions_ = DenseWeights::read(reader);
  parser.labeller_ = SparseWeights::read(reader);
  if (parser.labeller_.class_count() != label_count)
    reader.fail("has classifiers that do not match its transitions and relations");
  reader.expect_end();
  parser.find_label_groups();
  return parser;
}

void DependencyParser::find_label_groups() {
  groups_ = LabelGroups{};
  for (std::size_t l = 0; l < labels_.size(); ++l) {
    const std::uint64_t bit = std::uint64_t{1} << (l & 63);
    const std::string& label = labels_[l];
    if (label == "aux" || label == "aux:pass" || label == "cop") groups_.auxiliary |= bit;
    if (label == "nsubj" || label == "nsubj:pass" || label == "csubj") groups_.subject |= bit;
    if (label == "obj") groups_.object |= bit;
  }
}

ModelWriter DependencyParser::writer() const {
  ModelWriter writer(std::string(kKind), kVersion);
  writer.u32(static_cast<std::uint32_t>(labels_.size()));
  for (const std::string& label : labels_) writer.str(label);
  transitions_.write(writer);
  labeller_.write(writer);
  return writer;
}

std::string DependencyParser::bytes() const { return writer().bytes(); }

void DependencyParser::save(const std::string& path) const { writer().save(path); }

void DependencyParser::parse(Sentence& sentence) const {
  const int n = static_cast<int>(sentence.tokens.size());
  if (n == 0) return;
  thread_local Scratch scratch;
  ParserState& state = scratch.state;
  state.reset(n, groups_);
  parser_words(sentence, scratch.atoms);
  scratch.label_scores.resize(labels_.size());
  std::uint64_t features[kMaxTransitionFeatures];
  while (!state.terminal()) {
    float scores[kTransitionCount] = {};
    transitions_.score(features, transition_features(state, scratch.atoms, features), scores);
    Transition best = Transition::Shift;
    bool found = false;
    for (std::size_t t = 0; t < kTransitionCount; ++t) {
      const auto transition = static_cast<Transition>(t);
      if (!state.legal(transition)) continue;
      if (!found || scores[t] > scores[static_cast<std::size_t>(best)]) best = transition;
      found = true;
    }
    std::uint8_t label = root_label_;
    if (best != Transition::Shift && state.arc_head(best) != state.root()) {
      float* label_scores = scratch.label_scores.data();
      std::fill(label_scores, label_scores + labels_.size(), 0.0f);
      labeller_.score(features,
                      label_features(state, scratch.atoms, state.arc_head(best), state.arc_dependent(), features),
                      label_scores);
      label = best_label(label_scores, labels_.size());
    }
    state.apply(best, label);
  }
  for (int i = 0; i < n; ++i) {
    Token& token = sentence.tokens[static_cast<std::size_t>(i)];
    token.head = state.head(i) == n ? i : state.head(i);
    token.deprel = labels_[state.label(i)];
  }
}

}  // namespace kg::extract
