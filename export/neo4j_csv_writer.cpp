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

#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "export/exporters.h"
#include "export/property_graph.h"
#include "export/text_encoding.h"

namespace kg::exporter {
namespace {

using graph::EdgeId;
using graph::NodeId;
using property_graph::clean_text;
using property_graph::format_double;

constexpr std::string_view kFullwidthSemicolon = "\xEF\xBC\x9B";

// `text` appended with every '"' doubled and, when `delimiter`, every ';'
// as U+FF1B; runs of other bytes are copied at once.
void append_escaped(std::string& row, std::string_view text, bool delimiter) {
  std::size_t run = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (c != '"' && !(delimiter && c == kNeo4jArrayDelimiter)) continue;
    row.append(text.data() + run, at - run);
    if (c == '"') row += "\"\"";
    else row += kFullwidthSemicolon;
    run = at + 1;
  }
  row.append(text.data() + run, text.size() - run);
}

// NUL and invalid UTF-8 as U+FFFD (clean_text), without a copy when there are none.
template <typename Append>
void with_clean_text(std::string_view text, Append append) {
  if (is_valid_utf8(text) && text.find('\0') == std::string_view::npos) return append(text);
  append(clean_text(text));
}

// A quoted string field appended to `row`.
void append_quoted(std::string& row, std::string_view text) {
  row += '"';
  with_clean_text(text, [&](std::string_view clean) { append_escaped(row, clean, false); });
  row += '"';
}

// Builds an array field element by element, the delimiter in elements
// replaced (see the file comment); written quoted, or empty when there is no
// element. Reused row after row, so it keeps its storage.
class ArrayField {
 public:
  void clear() { text_.clear(), count_ = 0; }
  void add(std::string_view element) {
    if (count_++ > 0) text_ += kNeo4jArrayDelimiter;
    with_clean_text(element, [&](std::string_view clean) { append_escaped(text_, clean, true); });
  }
  void add(std::size_t number) {
    if (count_++ > 0) text_ += kNeo4jArrayDelimiter;
    char digits[24];
    text_.append(digits, std::to_chars(digits, digits + sizeof digits, number).ptr);
  }
  // The elements are escaped already; the quotes come around them.
  void append_to(std::string& row) const {
    if (count_ == 0) return;
    row += '"';
    row += text_;
    row += '"';
  }

 private:
  std::string text_;
  std::size_t count_ = 0;
};

// The row and array fields, reused from row to row.
struct Rows {
  std::string row;
  ArrayField forms, reasons, docs, sentences, starts, ends, extractors, confidences, quotes;
};

void write_row(std::ostream& out, const std::string& row) {
  out.write(row.data(), static_cast<std::streamsize>(row.size()));
}

void write_node(const graph::Entity& entity, Rows& rows, std::ostream& out) {
  std::string& row = rows.row;
  row.clear();
  append_quoted(row, entity.id);
  row += ',';
  append_quoted(row, property_graph::label(entity));
  row += ',';
  append_quoted(row, entity.name);
  rows.forms.clear(), rows.reasons.clear();
  for (const graph::Alias& alias : entity.aliases) {
    rows.forms.add(alias.form);
    rows.reasons.add(alias.reason);
  }
  row += ',';
  rows.forms.append_to(row);
  row += ',';
  rows.reasons.append_to(row);
  row += ',';
  if (!entity.unit.empty()) append_quoted(row, entity.unit);
  row += ',';
  row += std::to_string(entity.mentions);
  row += '\n';
  write_row(out, row);
}

void write_relationship(const graph::KnowledgeGraph& graph, EdgeId edge,
                        const std::vector<property_graph::QualifierProperty>& qualifiers, Rows& rows,
                        std::ostream& out) {
  const graph::Relation& relation = graph.relation(edge);
  std::string& row = rows.row;
  row.clear();
  append_quoted(row, graph.entity(graph.subject(edge)).id);
  row += ',';
  append_quoted(row, graph.entity(graph.object(edge)).id);
  row += ',';
  append_quoted(row, relation.predicate);
  row += ',' + format_double(relation.confidence);
  row += relation.symmetric ? ",true," : ",false,";
  row += std::to_string(relation.evidence.size());
  ArrayField* const evidence_fields[] = {&rows.docs,       &rows.sentences,   &rows.starts, &rows.ends,
                                         &rows.extractors, &rows.confidences, &rows.quotes};
  for (ArrayField* field : evidence_fields) field->clear();
  for (const graph::Evidence& evidence : relation.evidence) {
    rows.docs.add(std::string_view(evidence.doc));
    rows.sentences.add(evidence.sentence);
    rows.starts.add(evidence.span.begin);
    rows.ends.add(evidence.span.end);
    rows.extractors.add(std::string_view(evidence.extractor));
    rows.confidences.add(format_double(evidence.confidence));
    rows.quotes.add(std::string_view(evidence.quote));
  }
  for (const ArrayField* field : evidence_fields) {
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
  Rows rows;
  for (NodeId node = 0; node < graph.entity_count(); ++node) write_node(graph.entity(node), rows, nodes);
  if (!nodes) throw ExportError("export: writing the Neo4j nodes CSV failed");

  const auto qualifiers = property_graph::qualifier_properties(graph);
  relationships << ":START_ID,:END_ID,:TYPE,confidence:double,symmetric:boolean,evidence_count:long,"
                   "evidence_doc:string[],evidence_sentence:long[],evidence_start:long[],evidence_end:long[],"
                   "evidence_extractor:string[],evidence_confidence:double[],evidence_quote:string[]";
  for (const property_graph::QualifierProperty& qualifier : qualifiers)
    relationships << ',' << qualifier.property << ":string";
  relationships << '\n';
  for (EdgeId edge = 0; edge < graph.relation_count(); ++edge)
    write_relationship(graph, edge, qualifiers, rows, relationships);
  if (!relationships) throw ExportError("export: writing the Neo4j relationships CSV failed");
}

}  // namespace kg::exporter
