#include "cli/extraction_run.h"

#include <fstream>
#include <iostream>

#include "cli/progress.h"
#include "extract/document_reader.h"

namespace kg::cli {
namespace {

void report(const extract::Diagnostic& diagnostic, const std::string& fallback_source, ExtractionTotals& totals) {
  print_diagnostic(diagnostic, fallback_source);
  ++totals.diagnostics;
}

}  // namespace

extract::PipelineOptions pipeline_options(bool fast) {
  extract::PipelineOptions options;
  options.tag = !fast;
  options.parse = !fast;
  options.recognize = !fast;
  return options;
}

void print_diagnostic(const extract::Diagnostic& diagnostic, const std::string& fallback_source) {
  std::cerr << "kg: " << (diagnostic.source.empty() ? fallback_source : diagnostic.source);
  if (diagnostic.line > 0) std::cerr << ':' << diagnostic.line;
  if (diagnostic.offset > 0 || diagnostic.line == 0) std::cerr << ": byte " << diagnostic.offset;
  std::cerr << ": " << diagnostic.message;
  if (!diagnostic.excerpt.empty()) std::cerr << ": \"" << diagnostic.excerpt << '"';
  std::cerr << '\n';
}

ExtractionTotals run_extraction(const InputList& inputs, const extract::Pipeline& pipeline,
                                const ExtractionHandlers& handlers, bool show_progress) {
  ExtractionTotals totals;
  Progress progress(show_progress);
  for (const auto& diagnostic : inputs.diagnostics) report(diagnostic, "", totals);
  for (const InputFile& file : inputs.files) {
    std::ifstream stream;
    extract::Diagnostic problem;
    std::istream* in = open_input(file.path, stream, problem);
    if (!in) {
      report(problem, file.path, totals);
      continue;
    }
    extract::DocumentReader reader(*in, file.path, {file.format});
    extract::Document chunk;
    std::string open_document;
    bool open = false;
    std::size_t next_sentence = 0;
    std::size_t bytes_before = totals.bytes;
    while (reader.next(chunk)) {
      // Chunks of one text document share the id and follow each other.
      const bool continues = open && file.format == extract::InputFormat::Text && chunk.offset > 0;
      if (!continues) {
        if (open && handlers.end_document) handlers.end_document();
        open = true;
        next_sentence = 0;
        ++totals.documents;
      }
      chunk.first_sentence = next_sentence;
      std::vector<extract::Statement> statements;
      if (handlers.analysis_only) {
        pipeline.analyze(chunk);
      } else {
        statements = pipeline.run(chunk);
      }
      next_sentence += chunk.sentences.size();
      // After the run: the pipeline reads the date header of a text document.
      if (!continues && handlers.begin_document) handlers.begin_document(chunk);
      totals.statements += statements.size();
      for (const auto& diagnostic : chunk.diagnostics) report(diagnostic, file.path, totals);
      for (const auto& diagnostic : reader.take_diagnostics()) report(diagnostic, file.path, totals);
      if (handlers.analyzed) handlers.analyzed(chunk);
      if (handlers.statements) handlers.statements(statements);
      // Bytes processed so far (the text reader reads ahead of the chunk it hands out).
      totals.bytes = bytes_before + (file.format == extract::InputFormat::Text ? chunk.offset + chunk.text.size()
                                                                                : reader.bytes_read());
      progress.update(totals.documents, totals.statements, totals.bytes);
    }
    if (open && handlers.end_document) handlers.end_document();
    for (const auto& diagnostic : reader.take_diagnostics()) report(diagnostic, file.path, totals);
    if (in->bad()) report({file.path, 0, reader.bytes_read(), "read error", ""}, file.path, totals);
    totals.bytes = bytes_before + reader.bytes_read();
  }
  progress.finish();
  return totals;
}

}  // namespace kg::cli
