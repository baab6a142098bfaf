// kg train tagger: trains the part-of-speech, morphology and lemma tagger
// on CoNLL-U files, or cross-validates it.

#include <chrono>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/training_files.h"
#include "extract/conllu.h"
#include "extract/model_file.h"
#include "extract/tagger_training.h"

namespace kg::cli {

namespace {

int cross_validate(const std::vector<extract::Sentence>& sentences, int folds,
                   const extract::TaggerTrainingOptions& options) {
  extract::TaggerScores total;
  std::cout << std::fixed << std::setprecision(2);
  for (int fold = 0; fold < folds; ++fold) {
    // Deterministic folds: sentence i is tested in fold i mod folds.
    std::vector<extract::Sentence> train, test;
    for (std::size_t i = 0; i < sentences.size(); ++i)
      (static_cast<int>(i % static_cast<std::size_t>(folds)) == fold ? test : train).push_back(sentences[i]);
    const auto start = std::chrono::steady_clock::now();
    std::ostringstream log;
    const extract::Tagger tagger = extract::train_tagger(train, {}, options, log);
    const double seconds = seconds_since(start);
    const extract::TaggerScores scores = extract::evaluate(tagger, test);
    total.add(scores);
    const auto case_index = static_cast<std::size_t>(extract::Feature::Case);
    std::cout << "fold " << fold + 1 << '/' << folds << ": " << scores.words << " words, UPOS "
              << extract::TaggerScores::percent(scores.upos, scores.words) << " %, lemma "
              << extract::TaggerScores::percent(scores.lemma, scores.words) << " %, UFeats "
              << extract::TaggerScores::percent(scores.ufeats, scores.words) << " %, Case "
              << extract::TaggerScores::percent(scores.feature_present_correct[case_index], scores.feature_present[case_index])
              << " % (trained in " << std::setprecision(1) << seconds << " s)" << std::setprecision(2) << std::endl;
  }
  std::cout << "all folds (every word tested once):\n";
  extract::print_scores(std::cout, total);
  return 0;
}

}  // namespace

int run_train_tagger(const std::vector<std::string>& args) {
  const Arguments arguments(args, training_option_spec());
  extract::TaggerTrainingOptions options;
  const TrainingRun run = training_run(arguments, options.epochs);
  options.epochs = run.epochs;
  options.seed = run.seed;
  const int folds = run.folds;
  const auto& output = run.output;

  std::vector<extract::Sentence> train;
  std::size_t problems = read_treebanks(run.train_paths, train);
  if (folds > 0) {
    cross_validate(train, folds, options);
    return problems > 0 ? 1 : 0;
  }
  std::vector<extract::Sentence> dev;
  if (run.dev_path) problems += read_treebanks({*run.dev_path}, dev);
  const auto start = std::chrono::steady_clock::now();
  const extract::Tagger tagger = extract::train_tagger(train, dev, options, std::cerr);
  tagger.save(*output);
  std::cerr << "kg: trained on " << train.size() << " sentences in " << std::fixed << std::setprecision(1)
            << seconds_since(start) << " s; wrote " << *output << " (" << tagger.bytes().size() << " bytes, "
            << tagger.feature_count() << " features)\n";
  return problems > 0 ? 1 : 0;
}

}  // namespace kg::cli
