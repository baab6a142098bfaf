#pragma once
// The RDF shape shared by the JSON-LD and N-Triples/N-Quads writers: which
// IRI names which node, and the vocabulary terms. Both writers must give the
// same triples; tests/export/jsonld_writer_test.cpp checks that with a real
// JSON-LD processor.
//
//   entity     https://w3id.org/kg/id/<Entity::id>
//              rdf:type schema:Organization|Person|Place|Product, kg:Concept;
//              schema:name; schema:alternateName (alias forms); kg:mentions
//   edge       <subject> kg:<predicate> <object>, or a typed literal object
//              ("14.7"^^xsd:decimal) when the object is a Literal entity
//   document   https://w3id.org/kg/doc/<percent-encoded id>
//              rdf:type kg:Document; schema:datePublished; schema:inLanguage
//   statement  https://w3id.org/kg/stmt/<subject id>/<predicate>/<object id>
//              rdf:type kg:Statement; rdf:subject, rdf:predicate, rdf:object;
//              kg:confidence (xsd:decimal); kg:unit; kg:<qualifier>
//   evidence   <statement>/evidence/<doc>/<sentence>/<begin>-<end>/<extractor>
//              in the named graph of its document (N-Quads):
//              <statement> kg:evidence <evidence>; rdf:type kg:Evidence;
//              kg:document; kg:sentence, kg:start, kg:end (xsd:integer, bytes);
//              kg:extractor; kg:confidence; kg:quote; kg:subjectForm,
//              kg:objectForm; kg:subjectSurface, kg:objectSurface; kg:cue (the word that
//              triggered the extractor, when known); kg:<qualifier>
//
// No blank nodes: every node has an IRI derived from its content, so the same
// graph always gives the same triples.

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::exporter::rdf {

inline constexpr std::string_view kSchema = "https://schema.org/";
inline constexpr std::string_view kVocabulary = "https://w3id.org/kg/ns#";
inline constexpr std::string_view kEntityBase = "https://w3id.org/kg/id/";
inline constexpr std::string_view kDocumentBase = "https://w3id.org/kg/doc/";
inline constexpr std::string_view kStatementBase = "https://w3id.org/kg/stmt/";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";

// The prefixes of the Turtle, TriG and JSON-LD exports.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kPrefixes{{
    {"rdf", kRdf},
    {"xsd", kXsd},
    {"schema", kSchema},
    {"kg", kVocabulary},
    {"entity", kEntityBase},
    {"doc", kDocumentBase},
    {"stmt", kStatementBase},
}};

// The prefixes every SPARQL query may use without declaring them: the
// exports' and rdfs:, prov:.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kQueryPrefixes{{
    {"rdf", kRdf},
    {"rdfs", kRdfs},
    {"xsd", kXsd},
    {"schema", kSchema},
    {"prov", kProv},
    {"kg", kVocabulary},
    {"entity", kEntityBase},
    {"doc", kDocumentBase},
    {"stmt", kStatementBase},
}};

// Digits after the point of every confidence in the RDF formats.
inline constexpr int kConfidenceDecimals = 3;

// A confidence as the lexical form of its xsd:decimal ("0.82"); clamped to
// [0, 1], NaN as 0.
std::string confidence_literal(double confidence);

// The suffixes after the bases above; the JSON-LD writer uses them as compact
// IRIs ("entity:Organization/Nokia"), the N-Triples writer prepends the base.
std::string entity_suffix(const graph::Entity& entity);
std::string document_suffix(std::string_view document_id);
std::string statement_suffix(const graph::KnowledgeGraph& graph, graph::EdgeId edge);
std::string evidence_suffix(const graph::KnowledgeGraph& graph, graph::EdgeId edge,
                            const graph::Evidence& evidence);
// statement_suffix appended to `out`; evidence_suffix appended to `out`,
// given the statement_suffix of its edge (the writers reuse it per edge).
void append_statement_suffix(std::string& out, const graph::KnowledgeGraph& graph, graph::EdgeId edge);
void append_evidence_suffix(std::string& out, std::string_view statement_suffix, const graph::Evidence& evidence);
// The hash of the evidence's subject and object forms that ends its suffix
// (as 8 lower-case hex digits).
std::uint32_t evidence_names_hash(const graph::Evidence& evidence);
// The local name of a qualifier or predicate under kVocabulary ("partner-of").
// A merged name of an entity (Alias::reason other than "mention"), as a node
// carrying kg:form and kg:reason: "<entity>/alias/<percent-encoded form>".
std::string alias_suffix(const graph::Entity& entity, const graph::Alias& alias);
std::string vocabulary_suffix(std::string_view name);

// The class of a non-literal entity: "schema:Organization", ..., "kg:Concept"
// as a compact IRI with the prefixes "schema" and "kg".
std::string_view type_compact_iri(graph::EntityType type);

// The qualifier values of a statement node: the relation's qualifiers plus
// the unit of a Literal object under "unit"; by key, values sorted, unique.
std::map<std::string, std::vector<std::string>> statement_qualifiers(
    const graph::KnowledgeGraph& graph, graph::EdgeId edge);

// The document ids of graph.documents() and of every evidence record, sorted, unique.
std::vector<std::string> document_ids(const graph::KnowledgeGraph& graph);

// Whether the object of `edge` is written as a typed literal, not as a node.
bool has_literal_object(const graph::KnowledgeGraph& graph, graph::EdgeId edge);
// The datatype of a Literal entity's value: "decimal" when its name is a
// decimal number, "" (plain xsd:string) otherwise.
std::string_view literal_datatype(const graph::Entity& literal);

}  // namespace kg::exporter::rdf
