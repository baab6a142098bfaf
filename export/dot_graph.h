#pragma once
// Internal to the DOT writer and the renderer (export/*.cpp only): builds the
// styled cgraph graph of a KnowledgeGraph. cgraph's type is only
// forward-declared here, so no Graphviz header leaks out of those two files.

#include <memory>
#include <string>
#include <string_view>

#include "export/exporters.h"
#include "export/graph_view.h"
#include "graph/knowledge_graph.h"

struct Agraph_s;  // cgraph's Agraph_t

namespace kg::exporter::detail {

struct AgraphCloser {
  void operator()(Agraph_s* graph) const;  // agclose
};
using AgraphPtr = std::unique_ptr<Agraph_s, AgraphCloser>;

// How build_dot_graph draws.
struct DrawStyle {
  enum class Legend {
    None,
    Cluster,  // a "cluster_legend" subgraph with one sample node per entity type (dot and fdp only)
    Label,    // the graph's label: a table of the types' colours and of the edge styles (every engine)
  };
  Legend legend = Legend::Cluster;
  Clustering clustering = Clustering::None;
  bool element_ids = false;  // id="n<NodeId>" / "e<EdgeId>" on nodes and edges (SVG element ids)
  std::string title;         // shown above the Label legend
};

// The digraph "kg" of the entities and relations in `view`: one node per
// entity named by its Entity::id, created in id order (shape and fill by
// type, label = name, tooltip with aliases and mentions; the view's focus
// drawn with a thick border), one edge per relation in edge order (label =
// predicate plus time, quantity and source, pen width 0.8 + 2.2 * confidence,
// dashed when reported by a source, tooltip with the evidence count, no
// arrowheads for symmetric predicates), the legend of `style`, and with
// Clustering::Type or Document one "cluster_…" subgraph per type or per
// document (each entity in the document where most of its drawn evidence
// is). Its I/O discipline makes agwrite(graph, &stream) write to a
// std::ostream. Not thread-safe (cgraph keeps global state). Throws
// ExportError when cgraph fails.
AgraphPtr build_dot_graph(const graph::KnowledgeGraph& graph, const GraphView& view, const DrawStyle& style);
// The whole graph with the Cluster legend (or none): what write_dot writes.
AgraphPtr build_dot_graph(const graph::KnowledgeGraph& graph, bool legend = true);

// Turns every edge's label into an external label (xlabel), which Graphviz
// places after the layout where it covers no node and no other label; the
// force-directed engines otherwise put labels on the edges' midpoints,
// whatever lies there.
void move_edge_labels_aside(Agraph_s* graph);

// The edge label: the predicate, then on a second line the time, quantity
// and unit, and the reporting source ("shipped\n2017-Q1, 3.6 million units, IDC").
std::string edge_label(const graph::Relation& relation);
// Whether the relation was reported by someone else (the extractor's `modality: reported`, said by a
// speaker, or a `source` qualifier, "laut IDC"), not asserted by the text.
bool is_reported(const graph::Relation& relation);

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
