#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>

#include "graph/graph_algorithms.h"
#include "graph/graph_builder.h"
#include "graph_test_support.h"

using kg::graph::KnowledgeGraph;

namespace {

// Alpha -> Beta -> Delta and Alpha <- Gamma -> Delta: two shortest paths of length 2; Omega apart.
KnowledgeGraph diamond() {
  kg::graph::GraphBuilder builder;
  builder.add(kg::test::statement("Alpha Labs", "supplies", "Beta Works"));
  builder.add(kg::test::statement("Beta Works", "supplies", "Delta Corp"));
  builder.add(kg::test::statement("Gamma Group", "acquired", "Alpha Labs"));
  builder.add(kg::test::statement("Gamma Group", "sues", "Delta Corp"));
  builder.add(kg::test::statement("Omega Ltd", "sues", "Sigma Inc"));
  return builder.build();
}

}  // namespace

TEST_CASE("shortest_paths lists every shortest connection whatever the edge directions") {
  const KnowledgeGraph graph = diamond();
  const auto paths = kg::graph::shortest_paths(graph, *graph.find("Alpha Labs"), *graph.find("Delta Corp"), 6);
  REQUIRE(paths.size() == 2);
  for (const auto& path : paths) CHECK(path.size() == 2);
  // One path walks an edge against its direction (Gamma acquired Alpha).
  const bool against = std::any_of(paths.begin(), paths.end(), [](const auto& path) {
    return std::any_of(path.begin(), path.end(), [](const auto& step) { return !step.forward; });
  });
  CHECK(against);
  CHECK(kg::graph::shortest_paths(graph, *graph.find("Alpha Labs"), *graph.find("Delta Corp"), 1).empty());
  CHECK(kg::graph::shortest_paths(graph, *graph.find("Alpha Labs"), *graph.find("Omega Ltd"), 6).empty());
  CHECK(kg::graph::shortest_paths(graph, *graph.find("Alpha Labs"), *graph.find("Alpha Labs"), 6).size() == 1);
}

TEST_CASE("pagerank sums to one and ranks the node everyone points at highest") {
  kg::graph::GraphBuilder builder;
  for (const char* supplier : {"Alpha Labs", "Beta Works", "Gamma Group", "Delta Corp"})
    builder.add(kg::test::statement(supplier, "supplies", "Hub Holding"));
  const KnowledgeGraph graph = builder.build();
  const auto rank = kg::graph::pagerank(graph);
  CHECK(std::accumulate(rank.begin(), rank.end(), 0.0) == doctest::Approx(1.0));
  const auto hub = *graph.find("Hub Holding");
  for (kg::graph::NodeId node = 0; node < graph.entity_count(); ++node)
    if (node != hub) CHECK(rank[hub] > rank[node]);
  CHECK(kg::graph::degrees(graph)[hub] == 4);
}

TEST_CASE("closest_names suggests near spellings and prefixes first") {
  const KnowledgeGraph graph = diamond();
  const auto names = kg::graph::closest_names(graph, "Alpah Labs", 2);
  REQUIRE(!names.empty());
  CHECK(names.front() == "Alpha Labs");
  CHECK(kg::graph::closest_names(graph, "Gam", 1) == std::vector<std::string>{"Gamma Group"});
}
