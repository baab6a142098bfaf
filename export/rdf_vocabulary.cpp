#include "export/rdf_vocabulary.h"

#include <cstdio>

#include <algorithm>
#include <set>

#include "export/text_encoding.h"

namespace kg::exporter::rdf {

std::string confidence_literal(double confidence) {
  if (!(confidence >= 0.0)) confidence = 0.0;  // NaN too
  if (confidence > 1.0) confidence = 1.0;
  return format_decimal(confidence, kConfidenceDecimals);
}

std::string entity_suffix(const graph::Entity& entity) {
  // Entity::id is IRI-safe by contract; to_safe_iri only guards the contract.
  return to_safe_iri(entity.id);
}

std::string document_suffix(std::string_view document_id) {
  return percent_encode(document_id);
}

std::string statement_suffix(const graph::KnowledgeGraph& graph, graph::EdgeId edge) {
  // Entity ids have exactly one '/', so "<type>/<name>/<predicate>/<type>/<name>"
  // reads back unambiguously; content-derived, so stable across graphs.
  return entity_suffix(graph.entity(graph.subject(edge))) + '/' +
         vocabulary_suffix(graph.relation(edge).predicate) + '/' +
         entity_suffix(graph.entity(graph.object(edge)));
}

std::string evidence_suffix(const graph::KnowledgeGraph& graph, graph::EdgeId edge,
                            const graph::Evidence& evidence) {
  // Evidence is unique within an edge by (doc, sentence, span, extractor) and
  // the names the extractor used; the names enter as a short hash.
  char names[9];
  std::snprintf(names, sizeof names, "%08x", evidence_names_hash(evidence));
  return statement_suffix(graph, edge) + "/evidence/" + percent_encode(evidence.doc) + '/' +
         std::to_string(evidence.sentence) + '/' + std::to_string(evidence.span.begin) + '-' +
         std::to_string(evidence.span.end) + '/' + percent_encode(evidence.extractor) + '/' + names;
}

std::uint32_t evidence_names_hash(const graph::Evidence& evidence) {
  std::uint32_t hash = 2166136261u;
  for (const std::string* form : {&evidence.subject_form, &evidence.object_form}) {
    for (const char c : *form) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    hash = (hash ^ 0xFFu) * 16777619u;
  }
  return hash;
}

std::string alias_suffix(const graph::Entity& entity, const graph::Alias& alias) {
  return entity_suffix(entity) + "/alias/" + percent_encode(alias.form);
}

std::string vocabulary_suffix(std::string_view name) {
  return percent_encode(name);
}

std::string_view type_compact_iri(graph::EntityType type) {
  switch (type) {
    case graph::EntityType::Organization: return "schema:Organization";
    case graph::EntityType::Person: return "schema:Person";
    case graph::EntityType::Location: return "schema:Place";
    case graph::EntityType::Product: return "schema:Product";
    case graph::EntityType::Concept: return "kg:Concept";
    case graph::EntityType::Literal: return "kg:Literal";
  }
  return "kg:Concept";
}

std::map<std::string, std::vector<std::string>> statement_qualifiers(
    const graph::KnowledgeGraph& graph, graph::EdgeId edge) {
  std::map<std::string, std::vector<std::string>> values;
  for (const auto& [key, value] : graph.relation(edge).qualifiers) values[key].push_back(value);
  const graph::Entity& object = graph.entity(graph.object(edge));
  if (object.type == graph::EntityType::Literal && !object.unit.empty()) {
    auto& units = values["unit"];
    if (std::find(units.begin(), units.end(), object.unit) == units.end()) units.push_back(object.unit);
    std::sort(units.begin(), units.end());
  }
  return values;
}

std::vector<std::string> document_ids(const graph::KnowledgeGraph& graph) {
  std::set<std::string> ids;
  for (const graph::DocumentInfo& document : graph.documents()) ids.insert(document.id);
  for (graph::EdgeId edge = 0; edge < graph.relation_count(); ++edge)
    for (const graph::Evidence& evidence : graph.relation(edge).evidence) ids.insert(evidence.doc.str());
  return {ids.begin(), ids.end()};
}

bool has_literal_object(const graph::KnowledgeGraph& graph, graph::EdgeId edge) {
  return graph.entity(graph.object(edge)).type == graph::EntityType::Literal;
}

std::string_view literal_datatype(const graph::Entity& literal) {
  return is_decimal(literal.name) ? "decimal" : "";
}

}  // namespace kg::exporter::rdf
