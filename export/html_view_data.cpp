// The JSON of the HTML view: what the side panel shows for each drawn
// entity and relation.

#include <ostream>
#include <unordered_map>
#include <unordered_set>

#include "export/dot_graph.h"
#include "export/exporters.h"
#include "export/html_view.h"
#include "export/json_stream.h"

namespace kg::exporter::detail {
namespace {

using graph::EdgeId;
using graph::NodeId;

void write_entity(JsonStream& json, const graph::KnowledgeGraph& graph, NodeId node,
                  const std::vector<EdgeId>& drawn) {
  const graph::Entity& entity = graph.entity(node);
  json.start_object();
  json.key("id"), json.integer(node);
  json.member("name", entity.name);
  json.member("type", extract::to_string(entity.type));
  if (!entity.unit.empty()) json.member("unit", entity.unit);
  json.key("aliases"), json.start_array();
  for (const graph::Alias& alias : entity.aliases) {
    json.start_array(), json.string(alias.form), json.string(alias.reason), json.end_array();
  }
  json.end_array();
  json.key("mentions"), json.integer(entity.mentions);
  json.key("relations"), json.start_array();
  for (const EdgeId edge : drawn) json.integer(edge);
  json.end_array();
  json.key("hidden"), json.integer(graph.out_edges(node).size() + graph.in_edges(node).size() - drawn.size());
  json.end_object();
}

void write_relation(JsonStream& json, const graph::KnowledgeGraph& graph, EdgeId edge,
                    const std::unordered_map<std::string, std::string>& dates) {
  const graph::Relation& relation = graph.relation(edge);
  json.start_object();
  json.key("id"), json.integer(edge);
  json.key("subject"), json.integer(graph.subject(edge));
  json.key("object"), json.integer(graph.object(edge));
  json.member("predicate", relation.predicate);
  json.key("confidence"), json.number(relation.confidence >= 0.0 ? relation.confidence : 0.0);
  json.key("symmetric"), json.boolean(relation.symmetric);
  json.key("reported"), json.boolean(is_reported(relation));
  json.key("qualifiers"), json.start_object();
  for (const auto& [key, value] : relation.qualifiers) json.member(key, value);
  json.end_object();
  json.key("evidence"), json.start_array();
  const std::size_t shown = std::min(relation.evidence.size(), kMaxEvidenceInPage);
  for (std::size_t i = 0; i < shown; ++i) {
    const graph::Evidence& evidence = relation.evidence[i];
    json.start_object();
    json.member("doc", evidence.doc.str());
    if (const auto date = dates.find(evidence.doc.str()); date != dates.end()) json.member("date", date->second);
    json.key("sentence"), json.integer(evidence.sentence);
    json.member("quote", evidence.quote.str());
    json.member("extractor", evidence.extractor.str());
    json.key("confidence"), json.number(evidence.confidence >= 0.0 ? evidence.confidence : 0.0);
    json.member("subject", evidence.subject_surface.empty() ? evidence.subject_form : evidence.subject_surface);
    json.member("object", evidence.object_surface.empty() ? evidence.object_form : evidence.object_surface);
    json.end_object();
  }
  json.end_array();
  json.key("more_evidence"), json.integer(relation.evidence.size() - shown);
  json.end_object();
}

}  // namespace

void write_view_json(const graph::KnowledgeGraph& graph, const GraphView& view, std::string_view title,
                     std::ostream& out) {
  std::unordered_map<NodeId, std::vector<EdgeId>> drawn;
  for (const EdgeId edge : view.edges) {
    drawn[graph.subject(edge)].push_back(edge);
    if (graph.object(edge) != graph.subject(edge)) drawn[graph.object(edge)].push_back(edge);
  }
  std::unordered_map<std::string, std::string> dates;
  for (const graph::DocumentInfo& document : graph.documents())
    if (!document.date.empty()) dates.emplace(document.id, document.date);

  JsonStream json(out);
  json.start_object();
  json.member("title", title);
  json.key("entities"), json.start_array();
  static const std::vector<EdgeId> kNone;
  for (const NodeId node : view.nodes) {
    const auto found = drawn.find(node);
    write_entity(json, graph, node, found == drawn.end() ? kNone : found->second);
  }
  json.end_array();
  json.key("relations"), json.start_array();
  for (const EdgeId edge : view.edges) write_relation(json, graph, edge, dates);
  json.end_array();
  json.end_object();
  json.finish();
}

std::string script_safe(std::string json) {
  std::string out;
  out.reserve(json.size());
  for (const char c : json) {
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else out += c;
  }
  return out;
}

}  // namespace kg::exporter::detail
