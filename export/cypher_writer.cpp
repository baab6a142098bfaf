// Cypher for incremental loads: idempotent MERGE statements, one per entity
// and per relation, in node and edge id order (streamed). Running the script
// again, or after the script of an older graph, leaves one node per entity
// id and one relationship per (subject, predicate, object) with the
// properties of this graph; nothing is ever deleted.
//
//   CREATE CONSTRAINT kg_Organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
//   MERGE (n:Organization {id: 'Organization/Nokia'}) SET n.name = 'Nokia', ...;
//   MATCH (s:Organization {id: '...'}), (o:Organization {id: '...'})
//     MERGE (s)-[r:`licenses-to`]->(o) SET r.confidence = 0.82, ...;
//
// The properties are those of the Neo4j CSV (property_graph.h). The
// constraint lines are Neo4j's (Kùzu's primary keys play their part there);
// everything else is the subset of Cypher that Neo4j 5 and Kùzu both run:
// strings in single quotes with only \\ and \' escaped (line breaks stay raw,
// as neither \n nor \u escapes mean the same in both), NUL as U+FFFD, labels,
// types and property names in backticks.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "export/exporters.h"
#include "export/property_graph.h"

namespace kg::exporter {
namespace {

using graph::EdgeId;
using graph::NodeId;
using property_graph::format_cypher_double;

void append_string(std::string& out, std::string_view text) {
  out += '\'';
  for (const char c : property_graph::clean_text(text)) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  out += '\'';
}

void append_name(std::string& out, std::string_view name) {
  out += '`';
  for (const char c : name) {
    if (c == '`') out += '`';
    out += c;
  }
  out += '`';
}

// ", <variable>.<property> = " before a value.
void append_assignment(std::string& out, std::string_view variable, std::string_view property, bool first) {
  out += first ? " SET " : ", ";
  out += variable;
  out += '.';
  append_name(out, property);
  out += " = ";
}

void append_strings(std::string& out, const std::vector<std::string>& values) {
  out += '[';
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ", ";
    append_string(out, values[i]);
  }
  out += ']';
}

void append_node_pattern(std::string& out, std::string_view variable, const graph::Entity& entity) {
  out += '(';
  out += variable;
  out += ':';
  append_name(out, property_graph::label(entity));
  out += " {id: ";
  append_string(out, entity.id);
  out += "})";
}

void write_statement(std::ostream& out, const std::string& statement) {
  out.write(statement.data(), static_cast<std::streamsize>(statement.size()));
}

void write_node(const graph::Entity& entity, std::string& statement, std::ostream& out) {
  statement = "MERGE ";
  append_node_pattern(statement, "n", entity);
  append_assignment(statement, "n", "name", true);
  append_string(statement, entity.name);
  if (!entity.aliases.empty()) {
    std::vector<std::string> forms, reasons;
    for (const graph::Alias& alias : entity.aliases) {
      forms.push_back(alias.form);
      reasons.push_back(alias.reason);
    }
    append_assignment(statement, "n", "aliases", false);
    append_strings(statement, forms);
    append_assignment(statement, "n", "alias_reasons", false);
    append_strings(statement, reasons);
  }
  if (!entity.unit.empty()) {
    append_assignment(statement, "n", "unit", false);
    append_string(statement, entity.unit);
  }
  append_assignment(statement, "n", "mentions", false);
  statement += std::to_string(entity.mentions);
  statement += ";\n";
  write_statement(out, statement);
}

void write_relationship(const graph::KnowledgeGraph& graph, EdgeId edge,
                        const std::vector<property_graph::QualifierProperty>& qualifiers, std::string& statement,
                        std::ostream& out) {
  const graph::Relation& relation = graph.relation(edge);
  statement = "MATCH ";
  append_node_pattern(statement, "s", graph.entity(graph.subject(edge)));
  statement += ", ";
  append_node_pattern(statement, "o", graph.entity(graph.object(edge)));
  statement += " MERGE (s)-[r:";
  append_name(statement, relation.predicate);
  statement += "]->(o)";
  append_assignment(statement, "r", "confidence", true);
  statement += format_cypher_double(relation.confidence);
  append_assignment(statement, "r", "symmetric", false);
  statement += relation.symmetric ? "true" : "false";
  append_assignment(statement, "r", "evidence_count", false);
  statement += std::to_string(relation.evidence.size());
  std::vector<std::string> docs, extractors, quotes;
  std::string sentences, starts, ends, confidences;
  for (const graph::Evidence& evidence : relation.evidence) {
    const char* separator = docs.empty() ? "" : ", ";
    docs.push_back(evidence.doc.str());
    extractors.push_back(evidence.extractor.str());
    quotes.push_back(evidence.quote.str());
    sentences += separator + std::to_string(evidence.sentence);
    starts += separator + std::to_string(evidence.span.begin);
    ends += separator + std::to_string(evidence.span.end);
    confidences += separator + format_cypher_double(evidence.confidence);
  }
  if (!docs.empty()) {
    append_assignment(statement, "r", "evidence_doc", false);
    append_strings(statement, docs);
    for (const auto& [property, numbers] : {std::pair<std::string_view, const std::string*>{"evidence_sentence", &sentences},
                                            {"evidence_start", &starts},
                                            {"evidence_end", &ends}}) {
      append_assignment(statement, "r", property, false);
      statement += '[' + *numbers + ']';
    }
    append_assignment(statement, "r", "evidence_extractor", false);
    append_strings(statement, extractors);
    append_assignment(statement, "r", "evidence_confidence", false);
    statement += '[' + confidences + ']';
    append_assignment(statement, "r", "evidence_quote", false);
    append_strings(statement, quotes);
  }
  for (const property_graph::QualifierProperty& qualifier : qualifiers) {
    const auto value = relation.qualifiers.find(qualifier.key);
    if (value == relation.qualifiers.end()) continue;
    append_assignment(statement, "r", qualifier.property, false);
    append_string(statement, value->second);
  }
  statement += ";\n";
  write_statement(out, statement);
}

}  // namespace

void write_cypher(const graph::KnowledgeGraph& graph, std::ostream& out) {
  out << "// kg graph: " << graph.entity_count() << " entities, " << graph.relation_count()
      << " relations. Idempotent: MERGE on id and on (subject, type, object).\n";
  std::set<std::string_view> labels;
  for (NodeId node = 0; node < graph.entity_count(); ++node) labels.insert(property_graph::label(graph.entity(node)));
  for (const std::string_view label : labels)
    out << "CREATE CONSTRAINT kg_" << label << "_id IF NOT EXISTS FOR (n:" << label << ") REQUIRE n.id IS UNIQUE;\n";
  std::string statement;
  for (NodeId node = 0; node < graph.entity_count(); ++node) write_node(graph.entity(node), statement, out);
  const auto qualifiers = property_graph::qualifier_properties(graph);
  for (EdgeId edge = 0; edge < graph.relation_count(); ++edge)
    write_relationship(graph, edge, qualifiers, statement, out);
  if (!out) throw ExportError("export: writing Cypher failed");
}

}  // namespace kg::exporter
