// kg extract: statements per document, without cross-document merging.

#include <iostream>
#include <optional>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/extraction_run.h"
#include "cli/progress.h"
#include "export/exporters.h"
#include "export/statement_writer.h"
#include "graph/graph_builder.h"
#include "graph/statement_names.h"

namespace kg::cli {
namespace {

// Output of `kg extract`: a line format or a graph format per document.
struct ExtractFormat {
  std::optional<exporter::StatementFormat> lines;
  std::optional<exporter::GraphFormat> graph;
};

ExtractFormat parse_extract_format(const std::string& name) {
  if (name == "jsonl") return {exporter::StatementFormat::Jsonl, std::nullopt};
  if (name == "tsv") return {exporter::StatementFormat::Tsv, std::nullopt};
  if (name == "jsonld") return {std::nullopt, exporter::GraphFormat::JsonLd};
  if (name == "nquads") return {std::nullopt, exporter::GraphFormat::NQuads};
  throw UsageError("unknown --format '" + name + "' (valid: jsonl, tsv, jsonld, nquads)");
}

}  // namespace

int run_extract(const std::vector<std::string>& args) {
  const Arguments arguments(args,
                            {{"--format", "--input-format", "--threads"}, {"--quiet", "--fast", "--raw-confidence"}});
  const ExtractFormat format = parse_extract_format(arguments.value_or("--format", "jsonl"));
  const InputList inputs = inputs_from_arguments(arguments);
  extract::PipelineOptions options = pipeline_options(arguments.flag("--fast"));
  options.raw_confidence = arguments.flag("--raw-confidence");
  const extract::Pipeline pipeline{options};

  graph::GraphBuilder document_graph;
  ExtractionHandlers handlers;
  if (format.lines) {
    exporter::write_statement_header(*format.lines, std::cout);
    // Names are resolved per chunk (a whole document unless it exceeds a
    // chunk), so streaming output never waits for the end of a huge input.
    handlers.statements = [&](std::vector<extract::Statement>& statements) {
      graph::resolve_statement_names(statements);
      for (const auto& statement : statements) exporter::write_statement(statement, *format.lines, std::cout);
    };
  } else {
    handlers.begin_document = [&](const extract::Document& document) {
      document_graph.add(graph::DocumentInfo{document.id, document.date, document.lang});
    };
    handlers.statements = [&](std::vector<extract::Statement>& statements) {
      for (const auto& statement : statements) document_graph.add(statement);
    };
    handlers.end_document = [&] { exporter::write_graph(document_graph.build(), *format.graph, std::cout); };
  }
  const bool progress = !arguments.flag("--quiet") && stderr_is_terminal();
  const ExtractionTotals totals = run_extraction(inputs, pipeline, handlers, progress, threads_option(arguments.value("--threads")));
  return totals.diagnostics > 0 ? 1 : 0;
}

}  // namespace kg::cli
