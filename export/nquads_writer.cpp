// N-Triples and N-Quads: the quads of rdf_quads.h, one per line, sorted
// bytewise and unique, so the same graph gives the same bytes.

#include <algorithm>
#include <string>
#include <vector>

#include "export/exporters.h"
#include "export/rdf_quads.h"

namespace kg::exporter {
namespace {

void write_rdf(const graph::KnowledgeGraph& graph, bool named_graphs, std::ostream& out) {
  std::vector<std::string> lines;
  for (const rdf::Quad& quad : rdf::collect_quads(graph)) {
    std::string line = quad.subject + ' ' + quad.predicate + ' ' + quad.object;
    if (named_graphs && !quad.graph_name.empty()) line += ' ' + quad.graph_name;
    line += " .\n";
    lines.push_back(std::move(line));
  }
  // Lines, not quads, are sorted: that is the order the format is diffed in.
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  for (const std::string& line : lines) out << line;
  if (!out) throw ExportError("export: writing RDF failed");
}

}  // namespace

void write_ntriples(const graph::KnowledgeGraph& graph, std::ostream& out) { write_rdf(graph, false, out); }

void write_nquads(const graph::KnowledgeGraph& graph, std::ostream& out) { write_rdf(graph, true, out); }

}  // namespace kg::exporter
