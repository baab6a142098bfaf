#pragma once
// The RDF statements of a graph as one sorted list, shared by the N-Triples,
// N-Quads, Turtle and TriG writers so that all four give the same RDF.

#include <compare>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::exporter::rdf {

// One statement. Every term is in its N-Triples form: "<iri>" or a literal
// ("\"14.7\"^^<http://www.w3.org/2001/XMLSchema#decimal>") already escaped
// per STRING_LITERAL_QUOTE and valid UTF-8.
struct Quad {
  std::string subject;
  std::string predicate;
  std::string object;
  std::string graph_name;  // "<iri>" of the document for evidence; empty for the default graph
  auto operator<=>(const Quad&) const = default;
};

// Terms in N-Triples form, as in the quads: a literal (typed when `xsd_type`,
// e.g. "decimal", is given), the object of an edge (IRI or typed literal),
// an entity's and a document's IRI.
std::string literal_term(std::string_view value, std::string_view xsd_type = {});
std::string object_term(const graph::KnowledgeGraph& graph, graph::EdgeId edge);
std::string entity_term(const graph::Entity& entity);
std::string document_term(std::string_view document_id);
// "<https://w3id.org/kg/ns#name>", the name percent-encoded.
std::string vocabulary_term(std::string_view name);

// Receives (subject, predicate, object, graph_name), each an N-Triples term
// as in Quad; the strings are only valid during the call.
using QuadVisitor = std::function<void(const std::string& subject, const std::string& predicate,
                                       const std::string& object, const std::string& graph_name)>;

// Every statement of rdf_vocabulary.h for `graph`, unsorted and possibly
// repeated, without collecting them (the SPARQL store indexes them as they
// come; collect_quads sorts them for the writers).
void visit_quads(const graph::KnowledgeGraph& graph, const QuadVisitor& visit);

// The statements about one entity (none for a Literal) and about one
// document (its rdf:type, date and language), as visit_quads gives them; a
// document named only by evidence has just its rdf:type.
void visit_entity_quads(const graph::Entity& entity, const QuadVisitor& visit);
void visit_document_quads(const graph::DocumentInfo& document, const QuadVisitor& visit);

// The statements of rdf_vocabulary.h for `graph`, sorted by (subject,
// predicate, object, graph_name) and unique.
std::vector<Quad> collect_quads(const graph::KnowledgeGraph& graph);

}  // namespace kg::exporter::rdf
