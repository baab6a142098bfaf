// kg export: hand a graph file on as data (kg render, the diagrams, is in render_command.cpp).

#include <filesystem>
#include <iostream>
#include <utility>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "export/exporters.h"
#include "graph/atomic_file.h"
#include "graph/graph_file.h"

namespace kg::cli {

namespace {

// neo4j-csv: DIR/nodes.csv and DIR/relationships.csv, both committed only
// once both are written, so a failed run leaves neither.
void write_neo4j_directory(const graph::KnowledgeGraph& graph, const std::filesystem::path& directory) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error || !std::filesystem::is_directory(directory))
    throw graph::OutputError("cannot create directory " + directory.string() + ": " +
                             (error ? error.message() : "a file of that name exists"));
  graph::AtomicFile nodes(directory / "nodes.csv");
  graph::AtomicFile relationships(directory / "relationships.csv");
  exporter::write_neo4j_csv(graph, nodes.stream(), relationships.stream());
  nodes.commit();
  relationships.commit();
}

}  // namespace

int run_export(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"--format", "-o", "--output"}, {"--compact", "--expanded", "--flattened", "--no-reification"}});
  if (arguments.positional().size() != 1) throw UsageError("expected exactly one GRAPH file");
  exporter::JsonLdOptions jsonld;
  int forms = 0;
  for (const auto& [flag, form] : {std::pair{"--compact", exporter::JsonLdForm::Compact},
                                   {"--expanded", exporter::JsonLdForm::Expanded},
                                   {"--flattened", exporter::JsonLdForm::Flattened}})
    if (arguments.flag(flag)) jsonld.form = form, ++forms;
  if (forms > 1) throw UsageError("choose one of --compact, --expanded, --flattened");
  jsonld.reified_statements = !arguments.flag("--no-reification");
  const auto format_name = arguments.value("--format");
  if (!format_name)
    throw UsageError("missing --format (dot, jsonld, nquads, ntriples, turtle, trig, graphml, neo4j-csv, cypher)");
  exporter::GraphFormat format;
  try {
    format = exporter::parse_graph_format(*format_name);
  } catch (const exporter::ExportError& error) {
    throw UsageError(error.what());
  }
  if ((forms > 0 || !jsonld.reified_statements) && format != exporter::GraphFormat::JsonLd)
    throw UsageError("--compact, --expanded, --flattened and --no-reification apply to --format jsonld only");
  const auto output = arguments.value("-o") ? arguments.value("-o") : arguments.value("--output");
  if (format == exporter::GraphFormat::Neo4jCsv && (!output || *output == "-"))
    throw UsageError("--format neo4j-csv needs -o DIR (writes DIR/nodes.csv and DIR/relationships.csv)");
  const graph::KnowledgeGraph graph = graph::read_graph_file(arguments.positional()[0]);
  if (format == exporter::GraphFormat::Neo4jCsv) {
    write_neo4j_directory(graph, *output);
    return 0;
  }
  if (!output || *output == "-") {
    exporter::write_graph(graph, format, std::cout, jsonld);
    return 0;
  }
  graph::AtomicFile file(*output);
  exporter::write_graph(graph, format, file.stream(), jsonld);
  file.commit();
  return 0;
}

}  // namespace kg::cli
