// kg export and kg render: hand a graph file on as data or as a diagram.

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

int run_render(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"-o", "--output", "--focus", "--depth", "--min-confidence", "--layout"}, {}});
  if (arguments.positional().size() != 1) throw UsageError("expected exactly one GRAPH file");
  const auto output = arguments.value("-o") ? arguments.value("-o") : arguments.value("--output");
  if (!output) throw UsageError("missing -o FILE.svg or FILE.png");
  const double min_confidence = arguments.number_or("--min-confidence", 0.0, 0.0, 1.0);
  const auto depth = static_cast<std::size_t>(arguments.number_or("--depth", 1, 0, 100));
  if (arguments.value("--depth") && !arguments.value("--focus")) throw UsageError("--depth needs --focus NAME");

  const graph::KnowledgeGraph graph = graph::read_graph_file(arguments.positional()[0]);
  std::vector<graph::NodeId> nodes;
  if (const auto focus = arguments.value("--focus")) {
    const auto start = graph.find(*focus);
    if (!start) throw UsageError("--focus: no entity named '" + *focus + "' in " + arguments.positional()[0]);
    nodes = graph.neighbourhood(*start, depth);
  } else {
    for (graph::NodeId node = 0; node < graph.entity_count(); ++node) nodes.push_back(node);
  }
  graph::KnowledgeGraph shown = graph.subgraph(nodes, min_confidence);
  if (min_confidence > 0 || arguments.value("--focus")) {
    // Drop entities left without any edge by the confidence filter, but keep the focus.
    std::vector<graph::NodeId> connected;
    for (graph::NodeId node = 0; node < shown.entity_count(); ++node)
      if (!shown.out_edges(node).empty() || !shown.in_edges(node).empty() ||
          (arguments.value("--focus") && shown.find(*arguments.value("--focus")) == node))
        connected.push_back(node);
    shown = shown.subgraph(connected, 0.0);
  }
  // Past a few hundred edges a whole-graph drawing is a hairball; say how to get a readable one.
  constexpr std::size_t kLegibleEdges = 300;
  if (!arguments.value("--focus") && shown.relation_count() > kLegibleEdges)
    std::cerr << "kg: warning: " << shown.relation_count() << " relations are too many to read in one drawing; "
              << "try --focus NAME --depth 1 (kg entities " << arguments.positional()[0]
              << " --limit 10 lists the best connected) or --min-confidence\n";
  exporter::render(shown, *output, {arguments.value_or("--layout", "")});
  std::cerr << "kg: wrote " << *output << " (" << shown.entity_count() << " entities, " << shown.relation_count()
            << " relations)\n";
  return 0;
}

}  // namespace kg::cli
