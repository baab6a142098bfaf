// GraphML for graph tools (networkx, Gephi, yEd, Cytoscape): one node per
// entity with id = Entity::id, one directed edge per relation, every property
// a typed <data> declared by a <key>. Streamed in node and edge id order.
//
// Text is valid UTF-8 (bad bytes become U+FFFD) and valid XML 1.0: the
// characters XML 1.0 forbids (controls other than TAB/LF/CR, NUL included,
// U+FFFE, U+FFFF) are replaced by U+FFFD rather than dropped, so a reader
// still sees that something was there; TAB, LF and CR are written as
// character references so attribute normalisation cannot eat them.

#include <charconv>
#include <map>
#include <string>
#include <string_view>

#include "export/exporters.h"
#include "export/text_encoding.h"

namespace kg::exporter {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

std::string xml_escape(std::string_view value) {
  const std::string text = to_valid_utf8(value);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (byte < 0x20) {
          out += kReplacement;
        } else if (byte == 0xEF && i + 2 < text.size() && text[i + 1] == '\xBF' &&
                   (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
          out += kReplacement;  // U+FFFE, U+FFFF: not XML characters
          i += 2;
        } else {
          out += c;
        }
    }
  }
  return out;
}

// Shortest text that reads back as the same double; "NaN" for NaN (what
// networkx and Java's Double.parseDouble accept).
std::string format_double(double value) {
  if (value != value) return "NaN";
  char buffer[32];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (error != std::errc()) throw ExportError("export: cannot format a confidence as GraphML double");
  return std::string(buffer, end);
}

void key(std::ostream& out, std::string_view id, std::string_view scope, std::string_view name,
         std::string_view type) {
  out << "  <key id=\"" << id << "\" for=\"" << scope << "\" attr.name=\"" << xml_escape(name)
      << "\" attr.type=\"" << type << "\"/>\n";
}

void data(std::ostream& out, std::string_view key_id, std::string_view value) {
  out << "      <data key=\"" << key_id << "\">" << value << "</data>\n";
}

// Qualifier names of all relations, sorted, each with its key id ("q0", ...).
std::map<std::string, std::string> qualifier_keys(const graph::KnowledgeGraph& graph) {
  std::map<std::string, std::string> keys;
  for (graph::EdgeId edge = 0; edge < graph.relation_count(); ++edge)
    for (const auto& [name, value] : graph.relation(edge).qualifiers) keys.emplace(name, "");
  std::size_t index = 0;
  for (auto& [name, id] : keys) id = "q" + std::to_string(index++);
  return keys;
}

void write_node(const graph::KnowledgeGraph& graph, graph::NodeId node, std::ostream& out) {
  const graph::Entity& entity = graph.entity(node);
  out << "    <node id=\"" << xml_escape(entity.id) << "\">\n";
  data(out, "id", xml_escape(entity.id));
  data(out, "name", xml_escape(entity.name));
  data(out, "type", xml_escape(extract::to_string(entity.type)));
  if (!entity.unit.empty()) data(out, "unit", xml_escape(entity.unit));
  if (!entity.aliases.empty()) {
    std::string aliases;
    for (const graph::Alias& alias : entity.aliases) aliases += (aliases.empty() ? "" : " | ") + alias.form;
    data(out, "aliases", xml_escape(aliases));
  }
  data(out, "mentions", std::to_string(entity.mentions));
  out << "    </node>\n";
}

void write_edge(const graph::KnowledgeGraph& graph, graph::EdgeId edge,
                const std::map<std::string, std::string>& qualifier_ids, std::ostream& out) {
  const graph::Relation& relation = graph.relation(edge);
  out << "    <edge id=\"e" << edge << "\" source=\"" << xml_escape(graph.entity(graph.subject(edge)).id)
      << "\" target=\"" << xml_escape(graph.entity(graph.object(edge)).id) << "\">\n";
  data(out, "label", xml_escape(relation.predicate));
  data(out, "predicate", xml_escape(relation.predicate));
  data(out, "confidence", format_double(relation.confidence));
  data(out, "evidence", std::to_string(relation.evidence.size()));
  for (const auto& [name, value] : relation.qualifiers) data(out, qualifier_ids.at(name), xml_escape(value));
  if (!relation.evidence.empty() && !relation.evidence.front().quote.empty())
    data(out, "quote", xml_escape(relation.evidence.front().quote));
  out << "    </edge>\n";
}

}  // namespace

void write_graphml(const graph::KnowledgeGraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  key(out, "id", "node", "id", "string");
  key(out, "name", "node", "name", "string");
  key(out, "type", "node", "type", "string");
  key(out, "unit", "node", "unit", "string");
  key(out, "aliases", "node", "aliases", "string");  // alias forms joined by " | "
  key(out, "mentions", "node", "mentions", "int");
  key(out, "label", "edge", "label", "string");
  key(out, "predicate", "edge", "predicate", "string");
  key(out, "confidence", "edge", "confidence", "double");
  key(out, "evidence", "edge", "evidence_count", "int");
  key(out, "quote", "edge", "quote", "string");  // of the first evidence record
  const std::map<std::string, std::string> qualifier_ids = qualifier_keys(graph);
  for (const auto& [name, id] : qualifier_ids) key(out, id, "edge", "qualifier:" + name, "string");
  out << "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  for (graph::NodeId node = 0; node < graph.entity_count(); ++node) write_node(graph, node, out);
  for (graph::EdgeId edge = 0; edge < graph.relation_count(); ++edge) write_edge(graph, edge, qualifier_ids, out);
  out << "  </graph>\n</graphml>\n";
  if (!out) throw ExportError("export: writing GraphML failed");
}

}  // namespace kg::exporter
