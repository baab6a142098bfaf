// kg render: a diagram of a graph file (SVG, PNG, PDF or an interactive HTML
// page), filtered, and cut to a legible size unless asked not to.

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>

#include "cli/arguments.h"
#include "cli/graph_reading.h"
#include "cli/commands.h"
#include "export/exporters.h"
#include "export/graph_view.h"
#include "extract/predicates.h"
#include "graph/graph_algorithms.h"
#include "graph/graph_file.h"

namespace kg::cli {
namespace {

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::stringstream list(text);
  for (std::string item; std::getline(list, item, ',');)
    if (!item.empty()) items.push_back(item);
  return items;
}

[[noreturn]] void unknown_focus(const std::string& name, const std::string& file) {
  std::string message = "--focus: no entity named '" + name + "' in " + file;
  if (!is_large_graph_file(file)) {
    const auto candidates = graph::closest_names(graph::read_graph_file(file), name);
    for (std::size_t i = 0; i < candidates.size(); ++i) message += (i ? ", " : "; closest: ") + candidates[i];
  } else {
    message += " (kg entities " + file + " lists the names)";
  }
  throw UsageError(message);
}

exporter::ViewFilter read_filter(const Arguments& arguments) {
  exporter::ViewFilter filter;
  filter.min_confidence = arguments.number_or("--min-confidence", 0.0, 0.0, 1.0);
  filter.depth = static_cast<std::size_t>(arguments.number_or("--depth", 1, 0, 100));
  if (arguments.value("--depth") && !arguments.value("--focus")) throw UsageError("--depth needs --focus NAME");
  filter.max_relations = static_cast<std::size_t>(
      arguments.number_or("--max-relations", static_cast<double>(exporter::kLegibleRelations), 0, 1e9));
  for (const std::string& name : split_list(arguments.value_or("--predicate", ""))) {
    if (!extract::find_predicate(name)) {
      std::string known;
      for (const extract::PredicateInfo& predicate : extract::predicates())
        known += (known.empty() ? "" : ", ") + std::string(predicate.name);
      throw UsageError("--predicate: unknown predicate '" + name + "'; predicates: " + known);
    }
    filter.predicates.push_back(name);
  }
  for (const std::string& name : split_list(arguments.value_or("--type", ""))) {
    const auto type = extract::parse_entity_type(name);
    if (!type)
      throw UsageError("--type: unknown entity type '" + name +
                       "'; types: Organization, Person, Location, Product, Concept, Literal");
    filter.types.push_back(*type);
  }
  filter.since = arguments.value_or("--since", "");
  if (!filter.since.empty() && exporter::period_start(filter.since).empty())
    throw UsageError("--since expects a date YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, not '" + filter.since + "'");
  return filter;
}

exporter::RenderOptions read_options(const Arguments& arguments) {
  exporter::RenderOptions options;
  options.layout = arguments.value_or("--layout", "");
  const std::string cluster = arguments.value_or("--cluster", "none");
  if (cluster == "type") options.clustering = exporter::Clustering::Type;
  else if (cluster == "document") options.clustering = exporter::Clustering::Document;
  else if (cluster != "none") throw UsageError("--cluster expects type, document or none, not '" + cluster + "'");
  options.legend = !arguments.flag("--no-legend");
  return options;
}

}  // namespace

int run_render(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"-o", "--output", "--format", "--focus", "--depth", "--predicate", "--type",
                                    "--min-confidence", "--since", "--layout", "--cluster", "--max-relations"},
                                   {"--no-legend"}});
  if (arguments.positional().size() != 1) throw UsageError("expected exactly one GRAPH file");
  const std::string file = arguments.positional()[0];
  const auto output = arguments.value("-o") ? arguments.value("-o") : arguments.value("--output");
  if (!output || *output == "-") throw UsageError("missing -o FILE.svg|.png|.pdf|.html");
  exporter::RenderFormat format;
  try {
    format = arguments.value("--format") ? exporter::parse_render_format(*arguments.value("--format"))
                                         : exporter::render_format_of(*output);
  } catch (const exporter::ExportError& error) {
    throw UsageError(error.what());
  }
  exporter::ViewFilter filter = read_filter(arguments);
  exporter::RenderOptions options = read_options(arguments);

  // With a focus only its neighbourhood is read; a large file without one
  // only around its best-connected entity (the rest is skipped, not built).
  const auto focus = arguments.value("--focus");
  std::optional<graph::KnowledgeGraph> part;
  std::size_t file_relations = 0;
  bool partial_focus = false;
  if (focus) {
    // Without other filters the cut view comes from the first rings, so a
    // hub's far rings need not be read (with filters they may be needed).
    const bool plain = filter.predicates.empty() && filter.types.empty() && filter.min_confidence <= 0 &&
                       filter.since.empty() && filter.max_relations > 0;
    part = graph::read_graph_neighbourhood(file, *focus, filter.depth, plain ? 10 * filter.max_relations : 0,
                                           partial_focus);
    if (!part) unknown_focus(*focus, file);
  } else if (filter.max_relations > 0 && is_large_graph_file(file)) {
    graph::GraphFilePart core = graph::read_graph_core(file, 10 * filter.max_relations);
    file_relations = core.file_relations;
    part = std::move(core.graph);
  }
  const graph::KnowledgeGraph graph = part ? std::move(*part) : graph::read_graph_file(file);
  if (focus) filter.focus = graph.find(*focus);
  exporter::GraphView view = exporter::select_view(graph, filter);
  if (file_relations > graph.relation_count()) {
    // Only the core was read: the whole file's count tells how much is left out.
    view.matching_relations = file_relations;
    view.capped = view.capped || view.edges.size() < file_relations;
    if (!view.focus && !view.nodes.empty()) {
      const std::vector<std::size_t> degree = graph::degrees(graph);
      view.focus = *std::max_element(view.nodes.begin(), view.nodes.end(),
                                     [&](graph::NodeId a, graph::NodeId b) { return degree[a] < degree[b]; });
    }
  }
  if (view.focus)
    options.title = graph.entity(*view.focus).name + (filter.focus ? ", " + std::to_string(filter.depth) +
                                                                         (filter.depth == 1 ? " hop" : " hops")
                                                                   : std::string(" and its surroundings"));
  if (view.capped) {
    std::cerr << "kg: warning: " << (file_relations ? "the graph's " : partial_focus ? "more than " : "")
              << view.matching_relations
              << (file_relations ? " relations (before filters)" : " relations") << " are too many to draw legibly; drawing "
              << view.edges.size() << " of them around " << graph.entity(*view.focus).name
              << ". Choose with --focus NAME --depth N, --predicate, --type, --min-confidence or --since"
              << " (kg entities " << file << " --limit 10 lists the best connected), or draw all with"
              << " --max-relations 0\n";
    options.title += " (" + std::to_string(view.edges.size()) + " of " + (partial_focus ? "over " : "") +
                     std::to_string(view.matching_relations) + " relations)";
  }
  if (view.edges.empty()) std::cerr << "kg: warning: no relation matches the filters\n";
  exporter::render(graph, view, *output, format, options);
  std::cerr << "kg: wrote " << *output << " (" << view.nodes.size() << " entities, " << view.edges.size()
            << " relations, layout " << exporter::choose_layout(view, options) << ")\n";
  return 0;
}

}  // namespace kg::cli
