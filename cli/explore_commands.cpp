// kg neighbors, kg path and kg entities: explore a graph file.

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "cli/arguments.h"
#include "cli/graph_reading.h"
#include "cli/commands.h"
#include "cli/table_output.h"
#include "extract/predicates.h"
#include "graph/graph_algorithms.h"
#include "graph/graph_file.h"
#include "graph/triple_query.h"

namespace kg::cli {
namespace {

// The node called `name`; an unknown name is a usage error listing the closest names.
graph::NodeId resolve(const graph::KnowledgeGraph& graph, const std::string& name) {
  if (const auto node = graph.find(name)) return *node;
  std::string message = "no entity named '" + name + "'";
  const auto candidates = graph::closest_names(graph, name);
  for (std::size_t i = 0; i < candidates.size(); ++i) message += (i ? ", " : "; closest: ") + candidates[i];
  throw UsageError(message);
}

std::string format_confidence(double confidence) {
  char text[16];
  std::snprintf(text, sizeof text, "%.3f", confidence);
  return text;
}

}  // namespace

int run_neighbors(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"--depth", "--predicate", "--format"}, {}});
  if (arguments.positional().size() != 2) throw UsageError("expected GRAPH NAME");
  const TableFormat format = parse_table_format(arguments.value_or("--format", "table"));
  const auto depth = static_cast<std::size_t>(arguments.number_or("--depth", 1, 1, 100));
  const auto predicate = arguments.value("--predicate");
  if (predicate && !extract::find_predicate(*predicate)) throw UsageError("unknown predicate '" + *predicate + "'");
  // The statements within `depth` hops lie among the entities within `depth` hops.
  const graph::KnowledgeGraph graph = read_graph_around(arguments.positional()[0], arguments.positional()[1], depth);
  const graph::NodeId start = resolve(graph, arguments.positional()[1]);
  // Statements reached within `depth` hops: one end at most depth - 1 hops out.
  const auto hops = graph::hop_counts(graph, start, predicate.value_or(""));
  std::vector<graph::EdgeId> edges;
  for (graph::EdgeId edge = 0; edge < graph.relation_count(); ++edge) {
    if (predicate && graph.relation(edge).predicate != *predicate) continue;
    const auto nearer = std::min(hops[graph.subject(edge)], hops[graph.object(edge)]);
    if (nearer < depth) edges.push_back(edge);
  }
  std::vector<std::vector<std::string>> rows;
  for (graph::EdgeId edge : edges) {
    const auto hop = std::max(hops[graph.subject(edge)], hops[graph.object(edge)]);
    rows.push_back({std::to_string(hop), graph::display_name(graph.entity(graph.subject(edge))),
                    graph.relation(edge).predicate, graph::display_name(graph.entity(graph.object(edge))),
                    format_confidence(graph.relation(edge).confidence)});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a[0] < b[0]; });
  write_table({"hops", "subject", "predicate", "object", "confidence"}, rows, format, std::cout);
  return 0;
}

int run_path(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"--max-length", "--format"}, {}});
  if (arguments.positional().size() != 3) throw UsageError("expected GRAPH FROM TO");
  const TableFormat format = parse_table_format(arguments.value_or("--format", "table"));
  const auto max_length = static_cast<std::size_t>(arguments.number_or("--max-length", 6, 1, 100));
  const graph::KnowledgeGraph graph = graph::read_graph_file(arguments.positional()[0]);
  const graph::NodeId from = resolve(graph, arguments.positional()[1]);
  const graph::NodeId to = resolve(graph, arguments.positional()[2]);
  const auto paths = graph::shortest_paths(graph, from, to, max_length);
  if (paths.empty()) {
    std::cerr << "kg: no connection of at most " << max_length << " edges\n";
    return 1;
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    std::string text = graph.entity(from).name;
    for (const graph::PathStep& step : paths[i]) {
      const auto& predicate = graph.relation(step.edge).predicate;
      const graph::NodeId next = step.forward ? graph.object(step.edge) : graph.subject(step.edge);
      text += step.forward ? " -" + predicate + "-> " : " <-" + predicate + "- ";
      text += graph::display_name(graph.entity(next));
    }
    rows.push_back({std::to_string(i + 1), std::to_string(paths[i].size()), text});
  }
  write_table({"path", "length", "connection"}, rows, format, std::cout);
  return 0;
}

int run_entities(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"--type", "--sort", "--format", "--limit"}, {}});
  if (arguments.positional().size() != 1) throw UsageError("expected GRAPH");
  const TableFormat format = parse_table_format(arguments.value_or("--format", "table"));
  const std::string sort = arguments.value_or("--sort", "degree");
  if (sort != "degree" && sort != "pagerank" && sort != "name")
    throw UsageError("unknown --sort '" + sort + "' (valid: degree, pagerank, name)");
  std::optional<extract::EntityType> type;
  if (const auto name = arguments.value("--type")) {
    type = extract::parse_entity_type(*name);
    if (!type) throw UsageError("unknown --type '" + *name + "' (valid: Organization, Person, Location, Product, Concept, Literal)");
  }
  const auto limit = static_cast<std::size_t>(arguments.number_or("--limit", 1e9, 1, 1e9));
  const graph::KnowledgeGraph graph = graph::read_graph_file(arguments.positional()[0]);
  const auto degree = graph::degrees(graph);
  const auto rank = graph::pagerank(graph);
  std::vector<graph::NodeId> nodes;
  for (graph::NodeId node = 0; node < graph.entity_count(); ++node)
    if (!type || graph.entity(node).type == *type) nodes.push_back(node);
  std::stable_sort(nodes.begin(), nodes.end(), [&](graph::NodeId a, graph::NodeId b) {
    if (sort == "degree" && degree[a] != degree[b]) return degree[a] > degree[b];
    if (sort == "pagerank" && rank[a] != rank[b]) return rank[a] > rank[b];
    return graph.entity(a).name < graph.entity(b).name;
  });
  if (nodes.size() > limit) nodes.resize(limit);
  std::vector<std::vector<std::string>> rows;
  for (graph::NodeId node : nodes) {
    char pr[32];
    std::snprintf(pr, sizeof pr, "%.5f", rank[node]);
    const auto& entity = graph.entity(node);
    rows.push_back({graph::display_name(entity), std::string(extract::to_string(entity.type)),
                    std::to_string(degree[node]), pr, std::to_string(entity.aliases.size())});
  }
  write_table({"entity", "type", "degree", "pagerank", "aliases"}, rows, format, std::cout);
  return 0;
}

}  // namespace kg::cli
