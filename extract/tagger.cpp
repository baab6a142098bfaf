#include "extract/tagger.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <vector>

#include "extract/model_file.h"

namespace kg::extract {

namespace {

constexpr std::string_view kKind = "tagger";
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kMaxOutputs = 64;

// Scores with the trained weights: each feature's weights for every
// classifier are added in one lookup, so the attribute classifiers reuse
// the word features looked up for UPOS.
class ModelScorer {
 public:
  explicit ModelScorer(const PerceptronModel& model) : model_(model) {}

  Upos predict_upos(std::span<const std::uint64_t> word, const TagPrediction*) {
    std::fill_n(scores_.begin(), model_.output_count(), 0);
    model_.add_scores(word, scores_.data());
    std::size_t best = 0;
    for (std::size_t k = 1; k < kUposCount; ++k)
      if (scores_[k] > scores_[best]) best = k;
    return static_cast<Upos>(best);
  }

  void predict_features(std::span<const std::uint64_t>, std::span<const std::uint64_t> attribute,
                        const std::uint8_t* allowed, TagPrediction& prediction, const TagPrediction*) {
    model_.add_scores(attribute, scores_.data());
    for (std::size_t f = 0; f < kFeatureCount; ++f) {
      const std::uint8_t mask = allowed[f];
      if ((mask & (mask - 1)) == 0) continue;
      const std::int32_t* scores = scores_.data() + model_.offsets()[1 + f];
      int best = -1;
      for (int c = 0; c < 8; ++c)
        if ((mask >> c & 1) && (best < 0 || scores[c] > scores[best])) best = c;
      prediction.values[f] = static_cast<std::uint8_t>(best);
    }
  }

 private:
  const PerceptronModel& model_;
  std::array<std::int32_t, kMaxOutputs> scores_{};
};

// The lemma and FEATS column of a form with its predicted classes.
struct WordResult {
  std::uint64_t key = 0;  // feature_hash(form, classes); 0 = empty
  std::string lemma;
  std::string feats;
};

struct Workspace {
  std::uint64_t tagger_id = 0;  // whose results the caches hold
  std::vector<WordAtoms> atoms;
  AtomsScratch scratch;
  WordAtomsCache cache;
  std::vector<WordResult> results = std::vector<WordResult>(65536);  // direct-mapped by key
  std::vector<TagPrediction> predictions;
  std::string lower;
};

std::uint64_t result_key(std::uint64_t form, const TagPrediction& prediction) {
  std::uint64_t classes = static_cast<std::uint64_t>(prediction.upos);
  for (const std::uint8_t value : prediction.values) classes = classes << 3 | value;
  return feature_hash(form, classes);
}

}  // namespace

std::uint64_t Tagger::next_id() {
  static std::atomic<std::uint64_t> next{1};
  return next++;
}

const Tagger& Tagger::german() {
  static const Tagger tagger = [] {
    std::string storage;
    return load(model_bytes("", "de/tagger", storage), "de/tagger");
  }();
  return tagger;
}

Tagger Tagger::load(const std::string& path) { return load(read_whole_file(path), path); }

Tagger Tagger::load(std::string_view bytes, const std::string& name) {
  ModelReader in(bytes, name, kKind, kVersion);
  Tagger tagger;
  tagger.tables_.read(in);
  tagger.model_ = PerceptronModel::read(in);
  in.expect_end();
  if (tagger.tables_.lexicon_fingerprint != 0) {
    const std::uint64_t found = german_lexicon_fingerprint();
    if (found != tagger.tables_.lexicon_fingerprint)
      throw ModelError("model " + name + " was trained with another lexicon (fingerprint " +
                       std::to_string(tagger.tables_.lexicon_fingerprint) + ", this kg's de/lexicon has " +
                       std::to_string(found) + "); retrain it with this kg");
    tagger.lexicon_ = &MorphLexicon::german();
  }
  const auto& widths = tagger.model_.widths();
  bool shape_ok = widths.size() == 1 + kFeatureCount && widths[0] == kUposCount;
  for (std::size_t f = 0; shape_ok && f < kFeatureCount; ++f)
    shape_ok = widths[1 + f] == 1 + feature_value_count(static_cast<Feature>(f));
  if (!shape_ok) in.fail("tagger's classifiers do not match UPOS and the features of this kg");
  return tagger;
}

void Tagger::tag(Sentence& sentence) const {
  thread_local Workspace workspace;
  const std::size_t n = sentence.tokens.size();
  if (workspace.tagger_id != id_) {
    // Atoms depend on the lexicon, results on the tables: a thread may use several taggers.
    workspace.cache = WordAtomsCache();
    for (WordResult& result : workspace.results) result.key = 0;
    workspace.tagger_id = id_;
  }
  compute_atoms(sentence, lexicon_, &workspace.cache, workspace.atoms, workspace.scratch);
  workspace.predictions.resize(n);
  ModelScorer scorer(model_);
  decode_sentence(workspace.atoms, tables_.allowed, scorer, workspace.predictions.data(), nullptr);
  for (std::size_t i = 0; i < n; ++i) {
    Token& token = sentence.tokens[i];
    const TagPrediction& prediction = workspace.predictions[i];
    token.upos.assign(upos_name(prediction.upos));
    const std::uint64_t key = result_key(workspace.atoms[i + kPadding].form, prediction);
    WordResult& result = workspace.results[key & (workspace.results.size() - 1)];
    if (result.key == key) {
      token.lemma = result.lemma;
      token.feats = result.feats;
      continue;
    }
    workspace.lower.clear();
    append_lower(token.form, workspace.lower);
    const std::string* other = tables_.other_features.find(other_features_key(workspace.lower, prediction.upos));
    if (!other) other = tables_.other_features.find(other_features_key(prediction.upos));
    format_tag_features(prediction, other ? std::string_view(*other) : std::string_view(), token.feats);
    if (const std::string* known = tables_.lemmatizer.known_lemma(token.form, workspace.lower, prediction.upos)) {
      token.lemma = *known;
    } else if (lexicon_ && (lexicon_->analyse(token.form, workspace.scratch.readings),
                            best_reading(workspace.scratch.readings, prediction) != nullptr)) {
      token.lemma.assign(best_reading(workspace.scratch.readings, prediction)->lemma);
    } else {
      tables_.lemmatizer.guess_lemma(token.form, workspace.lower, prediction.upos, token.lemma);
    }
    result.key = key;
    result.lemma = token.lemma;
    result.feats = token.feats;
  }
}

std::string Tagger::bytes() const {
  ModelWriter out(std::string(kKind), kVersion);
  tables_.write(out);
  model_.write(out);
  return out.bytes();
}

void Tagger::save(const std::string& path) const {
  ModelWriter out(std::string(kKind), kVersion);
  tables_.write(out);
  model_.write(out);
  out.save(path);
}

}  // namespace kg::extract
