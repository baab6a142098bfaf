#include "graph/graph_algorithms.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>

#include "graph/name_key.h"

namespace kg::graph {
namespace {

// Records the hop count of every vertex a breadth-first search reaches.
class HopRecorder : public boost::default_bfs_visitor {
 public:
  explicit HopRecorder(std::vector<std::size_t>& hops) : hops_(hops) {}
  template <class Edge, class Graph>
  void tree_edge(Edge edge, const Graph& g) const {
    hops_[boost::target(edge, g)] = hops_[boost::source(edge, g)] + 1;
  }

 private:
  std::vector<std::size_t>& hops_;
};

}  // namespace

std::vector<std::size_t> hop_counts(const KnowledgeGraph& graph, NodeId start, std::string_view predicate) {
  const std::size_t n = graph.entity_count();
  std::vector<std::size_t> hops(n, kUnreachable);
  if (start >= n) return hops;
  // Connections ignore edge direction: BFS over an undirected view.
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected undirected(n);
  for (EdgeId e = 0; e < graph.relation_count(); ++e)
    if (predicate.empty() || graph.relation(e).predicate == predicate)
      boost::add_edge(graph.subject(e), graph.object(e), undirected);
  hops[start] = 0;
  std::vector<boost::default_color_type> colours(n);
  boost::breadth_first_search(undirected, start,
                              boost::visitor(HopRecorder(hops)).color_map(boost::make_iterator_property_map(
                                  colours.begin(), boost::get(boost::vertex_index, undirected))));
  return hops;
}

std::vector<Path> shortest_paths(const KnowledgeGraph& graph, NodeId from, NodeId to, std::size_t max_length,
                                 std::size_t max_paths) {
  const std::size_t n = graph.entity_count();
  if (from >= n || to >= n) return {};
  if (from == to) return {Path{}};
  // Hops from `to`, so that walking from `from` along decreasing hops gives every shortest path.
  const std::vector<std::size_t> hops = hop_counts(graph, to);
  if (hops[from] == kUnreachable || hops[from] > max_length) return {};

  std::vector<Path> paths;
  Path current;
  // Depth-first enumeration along strictly decreasing hop counts.
  auto walk = [&](auto&& self, NodeId node) -> void {
    if (paths.size() >= max_paths) return;
    if (node == to) {
      paths.push_back(current);
      return;
    }
    std::vector<std::tuple<EdgeId, bool, NodeId>> steps;
    for (EdgeId e : graph.out_edges(node))
      if (hops[graph.object(e)] + 1 == hops[node]) steps.emplace_back(e, true, graph.object(e));
    for (EdgeId e : graph.in_edges(node))
      if (hops[graph.subject(e)] + 1 == hops[node]) steps.emplace_back(e, false, graph.subject(e));
    std::sort(steps.begin(), steps.end());
    for (const auto& [edge, forward, next] : steps) {
      current.push_back({edge, forward});
      self(self, next);
      current.pop_back();
    }
  };
  walk(walk, from);
  return paths;
}

std::vector<std::size_t> degrees(const KnowledgeGraph& graph) {
  std::vector<std::size_t> degree(graph.entity_count(), 0);
  for (EdgeId e = 0; e < graph.relation_count(); ++e) {
    ++degree[graph.subject(e)];
    ++degree[graph.object(e)];
  }
  return degree;
}

std::vector<double> pagerank(const KnowledgeGraph& graph) {
  const std::size_t n = graph.entity_count();
  if (n == 0) return {};
  constexpr double kDamping = 0.85;
  std::vector<std::vector<NodeId>> targets(n);
  for (EdgeId e = 0; e < graph.relation_count(); ++e) {
    targets[graph.subject(e)].push_back(graph.object(e));
    if (graph.relation(e).symmetric) targets[graph.object(e)].push_back(graph.subject(e));
  }
  std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
  for (int round = 0; round < 100; ++round) {
    double dangling = 0;
    for (std::size_t v = 0; v < n; ++v)
      if (targets[v].empty()) dangling += rank[v];
    std::fill(next.begin(), next.end(), (1.0 - kDamping + kDamping * dangling) / static_cast<double>(n));
    for (std::size_t v = 0; v < n; ++v)
      for (NodeId w : targets[v]) next[w] += kDamping * rank[v] / static_cast<double>(targets[v].size());
    double change = 0;
    for (std::size_t v = 0; v < n; ++v) change += std::abs(next[v] - rank[v]);
    rank.swap(next);
    if (change < 1e-10) break;
  }
  return rank;
}

std::vector<std::string> closest_names(const KnowledgeGraph& graph, std::string_view name, std::size_t count) {
  const std::u32string wanted = to_code_points(name_key(name));
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (NodeId node = 0; node < graph.entity_count(); ++node) {
    const Entity& entity = graph.entity(node);
    if (entity.type == EntityType::Literal) continue;
    const std::u32string key = to_code_points(name_key(entity.name));
    // A name that starts with what was typed is as close as one edit.
    const bool prefix = key.size() > wanted.size() && key.compare(0, wanted.size(), wanted) == 0;
    scored.emplace_back(prefix ? 1 : edit_distance(wanted, key, 64), entity.name);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> names;
  for (std::size_t i = 0; i < scored.size() && i < count; ++i) names.push_back(scored[i].second);
  return names;
}

}  // namespace kg::graph
