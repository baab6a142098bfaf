#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "export/exporters.h"
#include "export_fixtures.h"
#include "rdf_completeness.h"
#include "rdf_consumer.h"

namespace kg::exporter {
namespace {

using testing::RdfShape;

constexpr JsonLdForm kForms[] = {JsonLdForm::Compact, JsonLdForm::Expanded, JsonLdForm::Flattened};

std::string jsonld_text(const graph::KnowledgeGraph& graph, JsonLdForm form, bool reified = true) {
  std::ostringstream out;
  write_jsonld(graph, out, {form, reified});
  return out.str();
}

std::size_t line_count(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

TEST_CASE("every JSON-LD form, reified or not, holds every entity, alias, statement, confidence and evidence span in Oxigraph") {
  for (const graph::KnowledgeGraph& graph : {testing::sample_graph(), testing::hostile_graph()}) {
    std::ostringstream nquads;
    write_nquads(graph, nquads);
    std::vector<testing::RdfExport> exports;
    for (const JsonLdForm form : kForms) {
      exports.push_back({jsonld_text(graph, form), "jsonld", RdfShape::Quads, line_count(nquads.str())});
      exports.push_back({jsonld_text(graph, form, false), "jsonld", RdfShape::Annotated});
    }
    testing::check_rdf_in_oxigraph(graph, exports);
  }
}

TEST_CASE("N-Triples, N-Quads, Turtle and TriG hold the whole graph in Oxigraph, hostile names included") {
  for (const graph::KnowledgeGraph& graph : {testing::sample_graph(), testing::hostile_graph()}) {
    std::ostringstream ntriples, nquads, turtle, trig;
    write_ntriples(graph, ntriples);
    write_nquads(graph, nquads);
    write_turtle(graph, turtle);
    write_trig(graph, trig);
    testing::check_rdf_in_oxigraph(graph, {{ntriples.str(), "ntriples", RdfShape::Triples, line_count(ntriples.str())},
                                           {turtle.str(), "turtle", RdfShape::Triples, line_count(ntriples.str())},
                                           {nquads.str(), "nquads", RdfShape::Quads, line_count(nquads.str())},
                                           {trig.str(), "trig", RdfShape::Quads, line_count(nquads.str())}});
  }
}

TEST_CASE("the expanded form is exactly what the jsonld processor's expand() makes of the compacted form") {
  if (!testing::require_node_package("jsonld")) return;
  for (const graph::KnowledgeGraph& graph : {testing::sample_graph(), testing::hostile_graph()}) {
    for (const bool reified : {true, false}) {
      const auto compact = testing::temp_path("compact.jsonld");
      const auto expanded = testing::temp_path("expanded.jsonld");
      testing::write_file(compact, jsonld_text(graph, JsonLdForm::Compact, reified));
      testing::write_file(expanded, jsonld_text(graph, JsonLdForm::Expanded, reified));
      int status = 0;
      const std::string from_compact = testing::run_node_script("jsonld_expand.js", testing::shell_quote(compact.string()), status);
      REQUIRE(status == 0);
      const std::string from_expanded = testing::run_node_script("jsonld_expand.js", testing::shell_quote(expanded.string()), status);
      REQUIRE(status == 0);
      CHECK(from_compact == from_expanded);
      // And expand() leaves ours as it is (up to key order).
      rapidjson::Document ours, theirs;
      ours.Parse(testing::read_file(expanded).c_str());
      theirs.Parse(from_expanded.c_str());
      CHECK(ours == theirs);
    }
  }
}

// Whether any node object under `value` (outside "@graph") is embedded in another.
bool has_embedded_node(const rapidjson::Value& value, bool inside_property) {
  if (value.IsArray()) {
    for (const auto& item : value.GetArray())
      if (has_embedded_node(item, inside_property)) return true;
    return false;
  }
  if (!value.IsObject()) return false;
  const bool reference = value.MemberCount() == 1 && value.HasMember("@id");
  if (inside_property && !value.HasMember("@value") && !reference) return true;
  for (const auto& member : value.GetObject()) {
    const std::string_view key = member.name.GetString();
    if (key == "@context") continue;
    if (has_embedded_node(member.value, key != "@graph")) return true;
  }
  return false;
}

TEST_CASE("the flattened form embeds no node in another; the compacted one embeds aliases and evidence") {
  for (const bool reified : {true, false}) {
    rapidjson::Document flattened, compact;
    flattened.Parse(jsonld_text(testing::hostile_graph(), JsonLdForm::Flattened, reified).c_str());
    compact.Parse(jsonld_text(testing::hostile_graph(), JsonLdForm::Compact, reified).c_str());
    REQUIRE(flattened.HasMember("@context"));
    CHECK_FALSE(has_embedded_node(flattened, false));
    CHECK(has_embedded_node(compact, false));
  }
  rapidjson::Document expanded;
  expanded.Parse(jsonld_text(testing::sample_graph(), JsonLdForm::Expanded).c_str());
  REQUIRE(expanded.IsArray());
  CHECK_FALSE(expanded[0].HasMember("@context"));
  CHECK(expanded[0]["@type"].IsArray());
}

TEST_CASE("without reification no statement node is written and each edge sits in its statement's graph") {
  const std::string text = jsonld_text(testing::sample_graph(), JsonLdForm::Compact, false);
  CHECK(text.find("\"@type\":\"Statement\"") == std::string::npos);
  rapidjson::Document document;
  document.Parse(text.c_str());
  bool found = false;
  for (const auto& node : document["@graph"].GetArray()) {
    const std::string_view id = node["@id"].GetString();
    if (id != "stmt:Organization/Nokia/licenses-to/Organization/HMD%20Global") continue;
    found = true;
    CHECK(std::string(node["confidence"].GetString()) == "0.928");
    CHECK(node["evidence"].Size() == 2);
    CHECK(std::string(node["@graph"][0]["@id"].GetString()) == "entity:Organization/Nokia");
    CHECK(std::string(node["@graph"][0]["licenses-to"][0].GetString()) == "entity:Organization/HMD%20Global");
  }
  CHECK(found);
}

}  // namespace
}  // namespace kg::exporter
