#include "export/rdf_vocabulary.h"

#include <charconv>

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
  std::string out;
  append_statement_suffix(out, graph, edge);
  return out;
}

void append_statement_suffix(std::string& out, const graph::KnowledgeGraph& graph, graph::EdgeId edge) {
  // Entity ids have exactly one '/', so "<type>/<name>/<predicate>/<type>/<name>"
  // reads back unambiguously; content-derived, so stable across graphs.
  append_safe_iri(out, graph.entity(graph.subject(edge)).id);
  out += '/';
  append_percent_encoded(out, graph.relation(edge).predicate);
  out += '/';
  append_safe_iri(out, graph.entity(graph.object(edge)).id);
}

std::string evidence_suffix(const graph::KnowledgeGraph& graph, graph::EdgeId edge,
                            const graph::Evidence& evidence) {
  std::string out;
  append_evidence_suffix(out, statement_suffix(graph, edge), evidence);
  return out;
}

void append_evidence_suffix(std::string& out, std::string_view statement_suffix, const graph::Evidence& evidence) {
  // Evidence is unique within an edge by (doc, sentence, span, extractor) and
  // the names the extractor used; the names enter as a short hash.
  const std::uint32_t hash = evidence_names_hash(evidence);
  char number[24];
  const auto append_number = [&](std::size_t value) {
    out.append(number, std::to_chars(number, number + sizeof number, value).ptr);
  };
  out += statement_suffix;
  out += "/evidence/";
  append_percent_encoded(out, evidence.doc);
  out += '/';
  append_number(evidence.sentence);
  out += '/';
  append_number(evidence.span.begin);
  out += '-';
  append_number(evidence.span.end);
  out += '/';
  append_percent_encoded(out, evidence.extractor);
  out += '/';
  constexpr std::string_view kHex = "0123456789abcdef";
  for (int shift = 28; shift >= 0; shift -= 4) out += kHex[(hash >> shift) & 0x0F];
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
