#include "extract/entity_recognizer.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "extract/gazetteer.h"
#include "extract/model_file.h"
#include "extract/ner_decoder.h"
#include "extract/ner_features.h"
#include "extract/tagger_tables.h"

namespace kg::extract {

namespace {

constexpr std::string_view kKind = "ner";
constexpr std::uint32_t kVersion = 2;  // 2: the name memory
constexpr std::size_t kTransitionCount = (kLabelCount + 1) * kLabelCount;

struct Workspace {
  const MorphLexicon* lexicon = nullptr;  // whose atoms the caches hold
  NerScratch features;
  std::vector<float> emissions;
  ViterbiScratch viterbi;
  std::vector<std::uint8_t> labels;
  std::array<std::int32_t, 256> scores{};
};

Workspace& workspace_for(const MorphLexicon* lexicon) {
  thread_local Workspace workspace;
  if (workspace.lexicon != lexicon) {
    workspace.features.word_cache = WordAtomsCache(std::size_t{1} << 15);
    workspace.lexicon = lexicon;
  }
  return workspace;
}

}  // namespace

std::string surface_text(const Sentence& sentence, std::size_t first, std::size_t end) {
  std::string text;
  for (std::size_t i = first; i < end; ++i) {
    const Token& token = sentence.tokens[i];
    const MultiwordToken* multiword = nullptr;
    for (const MultiwordToken& m : sentence.multiword_tokens)
      if (m.first <= i && i < m.end) multiword = &m;
    if (multiword && i > multiword->first && i > first) continue;
    text += multiword ? multiword->form : token.form;
    const bool space = multiword ? multiword->space_after : token.space_after;
    const std::size_t last = multiword ? multiword->end - 1 : i;
    if (last + 1 < end && space) text += ' ';
  }
  return text;
}

const EntityRecognizer& EntityRecognizer::german() {
  static const EntityRecognizer recognizer = [] {
    std::string storage;
    return load(model_bytes("", "de/ner", storage), "de/ner");
  }();
  return recognizer;
}

EntityRecognizer EntityRecognizer::load(const std::string& path) { return load(read_whole_file(path), path); }

EntityRecognizer EntityRecognizer::load(std::string_view bytes, const std::string& name) {
  ModelReader in(bytes, name, kKind, kVersion);
  EntityRecognizer recognizer;
  recognizer.lexicon_fingerprint_ = in.u64();
  recognizer.temperature_ = in.f32();
  recognizer.transitions_ = in.array<float>();
  recognizer.model_ = PerceptronModel::read(in);
  recognizer.memory_ = NameMemory::read(in);
  in.expect_end();
  if (recognizer.transitions_.size() != kTransitionCount)
    in.fail("recogniser has " + std::to_string(recognizer.transitions_.size()) + " transition weights, expected " +
            std::to_string(kTransitionCount));
  if (recognizer.model_.widths().size() != 1 || recognizer.model_.widths()[0] != kLabelCount)
    in.fail("recogniser's classifier does not have the " + std::to_string(kLabelCount) + " labels of this kg");
  if (!(recognizer.temperature_ > 0.0f) || !std::isfinite(recognizer.temperature_))
    in.fail("recogniser's temperature is not a positive number");
  if (recognizer.lexicon_fingerprint_ != 0) {
    const std::uint64_t found = german_lexicon_fingerprint();
    if (found != recognizer.lexicon_fingerprint_)
      throw ModelError("model " + name + " was trained with another lexicon (fingerprint " +
                       std::to_string(recognizer.lexicon_fingerprint_) + ", this kg's de/lexicon has " +
                       std::to_string(found) + "); retrain it with this kg");
    recognizer.lexicon_ = &MorphLexicon::german();
  }
  return recognizer;
}

std::vector<ScoredNerSpan> EntityRecognizer::label(const Sentence& sentence) const {
  const std::size_t n = sentence.tokens.size();
  if (n == 0) return {};
  Workspace& w = workspace_for(lexicon_);
  compute_ner_features(sentence, resources(), true, w.features);
  w.emissions.resize(n * kLabelCount);
  const float scale = model_.scale();
  for (std::size_t i = 0; i < n; ++i) {
    std::fill_n(w.scores.begin(), kLabelCount, 0);
    model_.add_scores({&w.features.features[i * kFeaturesPerToken], w.features.counts[i]}, w.scores.data());
    for (std::size_t y = 0; y < kLabelCount; ++y) w.emissions[i * kLabelCount + y] = static_cast<float>(w.scores[y]) * scale;
  }
  w.labels.resize(n);
  viterbi(w.emissions.data(), n, transitions_.data(), w.viterbi, w.labels.data());
  std::vector<ScoredNerSpan> result;
  for (const NerSpan& span : spans_of(w.labels.data(), n)) {
    // Confidence: the mean over the span's words of the softmax
    // probability of the chosen label against the others that fit between
    // the chosen neighbours (emission plus both transitions).
    double sum = 0.0;
    for (std::size_t i = span.first; i < span.end; ++i) {
      const std::size_t previous = i == 0 ? kLabelCount : w.labels[i - 1];
      const float* e = &w.emissions[i * kLabelCount];
      const float* t = &transitions_[previous * kLabelCount];
      const auto local = [&](std::size_t y) {
        return i + 1 < n ? e[y] + t[y] + transitions_[y * kLabelCount + w.labels[i + 1]] : e[y] + t[y];
      };
      const auto fits = [&](std::size_t y) {
        const auto label = static_cast<std::uint8_t>(y);
        const bool after = previous == kLabelCount ? label_may_start(label)
                                                   : label_transition_allowed(static_cast<std::uint8_t>(previous), label);
        const bool before = i + 1 < n ? label_transition_allowed(label, w.labels[i + 1]) : label_may_end(label);
        return after && before;
      };
      const float chosen = local(w.labels[i]);
      double total = 0.0;
      for (std::size_t y = 0; y < kLabelCount; ++y)
        if (fits(y)) total += std::exp((local(y) - chosen) / temperature_);
      sum += 1.0 / total;
    }
    result.push_back({span, sum / static_cast<double>(span.end - span.first)});
  }
  return result;
}

void EntityRecognizer::recognize(Sentence& sentence) const { recognize(sentence, label(sentence)); }

void EntityRecognizer::recognize(Sentence& sentence, const std::vector<ScoredNerSpan>& labelled) const {
  const std::size_t before = sentence.mentions.size();
  for (const ScoredNerSpan& scored : labelled) {
    const NerSpan& span = scored.span;
    if (is_part(span.ner_class)) continue;
    const bool overlaps = std::any_of(sentence.mentions.begin(), sentence.mentions.begin() + static_cast<std::ptrdiff_t>(before),
                                      [&](const Mention& m) { return m.first_token < span.end && span.first < m.end_token; });
    if (overlaps) continue;
    Mention mention;
    mention.first_token = span.first;
    mention.end_token = span.end;
    mention.span = {sentence.tokens[span.first].span.begin, sentence.tokens[span.end - 1].span.end};
    mention.type = entity_type_of(span.ner_class);
    mention.score = std::clamp(scored.score, 0.0, 1.0);
    mention.text = surface_text(sentence, span.first, span.end);
    if (is_derived(span.ner_class)) {
      mention.derived = true;
      if (span.ner_class == NerClass::LocDeriv && span.end - span.first == 1) {
        const std::string& form = sentence.tokens[span.first].form;
        const Place* place = Gazetteer::find_adjective(form);
        if (!place) place = Gazetteer::find_demonym(form);
        if (place) mention.base = std::string(place->name);
      }
    }
    sentence.mentions.push_back(std::move(mention));
  }
  std::stable_sort(sentence.mentions.begin(), sentence.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
}

void EntityRecognizer::write(ModelWriter& out) const {
  out.u64(lexicon_fingerprint_);
  out.f32(temperature_);
  out.array(transitions_);
  model_.write(out);
  memory_.write(out);
}

std::string EntityRecognizer::bytes() const {
  ModelWriter out(std::string(kKind), kVersion);
  write(out);
  return out.bytes();
}

void EntityRecognizer::save(const std::string& path) const {
  ModelWriter out(std::string(kKind), kVersion);
  write(out);
  out.save(path);
}

}  // namespace kg::extract
