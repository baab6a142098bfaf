#pragma once
// Graph algorithms over a KnowledgeGraph for the CLI's convenience queries:
// shortest connections, centrality and name suggestions.

#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::graph {

// Hops from `start` to every node, following edges in either direction (only
// edges of `predicate` when it is non-empty); kUnreachable where no path exists.
inline constexpr std::size_t kUnreachable = static_cast<std::size_t>(-1);
std::vector<std::size_t> hop_counts(const KnowledgeGraph& graph, NodeId start, std::string_view predicate = {});

// One step of a connection: the edge taken and whether it was walked from
// its subject to its object (forward) or against it.
struct PathStep {
  EdgeId edge = 0;
  bool forward = true;
};
using Path = std::vector<PathStep>;

// All shortest connections between `from` and `to`, following edges in
// either direction, at most `max_length` edges long; at most `max_paths`
// paths, in a deterministic order (by edge ids along the path). Empty when there is none; one empty path when
// from == to.
std::vector<Path> shortest_paths(const KnowledgeGraph& graph, NodeId from, NodeId to, std::size_t max_length,
                                 std::size_t max_paths = 100);

// Out- plus in-degree of every node.
std::vector<std::size_t> degrees(const KnowledgeGraph& graph);

// PageRank over the directed edges (symmetric ones count both ways), damping
// 0.85, power iteration until the change is below 1e-10 or 100 rounds;
// dangling nodes spread their rank evenly. Sums to 1.
std::vector<double> pagerank(const KnowledgeGraph& graph);

// Up to `count` entity names closest to `name` (by edit distance of their
// normalised keys, then by name), for "did you mean" messages.
std::vector<std::string> closest_names(const KnowledgeGraph& graph, std::string_view name, std::size_t count = 5);

}  // namespace kg::graph
