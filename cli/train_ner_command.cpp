// kg train ner: trains the entity recogniser on GermEval 2014 TSV and
// SmartData JSONL files, or cross-validates it.

#include <chrono>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/training_files.h"
#include "extract/model_file.h"
#include "extract/ner_corpus.h"
#include "extract/ner_training.h"
#include "extract/tagger.h"

namespace kg::cli {

namespace {


void print_diagnostics(const std::vector<extract::Diagnostic>& diagnostics) {
  for (const extract::Diagnostic& d : diagnostics) {
    std::cerr << "kg: " << d.source << ':' << d.line << ": " << d.message;
    if (!d.excerpt.empty()) std::cerr << ": \"" << d.excerpt << '"';
    std::cerr << '\n';
  }
}

// GermEval TSV unless the name says JSONL (SmartData).
extract::NerCorpus read_corpora(const std::vector<std::string>& paths, bool& had_diagnostics) {
  extract::NerCorpus corpus;
  for (const std::string& path : paths) {
    std::istringstream in(read_training_file(path));
    const std::string name = path.ends_with(".xz") ? path.substr(0, path.size() - 3) : path;
    extract::NerCorpus part = name.ends_with(".jsonl") ? extract::read_smartdata(in, path) : extract::read_germeval(in, path);
    print_diagnostics(part.diagnostics);
    had_diagnostics = had_diagnostics || !part.diagnostics.empty();
    corpus.append(std::move(part));
  }
  // The recogniser sees tagged sentences, as in the pipeline.
  const extract::Tagger& tagger = extract::Tagger::german();
  for (extract::Sentence& sentence : corpus.sentences) tagger.tag(sentence);
  return corpus;
}

void cross_validate(const extract::NerCorpus& corpus, int folds, const extract::NerTrainingOptions& options) {
  extract::NerScores total;
  std::cout << std::fixed << std::setprecision(2);
  for (int fold = 0; fold < folds; ++fold) {
    // Deterministic folds by document: document d is tested in fold d mod folds.
    std::vector<extract::Sentence> train, test;
    std::vector<std::vector<extract::NerSpan>> train_gold, test_gold;
    for (std::size_t i = 0; i < corpus.sentences.size(); ++i) {
      const bool tested = static_cast<int>(corpus.documents[i] % static_cast<std::size_t>(folds)) == fold;
      (tested ? test : train).push_back(corpus.sentences[i]);
      (tested ? test_gold : train_gold).push_back(corpus.gold[i]);
    }
    const auto start = std::chrono::steady_clock::now();
    std::ostringstream log;
    const extract::EntityRecognizer recognizer =
        extract::train_entity_recognizer(train, train_gold, {}, {}, options, log);
    const double seconds = seconds_since(start);
    const extract::NerScores scores = extract::evaluate(recognizer, test, test_gold);
    total.add(scores);
    const extract::PrecisionRecall main =
        extract::pooled(scores, {extract::NerClass::Per, extract::NerClass::Org, extract::NerClass::Loc});
    std::cout << "fold " << fold + 1 << '/' << folds << ": " << test.size() << " sentences, PER+ORG+LOC P "
              << 100 * main.precision() << " R " << 100 * main.recall() << " F1 " << 100 * main.f1() << " (trained in "
              << std::setprecision(1) << seconds << " s)" << std::setprecision(2) << '\n';
    extract::print_scores(std::cout, scores);
    std::cout.flush();
  }
  std::cout << "all folds (every sentence tested once):\n";
  extract::print_scores(std::cout, total);
}

}  // namespace

int run_train_ner(const std::vector<std::string>& args) {
  const Arguments arguments(args, training_option_spec());
  extract::NerTrainingOptions options;
  const TrainingRun run = training_run(arguments, options.epochs);
  options.epochs = run.epochs;
  options.seed = run.seed;
  const int folds = run.folds;
  const auto& output = run.output;

  bool had_diagnostics = false;
  const auto start = std::chrono::steady_clock::now();
  const extract::NerCorpus train = read_corpora(run.train_paths, had_diagnostics);
  std::cerr << "kg: read and tagged " << train.sentences.size() << " sentences in " << std::fixed
            << std::setprecision(1) << seconds_since(start) << " s\n";
  if (folds > 0) {
    cross_validate(train, folds, options);
    return had_diagnostics ? 1 : 0;
  }
  extract::NerCorpus dev;
  if (run.dev_path) dev = read_corpora({*run.dev_path}, had_diagnostics);
  const auto train_start = std::chrono::steady_clock::now();
  const extract::EntityRecognizer recognizer =
      extract::train_entity_recognizer(train.sentences, train.gold, dev.sentences, dev.gold, options, std::cerr);
  recognizer.save(*output);
  std::cerr << "kg: trained on " << train.sentences.size() << " sentences in " << std::fixed << std::setprecision(1)
            << seconds_since(train_start) << " s; wrote " << *output << " (" << recognizer.bytes().size()
            << " bytes, " << recognizer.feature_count() << " features)\n";
  return had_diagnostics ? 1 : 0;
}

}  // namespace kg::cli
