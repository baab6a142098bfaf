#pragma once
// The exporters: one function per format over a built graph. Every writer
// except DOT streams: it writes entity by entity and statement by statement
// in node and edge id order (already sorted), holding no more than one
// entity's or statement's text at a time, so memory does not grow with the
// number of statements and the same graph always gives byte-identical output.

#include <filesystem>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace kg::exporter {

// A failure of an exporter or renderer; the message starts with "export: ".
class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class GraphFormat { Cypher, Dot, GraphMl, JsonLd, Neo4jCsv, NQuads, NTriples, TriG, Turtle };

// "cypher", "dot", "graphml", "jsonld", "neo4j-csv", "nquads", "ntriples", "trig", "turtle".
// Throws ExportError listing the valid names.
GraphFormat parse_graph_format(std::string_view name);

// Graphviz DOT built through cgraph: shape/colour by type, edge label =
// predicate, pen width by confidence, tooltips with evidence counts, legend.
void write_dot(const graph::KnowledgeGraph& graph, std::ostream& out);
// The JSON-LD document forms of the JSON-LD 1.1 API.
enum class JsonLdForm {
  Compact,    // inline @context, terms, compact IRIs, aliases and evidence embedded
  Expanded,   // no context, full IRIs, every value an array of value/node objects
  Flattened,  // as Compact, but no node embedded in another (references by @id)
};

struct JsonLdOptions {
  JsonLdForm form = JsonLdForm::Compact;
  // true: every relation also as an rdf:Statement node (rdf:subject,
  // rdf:predicate, rdf:object) carrying confidence, qualifiers and evidence,
  // as in N-Quads. false: no reified nodes; the edge sits in a named graph
  // named by the statement IRI, and the annotations describe that graph.
  bool reified_statements = true;
};

// JSON-LD 1.1 (see export/jsonld_writer.cpp for the shapes); streamed.
void write_jsonld(const graph::KnowledgeGraph& graph, std::ostream& out, const JsonLdOptions& options = {});
// N-Triples: entity triples, direct edges and reified statement nodes, in the
// order of rdf::QuadEmitter::all() (export/rdf_quads.h); no line repeats.
void write_ntriples(const graph::KnowledgeGraph& graph, std::ostream& out);
// N-Quads: as N-Triples, each statement's evidence in the named graph of its document.
void write_nquads(const graph::KnowledgeGraph& graph, std::ostream& out);
// Turtle: the triples of write_ntriples with the JSON-LD prefixes, each
// subject's run of triples grouped (";", ","); prefixed names only where the
// local part is plain.
void write_turtle(const graph::KnowledgeGraph& graph, std::ostream& out);
// TriG: the quads of write_nquads; the default graph in one block, then the
// evidence of each statement in a block per document (a document's graph
// may thus have several blocks, which TriG merges).
void write_trig(const graph::KnowledgeGraph& graph, std::ostream& out);
// GraphML: directed, node id = Entity::id, typed keys for the node and edge
// properties (see export/graphml_writer.cpp); XML-illegal characters become U+FFFD.
void write_graphml(const graph::KnowledgeGraph& graph, std::ostream& out);
// Neo4j bulk-import CSV (neo4j-admin database import full --nodes=nodes.csv
// --relationships=relationships.csv --multiline-fields=true): one row per
// entity and per relation, typed headers, ';' between array elements (see
// export/neo4j_csv_writer.cpp for the columns); streamed.
inline constexpr char kNeo4jArrayDelimiter = ';';
void write_neo4j_csv(const graph::KnowledgeGraph& graph, std::ostream& nodes, std::ostream& relationships);
// Cypher: uniqueness constraints, then one idempotent MERGE per entity and
// per relation with the properties of the Neo4j CSV; runs in Neo4j
// (cypher-shell -f) and, without the constraint lines, in Kùzu; streamed.
void write_cypher(const graph::KnowledgeGraph& graph, std::ostream& out);
// Dispatches on `format`. Neo4jCsv writes two files: use write_neo4j_csv
// (throws ExportError here).
// `jsonld` applies to GraphFormat::JsonLd only.
void write_graph(const graph::KnowledgeGraph& graph, GraphFormat format, std::ostream& out,
                 const JsonLdOptions& jsonld = {});

struct GraphView;  // export/graph_view.h

// Groups of entities drawn as boxes.
enum class Clustering { None, Type, Document };
enum class RenderFormat { Svg, Png, Pdf, Html };

// "svg", "png", "pdf", "html"; throws ExportError listing the valid names.
RenderFormat parse_render_format(std::string_view name);
// The format of a file name's extension (.svg, .png, .pdf, .html, .htm; any
// case); throws ExportError naming the path and the valid extensions.
RenderFormat render_format_of(const std::filesystem::path& path);

struct RenderOptions {
  std::string layout;  // Graphviz engine; empty chooses by size (see choose_layout)
  Clustering clustering = Clustering::None;
  bool legend = true;
  std::string title;  // a line above the legend ("Xiaomi, 2 hops")
};

// The Graphviz engine for `view`: options.layout when given; else "dot" up
// to kMaxRelationsForDot relations (dot's time grows steeply with labelled
// edges) and for clusters at any size (labels then beside the edges),
// "neato" up to kMaxRelationsForNeato and "sfdp" beyond, both with overlap
// removal.
inline constexpr std::size_t kMaxRelationsForDot = 150;
inline constexpr std::size_t kMaxRelationsForNeato = 400;
std::string choose_layout(const GraphView& view, const RenderOptions& options);

// Lays out `view` of `graph` and renders it through gvc (in-process) into
// `path` as `format`: SVG, PNG, PDF, or the interactive HTML page of
// write_html. Written atomically. Throws ExportError.
void render(const graph::KnowledgeGraph& graph, const GraphView& view, const std::filesystem::path& path,
            RenderFormat format, const RenderOptions& options = {});
// The whole graph, the format chosen by the extension of `path`.
void render(const graph::KnowledgeGraph& graph, const std::filesystem::path& path,
            const RenderOptions& options = {});

// The drawing of `view` as bytes of an SVG, PNG or PDF file (not Html).
std::string render_bytes(const graph::KnowledgeGraph& graph, const GraphView& view, RenderFormat format,
                         const RenderOptions& options);

// One self-contained HTML page (no network at view time): the SVG drawing of
// `view` inline, the entities and relations of the view as JSON (names,
// aliases, statements, qualifiers, evidence sentences), and a small script
// for pan and zoom, search by name or alias, and a side panel that shows an
// entity's aliases and statements or a statement's evidence on click.
// Everything embedded is escaped for its context. Throws ExportError.
void write_html(const graph::KnowledgeGraph& graph, const GraphView& view, std::ostream& out,
                const RenderOptions& options = {});

}  // namespace kg::exporter
