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

struct RenderOptions {
  std::string layout;  // Graphviz engine; empty chooses by size ("dot" when small, "sfdp" beyond)
};

// Lays out and renders through gvc into `path`; the format follows the
// extension (.svg, .png). Written atomically. Throws ExportError.
void render(const graph::KnowledgeGraph& graph, const std::filesystem::path& path,
            const RenderOptions& options = {});

}  // namespace kg::exporter
