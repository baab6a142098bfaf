#include <doctest/doctest.h>

#include <sstream>

#include <rapidjson/document.h>

#include "export/exporters.h"
#include "export/text_encoding.h"
#include "export_fixtures.h"
#include "consumer_checks.h"
#include "rdf_consumer.h"

namespace kg::exporter {
namespace {

// networkx's read_graphml, dumped as JSON: counts, every node's name and
// mentions, every edge's predicate and confidence with their Python types.
constexpr std::string_view kReadGraphml = R"(import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "directed": g.is_directed(),
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "names": {n: d.get("name") for n, d in g.nodes(data=True)},
    "mentions_int": all(type(d.get("mentions")) is int for n, d in g.nodes(data=True)),
    "edge_list": [[u, v, d.get("predicate"), d.get("confidence"), type(d.get("confidence")).__name__,
                   d.get("evidence_count")] for u, v, d in g.edges(data=True)],
}))
)";

// What a name becomes in GraphML: XML 1.0 has no NUL or C0 controls but TAB,
// LF and CR, nor U+FFFE/U+FFFF; write_graphml replaces them by U+FFFD.
std::string xml_visible(std::string_view name) {
  std::string out;
  for (const char c : to_valid_utf8(name)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') out += "\xEF\xBF\xBD";
    else out += c;
  }
  // U+FFFE and U+FFFF are not XML characters either.
  for (const std::string_view nonchar : {"\xEF\xBF\xBE", "\xEF\xBF\xBF"})
    for (std::size_t at; (at = out.find(nonchar)) != std::string::npos;) out.replace(at, 3, "\xEF\xBF\xBD");
  return out;
}

}  // namespace

void check_with_networkx(const graph::KnowledgeGraph& graph) {
  if (!testing::require_tool("python3 -c 'import networkx'", "python3-networkx")) return;
  std::ostringstream graphml;
  write_graphml(graph, graphml);
  const auto path = testing::temp_path("graph.graphml");
  const auto script = testing::temp_path("read_graphml.py");
  testing::write_file(path, graphml.str());
  testing::write_file(script, kReadGraphml);
  int status = 0;
  const std::string output = testing::run("python3 '" + script.string() + "' '" + path.string() + "'", status);
  REQUIRE_MESSAGE(status == 0, "networkx rejected our GraphML (see stderr)");
  rapidjson::Document json;
  json.Parse<rapidjson::kParseFullPrecisionFlag>(output.c_str());
  REQUIRE(!json.HasParseError());
  CHECK(json["directed"].GetBool());
  CHECK(json["nodes"].GetUint64() == graph.entity_count());
  CHECK(json["edges"].GetUint64() == graph.relation_count());
  CHECK(json["mentions_int"].GetBool());
  const auto& names = json["names"];
  for (graph::NodeId node = 0; node < graph.entity_count(); ++node) {
    const graph::Entity& entity = graph.entity(node);
    CAPTURE(entity.id);
    REQUIRE(names.HasMember(entity.id.c_str()));
    CHECK(std::string(names[entity.id.c_str()].GetString()) == xml_visible(entity.name));
  }
  for (const auto& edge : json["edge_list"].GetArray()) {
    const auto subject = graph.find_id(edge[0].GetString());
    const auto object = graph.find_id(edge[1].GetString());
    REQUIRE(subject);
    REQUIRE(object);
    bool found = false;
    for (const graph::EdgeId id : graph.out_edges(*subject)) {
      const graph::Relation& relation = graph.relation(id);
      if (graph.object(id) != *object || relation.predicate != edge[2].GetString()) continue;
      found = true;
      CHECK(std::string(edge[4].GetString()) == "float");
      CHECK(edge[3].GetDouble() == relation.confidence);
      CHECK(edge[5].GetUint64() == relation.evidence.size());
    }
    CHECK(found);
  }
}

namespace {

TEST_CASE("write_graphml is read by networkx with the graph's nodes, edges and typed attributes") {
  check_with_networkx(testing::sample_graph());
}

TEST_CASE("write_graphml keeps hostile names readable by networkx, XML-illegal characters as U+FFFD") {
  check_with_networkx(testing::hostile_graph());
}

TEST_CASE("write_graphml escapes markup and replaces characters XML 1.0 forbids") {
  std::ostringstream out;
  write_graphml(testing::hostile_graph(), out);
  const std::string text = out.str();
  CHECK(text.find("&lt;b&gt;Bold&lt;/b&gt; &amp; Co") != std::string::npos);
  CHECK(text.find("&amp;amp; Entity") != std::string::npos);
  CHECK(text.find("]]&gt; CDATA") != std::string::npos);
  CHECK(text.find("Say &quot;Hi&quot; GmbH") != std::string::npos);
  CHECK(text.find("Nul\xEF\xBF\xBD" "Byte") != std::string::npos);
  CHECK(text.find("Two&#10;Lines AG") != std::string::npos);
  CHECK(text.find('\0') == std::string::npos);
  CHECK(text.find('\x01') == std::string::npos);
  CHECK(text.find("attr.name=\"confidence\" attr.type=\"double\"") != std::string::npos);
  CHECK(text.find("attr.name=\"qualifier:time\" attr.type=\"string\"") != std::string::npos);
}

TEST_CASE("write_graphml gives identical bytes for the same graph") {
  std::ostringstream first, second;
  write_graphml(testing::sample_graph(), first);
  write_graphml(testing::sample_graph(true), second);
  CHECK(first.str() == second.str());
}

}  // namespace
}  // namespace kg::exporter
