// kg build and kg merge: produce graph files.

#include <iostream>
#include <optional>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/extraction_run.h"
#include "cli/progress.h"
#include "graph/graph_builder.h"
#include "graph/graph_file.h"

namespace kg::cli {

int run_build(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"-o", "--output", "--input-format", "--threads"}, {"--quiet", "--fast"}});
  const auto output = arguments.value("-o") ? arguments.value("-o") : arguments.value("--output");
  if (!output) throw UsageError("missing -o GRAPH (the graph file to write)");
  const InputList inputs = inputs_from_arguments(arguments);
  const extract::Pipeline pipeline{pipeline_options(arguments.flag("--fast"))};

  graph::GraphBuilder builder;
  ExtractionHandlers handlers;
  handlers.begin_document = [&](const extract::Document& document) {
    builder.add(graph::DocumentInfo{document.id, document.date, document.lang});
  };
  handlers.statements = [&](std::vector<extract::Statement>& statements) {
    for (const auto& statement : statements) builder.add(statement);
  };
  const bool quiet = arguments.flag("--quiet");
  const ExtractionTotals totals = run_extraction(inputs, pipeline, handlers, !quiet && stderr_is_terminal(),
                                                  threads_option(arguments.value("--threads")));
  const graph::KnowledgeGraph graph = builder.build();
  graph::write_graph_file(graph, *output);
  if (!quiet)
    std::cerr << "kg: " << *output << ": " << totals.documents << " documents, " << graph.entity_count()
              << " entities, " << graph.relation_count() << " relations from " << totals.statements
              << " statements\n";
  return totals.diagnostics > 0 ? 1 : 0;
}

int run_merge(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"-o", "--output"}, {"--quiet"}});
  const auto output = arguments.value("-o") ? arguments.value("-o") : arguments.value("--output");
  if (!output) throw UsageError("missing -o GRAPH (the graph file to write)");
  if (arguments.positional().empty()) throw UsageError("no graph files to merge");
  graph::GraphBuilder builder;
  for (const auto& path : arguments.positional()) builder.add(graph::read_graph_file(path));
  const graph::KnowledgeGraph graph = builder.build();
  graph::write_graph_file(graph, *output);
  if (!arguments.flag("--quiet"))
    std::cerr << "kg: " << *output << ": " << graph.entity_count() << " entities, " << graph.relation_count()
              << " relations\n";
  return 0;
}

}  // namespace kg::cli
