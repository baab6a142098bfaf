#include <doctest/doctest.h>

#include <map>
#include <set>
#include <sstream>

#include <rapidjson/document.h>

#include "export/dot_graph.h"
#include "export/exporters.h"
#include "export_fixtures.h"

namespace kg::exporter {
namespace {

using testing::hostile_graph;
using testing::hostile_names;

constexpr const char* kDot = "/usr/bin/dot";

struct DrawnNode {
  std::string label;    // the label attribute as Graphviz parsed it
  std::string visible;  // the text Graphviz draws, lines joined by '\n'
};

// Lays `dot_text` out with the real `dot` program and returns, per node
// name, the parsed label and the drawn text (from -Tjson's _ldraw_ ops).
std::map<std::string, DrawnNode> parse_with_graphviz(const std::string& dot_text, const char* objects) {
  const auto input = testing::temp_path("graph.dot");
  testing::write_file(input, dot_text);
  int status = 0;
  const std::string json = testing::run(std::string(kDot) + " -Tjson '" + input.string() + "' 2>/dev/null", status);
  REQUIRE_MESSAGE(status == 0, "dot could not parse our DOT");
  rapidjson::Document document;
  document.Parse(json.data(), json.size());
  REQUIRE_MESSAGE(!document.HasParseError(), "dot -Tjson printed invalid JSON");
  std::map<std::string, DrawnNode> drawn;
  if (!document.HasMember(objects)) return drawn;
  for (const auto& object : document[objects].GetArray()) {
    const bool is_node = std::string_view(objects) == "objects";
    if (is_node && !object.HasMember("name")) continue;
    std::string key = is_node ? object["name"].GetString() : std::to_string(object["_gvid"].GetInt());
    DrawnNode node;
    if (object.HasMember("label")) node.label = object["label"].GetString();
    if (object.HasMember("_ldraw_")) {
      for (const auto& op : object["_ldraw_"].GetArray()) {
        if (!op.HasMember("text")) continue;
        if (!node.visible.empty()) node.visible += '\n';
        node.visible += op["text"].GetString();
      }
    }
    drawn[key] = node;
  }
  return drawn;
}

TEST_CASE("write_dot output is parsed back by Graphviz with every hostile name intact") {
  const graph::KnowledgeGraph graph = hostile_graph();
  std::ostringstream out;
  write_dot(graph, out);
  const auto drawn = parse_with_graphviz(out.str(), "objects");

  for (const testing::HostileName& hostile : hostile_names()) {
    CAPTURE(hostile.name);
    const auto node = graph.find(hostile.name);
    REQUIRE(node.has_value());
    const graph::Entity& entity = graph.entity(*node);
    const auto found = drawn.find(entity.id);
    REQUIRE(found != drawn.end());
    CHECK(found->second.label == detail::escape_label(entity.name));
    CHECK(found->second.visible == hostile.visible);
  }
}

TEST_CASE("write_dot draws edge labels with hostile qualifier values as written") {
  const graph::KnowledgeGraph graph = hostile_graph();
  std::ostringstream out;
  write_dot(graph, out);
  const auto drawn = parse_with_graphviz(out.str(), "edges");
  std::multiset<std::string> visible;
  for (const auto& [id, edge] : drawn) visible.insert(edge.visible);
  for (const testing::HostileName& hostile : hostile_names()) {
    CAPTURE(hostile.name);
    CHECK(visible.count("partner-of\n" + hostile.visible + ", per IDC") == 1);
  }
}

TEST_CASE("escape_label doubles backslashes, encodes ampersands and shows controls as pictures") {
  using namespace std::string_literals;
  CHECK(detail::escape_label("a\\b") == "a\\\\b");
  CHECK(detail::escape_label("A & B") == "A &amp; B");
  CHECK(detail::escape_label("x\0y"s) == "x\u2400y");
  CHECK(detail::escape_label("two\nlines") == "two\nlines");
  CHECK(detail::escape_label("bad\xC3") == "bad\uFFFD");
  CHECK(detail::escape_label("Müller \"Q\" <b>") == "Müller \"Q\" <b>");
}

TEST_CASE("write_dot styles nodes by type, edges by confidence and symmetric edges without arrows") {
  std::ostringstream out;
  write_dot(testing::sample_graph(), out);
  const std::string dot = out.str();
  CHECK(dot.rfind("digraph kg {", 0) == 0);
  CHECK(dot.find("subgraph cluster_legend") != std::string::npos);
  CHECK(dot.find("\"Organization/Nokia\"") != std::string::npos);
  CHECK(dot.find("shape=house") != std::string::npos);      // Finnland
  CHECK(dot.find("shape=component") != std::string::npos);  // Mi Band
  CHECK(dot.find("shape=ellipse") != std::string::npos);    // Rajeev Suri
  CHECK(dot.find("shape=plaintext") != std::string::npos);  // 14.7 percent
  CHECK(dot.find("dir=none") != std::string::npos);         // partner-of
  CHECK(dot.find("label=\"shipped\n2017-Q1, 3.6 million units\"") != std::string::npos);
  CHECK(dot.find("label=\"market-share\n2017-Q1, per IDC\"") != std::string::npos);
  CHECK(dot.find("style=dashed") != std::string::npos);  // reported by IDC
  CHECK(dot.find("tooltip=\"2 evidence, confidence 0.93\"") != std::string::npos);  // 1 - 0.18 * 0.4
  CHECK(dot.find("penwidth=2.84") != std::string::npos);  // 0.8 + 2.2 * 0.928
}

TEST_CASE("write_dot gives identical bytes for the same graph built in another order") {
  std::ostringstream first, second;
  write_dot(testing::sample_graph(), first);
  write_dot(testing::sample_graph(/*reversed=*/true), second);
  CHECK(first.str() == second.str());
}

TEST_CASE("write_dot writes an empty digraph for an empty graph") {
  std::ostringstream out;
  write_dot(graph::KnowledgeGraph(), out);
  CHECK(out.str().rfind("digraph kg {", 0) == 0);
  CHECK(out.str().find("cluster_legend") == std::string::npos);
}

}  // namespace
}  // namespace kg::exporter
