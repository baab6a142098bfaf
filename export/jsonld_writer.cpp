// JSON-LD 1.1, streamed. The shape (see rdf_vocabulary.h for the triples):
//
//   {"@context": {prefixes, type and property terms},
//    "@graph": [
//      {"@id": "entity:Organization/Nokia", "@type": "Organization",
//       "name": "Nokia", "alternateName": [...], "mentions": "12",
//       "licenses-to": ["entity:Organization/HMD%20Global"],
//       "market-share": "14.7"},
//      {"@id": "doc:dev-001", "@type": "Document", "datePublished": "2017-07",
//       "inLanguage": "de",
//       "@graph": [{"@id": "stmt:...", "evidence": [{"@id": "stmt:.../evidence/...",
//                   "@type": "Evidence", "document": "doc:dev-001", ...}]}]},
//      {"@id": "stmt:...", "@type": "Statement", "subject": ..., "predicate":
//       "kg:licenses-to", "object": ..., "confidence": "0.82", "kg:time": "2017"}]}
//
// Numbers are strings coerced by the context (or typed value objects), so a
// JSON-LD processor emits exactly the lexical forms of the N-Quads writer.

#include <map>
#include <string>
#include <vector>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "export/exporters.h"
#include "export/rdf_vocabulary.h"
#include "export/text_encoding.h"
#include "extract/predicates.h"

namespace kg::exporter {
namespace {

using graph::EdgeId;
using graph::Entity;
using graph::EntityType;
using graph::Evidence;
using graph::KnowledgeGraph;
using graph::NodeId;

// How the context coerces a term's string values.
enum class Coercion { None, Id, Decimal };

// rapidjson::Writer whose every call is checked: a false result (a broken
// stream or a nesting bug) becomes an ExportError.
class JsonStream {
 public:
  explicit JsonStream(std::ostream& out) : wrapper_(out), writer_(wrapper_) {}

  void key(std::string_view name) { check(writer_.Key(name.data(), size(name))); }
  void string(std::string_view text) {
    const std::string valid = to_valid_utf8(text);
    check(writer_.String(valid.data(), size(valid)));
  }
  void member(std::string_view name, std::string_view text) { key(name), string(text); }
  void start_object() { check(writer_.StartObject()); }
  void end_object() { check(writer_.EndObject()); }
  void start_array() { check(writer_.StartArray()); }
  void end_array() { check(writer_.EndArray()); }
  void number(double value) { check(writer_.Double(value)); }

  void finish(std::ostream& out) {
    if (!writer_.IsComplete()) throw ExportError("export: JSON-LD document left incomplete");
    wrapper_.Flush();
    if (!out) throw ExportError("export: writing JSON-LD failed");
  }

 private:
  static rapidjson::SizeType size(std::string_view text) {
    return static_cast<rapidjson::SizeType>(text.size());
  }
  static void check(bool ok) {
    if (!ok) throw ExportError("export: JSON-LD writer refused a value (stream failed or nesting broken)");
  }

  rapidjson::OStreamWrapper wrapper_;
  rapidjson::Writer<rapidjson::OStreamWrapper> writer_;
};

std::string entity_id(const Entity& entity) { return "entity:" + rdf::entity_suffix(entity); }
std::string document_id(std::string_view id) { return "doc:" + rdf::document_suffix(id); }

void write_term(JsonStream& json, std::string_view term, std::string_view iri, std::string_view type) {
  json.key(term);
  json.start_object();
  json.member("@id", iri);
  json.member("@type", type);
  json.end_object();
}

void write_context(JsonStream& json) {
  json.key("@context");
  json.start_object();
  json.key("@version");
  json.number(1.1);
  json.member("rdf", rdf::kRdf);
  json.member("xsd", rdf::kXsd);
  json.member("schema", rdf::kSchema);
  json.member("kg", rdf::kVocabulary);
  json.member("entity", rdf::kEntityBase);
  json.member("doc", rdf::kDocumentBase);
  json.member("stmt", rdf::kStatementBase);
  for (const EntityType type : {EntityType::Organization, EntityType::Person, EntityType::Location,
                                EntityType::Product, EntityType::Concept})
    json.member(extract::to_string(type), rdf::type_compact_iri(type));
  json.member("Document", "kg:Document");
  json.member("Statement", "kg:Statement");
  json.member("Evidence", "kg:Evidence");
  json.member("Alias", "kg:Alias");
  write_term(json, "alias", "kg:alias", "@id");
  json.member("form", "kg:form");
  json.member("reason", "kg:reason");
  json.member("name", "schema:name");
  json.member("alternateName", "schema:alternateName");
  json.member("datePublished", "schema:datePublished");
  json.member("inLanguage", "schema:inLanguage");
  write_term(json, "mentions", "kg:mentions", "xsd:integer");
  write_term(json, "subject", "rdf:subject", "@id");
  write_term(json, "predicate", "rdf:predicate", "@id");
  write_term(json, "object", "rdf:object", "@id");
  write_term(json, "confidence", "kg:confidence", "xsd:decimal");
  write_term(json, "evidence", "kg:evidence", "@id");
  write_term(json, "document", "kg:document", "@id");
  write_term(json, "sentence", "kg:sentence", "xsd:integer");
  write_term(json, "start", "kg:start", "xsd:integer");
  write_term(json, "end", "kg:end", "xsd:integer");
  json.member("extractor", "kg:extractor");
  json.member("quote", "kg:quote");
  json.member("subjectForm", "kg:subjectForm");
  json.member("objectForm", "kg:objectForm");
  json.member("subjectSurface", "kg:subjectSurface");
  json.member("objectSurface", "kg:objectSurface");
  for (const extract::PredicateInfo& predicate : extract::predicates())
    write_term(json, predicate.name, "kg:" + rdf::vocabulary_suffix(predicate.name),
               predicate.literal_object ? "xsd:decimal" : "@id");
  json.end_object();
}

// The key of a predicate on its subject node and how its values are coerced;
// predicates outside SCHEMA.md have no term and are written as compact IRIs.
std::pair<std::string, Coercion> predicate_key(std::string_view predicate) {
  if (const extract::PredicateInfo* info = extract::find_predicate(predicate))
    return {std::string(info->name), info->literal_object ? Coercion::Decimal : Coercion::Id};
  return {"kg:" + rdf::vocabulary_suffix(predicate), Coercion::None};
}

// The object of `edge` under a key with `coercion`: a node reference or a
// (typed) literal.
void write_object(JsonStream& json, const KnowledgeGraph& graph, EdgeId edge, Coercion coercion) {
  const Entity& object = graph.entity(graph.object(edge));
  if (!rdf::has_literal_object(graph, edge)) {
    if (coercion == Coercion::Id) return json.string(entity_id(object));
    json.start_object();
    json.member("@id", entity_id(object));
    return json.end_object();
  }
  const bool decimal = rdf::literal_datatype(object) == "decimal";
  if (coercion == Coercion::Decimal && decimal) return json.string(object.name);
  json.start_object();
  json.member("@value", object.name);
  if (decimal) json.member("@type", "xsd:decimal");
  json.end_object();
}

void write_strings(JsonStream& json, std::string_view key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  json.key(key);
  if (values.size() == 1) return json.string(values.front());
  json.start_array();
  for (const std::string& value : values) json.string(value);
  json.end_array();
}

void write_entity(JsonStream& json, const KnowledgeGraph& graph, NodeId node) {
  const Entity& entity = graph.entity(node);
  const std::vector<EdgeId> edges = graph.out_edges(node);
  // A Literal is a value, not a node; it only gets an @id should it ever be a subject.
  const bool literal = entity.type == EntityType::Literal;
  if (literal && edges.empty()) return;
  json.start_object();
  json.member("@id", entity_id(entity));
  if (!literal) {
    json.member("@type", extract::to_string(entity.type));
    json.member("name", entity.name);
    std::vector<std::string> forms;
    for (const graph::Alias& alias : entity.aliases) forms.push_back(alias.form);
    write_strings(json, "alternateName", forms);
    bool merged_any = false;
    for (const graph::Alias& alias : entity.aliases) {
      if (alias.reason == "mention") continue;
      if (!merged_any) {
        json.key("alias");
        json.start_array();
        merged_any = true;
      }
      json.start_object();
      json.member("@id", "entity:" + rdf::alias_suffix(entity, alias));
      json.member("@type", "Alias");
      json.member("form", alias.form);
      json.member("reason", alias.reason);
      json.end_object();
    }
    if (merged_any) json.end_array();
    json.member("mentions", std::to_string(entity.mentions));
  }
  // Out-edges are sorted by (predicate, object): one key per run of a predicate.
  for (std::size_t first = 0; first < edges.size();) {
    const std::string& predicate = graph.relation(edges[first]).predicate;
    std::size_t last = first;
    while (last < edges.size() && graph.relation(edges[last]).predicate == predicate) ++last;
    const auto [key, coercion] = predicate_key(predicate);
    json.key(key);
    json.start_array();
    for (std::size_t i = first; i < last; ++i) write_object(json, graph, edges[i], coercion);
    json.end_array();
    first = last;
  }
  json.end_object();
}

void write_evidence(JsonStream& json, const KnowledgeGraph& graph, EdgeId edge, const Evidence& evidence) {
  json.start_object();
  json.member("@id", "stmt:" + rdf::evidence_suffix(graph, edge, evidence));
  json.member("@type", "Evidence");
  json.member("document", document_id(evidence.doc));
  json.member("sentence", std::to_string(evidence.sentence));
  json.member("start", std::to_string(evidence.span.begin));
  json.member("end", std::to_string(evidence.span.end));
  json.member("extractor", evidence.extractor);
  json.member("confidence", rdf::confidence_literal(evidence.confidence));
  if (!evidence.quote.empty()) json.member("quote", evidence.quote);
  if (!evidence.subject_form.empty()) json.member("subjectForm", evidence.subject_form);
  if (!evidence.object_form.empty()) json.member("objectForm", evidence.object_form);
  if (!evidence.subject_surface.empty()) json.member("subjectSurface", evidence.subject_surface);
  if (!evidence.object_surface.empty()) json.member("objectSurface", evidence.object_surface);
  for (const auto& [key, value] : evidence.qualifiers) json.member("kg:" + rdf::vocabulary_suffix(key), value);
  json.end_object();
}

using EvidenceRef = std::pair<EdgeId, const Evidence*>;

// A document node; its evidence (the statements' kg:evidence links and the
// evidence nodes) goes into the named graph of the document.
void write_document(JsonStream& json, const KnowledgeGraph& graph, const std::string& id,
                    const graph::DocumentInfo* info, const std::vector<EvidenceRef>& evidence) {
  json.start_object();
  json.member("@id", document_id(id));
  json.member("@type", "Document");
  if (info && !info->date.empty()) json.member("datePublished", info->date);
  if (info && !info->lang.empty()) json.member("inLanguage", info->lang);
  if (!evidence.empty()) {
    json.key("@graph");
    json.start_array();
    for (std::size_t first = 0; first < evidence.size();) {
      const EdgeId edge = evidence[first].first;
      json.start_object();
      json.member("@id", "stmt:" + rdf::statement_suffix(graph, edge));
      json.key("evidence");
      json.start_array();
      for (; first < evidence.size() && evidence[first].first == edge; ++first)
        write_evidence(json, graph, edge, *evidence[first].second);
      json.end_array();
      json.end_object();
    }
    json.end_array();
  }
  json.end_object();
}

void write_documents(JsonStream& json, const KnowledgeGraph& graph) {
  std::map<std::string, std::vector<EvidenceRef>> by_document;
  for (EdgeId edge = 0; edge < graph.relation_count(); ++edge)
    for (const Evidence& evidence : graph.relation(edge).evidence)
      by_document[evidence.doc.str()].emplace_back(edge, &evidence);
  std::map<std::string, const graph::DocumentInfo*> infos;
  for (const graph::DocumentInfo& document : graph.documents()) infos.emplace(document.id, &document);
  const std::vector<EvidenceRef> none;
  for (const std::string& id : rdf::document_ids(graph)) {
    const auto info = infos.find(id);
    const auto evidence = by_document.find(id);
    write_document(json, graph, id, info == infos.end() ? nullptr : info->second,
                   evidence == by_document.end() ? none : evidence->second);
  }
}

void write_statement_node(JsonStream& json, const KnowledgeGraph& graph, EdgeId edge) {
  const graph::Relation& relation = graph.relation(edge);
  json.start_object();
  json.member("@id", "stmt:" + rdf::statement_suffix(graph, edge));
  json.member("@type", "Statement");
  json.member("subject", entity_id(graph.entity(graph.subject(edge))));
  json.member("predicate", "kg:" + rdf::vocabulary_suffix(relation.predicate));
  json.key("object");
  write_object(json, graph, edge, Coercion::Id);
  json.member("confidence", rdf::confidence_literal(relation.confidence));
  for (const auto& [key, values] : rdf::statement_qualifiers(graph, edge))
    write_strings(json, "kg:" + rdf::vocabulary_suffix(key), values);
  json.end_object();
}

}  // namespace

void write_jsonld(const KnowledgeGraph& graph, std::ostream& out) {
  JsonStream json(out);
  json.start_object();
  write_context(json);
  json.key("@graph");
  json.start_array();
  for (NodeId node = 0; node < graph.entity_count(); ++node) write_entity(json, graph, node);
  write_documents(json, graph);
  for (EdgeId edge = 0; edge < graph.relation_count(); ++edge) write_statement_node(json, graph, edge);
  json.end_array();
  json.end_object();
  json.finish(out);
  out << '\n';
}

}  // namespace kg::exporter
