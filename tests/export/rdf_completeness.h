#pragma once
// The check that an RDF export holds the whole graph: it is loaded into
// Oxigraph (a SPARQL store; JSON-LD through the jsonld processor first) and
// one SPARQL ASK per entity, alias, merged name, document, statement (with
// its confidence and qualifiers) and evidence record (document, sentence,
// span, extractor, confidence, quote) must be true.

#include <cstddef>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::exporter::testing {

// Where the statement annotations are in the RDF.
enum class RdfShape {
  Quads,      // rdf:Statement nodes; evidence in the named graph of its document (N-Quads, TriG, JSON-LD)
  Triples,    // rdf:Statement nodes; everything in the default graph (N-Triples, Turtle)
  Annotated,  // no rdf:Statement: the edge in a named graph named by the statement IRI (JSON-LD --no-reification)
};

// One export of the graph to check.
struct RdfExport {
  std::string text;
  std::string format;  // ntriples, nquads, turtle, trig, jsonld
  RdfShape shape;
  std::size_t expected_quads = 0;  // checked against the store's size when > 0
};

// Loads each export into its own Oxigraph store (one node process for all)
// and checks every query. Skips (or fails under CI=true) when node or
// oxigraph is missing.
void check_rdf_in_oxigraph(const graph::KnowledgeGraph& graph, const std::vector<RdfExport>& exports);

}  // namespace kg::exporter::testing
