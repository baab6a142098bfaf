// kg train parser: trains the dependency parser on CoNLL-U treebanks, or
// cross-validates it.

#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "extract/conllu.h"
#include "extract/dependency_parser.h"
#include "extract/model_file.h"
#include "extract/parser_evaluation.h"

namespace kg::cli {

namespace {

// The sentences of CoNLL-U files; malformed lines are reported (file and
// line) and their sentences left out. Returns how many were reported.
std::size_t read_treebanks(const std::vector<std::string>& paths, std::vector<extract::Sentence>& sentences) {
  std::size_t problems = 0;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw extract::ModelError("cannot read treebank " + path);
    extract::Treebank treebank = extract::read_conllu(in, path);
    for (const extract::Diagnostic& diagnostic : treebank.document.diagnostics) {
      std::cerr << diagnostic.source << ':' << diagnostic.line << ": " << diagnostic.message;
      if (!diagnostic.excerpt.empty()) std::cerr << ": \"" << diagnostic.excerpt << '"';
      std::cerr << '\n';
      ++problems;
    }
    for (extract::Sentence& sentence : treebank.document.sentences) sentences.push_back(std::move(sentence));
  }
  return problems;
}

std::string scores_line(const extract::ParseEvaluation& scores) {
  std::ostringstream line;
  line << std::fixed << std::setprecision(2) << "UAS " << scores.uas() << "  LAS " << scores.las() << "  nsubj "
       << scores.recall({"nsubj"}) << "  obj " << scores.recall({"obj"}) << "  nsubj+obj "
       << scores.recall({"nsubj", "obj"}) << "  (" << scores.words << " words)";
  return line.str();
}

int cross_validate(const std::vector<extract::Sentence>& sentences, int folds, const extract::ParserTrainingOptions& options) {
  extract::ParseEvaluation pooled;
  double uas = 0, las = 0, subject_object = 0;
  for (int fold = 0; fold < folds; ++fold) {
    // Sentence i is tested in fold i mod folds: every fold mixes both files.
    std::vector<extract::Sentence> train, test;
    for (std::size_t i = 0; i < sentences.size(); ++i)
      (static_cast<int>(i % static_cast<std::size_t>(folds)) == fold ? test : train).push_back(sentences[i]);
    const auto start = std::chrono::steady_clock::now();
    const extract::DependencyParser parser = extract::DependencyParser::train(train, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const extract::ParseEvaluation scores = extract::evaluate(parser, test);
    std::cout << "fold " << fold + 1 << ": " << scores_line(scores) << "  trained in " << std::fixed
              << std::setprecision(1) << seconds << " s" << std::endl;
    pooled.add(scores);
    uas += scores.uas();
    las += scores.las();
    subject_object += scores.recall({"nsubj", "obj"});
  }
  std::cout << std::fixed << std::setprecision(2) << "mean of " << folds << " folds: UAS " << uas / folds << "  LAS "
            << las / folds << "  nsubj+obj " << subject_object / folds << '\n'
            << "all folds pooled: " << scores_line(pooled) << '\n';
  return 0;
}

}  // namespace

int run_train_parser(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"--train", "--dev", "-o", "--seed", "--epochs", "--folds", "--prune"}, {"--quiet"}});
  std::vector<std::string> train_paths = arguments.positional();
  if (const auto first = arguments.value("--train")) train_paths.insert(train_paths.begin(), *first);
  if (train_paths.empty()) throw UsageError("expected --train FILE...");
  const auto folds = static_cast<int>(arguments.number_or("--folds", 0, 0, 100));
  if (folds == 1) throw UsageError("--folds needs at least 2 folds");
  const auto output = arguments.value("-o");
  if (!output && folds == 0) throw UsageError("expected -o MODEL (or --folds N to cross-validate)");

  extract::ParserTrainingOptions options;
  options.seed = static_cast<std::uint64_t>(arguments.number_or("--seed", 1, 0, 1e15));
  options.epochs = static_cast<int>(arguments.number_or("--epochs", options.epochs, 1, 1000));
  options.prune = static_cast<float>(arguments.number_or("--prune", options.prune, 0, 1000));
  if (!arguments.flag("--quiet") && folds == 0) options.log = &std::cerr;

  std::vector<extract::Sentence> sentences, dev;
  std::size_t problems = read_treebanks(train_paths, sentences);
  if (const auto dev_path = arguments.value("--dev")) problems += read_treebanks({*dev_path}, dev);
  if (folds > 0) {
    if (sentences.size() < static_cast<std::size_t>(folds))
      throw UsageError("--folds " + std::to_string(folds) + " needs at least as many sentences");
    cross_validate(sentences, folds, options);
    return problems ? 1 : 0;
  }

  const auto start = std::chrono::steady_clock::now();
  const extract::DependencyParser parser =
      extract::DependencyParser::train(sentences, options, dev.empty() ? nullptr : &dev);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  parser.save(*output);
  std::cerr << "parser: trained on " << sentences.size() << " sentences in " << std::fixed << std::setprecision(1)
            << seconds << " s, " << parser.feature_count() << " features, wrote " << *output << '\n';
  if (!dev.empty()) std::cerr << "parser: dev " << scores_line(extract::evaluate(parser, dev)) << '\n';
  return problems ? 1 : 0;
}

}  // namespace kg::cli
