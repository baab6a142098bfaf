#include "extract/ner_training.h"

#include <chrono>
#include <cmath>
#include <iomanip>
#include <ostream>
#include <random>
#include <stdexcept>

#include "extract/ner_corpus.h"
#include "extract/ner_decoder.h"
#include "extract/ner_features.h"
#include "extract/tagger_tables.h"

namespace kg::extract {

namespace {

constexpr std::size_t kTransitionCount = (kLabelCount + 1) * kLabelCount;

// A sentence's features, computed once: token i has
// features[starts[i], starts[i + 1]).
struct SentenceFeatures {
  std::vector<std::uint64_t> features;
  std::vector<std::uint32_t> starts;
  std::vector<std::uint8_t> gold;  // BILOU labels
};

// First-order transition weights with lazily averaged updates, on the
// same clock as the PerceptronTrainer of the emissions.
class TransitionTrainer {
 public:
  TransitionTrainer() : weights_(kTransitionCount), totals_(kTransitionCount), stamps_(kTransitionCount, 1) {}
  const float* weights() const { return weights_.data(); }
  void update(std::size_t previous, std::size_t next, float delta) {
    const std::size_t i = previous * kLabelCount + next;
    totals_[i] += static_cast<double>(clock_ - stamps_[i]) * weights_[i];
    stamps_[i] = clock_;
    weights_[i] += delta;
  }
  void tick() { ++clock_; }
  std::vector<float> average() const {
    std::vector<float> averaged(kTransitionCount);
    for (std::size_t i = 0; i < kTransitionCount; ++i)
      averaged[i] = static_cast<float>((totals_[i] + static_cast<double>(clock_ - stamps_[i]) * weights_[i]) /
                                       static_cast<double>(clock_));
    return averaged;
  }

 private:
  std::vector<float> weights_;
  std::vector<double> totals_;
  std::vector<std::uint64_t> stamps_;
  std::uint64_t clock_ = 1;
};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

// Builds an EntityRecognizer from the training data; a friend of it.
class EntityRecognizerTrainer {
 public:
  static EntityRecognizer train(const std::vector<Sentence>& train, const std::vector<std::vector<NerSpan>>& gold,
                                const std::vector<std::size_t>& documents, const std::vector<Sentence>& dev, const std::vector<std::vector<NerSpan>>& dev_gold,
                                const NerTrainingOptions& options, std::ostream& log) {
    if (train.size() != gold.size() || dev.size() != dev_gold.size() ||
        (!documents.empty() && documents.size() != train.size()))
      throw std::invalid_argument("extract: NER training needs one gold list per sentence");
    if (train.empty()) throw std::invalid_argument("extract: no training sentence for the entity recogniser");
    EntityRecognizer recognizer;
    if (options.use_lexicon) {
      recognizer.lexicon_ = &MorphLexicon::german();
      recognizer.lexicon_fingerprint_ = german_lexicon_fingerprint();
    }
    const auto document_of = [&](std::size_t s) { return documents.empty() ? s : documents[s]; };
    const auto memory_of = [&](int part) {  // learned from the sentences outside `part` (-1: all)
      std::vector<const Sentence*> sentences;
      std::vector<const std::vector<NerSpan>*> spans;
      for (std::size_t s = 0; s < train.size(); ++s) {
        if (part >= 0 && static_cast<int>(document_of(s) % static_cast<std::size_t>(options.memory_folds)) == part) continue;
        sentences.push_back(&train[s]);
        spans.push_back(&gold[s]);
      }
      return NameMemory::learn(sentences, spans);
    };
    std::vector<NameMemory> part_memories;
    if (options.memory_folds > 0) {
      recognizer.memory_ = memory_of(-1);
      for (int part = 0; part < options.memory_folds; ++part) part_memories.push_back(memory_of(part));
    }
    // Features and gold labels once; only the order changes between epochs.
    std::vector<SentenceFeatures> data(train.size());
    NerScratch scratch;
    for (std::size_t s = 0; s < train.size(); ++s) {
      const NameMemory* memory =
          part_memories.empty() ? nullptr : &part_memories[document_of(s) % part_memories.size()];
      NerResources resources = recognizer.resources();
      resources.memory = memory;
      compute_ner_features(train[s], resources, false, scratch);
      SentenceFeatures& d = data[s];
      const std::size_t n = train[s].tokens.size();
      d.starts.push_back(0);
      for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t* f = &scratch.features[i * kFeaturesPerToken];
        d.features.insert(d.features.end(), f, f + scratch.counts[i]);
        d.starts.push_back(static_cast<std::uint32_t>(d.features.size()));
      }
      d.gold = labels_of(gold[s], n);
    }

    PerceptronTrainer emissions({static_cast<std::uint32_t>(kLabelCount)});
    TransitionTrainer transitions;
    std::vector<std::size_t> order(train.size());
    for (std::size_t s = 0; s < order.size(); ++s) order[s] = s;
    std::mt19937_64 random(options.seed);
    std::vector<float> scores;
    std::vector<std::uint8_t> predicted;
    ViterbiScratch viterbi_scratch;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      const auto start = std::chrono::steady_clock::now();
      // Fisher-Yates with our own index draw: std::shuffle differs between
      // standard libraries, this does not.
      for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random() % i]);
      std::size_t tokens = 0, wrong = 0;
      for (const std::size_t s : order) {
        const SentenceFeatures& d = data[s];
        const std::size_t n = d.gold.size();
        scores.assign(n * kLabelCount, 0.0f);
        for (std::size_t i = 0; i < n; ++i)
          emissions.add_scores({d.features.data() + d.starts[i], d.starts[i + 1] - d.starts[i]}, 0, &scores[i * kLabelCount]);
        predicted.resize(n);
        viterbi(scores.data(), n, transitions.weights(), viterbi_scratch, predicted.data());
        tokens += n;
        if (predicted != d.gold) {
          for (std::size_t i = 0; i < n; ++i) {
            wrong += predicted[i] != d.gold[i];
            emissions.update({d.features.data() + d.starts[i], d.starts[i + 1] - d.starts[i]}, 0, d.gold[i], predicted[i]);
            const std::size_t gold_previous = i == 0 ? kLabelCount : d.gold[i - 1];
            const std::size_t predicted_previous = i == 0 ? kLabelCount : predicted[i - 1];
            if (gold_previous != predicted_previous || d.gold[i] != predicted[i]) {
              transitions.update(gold_previous, d.gold[i], 1.0f);
              transitions.update(predicted_previous, predicted[i], -1.0f);
            }
          }
        }
        emissions.tick();
        transitions.tick();
      }
      log << "epoch " << epoch << ": train token errors " << std::fixed << std::setprecision(2)
          << 100.0 * static_cast<double>(wrong) / static_cast<double>(std::max<std::size_t>(tokens, 1)) << " % ("
          << seconds_since(start) << " s)";
      if (!dev.empty() && (epoch == options.epochs || epoch % 2 == 0)) {
        finish(recognizer, emissions, transitions, data);
        const PrecisionRecall main = pooled(evaluate(recognizer, dev, dev_gold), {NerClass::Per, NerClass::Org, NerClass::Loc});
        log << ", dev PER+ORG+LOC P " << 100 * main.precision() << " R " << 100 * main.recall() << " F1 "
            << 100 * main.f1();
      }
      log << std::endl;
    }
    finish(recognizer, emissions, transitions, data);
    return recognizer;
  }

 private:
  static void finish(EntityRecognizer& recognizer, const PerceptronTrainer& emissions,
                     const TransitionTrainer& transitions, const std::vector<SentenceFeatures>& data) {
    recognizer.model_ = emissions.average();
    recognizer.transitions_ = transitions.average();
    recognizer.temperature_ = fit_temperature(recognizer, data);
  }

  // The softmax temperature that gives the gold labels of (every fifth)
  // training sentence the highest likelihood, from a geometric grid.
  static float fit_temperature(const EntityRecognizer& recognizer, const std::vector<SentenceFeatures>& data) {
    const PerceptronModel& model = recognizer.model_;
    std::vector<std::array<float, kLabelCount>> rows;
    std::vector<std::uint8_t> golds;
    std::array<std::int32_t, 256> raw{};
    for (std::size_t s = 0; s < data.size(); s += 5) {
      const SentenceFeatures& d = data[s];
      for (std::size_t i = 0; i < d.gold.size(); ++i) {
        std::fill_n(raw.begin(), kLabelCount, 0);
        model.add_scores({d.features.data() + d.starts[i], d.starts[i + 1] - d.starts[i]}, raw.data());
        std::array<float, kLabelCount> row{};
        const std::size_t previous = i == 0 ? kLabelCount : d.gold[i - 1];
        for (std::size_t y = 0; y < kLabelCount; ++y) {
          const bool allowed = previous == kLabelCount ? label_may_start(static_cast<std::uint8_t>(y))
                                                       : label_transition_allowed(static_cast<std::uint8_t>(previous), static_cast<std::uint8_t>(y));
          row[y] = allowed ? static_cast<float>(raw[y]) * model.scale() + recognizer.transitions_[previous * kLabelCount + y]
                           : -std::numeric_limits<float>::infinity();
        }
        rows.push_back(row);
        golds.push_back(d.gold[i]);
      }
    }
    float best = 1.0f;
    double best_likelihood = -std::numeric_limits<double>::infinity();
    for (float temperature = 0.05f; temperature < 200.0f; temperature *= 1.5f) {
      double likelihood = 0.0;
      for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& row = rows[r];
        const float top = *std::max_element(row.begin(), row.end());
        double total = 0.0;
        for (const float score : row) total += std::exp((score - top) / temperature);
        likelihood += (row[golds[r]] - top) / temperature - std::log(total);
      }
      if (likelihood > best_likelihood) {
        best_likelihood = likelihood;
        best = temperature;
      }
    }
    return best;
  }
};

EntityRecognizer train_entity_recognizer(const std::vector<Sentence>& train, const std::vector<std::vector<NerSpan>>& gold,
                                         const std::vector<std::size_t>& documents, const std::vector<Sentence>& dev,
                                         const std::vector<std::vector<NerSpan>>& dev_gold,
                                         const NerTrainingOptions& options, std::ostream& log) {
  return EntityRecognizerTrainer::train(train, gold, documents, dev, dev_gold, options, log);
}

void NerScores::add(const NerScores& other) {
  for (std::size_t c = 0; c < kNerClassCount; ++c) {
    gold[c] += other.gold[c];
    predicted[c] += other.predicted[c];
    correct[c] += other.correct[c];
  }
}

void NerScores::add(const std::vector<NerSpan>& gold_spans, const std::vector<NerSpan>& predicted_spans) {
  for (const NerSpan& span : gold_spans) ++gold[static_cast<std::size_t>(span.ner_class)];
  for (const NerSpan& span : predicted_spans) {
    ++predicted[static_cast<std::size_t>(span.ner_class)];
    if (std::find(gold_spans.begin(), gold_spans.end(), span) != gold_spans.end())
      ++correct[static_cast<std::size_t>(span.ner_class)];
  }
}

PrecisionRecall pooled(const NerScores& scores, std::initializer_list<NerClass> classes) {
  PrecisionRecall result;
  for (const NerClass c : classes) {
    const auto i = static_cast<std::size_t>(c);
    result.gold += scores.gold[i];
    result.predicted += scores.predicted[i];
    result.correct += scores.correct[i];
  }
  return result;
}

NerScores evaluate(const EntityRecognizer& recognizer, const std::vector<Sentence>& sentences,
                   const std::vector<std::vector<NerSpan>>& gold) {
  NerScores scores;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    std::vector<NerSpan> predicted;
    for (const ScoredNerSpan& scored : recognizer.label(sentences[s])) predicted.push_back(scored.span);
    scores.add(gold[s], predicted);
  }
  return scores;
}

void print_scores(std::ostream& out, const NerScores& scores) {
  const auto flags = out.flags();
  out << std::fixed << std::setprecision(2);
  out << "  class         gold  predicted  correct  precision  recall      F1\n";
  const auto line = [&](std::string name, const PrecisionRecall& pr) {
    name.resize(12, ' ');
    out << "  " << name << std::setw(6) << pr.gold << std::setw(11) << pr.predicted << std::setw(9) << pr.correct
        << std::setw(10) << 100 * pr.precision() << std::setw(9) << 100 * pr.recall() << std::setw(8)
        << 100 * pr.f1() << '\n';
  };
  for (std::size_t c = 0; c < kNerClassCount; ++c) {
    const auto ner_class = static_cast<NerClass>(c);
    line(std::string(ner_class_name(ner_class)), pooled(scores, {ner_class}));
  }
  line("PER+ORG+LOC", pooled(scores, {NerClass::Per, NerClass::Org, NerClass::Loc}));
  line("all 4 names", pooled(scores, {NerClass::Per, NerClass::Org, NerClass::Loc, NerClass::Oth}));
  line("all deriv", pooled(scores, {NerClass::PerDeriv, NerClass::OrgDeriv, NerClass::LocDeriv, NerClass::OthDeriv}));
  out.flags(flags);
}

}  // namespace kg::extract
