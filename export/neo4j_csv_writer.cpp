// Neo4j bulk-import CSV (neo4j-admin database import full): nodes.csv and
// relationships.csv with typed headers, one row per entity and per relation,
// streamed in node and edge id order (memory does not grow with the graph).
//
//   nodes.csv          id:ID,:LABEL,name:string,aliases:string[],
//                      alias_reasons:string[],unit:string,mentions:long
//   relationships.csv  :START_ID,:END_ID,:TYPE,confidence:double,
//                      symmetric:boolean,evidence_count:long,
//                      evidence_doc:string[],evidence_sentence:long[],
//                      evidence_start:long[],evidence_end:long[],
//                      evidence_extractor:string[],evidence_confidence:double[],
//                      evidence_quote:string[],<qualifier>:string...
//
// RFC 4180 quoting: every string field is quoted and an embedded '"' is
// doubled; numbers and booleans are bare; an absent value is an empty field.
// Fields may hold line breaks (import with --multiline-fields=true).
// Backslashes are plain characters (Neo4j 5 reads them so by default).
// Arrays are joined by ';' (neo4j-admin's default --array-delimiter), which
// has no escape: a ';' inside an element is written as U+FF1B (FULLWIDTH
// SEMICOLON). NUL becomes U+FFFD, invalid UTF-8 too.

#include <string>
#include <string_view>
#include <vector>

#include "export/exporters.h"
#include "export/property_graph.h"

namespace kg::exporter {
namespace {

using graph::EdgeId;
using graph::NodeId;
using property_graph::clean_text;
using property_graph::format_double;

constexpr std::string_view kFullwidthSemicolon = "\xEF\xBC\x9B";

// A quoted string field appended to `row`.
void append_quoted(std::string& row, std::string_view text) {
  row += '"';
  for (const char c : clean_text(text)) {
    if (c == '"') row += '"';
    row += c;
  }
  row += '"';
}

// One array element, with the delimiter replaced (see the file comment).
std::string array_element(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == kNeo4jArrayDelimiter) out += kFullwidthSemicolon;
    else out += c;
  }
  return out;
}

// Builds an array field element by element; written quoted, or empty when
// there is no element.
class ArrayField {
 public:
  void add(std::string_view element) {
    if (count_++ > 0) text_ += kNeo4jArrayDelimiter;
    text_ += array_element(element);
  }
  void append_to(std::string& row) const {
    if (count_ > 0) append_quoted(row, text_);
  }

 private:
  std::string text_;
  std::size_t count_ = 0;
};

void write_row(std::ostream& out, const std::string& row) {
  out.write(row.data(), static_cast<std::streamsize>(row.size()));
}

void write_node(const graph::Entity& entity, std::string& row, std::ostream& out) {
  row.clear();
  append_quoted(row, entity.id);
  row += ',';
  append_quoted(row, property_graph::label(entity));
  row += ',';
  append_quoted(row, entity.name);
  ArrayField forms, reasons;
  for (const graph::Alias& alias : entity.aliases) {
    forms.add(alias.form);
    reasons.add(alias.reason);
  }
  row += ',';
  forms.append_to(row);
  row += ',';
  reasons.append_to(row);
  row += ',';
  if (!entity.unit.empty()) append_quoted(row, entity.unit);
  row += ',';
  row += std::to_string(entity.mentions);
  row += '\n';
  write_row(out, row);
}

void write_relationship(const graph::KnowledgeGraph& graph, EdgeId edge,
                        const std::vector<property_graph::QualifierProperty>& qualifiers, std::string& row,
                        std::ostream& out) {
  const graph::Relation& relation = graph.relation(edge);
  row.clear();
  append_quoted(row, graph.entity(graph.subject(edge)).id);
  row += ',';
  append_quoted(row, graph.entity(graph.object(edge)).id);
  row += ',';
  append_quoted(row, relation.predicate);
  row += ',' + format_double(relation.confidence);
  row += relation.symmetric ? ",true," : ",false,";
  row += std::to_string(relation.evidence.size());
  ArrayField docs, sentences, starts, ends, extractors, confidences, quotes;
  for (const graph::Evidence& evidence : relation.evidence) {
    docs.add(evidence.doc);
    sentences.add(std::to_string(evidence.sentence));
    starts.add(std::to_string(evidence.span.begin));
    ends.add(std::to_string(evidence.span.end));
    extractors.add(evidence.extractor);
    confidences.add(format_double(evidence.confidence));
    quotes.add(evidence.quote);
  }
  for (const ArrayField* field : {&docs, &sentences, &starts, &ends, &extractors, &confidences, &quotes}) {
    row += ',';
    field->append_to(row);
  }
  for (const property_graph::QualifierProperty& qualifier : qualifiers) {
    row += ',';
    const auto value = relation.qualifiers.find(qualifier.key);
    if (value != relation.qualifiers.end()) append_quoted(row, value->second);
  }
  row += '\n';
  write_row(out, row);
}

}  // namespace

void write_neo4j_csv(const graph::KnowledgeGraph& graph, std::ostream& nodes, std::ostream& relationships) {
  nodes << "id:ID,:LABEL,name:string,aliases:string[],alias_reasons:string[],unit:string,mentions:long\n";
  std::string row;
  for (NodeId node = 0; node < graph.entity_count(); ++node) write_node(graph.entity(node), row, nodes);
  if (!nodes) throw ExportError("export: writing the Neo4j nodes CSV failed");

  const auto qualifiers = property_graph::qualifier_properties(graph);
  relationships << ":START_ID,:END_ID,:TYPE,confidence:double,symmetric:boolean,evidence_count:long,"
                   "evidence_doc:string[],evidence_sentence:long[],evidence_start:long[],evidence_end:long[],"
                   "evidence_extractor:string[],evidence_confidence:double[],evidence_quote:string[]";
  for (const property_graph::QualifierProperty& qualifier : qualifiers)
    relationships << ',' << qualifier.property << ":string";
  relationships << '\n';
  for (EdgeId edge = 0; edge < graph.relation_count(); ++edge)
    write_relationship(graph, edge, qualifiers, row, relationships);
  if (!relationships) throw ExportError("export: writing the Neo4j relationships CSV failed");
}

}  // namespace kg::exporter
