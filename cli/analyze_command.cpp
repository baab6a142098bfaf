// kg analyze: the German analysis of each sentence as CoNLL-U.

#include <fstream>
#include <iostream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/extraction_run.h"
#include "cli/input_files.h"
#include "cli/progress.h"
#include "extract/conllu.h"

namespace kg::cli {
namespace {

// Gold tokenisation from CoNLL-U: the annotation columns are cleared and
// filled again by the stages, the sentence ids and texts are kept.
int analyze_conllu(const std::vector<std::string>& paths, const extract::Pipeline& pipeline) {
  std::size_t diagnostics = 0;
  for (const std::string& path : paths) {
    std::ifstream file;
    extract::Diagnostic problem;
    std::istream* in = open_input(path, file, problem);
    if (!in) {
      print_diagnostic(problem);
      ++diagnostics;
      continue;
    }
    extract::Treebank treebank = extract::read_conllu(*in, path);
    for (const auto& diagnostic : treebank.document.diagnostics) print_diagnostic(diagnostic);
    diagnostics += treebank.document.diagnostics.size();
    extract::Document& doc = treebank.document;
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
      extract::Sentence& sentence = doc.sentences[i];
      for (extract::Token& token : sentence.tokens) {
        token.lemma.clear();
        token.upos.clear();
        token.feats.clear();
        token.head = -1;
        token.deprel.clear();
      }
      pipeline.annotate(sentence);
      const std::string id = treebank.sentence_ids[i].empty() ? "s" + std::to_string(i + 1) : treebank.sentence_ids[i];
      extract::write_conllu(std::cout, doc, sentence, id, treebank.texts[i]);
    }
  }
  return diagnostics > 0 ? 1 : 0;
}

}  // namespace

int run_analyze(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"--input-format", "--compounds", "--threads"}, {"--quiet"}});
  extract::PipelineOptions options;
  const std::string compounds = arguments.value_or("--compounds", "split");
  if (compounds != "split" && compounds != "whole")
    throw UsageError("unknown --compounds '" + compounds + "' (valid: split, whole)");
  options.tokens.split_compounds = compounds == "split";
  const extract::Pipeline pipeline{options};
  if (arguments.value_or("--input-format", "") == "conllu") {
    if (arguments.positional().empty()) throw UsageError("no input: give CoNLL-U files or - for standard input");
    return analyze_conllu(arguments.positional(), pipeline);
  }
  const InputList inputs = inputs_from_arguments(arguments);
  std::size_t sentences = 0;
  ExtractionHandlers handlers;
  handlers.analysis_only = true;
  handlers.begin_document = [&](const extract::Document& document) {
    std::cout << "# newdoc id = " << document.id << '\n';
  };
  handlers.analyzed = [&](const extract::Document& chunk) {
    for (const extract::Sentence& sentence : chunk.sentences)
      extract::write_conllu(std::cout, chunk, sentence, "s" + std::to_string(++sentences));
  };
  const bool progress = !arguments.flag("--quiet") && stderr_is_terminal();
  const ExtractionTotals totals = run_extraction(inputs, pipeline, handlers, progress, threads_option(arguments.value("--threads")));
  return totals.diagnostics > 0 ? 1 : 0;
}

}  // namespace kg::cli
