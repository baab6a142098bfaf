#include "graph/knowledge_graph.h"

#include <algorithm>


#include "graph/graph_algorithms.h"
#include "graph/knowledge_graph_impl.h"
#include "graph/name_key.h"

namespace kg::graph {

std::string entity_id(EntityType type, const std::string& name, const std::string& unit) {
  std::string id(extract::to_string(type));
  id += '/';
  id += percent_encode(name);
  if (!unit.empty()) {
    id += '_';
    id += percent_encode(unit);
  }
  return id;
}

KnowledgeGraph assemble_graph(std::vector<Entity> entities, std::vector<EdgeDraft> edges,
                              std::vector<DocumentInfo> documents) {
  auto impl = std::make_shared<KnowledgeGraph::Impl>();
  impl->graph = BoostGraph(entities.size());
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const auto node = static_cast<NodeId>(i);
    Entity& entity = impl->graph[node];
    entity = std::move(entities[i]);
    impl->by_id.emplace(entity.id, node);
    auto index = [&](const std::string& form) {
      auto& exact = impl->by_name[form];
      if (exact.empty() || exact.back() != node) exact.push_back(node);
      auto& folded = impl->by_key[name_key(form)];
      if (folded.empty() || folded.back() != node) folded.push_back(node);
    };
    index(entity.name);
    for (const Alias& alias : entity.aliases) {
      index(alias.form);
      if (alias.reason != "mention") impl->merges.push_back({entity.id, alias.form, alias.reason});
    }
  }
  impl->edges.reserve(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    EdgeBundle bundle{static_cast<EdgeId>(i), std::move(edges[i].relation)};
    auto [edge, added] = boost::add_edge(edges[i].subject, edges[i].object, std::move(bundle), impl->graph);
    (void)added;
    impl->edges.push_back(edge);
  }
  impl->documents = std::move(documents);
  std::sort(impl->merges.begin(), impl->merges.end(), [](const MergeRecord& a, const MergeRecord& b) {
    return std::tie(a.entity_id, a.form, a.reason) < std::tie(b.entity_id, b.form, b.reason);
  });
  return KnowledgeGraph(std::move(impl));
}

KnowledgeGraph::KnowledgeGraph() : KnowledgeGraph(assemble_graph({}, {}, {})) {}

KnowledgeGraph::KnowledgeGraph(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

std::size_t KnowledgeGraph::entity_count() const { return boost::num_vertices(impl_->graph); }
std::size_t KnowledgeGraph::relation_count() const { return impl_->edges.size(); }
const Entity& KnowledgeGraph::entity(NodeId node) const { return impl_->graph[node]; }
const Relation& KnowledgeGraph::relation(EdgeId edge) const { return impl_->graph[impl_->edges[edge]].relation; }
NodeId KnowledgeGraph::subject(EdgeId edge) const {
  return static_cast<NodeId>(boost::source(impl_->edges[edge], impl_->graph));
}
NodeId KnowledgeGraph::object(EdgeId edge) const {
  return static_cast<NodeId>(boost::target(impl_->edges[edge], impl_->graph));
}

std::vector<EdgeId> KnowledgeGraph::out_edges(NodeId node) const {
  std::vector<EdgeId> ids;
  for (auto [it, end] = boost::out_edges(node, impl_->graph); it != end; ++it) ids.push_back(impl_->graph[*it].id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<EdgeId> KnowledgeGraph::in_edges(NodeId node) const {
  std::vector<EdgeId> ids;
  for (auto [it, end] = boost::in_edges(node, impl_->graph); it != end; ++it) ids.push_back(impl_->graph[*it].id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::optional<NodeId> KnowledgeGraph::find(std::string_view name) const {
  // Exact forms first; a case-insensitive match only when it is unambiguous
  // by entity name (the lowest id wins among equal keys).
  if (auto it = impl_->by_name.find(std::string(name)); it != impl_->by_name.end()) return it->second.front();
  if (auto it = impl_->by_key.find(name_key(name)); it != impl_->by_key.end()) return it->second.front();
  return std::nullopt;
}

std::optional<NodeId> KnowledgeGraph::find_id(std::string_view id) const {
  if (auto it = impl_->by_id.find(std::string(id)); it != impl_->by_id.end()) return it->second;
  return std::nullopt;
}

std::vector<NodeId> KnowledgeGraph::neighbourhood(NodeId start, std::size_t depth) const {
  const std::vector<std::size_t> hops = hop_counts(*this, start);
  std::vector<NodeId> nodes;
  for (std::size_t v = 0; v < hops.size(); ++v)
    if (hops[v] <= depth) nodes.push_back(static_cast<NodeId>(v));
  return nodes;
}

KnowledgeGraph KnowledgeGraph::subgraph(const std::vector<NodeId>& nodes, double min_confidence) const {
  std::vector<NodeId> kept = nodes;
  std::sort(kept.begin(), kept.end());
  kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
  std::vector<long> new_id(entity_count(), -1);
  std::vector<Entity> entities;
  for (NodeId node : kept) {
    if (node >= entity_count()) continue;
    new_id[node] = static_cast<long>(entities.size());
    entities.push_back(entity(node));
  }
  std::vector<EdgeDraft> edges;
  for (EdgeId edge = 0; edge < relation_count(); ++edge) {
    const long s = new_id[subject(edge)], o = new_id[object(edge)];
    if (s < 0 || o < 0 || relation(edge).confidence < min_confidence) continue;
    edges.push_back({static_cast<NodeId>(s), static_cast<NodeId>(o), relation(edge)});
  }
  return assemble_graph(std::move(entities), std::move(edges), impl_->documents);
}

const std::vector<DocumentInfo>& KnowledgeGraph::documents() const { return impl_->documents; }
const std::vector<MergeRecord>& KnowledgeGraph::merges() const { return impl_->merges; }

}  // namespace kg::graph
