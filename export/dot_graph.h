#pragma once
// Internal to the DOT writer and the renderer (export/*.cpp only): builds the
// styled cgraph graph of a KnowledgeGraph. cgraph's type is only
// forward-declared here, so no Graphviz header leaks out of those two files.

#include <memory>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

struct Agraph_s;  // cgraph's Agraph_t

namespace kg::exporter::detail {

struct AgraphCloser {
  void operator()(Agraph_s* graph) const;  // agclose
};
using AgraphPtr = std::unique_ptr<Agraph_s, AgraphCloser>;

// The digraph "kg": one node per entity named by its Entity::id, created in
// id order (shape and fill by type, label = name, tooltip with aliases and
// mentions), one edge per relation in edge order (label = predicate plus
// time/quantity, pen width 1 + 3 * confidence, tooltip with the evidence
// count, no arrowheads for symmetric predicates) and, with `legend`, a
// "cluster_legend" subgraph with one sample node per entity type present.
// Its I/O discipline makes agwrite(graph, &stream) write to a std::ostream.
// Not thread-safe (cgraph keeps global state). Throws ExportError when
// cgraph fails.
AgraphPtr build_dot_graph(const graph::KnowledgeGraph& graph, bool legend = true);

// What a label or tooltip attribute must hold so that Graphviz shows `text`
// literally: invalid UTF-8 becomes U+FFFD, each backslash is doubled
// (Graphviz reads \N, \n, \l ... in labels as escapes, and cgraph's writer
// does not escape backslashes), '&' becomes "&amp;" (Graphviz decodes HTML
// entities such as "&amp;" in plain labels too), and every control
// character except the newline (a line break) becomes its control picture:
// NUL -> U+2400, TAB -> U+2409, DEL -> U+2421. Names with NUL are thus kept
// whole, not cut. Quotes and '<' are left to cgraph's quoting.
std::string escape_label(std::string_view text);

}  // namespace kg::exporter::detail
