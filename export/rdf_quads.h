#pragma once
// The RDF statements of a graph, produced one at a time and never collected:
// the N-Triples, N-Quads, Turtle and TriG writers and the SPARQL store all
// read this one stream, so they cannot disagree on the RDF, and none of them
// holds more than one entity's or one statement's terms at a time.

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::exporter::rdf {

// Terms in N-Triples form: a literal (typed when `xsd_type`, e.g. "decimal",
// is given; escaped per STRING_LITERAL_QUOTE, valid UTF-8), the object of an
// edge (IRI or typed literal), an entity's and a document's IRI.
std::string literal_term(std::string_view value, std::string_view xsd_type = {});
std::string object_term(const graph::KnowledgeGraph& graph, graph::EdgeId edge);
std::string entity_term(const graph::Entity& entity);
std::string document_term(std::string_view document_id);
// "<https://w3id.org/kg/ns#name>", the name percent-encoded.
std::string vocabulary_term(std::string_view name);

// Receives the statements of a QuadEmitter. Every term is in its N-Triples
// form: "<iri>" or a literal ("\"14.7\"^^<http://www.w3.org/2001/XMLSchema#decimal>");
// `graph_name` is the "<iri>" of a document for evidence, empty for the
// default graph. The views are valid only during the call.
class QuadSink {
 public:
  virtual ~QuadSink() = default;
  virtual void quad(std::string_view subject, std::string_view predicate, std::string_view object,
                    std::string_view graph_name) = 0;
};

// Produces the statements of rdf_vocabulary.h for a graph, piece by piece.
// Each call hands its statements to the sink grouped by subject and, within
// a subject, by predicate. Calling entity() for every node, documents()
// once, and statement() and evidence() for every edge (in any interleaving)
// yields every statement exactly once: no quad repeats, within a call or
// across calls. Memory: the scratch terms of one entity or one statement,
// plus, in documents(), one view per distinct document id.
class QuadEmitter {
 public:
  QuadEmitter(const graph::KnowledgeGraph& graph, QuadSink& sink);

  // The entity's type, names, alias links and mentions, the edges it is the
  // subject of, then its merged-name (alias) nodes. A Literal entity has
  // only its edges, should it be a subject.
  void entity(graph::NodeId node);
  // The statements about `entity` itself, without its edges: type, names,
  // alias links, mentions and its merged-name nodes (none for a Literal).
  void entity_own(const graph::Entity& entity);
  // Every document (of graph.documents() and of the evidence): type, date, language.
  void documents();
  // One document: its type, and its date and language when known.
  void document(const graph::DocumentInfo& document);
  // The statement node of `edge` (rdf:Statement, rdf:subject/predicate/object,
  // confidence, qualifiers), in the default graph.
  void statement(graph::EdgeId edge);
  // The evidence of `edge`, each record in the named graph of its document:
  // per document, the statement's kg:evidence links, then the evidence nodes.
  void evidence(graph::EdgeId edge);
  // Everything: every entity, the documents, then per edge its statement
  // followed by its evidence.
  void all();

 private:
  const std::string& vocabulary(std::string_view name);
  const std::string& literal(std::string_view value, std::string_view xsd_type = {});
  const std::string& integer(std::size_t value);
  void set_edge(graph::EdgeId edge);
  void names(const graph::Entity& entity);        // type, names, alias links, mentions of subject_
  void alias_nodes(const graph::Entity& entity);  // the merged-name nodes of subject_
  const std::string& alias_iri(const graph::Alias& alias);
  void emit(std::string_view subject, std::string_view predicate, std::string_view object,
            std::string_view graph_name = {}) {
    sink_.quad(subject, predicate, object, graph_name);
  }

  const graph::KnowledgeGraph& graph_;
  QuadSink& sink_;
  std::map<std::string, std::string, std::less<>> vocabulary_;  // local name -> "<kg:name>"
  std::string type_, rdf_subject_, rdf_predicate_, rdf_object_, name_, alternate_name_, date_published_, in_language_;
  std::string class_iris_[6];  // by EntityType
  std::string literal_, subject_, object_, statement_suffix_, statement_, document_, node_;
  std::vector<std::string> literal_objects_, evidence_nodes_;
  graph::EdgeId edge_ = 0;
  bool have_edge_ = false;
};

// Every statement of rdf_vocabulary.h for `graph`, each exactly once, in the
// order of QuadEmitter::all(), without collecting them (the SPARQL store
// indexes them as they come). The strings are only valid during the call.
using QuadVisitor = std::function<void(const std::string& subject, const std::string& predicate,
                                       const std::string& object, const std::string& graph_name)>;
void visit_quads(const graph::KnowledgeGraph& graph, const QuadVisitor& visit);

// The statements about one entity (none for a Literal) and about one
// document (its rdf:type, date and language), as visit_quads gives them; a
// document named only by evidence has just its rdf:type. For the SPARQL
// store, which derives the statement and evidence nodes itself.
void visit_entity_quads(const graph::Entity& entity, const QuadVisitor& visit);
void visit_document_quads(const graph::DocumentInfo& document, const QuadVisitor& visit);

}  // namespace kg::exporter::rdf
