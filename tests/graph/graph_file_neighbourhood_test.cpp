#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

#include "graph/graph_builder.h"
#include "graph/graph_file.h"
#include "graph_test_support.h"

using kg::graph::GraphFileError;
using kg::graph::KnowledgeGraph;

namespace {

// A chain A - B - C - D - E (partner-of, with evidence and qualifiers), a
// branch C -> "Lumeno AG", also written "Lumeno" (merged as an alias), and
// an unconnected pair Y - Z.
KnowledgeGraph chain_graph() {
  kg::graph::GraphBuilder builder;
  const char* names[] = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon"};
  for (std::size_t i = 0; i + 1 < 5; ++i) {
    auto s = kg::test::statement(names[i], "supplies", names[i + 1], 0.5 + 0.1 * static_cast<double>(i), "doc-1", i);
    s.qualifiers["time"] = "2017-Q" + std::to_string(i + 1);
    builder.add(s);
    builder.add(kg::test::statement(names[i], "supplies", names[i + 1], 0.4, "doc-2", i));
  }
  builder.add(kg::test::statement("Gamma", "acquired", "Lumeno AG", 0.7, "doc-3", 1));
  builder.add(kg::test::statement("Lumeno", "develops", "Wearables", 0.6, "doc-3", 3));
  builder.add(kg::test::statement("Ypsilon", "partner-of", "Zeta", 0.7, "doc-3", 2));
  builder.add(kg::graph::DocumentInfo{"doc-1", "2017-07", "de"});
  return builder.build();
}

std::string bytes_of(const KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::graph::write_graph_file(graph, out);
  return out.str();
}

std::filesystem::path file_with(const std::string& bytes, const std::string& name) {
  const auto path = std::filesystem::temp_directory_path() / ("kg-neighbourhood-" + std::to_string(::getpid()) + name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

TEST_CASE("read_graph_neighbourhood gives what the whole graph's neighbourhood subgraph holds") {
  const KnowledgeGraph graph = chain_graph();
  const auto path = file_with(bytes_of(graph), "chain.kg");
  for (const std::size_t depth : {0, 1, 2, 5}) {
    CAPTURE(depth);
    const auto part = kg::graph::read_graph_neighbourhood(path, "Gamma", depth);
    REQUIRE(part.has_value());
    const KnowledgeGraph expected = graph.subgraph(graph.neighbourhood(*graph.find("Gamma"), depth), 0.0);
    // Same entities, relations, evidence and documents, byte for byte.
    CHECK(bytes_of(*part) == bytes_of(expected));
  }
  CHECK(kg::graph::read_graph_neighbourhood(path, "Gamma", 1)->entity_count() == 4);  // Beta, Gamma, Delta, Lumeno
  std::filesystem::remove(path);
}

TEST_CASE("read_graph_neighbourhood resolves aliases and case as find does, and says when no entity matches") {
  const KnowledgeGraph graph = chain_graph();
  const auto path = file_with(bytes_of(graph), "names.kg");
  const auto whole = graph.find("Lumeno");
  REQUIRE(whole.has_value());
  const auto by_alias = kg::graph::read_graph_neighbourhood(path, "Lumeno", 0);
  REQUIRE(by_alias.has_value());
  REQUIRE(by_alias->entity_count() == 1);
  CHECK(by_alias->entity(0).name == graph.entity(*whole).name);
  const auto by_case = kg::graph::read_graph_neighbourhood(path, "ZETA", 1);
  REQUIRE(by_case.has_value());
  CHECK(by_case->relation_count() == 1);
  CHECK_FALSE(kg::graph::read_graph_neighbourhood(path, "Nobody", 1).has_value());
  std::filesystem::remove(path);
}

TEST_CASE("read_graph_neighbourhood refuses truncated and foreign files, naming the file") {
  const std::string bytes = bytes_of(chain_graph());
  for (std::size_t length : {std::size_t{0}, std::size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    const auto path = file_with(bytes.substr(0, length), "cut.kg");
    CHECK_THROWS_WITH_AS(kg::graph::read_graph_neighbourhood(path, "Gamma", 1),
                         doctest::Contains(path.string().c_str()), GraphFileError);
    std::filesystem::remove(path);
  }
  CHECK_THROWS_WITH_AS(kg::graph::read_graph_neighbourhood("/nonexistent/g.kg", "Gamma", 1),
                       doctest::Contains("cannot open"), GraphFileError);
}

TEST_CASE("read_graph_core reads the best-connected entity's surroundings until enough relations are in") {
  const KnowledgeGraph graph = chain_graph();  // Gamma has the most relations (3)
  const auto path = file_with(bytes_of(graph), "core.kg");
  const kg::graph::GraphFilePart first_ring = kg::graph::read_graph_core(path, 3);
  CHECK(first_ring.file_relations == graph.relation_count());
  CHECK(first_ring.graph.entity_count() == 4);  // Gamma and its three neighbours
  CHECK(first_ring.graph.find("Gamma").has_value());
  CHECK_FALSE(first_ring.graph.find("Alpha").has_value());
  // Never past Gamma's component: Ypsilon and Zeta stay out.
  const kg::graph::GraphFilePart all = kg::graph::read_graph_core(path, 1000);
  CHECK(all.graph.entity_count() == graph.entity_count() - 2);
  std::filesystem::remove(path);
}

TEST_CASE("read_graph_neighbourhood can stop going out once enough relations are in, and says so") {
  const auto path = file_with(bytes_of(chain_graph()), "enough.kg");
  bool stopped = false;
  const auto near = kg::graph::read_graph_neighbourhood(path, "Gamma", 5, 3, stopped);
  REQUIRE(near.has_value());
  CHECK(stopped);
  CHECK(near->entity_count() == 4);  // the first ring holds 3 relations
  const auto far = kg::graph::read_graph_neighbourhood(path, "Gamma", 5, 100, stopped);
  CHECK_FALSE(stopped);
  CHECK(far->entity_count() == 7);  // Alpha … Epsilon, Lumeno, Wearables
  std::filesystem::remove(path);
}
