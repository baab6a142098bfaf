#include "extract/tagger_training.h"

#include <bit>
#include <chrono>
#include <iomanip>
#include <ostream>
#include <random>
#include <stdexcept>

#include "extract/tagger_decoder.h"

namespace kg::extract {

namespace {

// Scores with the weights being trained and corrects them on mistakes.
class TrainingScorer {
 public:
  explicit TrainingScorer(PerceptronTrainer& trainer) : trainer_(trainer) {}

  Upos predict_upos(std::span<const std::uint64_t> word, const TagPrediction* gold) {
    std::array<float, kUposCount> scores{};
    trainer_.add_scores(word, 0, scores.data());
    std::uint32_t best = 0;
    for (std::uint32_t k = 1; k < kUposCount; ++k)
      if (scores[k] > scores[best]) best = k;
    const auto truth = static_cast<std::uint32_t>(gold->upos);
    trainer_.update(word, 0, truth, best);
    trainer_.tick();
    ++words_;
    upos_correct_ += truth == best;
    return static_cast<Upos>(best);
  }

  void predict_features(std::span<const std::uint64_t> word, std::span<const std::uint64_t> attribute,
                        const std::uint8_t* allowed, TagPrediction& prediction, const TagPrediction* gold) {
    for (std::size_t f = 0; f < kFeatureCount; ++f) {
      const std::uint8_t mask = allowed[f];
      if ((mask & (mask - 1)) == 0) continue;
      std::array<float, 8> scores{};
      trainer_.add_scores(word, 1 + f, scores.data());
      trainer_.add_scores(attribute, 1 + f, scores.data());
      int best = -1;
      for (int c = 0; c < 8; ++c)
        if ((mask >> c & 1) && (best < 0 || scores[c] > scores[best])) best = c;
      prediction.values[f] = static_cast<std::uint8_t>(best);
      trainer_.update(word, 1 + f, gold->values[f], prediction.values[f]);
      trainer_.update(attribute, 1 + f, gold->values[f], prediction.values[f]);
    }
  }

  std::size_t words_ = 0;
  std::size_t upos_correct_ = 0;

 private:
  PerceptronTrainer& trainer_;
};

std::vector<TagPrediction> gold_predictions(const Sentence& sentence) {
  std::vector<TagPrediction> gold(sentence.tokens.size());
  for (std::size_t i = 0; i < gold.size(); ++i) {
    const Token& token = sentence.tokens[i];
    gold[i].upos = parse_upos(token.upos).value_or(Upos::X);
    const FeatureSet features = parse_features(token.feats);
    for (std::size_t f = 0; f < kFeatureCount; ++f) gold[i].values[f] = feature_class(features, static_cast<Feature>(f));
  }
  return gold;
}

}  // namespace

// Builds a Tagger from the training data; a friend of Tagger.
class TaggerTrainer {
 public:
  static Tagger train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                      const TaggerTrainingOptions& options, std::ostream& log) {
    Tagger tagger;
    build_tables(train, tagger.tables_);
    std::vector<std::uint32_t> widths{kUposCount};
    for (std::size_t f = 0; f < kFeatureCount; ++f)
      widths.push_back(static_cast<std::uint32_t>(1 + feature_value_count(static_cast<Feature>(f))));
    PerceptronTrainer trainer(widths);

    // Atoms and gold classes once; only the order changes between epochs.
    if (options.use_lexicon) {
      tagger.lexicon_ = &MorphLexicon::german();
      tagger.tables_.lexicon_fingerprint = german_lexicon_fingerprint();
    }
    std::vector<std::vector<WordAtoms>> atoms(train.size());
    std::vector<std::vector<TagPrediction>> gold(train.size());
    AtomsScratch scratch;
    for (std::size_t s = 0; s < train.size(); ++s) {
      compute_atoms(train[s], tagger.lexicon_, nullptr, atoms[s], scratch);
      gold[s] = gold_predictions(train[s]);
    }
    std::vector<std::size_t> order(train.size());
    for (std::size_t s = 0; s < order.size(); ++s) order[s] = s;
    std::mt19937_64 random(options.seed);
    std::vector<TagPrediction> predicted;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      const auto start = std::chrono::steady_clock::now();
      // Fisher-Yates with our own index draw: std::shuffle differs between
      // standard libraries, this does not.
      for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random() % i]);
      TrainingScorer scorer(trainer);
      for (const std::size_t s : order) {
        predicted.resize(train[s].tokens.size());
        decode_sentence(atoms[s], tagger.tables_.allowed, scorer, predicted.data(), gold[s].data());
      }
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      log << "epoch " << epoch << ": train UPOS " << std::fixed << std::setprecision(2)
          << TaggerScores::percent(scorer.upos_correct_, scorer.words_) << " % (" << seconds << " s)";
      if (!dev.empty() && (epoch == options.epochs || epoch % 2 == 0)) {
        tagger.model_ = trainer.average();
        const TaggerScores scores = evaluate(tagger, dev);
        log << ", dev UPOS " << TaggerScores::percent(scores.upos, scores.words) << " %, lemma "
            << TaggerScores::percent(scores.lemma, scores.words) << " %, UFeats "
            << TaggerScores::percent(scores.ufeats, scores.words) << " %";
      }
      log << std::endl;
    }
    tagger.model_ = trainer.average();
    return tagger;
  }

 private:
  static void build_tables(const std::vector<Sentence>& train, TaggerTables& tables) {
    LemmatizerBuilder lemmas;
    FormDictionaryBuilder others;
    std::string lower;
    std::size_t tagged = 0;
    for (const Sentence& sentence : train) {
      for (const Token& token : sentence.tokens) {
        const auto upos = parse_upos(token.upos);
        if (!upos) continue;
        ++tagged;
        const FeatureSet features = parse_features(token.feats);
        for (std::size_t f = 0; f < kFeatureCount; ++f)
          tables.allowed[static_cast<std::size_t>(*upos)][f] |=
              static_cast<std::uint8_t>(1u << feature_class(features, static_cast<Feature>(f)));
        lemmas.add(token.form, *upos, token.lemma);
        lower.clear();
        append_lower(token.form, lower);
        const std::string other = other_features(token.feats);
        others.add(other_features_key(lower, *upos), other);
        others.add(other_features_key(*upos), other);
      }
    }
    if (tagged == 0) throw std::invalid_argument("extract: no training sentence has a tagged word");
    tables.lemmatizer = lemmas.build();
    tables.other_features = others.build();
  }
};

Tagger train_tagger(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                    const TaggerTrainingOptions& options, std::ostream& log) {
  return TaggerTrainer::train(train, dev, options, log);
}

void TaggerScores::add(const TaggerScores& other) {
  words += other.words;
  upos += other.upos;
  lemma += other.lemma;
  ufeats += other.ufeats;
  for (std::size_t f = 0; f < kFeatureCount; ++f) {
    feature[f] += other.feature[f];
    feature_present[f] += other.feature_present[f];
    feature_present_correct[f] += other.feature_present_correct[f];
  }
}

double TaggerScores::percent(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

TaggerScores evaluate(const Tagger& tagger, const std::vector<Sentence>& gold) {
  TaggerScores scores;
  Sentence copy;
  for (const Sentence& sentence : gold) {
    copy = sentence;
    tagger.tag(copy);
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
      const Token& truth = sentence.tokens[i];
      const Token& guess = copy.tokens[i];
      ++scores.words;
      scores.upos += guess.upos == truth.upos;
      scores.lemma += guess.lemma == truth.lemma;
      scores.ufeats += guess.feats == truth.feats;
      const FeatureSet truth_features = parse_features(truth.feats);
      const FeatureSet guess_features = parse_features(guess.feats);
      for (std::size_t f = 0; f < kFeatureCount; ++f) {
        const bool equal = truth_features.masks[f] == guess_features.masks[f];
        scores.feature[f] += equal;
        if (truth_features.masks[f] != 0) {
          ++scores.feature_present[f];
          scores.feature_present_correct[f] += equal;
        }
      }
    }
  }
  return scores;
}

void print_scores(std::ostream& out, const TaggerScores& scores) {
  const auto flags = out.flags();
  out << std::fixed << std::setprecision(2);
  out << "  words   " << scores.words << '\n';
  out << "  UPOS    " << TaggerScores::percent(scores.upos, scores.words) << " %\n";
  out << "  lemma   " << TaggerScores::percent(scores.lemma, scores.words) << " %\n";
  out << "  UFeats  " << TaggerScores::percent(scores.ufeats, scores.words) << " %  (whole FEATS column)\n";
  for (std::size_t f = 0; f < kFeatureCount; ++f) {
    std::string name(feature_name(static_cast<Feature>(f)));
    name.resize(9, ' ');
    out << "  " << name << TaggerScores::percent(scores.feature[f], scores.words) << " % of all words, "
        << TaggerScores::percent(scores.feature_present_correct[f], scores.feature_present[f]) << " % of the "
        << scores.feature_present[f] << " words with gold " << feature_name(static_cast<Feature>(f)) << '\n';
  }
  out.flags(flags);
}

}  // namespace kg::extract
