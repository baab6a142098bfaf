// The RDF statements of a graph (the shape of rdf_vocabulary.h) as quads of
// N-Triples terms; the N-Triples, N-Quads, Turtle and TriG writers all format
// this one list, so they cannot disagree on the RDF.

#include "export/rdf_quads.h"

#include <algorithm>

#include "export/exporters.h"
#include "export/rdf_vocabulary.h"
#include "export/text_encoding.h"

namespace kg::exporter::rdf {
namespace {

using graph::EdgeId;
using graph::Entity;
using graph::EntityType;
using graph::KnowledgeGraph;
using graph::NodeId;

std::string iri(std::string_view base, std::string_view suffix) {
  std::string text = "<";
  text += base;
  text += suffix;
  text += '>';
  return text;
}

std::string vocabulary(std::string_view name) { return iri(kVocabulary, vocabulary_suffix(name)); }
std::string schema(std::string_view name) { return iri(kSchema, name); }
std::string rdf_term(std::string_view name) { return iri(kRdf, name); }

// IRIs from compact "schema:X" / "kg:X" (type_compact_iri).
std::string expand(std::string_view compact) {
  const std::size_t colon = compact.find(':');
  const std::string_view prefix = compact.substr(0, colon), local = compact.substr(colon + 1);
  return iri(prefix == "schema" ? kSchema : kVocabulary, local);
}

// STRING_LITERAL_QUOTE in the canonical form of RDF 1.2 N-Triples: ECHAR for
// " \ BS TAB LF FF CR, UCHAR for the other controls (NUL included) and DEL,
// UTF-8 otherwise. JSON-LD processors (jsonld.js) print the same form.
std::string literal(std::string_view value, std::string_view xsd_type = {}) {
  const std::string text = to_valid_utf8(value);
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (byte < 0x20 || byte == 0x7F) {
          constexpr std::string_view kHex = "0123456789ABCDEF";
          out += "\\u00";
          out += kHex[byte >> 4];
          out += kHex[byte & 0x0F];
        } else {
          out += c;
        }
    }
  }
  out += '"';
  if (!xsd_type.empty()) out += "^^" + iri(kXsd, xsd_type);
  return out;
}

// Hands each statement to the visitor; `graph_name` is empty for the default graph.
class QuadSink {
 public:
  explicit QuadSink(const QuadVisitor& visit) : visit_(visit) {}
  void add(const std::string& subject, const std::string& predicate, const std::string& object,
           const std::string& graph_name = {}) {
    visit_(subject, predicate, object, graph_name);
  }

 private:
  const QuadVisitor& visit_;
};

std::string entity_iri(const Entity& entity) { return iri(kEntityBase, entity_suffix(entity)); }
std::string document_iri(std::string_view id) { return iri(kDocumentBase, document_suffix(id)); }

// The object of an edge: the node's IRI or the Literal's typed value.
std::string edge_object(const KnowledgeGraph& graph, EdgeId edge) {
  const Entity& object = graph.entity(graph.object(edge));
  if (has_literal_object(graph, edge)) return literal(object.name, literal_datatype(object));
  return entity_iri(object);
}

void add_entity(const Entity& entity, QuadSink& quads) {
  if (entity.type == EntityType::Literal) return;  // written as typed literals
  const std::string type = rdf_term("type");
  const std::string subject = entity_iri(entity);
  quads.add(subject, type, expand(type_compact_iri(entity.type)));
  quads.add(subject, schema("name"), literal(entity.name));
  for (const graph::Alias& alias : entity.aliases) {
    quads.add(subject, schema("alternateName"), literal(alias.form));
    if (alias.reason == "mention") continue;
    // Why a name was merged into this entity.
    const std::string merged = iri(kEntityBase, alias_suffix(entity, alias));
    quads.add(subject, vocabulary("alias"), merged);
    quads.add(merged, type, vocabulary("Alias"));
    quads.add(merged, vocabulary("form"), literal(alias.form));
    quads.add(merged, vocabulary("reason"), literal(alias.reason));
  }
  quads.add(subject, vocabulary("mentions"), literal(std::to_string(entity.mentions), "integer"));
}

void add_entities(const KnowledgeGraph& graph, QuadSink& quads) {
  for (NodeId node = 0; node < graph.entity_count(); ++node) add_entity(graph.entity(node), quads);
}

void add_document(const graph::DocumentInfo& document, QuadSink& quads) {
  if (!document.date.empty()) quads.add(document_iri(document.id), schema("datePublished"), literal(document.date));
  if (!document.lang.empty()) quads.add(document_iri(document.id), schema("inLanguage"), literal(document.lang));
}

void add_documents(const KnowledgeGraph& graph, QuadSink& quads) {
  for (const std::string& id : document_ids(graph))
    quads.add(document_iri(id), rdf_term("type"), vocabulary("Document"));
  for (const graph::DocumentInfo& document : graph.documents()) add_document(document, quads);
}

void add_evidence(const KnowledgeGraph& graph, EdgeId edge, const std::string& statement,
                  const graph::Evidence& evidence, QuadSink& quads) {
  const std::string node = iri(kStatementBase, evidence_suffix(graph, edge, evidence));
  const std::string in = document_iri(evidence.doc);
  quads.add(statement, vocabulary("evidence"), node, in);
  quads.add(node, rdf_term("type"), vocabulary("Evidence"), in);
  quads.add(node, vocabulary("document"), document_iri(evidence.doc), in);
  quads.add(node, vocabulary("sentence"), literal(std::to_string(evidence.sentence), "integer"), in);
  quads.add(node, vocabulary("start"), literal(std::to_string(evidence.span.begin), "integer"), in);
  quads.add(node, vocabulary("end"), literal(std::to_string(evidence.span.end), "integer"), in);
  quads.add(node, vocabulary("extractor"), literal(evidence.extractor), in);
  quads.add(node, vocabulary("confidence"),
            literal(confidence_literal(evidence.confidence), "decimal"), in);
  if (!evidence.quote.empty()) quads.add(node, vocabulary("quote"), literal(evidence.quote), in);
  if (!evidence.subject_form.empty())
    quads.add(node, vocabulary("subjectForm"), literal(evidence.subject_form), in);
  if (!evidence.object_form.empty())
    quads.add(node, vocabulary("objectForm"), literal(evidence.object_form), in);
  if (!evidence.subject_surface.empty())
    quads.add(node, vocabulary("subjectSurface"), literal(evidence.subject_surface), in);
  if (!evidence.object_surface.empty())
    quads.add(node, vocabulary("objectSurface"), literal(evidence.object_surface), in);
  for (const auto& [key, value] : evidence.qualifiers) quads.add(node, vocabulary(key), literal(value), in);
}

void add_relations(const KnowledgeGraph& graph, QuadSink& quads) {
  for (EdgeId edge = 0; edge < graph.relation_count(); ++edge) {
    const graph::Relation& relation = graph.relation(edge);
    const std::string subject = entity_iri(graph.entity(graph.subject(edge)));
    const std::string predicate = vocabulary(relation.predicate);
    const std::string object = edge_object(graph, edge);
    quads.add(subject, predicate, object);

    const std::string statement = iri(kStatementBase, statement_suffix(graph, edge));
    quads.add(statement, rdf_term("type"), vocabulary("Statement"));
    quads.add(statement, rdf_term("subject"), subject);
    quads.add(statement, rdf_term("predicate"), predicate);
    quads.add(statement, rdf_term("object"), object);
    quads.add(statement, vocabulary("confidence"),
              literal(confidence_literal(relation.confidence), "decimal"));
    for (const auto& [key, values] : statement_qualifiers(graph, edge))
      for (const std::string& value : values) quads.add(statement, vocabulary(key), literal(value));
    for (const graph::Evidence& evidence : relation.evidence)
      add_evidence(graph, edge, statement, evidence, quads);
  }
}

}  // namespace

std::string literal_term(std::string_view value, std::string_view xsd_type) { return literal(value, xsd_type); }
std::string object_term(const KnowledgeGraph& graph, EdgeId edge) { return edge_object(graph, edge); }
std::string entity_term(const Entity& entity) { return entity_iri(entity); }
std::string document_term(std::string_view document_id) { return document_iri(document_id); }

std::string vocabulary_term(std::string_view name) { return vocabulary(name); }

void visit_entity_quads(const Entity& entity, const QuadVisitor& visit) {
  QuadSink sink(visit);
  add_entity(entity, sink);
}

void visit_document_quads(const graph::DocumentInfo& document, const QuadVisitor& visit) {
  QuadSink sink(visit);
  sink.add(document_iri(document.id), rdf_term("type"), vocabulary("Document"));
  add_document(document, sink);
}

void visit_quads(const KnowledgeGraph& graph, const QuadVisitor& visit) {
  QuadSink sink(visit);
  add_entities(graph, sink);
  add_documents(graph, sink);
  add_relations(graph, sink);
}

std::vector<Quad> collect_quads(const KnowledgeGraph& graph) {
  std::vector<Quad> quads;
  visit_quads(graph, [&](const std::string& subject, const std::string& predicate, const std::string& object,
                         const std::string& graph_name) {
    quads.push_back({subject, predicate, object, graph_name});
  });
  std::sort(quads.begin(), quads.end());
  quads.erase(std::unique(quads.begin(), quads.end()), quads.end());
  return quads;
}

}  // namespace kg::exporter::rdf
