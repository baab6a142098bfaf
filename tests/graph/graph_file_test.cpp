#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/atomic_file.h"
#include "graph/graph_builder.h"
#include "graph/graph_file.h"
#include "graph_test_support.h"

using kg::graph::GraphFileError;
using kg::graph::KnowledgeGraph;

namespace {

KnowledgeGraph sample_graph() {
  kg::graph::GraphBuilder builder;
  auto s = kg::test::statement("Quelbrix \"Quote\" \\ AG", "acquired", "Lumeno\nLine", 0.75, "doc/ä.txt", 2);
  s.qualifiers["time"] = "2017-Q1";
  s.subject.surface = "der Konzern";
  builder.add(s);
  builder.add(kg::test::statement("Tamarin", "partner-of", "Brenavo", 0.5, "doc-2", 0));
  builder.add(kg::graph::DocumentInfo{"doc/ä.txt", "2017-07", "de"});
  return builder.build();
}

std::string bytes_of(const KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::graph::write_graph_file(graph, out);
  return out.str();
}

std::string error_reading(const std::string& bytes) {
  std::istringstream in(bytes);
  try {
    kg::graph::read_graph_file(in, "g.kg");
  } catch (const GraphFileError& error) {
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a graph file round-trips every entity, alias, relation, qualifier and evidence record") {
  const KnowledgeGraph graph = sample_graph();
  const std::string bytes = bytes_of(graph);
  std::istringstream in(bytes);
  const KnowledgeGraph read = kg::graph::read_graph_file(in, "g.kg");
  CHECK(bytes_of(read) == bytes);
  REQUIRE(read.relation_count() == graph.relation_count());
  const auto node = read.find("Quelbrix \"Quote\" \\ AG");
  REQUIRE(node);
  CHECK(read.entity(*node).aliases.size() == 1);
  CHECK(read.documents().at(0).date == "2017-07");
}

TEST_CASE("a file that is not a graph is refused as such") {
  CHECK(error_reading("hello world, not a graph").find("not a kg graph file") != std::string::npos);
  CHECK(error_reading("").find("not a kg graph file") != std::string::npos);
}

TEST_CASE("a truncated graph file is refused at every possible length") {
  const std::string bytes = bytes_of(sample_graph());
  for (std::size_t length = 8; length < bytes.size(); length += 7) {
    const std::string message = error_reading(bytes.substr(0, length));
    CHECK_MESSAGE(message.find("g.kg") != std::string::npos, "length ", length);
  }
  CHECK(error_reading(bytes.substr(0, bytes.size() - 1)).find("truncated") != std::string::npos);
}

TEST_CASE("a flipped byte in a graph file is caught by the checksum") {
  std::string bytes = bytes_of(sample_graph());
  bytes[bytes.size() / 2] ^= 0x20;
  CHECK(error_reading(bytes).find("checksum") != std::string::npos);
}

TEST_CASE("a graph file of another version or with trailing bytes is refused") {
  std::string bytes = bytes_of(sample_graph());
  CHECK(error_reading(bytes + "x").find("trailing data") != std::string::npos);
  bytes[8] = 9;
  CHECK(error_reading(bytes).find("unsupported graph file version 9") != std::string::npos);
}

TEST_CASE("writing a graph to an unwritable place throws and leaves nothing behind") {
  const auto dir = std::filesystem::temp_directory_path() / "kg-graph-file-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  CHECK_THROWS_AS(kg::graph::write_graph_file(sample_graph(), dir / "missing" / "g.kg"), kg::graph::OutputError);
  CHECK_THROWS_AS(kg::graph::write_graph_file(sample_graph(), dir), kg::graph::OutputError);
  kg::graph::write_graph_file(sample_graph(), dir / "g.kg");
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
  CHECK(kg::graph::read_graph_file(dir / "g.kg").relation_count() == 2);
  CHECK_THROWS_WITH_AS(kg::graph::read_graph_file(dir / "none.kg"), doctest::Contains("cannot open"), GraphFileError);
  std::filesystem::remove_all(dir);
}
