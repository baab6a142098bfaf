// kg train parser: trains the dependency parser on CoNLL-U treebanks, or
// cross-validates it with gold and with predicted tags.

#include <chrono>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/training_files.h"
#include "extract/conllu.h"
#include "extract/dependency_parser.h"
#include "extract/model_file.h"
#include "extract/parser_evaluation.h"
#include "extract/parser_training_data.h"
#include "extract/tagger_training.h"

namespace kg::cli {

namespace {

std::string scores_line(const extract::ParseEvaluation& scores) {
  std::ostringstream line;
  line << std::fixed << std::setprecision(2) << "UAS " << scores.uas() << "  LAS " << scores.las() << "  nsubj "
       << scores.recall({"nsubj"}) << "  obj " << scores.recall({"obj"}) << "  nsubj+obj "
       << scores.recall({"nsubj", "obj"});
  return line.str();
}

// The parser's training data: the gold sentences, plus their jackknifed
// copy when jackknife > 1.
std::vector<extract::Sentence> parser_training_data(const std::vector<extract::Sentence>& gold, int jackknife,
                                                    std::ostream& log) {
  std::vector<extract::Sentence> data = gold;
  if (jackknife < 2) return data;
  std::vector<extract::Sentence> tagged = extract::jackknife_tagged(gold, jackknife, {}, log);
  data.insert(data.end(), std::make_move_iterator(tagged.begin()), std::make_move_iterator(tagged.end()));
  return data;
}

void cross_validate(const std::vector<extract::Sentence>& sentences, int folds, int jackknife,
                    const extract::ParserTrainingOptions& options) {
  extract::ParseEvaluation gold_pooled, predicted_pooled;
  std::ostringstream quiet;
  for (int fold = 0; fold < folds; ++fold) {
    // Sentence i is tested in fold i mod folds, as for the tagger.
    std::vector<extract::Sentence> train, test;
    for (std::size_t i = 0; i < sentences.size(); ++i)
      (static_cast<int>(i % static_cast<std::size_t>(folds)) == fold ? test : train).push_back(sentences[i]);
    const auto start = std::chrono::steady_clock::now();
    const extract::Tagger tagger = extract::train_tagger(train, {}, {}, quiet);
    const extract::DependencyParser parser =
        extract::DependencyParser::train(parser_training_data(train, jackknife, quiet), options);
    const double seconds = seconds_since(start);
    extract::ParseEvaluation gold, predicted;
    extract::Sentence parsed;
    for (const extract::Sentence& sentence : test) {
      parsed = sentence;
      parser.parse(parsed);
      gold.add(sentence, parsed);
      parsed = sentence;
      tagger.tag(parsed);
      parser.parse(parsed);
      predicted.add(sentence, parsed);
    }
    std::cout << "fold " << fold + 1 << " (" << gold.words << " words, trained in " << std::fixed << std::setprecision(1)
              << seconds << " s)\n  gold tags:      " << scores_line(gold)
              << "\n  predicted tags: " << scores_line(predicted) << std::endl;
    gold_pooled.add(gold);
    predicted_pooled.add(predicted);
  }
  std::cout << "all " << folds << " folds (" << gold_pooled.words << " words)\n  gold tags:      "
            << scores_line(gold_pooled) << "\n  predicted tags: " << scores_line(predicted_pooled) << '\n';
}

}  // namespace

int run_train_parser(const std::vector<std::string>& args) {
  const Arguments arguments(args, training_option_spec({"--prune", "--jackknife"}, {"--quiet"}));
  extract::ParserTrainingOptions options;
  const TrainingRun run = training_run(arguments, options.epochs, 1000);
  const int folds = run.folds;
  const auto& output = run.output;
  const auto jackknife = static_cast<int>(arguments.number_or("--jackknife", 5, 0, 100));
  if (jackknife == 1) throw UsageError("--jackknife needs at least 2 parts (or 0 for gold tags only)");
  options.seed = run.seed;
  options.epochs = run.epochs;
  options.prune = static_cast<float>(arguments.number_or("--prune", options.prune, 0, 1000));
  const bool quiet = arguments.flag("--quiet");
  if (!quiet && folds == 0) options.log = &std::cerr;

  std::vector<extract::Sentence> sentences, dev;
  std::size_t problems = read_treebanks(run.train_paths, sentences);
  if (run.dev_path) problems += read_treebanks({*run.dev_path}, dev);
  if (folds > 0) {
    if (sentences.size() < static_cast<std::size_t>(folds))
      throw UsageError("--folds " + std::to_string(folds) + " needs at least as many sentences");
    cross_validate(sentences, folds, jackknife, options);
    return problems ? 1 : 0;
  }

  const auto start = std::chrono::steady_clock::now();
  std::ostringstream silent;
  const extract::DependencyParser parser = extract::DependencyParser::train(
      parser_training_data(sentences, jackknife, quiet ? silent : std::cerr), options, dev.empty() ? nullptr : &dev);
  parser.save(*output);
  std::cerr << "parser: trained on " << sentences.size() << " sentences in " << std::fixed << std::setprecision(1)
            << seconds_since(start) << " s, " << parser.feature_count() << " features, wrote " << *output << '\n';
  if (!dev.empty()) std::cerr << "parser: dev, gold tags: " << scores_line(extract::evaluate(parser, dev)) << '\n';
  return problems ? 1 : 0;
}

}  // namespace kg::cli
