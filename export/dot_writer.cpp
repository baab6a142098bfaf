#include <graphviz/cgraph.h>

#include "export/dot_graph.h"
#include "export/exporters.h"

namespace kg::exporter {

void write_dot(const graph::KnowledgeGraph& graph, std::ostream& out) {
  const detail::AgraphPtr dot = detail::build_dot_graph(graph);
  // build_dot_graph's I/O discipline takes the std::ostream as agwrite's channel.
  if (agwrite(dot.get(), &out) != 0 || !out) throw ExportError("export: writing DOT failed");
}

}  // namespace kg::exporter
