#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "export/exporters.h"
#include "graph/graph_builder.h"
#include "export_fixtures.h"

namespace kg::exporter {
namespace {

std::string sorted_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& line : lines) out += line + '\n';
  return out;
}

// The npm `jsonld` processor over tools/node/jsonld_to_nquads.js: our
// JSON-LD must give exactly the RDF of our N-Quads writer. Skips (with a
// message) when node or the package is missing, unless CI=true.
void check_against_jsonld_processor(const graph::KnowledgeGraph& graph) {
  const std::filesystem::path modules = KG_NODE_MODULES;
  const std::filesystem::path script = std::filesystem::path(KG_SOURCE_DIR) / "tools/node/jsonld_to_nquads.js";
  int status = 0;
  testing::run("node --version >/dev/null 2>&1", status);
  const bool have_node = status == 0;
  const bool have_jsonld = std::filesystem::exists(modules / "jsonld" / "package.json");
  if (!have_node || !have_jsonld) {
    const char* ci = std::getenv("CI");
    const std::string missing = !have_node ? "node is not installed" : "jsonld is not installed in " + modules.string() +
                                                                           " (run: npm ci --prefix tools/node)";
    if (ci && std::string_view(ci) == "true") FAIL("JSON-LD processor required under CI=true: " << missing);
    MESSAGE("skipped: " << missing);
    return;
  }

  std::ostringstream jsonld, nquads;
  write_jsonld(graph, jsonld);
  write_nquads(graph, nquads);
  const auto input = testing::temp_path("graph.jsonld");
  testing::write_file(input, jsonld.str());
  const std::string processed = testing::run(
      "NODE_PATH='" + modules.string() + "' node '" + script.string() + "' '" + input.string() + "'", status);
  REQUIRE_MESSAGE(status == 0, "the jsonld processor rejected our JSON-LD (see stderr)");
  CHECK(!processed.empty());
  // The processor's lines come sorted; ours come in the emitter's order.
  const std::string expected = sorted_lines(nquads.str());
  if (processed != expected) {
    // Show the first differing line, not two walls of text.
    std::istringstream ours(expected), theirs(processed);
    std::string our_line, their_line;
    while (std::getline(ours, our_line) && std::getline(theirs, their_line) && our_line == their_line) {}
    CHECK(our_line == their_line);
  }
  CHECK(processed == expected);
}

TEST_CASE("write_jsonld gives the same RDF as write_nquads under the jsonld processor") {
  check_against_jsonld_processor(testing::sample_graph());
}

TEST_CASE("write_jsonld keeps hostile names and evidence identical to the N-Quads under the jsonld processor") {
  check_against_jsonld_processor(testing::hostile_graph());
}

TEST_CASE("merged names and their reasons reach the JSON-LD exactly as the N-Quads under the jsonld processor") {
  graph::GraphBuilder builder;
  using extract::EntityType;
  builder.add(testing::statement("a", "Velantor AG", EntityType::Organization, "acquired", "Brenavo Systems",
                                 EntityType::Organization, 0.6, 0));
  builder.add(testing::statement("a", "Velantor", EntityType::Organization, "supplies", "Brenavo",
                                 EntityType::Organization, 0.6, 1));
  builder.add(testing::statement("a", "Velantor", EntityType::Organization, "sues", "Say \"Hi\" GmbH",
                                 EntityType::Organization, 0.6, 2));
  builder.add(testing::statement("a", "Velantors", EntityType::Organization, "supplies", "Say \"Hi\"",
                                 EntityType::Organization, 0.6, 3));
  const graph::KnowledgeGraph graph = builder.build();
  REQUIRE(graph.merges().size() == 4);
  std::ostringstream nquads;
  write_nquads(graph, nquads);
  CHECK(nquads.str().find("<https://w3id.org/kg/ns#reason> \"genitive\"") != std::string::npos);
  CHECK(nquads.str().find("<https://w3id.org/kg/ns#reason> \"short-form\"") != std::string::npos);
  check_against_jsonld_processor(graph);
}

TEST_CASE("write_jsonld writes one JSON document with an inline context and no remote references") {
  std::ostringstream out;
  write_jsonld(testing::hostile_graph(), out);
  rapidjson::Document document;
  document.Parse(out.str().data(), out.str().size());
  REQUIRE(!document.HasParseError());
  REQUIRE(document.IsObject());
  REQUIRE(document.HasMember("@context"));
  CHECK(document["@context"].IsObject());
  CHECK(std::string(document["@context"]["kg"].GetString()) == "https://w3id.org/kg/ns#");
  REQUIRE(document.HasMember("@graph"));
  CHECK(document["@graph"].IsArray());
  CHECK(out.str().back() == '\n');
}

TEST_CASE("write_jsonld puts edges on the subject node and literal values as typed decimals") {
  std::ostringstream out;
  write_jsonld(testing::sample_graph(), out);
  rapidjson::Document document;
  document.Parse(out.str().data(), out.str().size());
  REQUIRE(!document.HasParseError());
  const rapidjson::Value* xiaomi = nullptr;
  for (const auto& node : document["@graph"].GetArray())
    if (std::string_view(node["@id"].GetString()) == "entity:Organization/Xiaomi") xiaomi = &node;
  REQUIRE(xiaomi != nullptr);
  CHECK(std::string((*xiaomi)["@type"].GetString()) == "Organization");
  CHECK(std::string((*xiaomi)["market-share"][0].GetString()) == "14.7");
  CHECK(std::string((*xiaomi)["shipped"][0].GetString()) == "entity:Concept/Wearables");
  const auto& context = document["@context"];
  CHECK(std::string(context["market-share"]["@type"].GetString()) == "xsd:decimal");
  CHECK(std::string(context["shipped"]["@type"].GetString()) == "@id");
  CHECK(std::string(context["Location"].GetString()) == "schema:Place");
}

TEST_CASE("write_jsonld gives identical bytes for the same graph") {
  std::ostringstream first, second;
  write_jsonld(testing::sample_graph(), first);
  write_jsonld(testing::sample_graph(), second);
  CHECK(first.str() == second.str());
}

}  // namespace
}  // namespace kg::exporter
