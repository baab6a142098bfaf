#pragma once
// Runs the extraction pipeline over input files, document by document and
// chunk by chunk, reporting diagnostics and progress. Shared by `kg extract`
// and `kg build`.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/input_files.h"
#include "extract/pipeline.h"
#include "extract/statement.h"

namespace kg::cli {

struct ExtractionHandlers {
  std::function<void(const extract::Document& first_chunk)> begin_document;  // after its first chunk ran, before its statements
  std::function<void(std::vector<extract::Statement>& statements)> statements;  // per chunk
  std::function<void()> end_document;
  std::function<void(const extract::Document& chunk)> analyzed;  // per chunk, after the pipeline ran
  bool analysis_only = false;  // run Pipeline::analyze (no names, no statements) instead of Pipeline::run
};

struct ExtractionTotals {
  std::size_t documents = 0;
  std::size_t statements = 0;
  std::size_t bytes = 0;
  std::size_t diagnostics = 0;  // input problems reported on stderr
};

// The pipeline of `kg extract` and `kg build`: "--fast" leaves out tagging
// and parsing, and finds names with the rule-based NameSpotter instead of
// the trained recogniser (which, untagged, does worse than the rules).
extract::PipelineOptions pipeline_options(bool fast);

// Prints an input problem to stderr as "kg: FILE[:LINE]: byte N: message:
// \"excerpt\"" (`fallback_source` when the diagnostic names none).
void print_diagnostic(const extract::Diagnostic& diagnostic, const std::string& fallback_source = "");

// Reads every input, runs `pipeline` on `threads` worker threads (chunks
// in parallel) and calls the handlers in input order, on the calling
// thread: the output does not depend on `threads`. Each input diagnostic is
// printed to stderr as "kg: FILE[:LINE]: byte N: message".
ExtractionTotals run_extraction(const InputList& inputs, const extract::Pipeline& pipeline,
                                const ExtractionHandlers& handlers, bool show_progress, unsigned threads = 1);

// The value of --threads: a positive number, "auto" (the machine's cores) or
// absent (1). Throws UsageError for anything else.
unsigned threads_option(const std::optional<std::string>& value);

}  // namespace kg::cli
