// Fuzz-style: names, documents, quotes and qualifiers assembled at random
// (fixed seed) from the fragments that break escaping, through every
// exporter, each output read back by its real consumer.

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <tuple>
#include <sstream>
#include <string>
#include <vector>

#include "consumer_checks.h"
#include "export/exporters.h"
#include "export_fixtures.h"
#include "graph/graph_builder.h"
#include "rdf_completeness.h"
#include "rdf_consumer.h"

namespace kg::exporter {
namespace {

using extract::EntityType;
using namespace std::string_literals;

// Fragments each of which some format must escape or cannot carry.
const std::vector<std::string>& fragments() {
  static const std::vector<std::string> all{
      "\"", "\\", "\n", "\r\n", "\t", "<", ">", "&", "]]>", "&amp;", "'", "`", ";", ",", "{", "}", "|", "^",
      "#", ":", "/", "%20", "%", " ", "\0"s, "\x01", "\x1F", "\x7F", "\xFF", "\xC3", "\u200F", "\u202E", "\uFEFF",
      "\uFFFE", "ä", "ß", "\U0001F600", "_:b0", "<<", "{|", "@id", "$", "?x", "--", "\\u0041", "\\N", "Firma"};
  return all;
}

std::string random_text(std::mt19937& random, std::size_t parts) {
  std::uniform_int_distribution<std::size_t> pick(0, fragments().size() - 1);
  std::string text = "N";  // never empty, never only whitespace
  for (std::size_t i = 0; i < parts; ++i) text += fragments()[pick(random)];
  return text;
}

graph::KnowledgeGraph fuzz_graph(unsigned seed) {
  std::mt19937 random(seed);
  const EntityType types[] = {EntityType::Organization, EntityType::Person, EntityType::Location, EntityType::Product,
                              EntityType::Concept};
  const char* predicates[] = {"partner-of", "acquired", "supplies", "ceo-of", "headquartered-in", "produces"};
  graph::GraphBuilder builder;
  std::vector<std::string> docs;
  for (int i = 0; i < 3; ++i) {
    docs.push_back(random_text(random, 3));
    builder.add(graph::DocumentInfo{docs.back(), random_text(random, 1), "de"});
  }
  std::vector<std::string> names;
  for (int i = 0; i < 24; ++i) names.push_back(random_text(random, 1 + i % 5));
  for (std::size_t i = 0; i < 60; ++i) {
    auto statement = testing::statement(docs[i % docs.size()], names[random() % names.size()], types[random() % 5],
                                        predicates[random() % 6], names[random() % names.size()], types[random() % 5],
                                        0.05 + 0.9 * static_cast<double>(random() % 100) / 100.0, i);
    statement.evidence = random_text(random, 6);
    statement.extractor = random_text(random, 2);
    statement.subject.surface = i % 3 == 0 ? random_text(random, 2) : "";
    statement.qualifiers = {{"time", random_text(random, 2)}, {"source", random_text(random, 1)}};
    builder.add(statement);
  }
  auto revenue = testing::statement(docs[0], names[0], EntityType::Organization, "revenue", random_text(random, 2),
                                    EntityType::Literal, 0.3, 99);
  revenue.object.unit = random_text(random, 1);
  builder.add(revenue);
  return builder.build();
}

std::size_t line_count(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

TEST_CASE("fuzz: every RDF export of randomly hostile names holds the whole graph in Oxigraph and parses in rapper") {
  for (const unsigned seed : {1u, 2u}) {
    CAPTURE(seed);
    const graph::KnowledgeGraph graph = fuzz_graph(seed);
    REQUIRE(graph.relation_count() > 40);
    std::ostringstream ntriples, nquads, turtle, trig;
    write_ntriples(graph, ntriples);
    write_nquads(graph, nquads);
    write_turtle(graph, turtle);
    write_trig(graph, trig);
    const std::size_t triples = line_count(ntriples.str()), quads = line_count(nquads.str());
    std::vector<testing::RdfExport> exports{{ntriples.str(), "ntriples", testing::RdfShape::Triples, triples},
                                            {turtle.str(), "turtle", testing::RdfShape::Triples, triples},
                                            {nquads.str(), "nquads", testing::RdfShape::Quads, quads},
                                            {trig.str(), "trig", testing::RdfShape::Quads, quads}};
    for (const JsonLdForm form : {JsonLdForm::Compact, JsonLdForm::Expanded, JsonLdForm::Flattened})
      for (const bool reified : {true, false}) {
        std::ostringstream jsonld;
        write_jsonld(graph, jsonld, {form, reified});
        exports.push_back({jsonld.str(), "jsonld", reified ? testing::RdfShape::Quads : testing::RdfShape::Annotated,
                           reified ? quads : 0});
      }
    testing::check_rdf_in_oxigraph(graph, exports);

    if (!testing::require_tool("rapper --version", "raptor2-utils")) continue;
    for (const auto& [text, syntax, count] : {std::tuple{turtle.str(), "turtle", triples}, {trig.str(), "trig", quads},
                                              {ntriples.str(), "ntriples", triples}, {nquads.str(), "nquads", quads}}) {
      const auto path = testing::temp_path(std::string("fuzz.") + syntax);
      testing::write_file(path, text);
      int status = 0;
      const std::string parsed =
          testing::run("rapper -q -i " + std::string(syntax) + " -o nquads " + testing::shell_quote(path.string()), status);
      CHECK_MESSAGE(status == 0, "rapper rejected ", syntax);
      CHECK_MESSAGE(line_count(parsed) == count, syntax);
    }
  }
}

TEST_CASE("fuzz: GraphML, Neo4j CSV, Cypher and DOT of randomly hostile names are read back by networkx, Kuzu and Graphviz") {
  for (const unsigned seed : {3u}) {
    CAPTURE(seed);
    const graph::KnowledgeGraph graph = fuzz_graph(seed);
    check_with_networkx(graph);
    if (testing::require_node_package("kuzu")) {
      rapidjson::Document result;
      check_with_kuzu(graph, {}, result);
    }
    if (!testing::require_tool("dot -V", "graphviz")) continue;
    std::ostringstream dot;
    write_dot(graph, dot);
    const auto path = testing::temp_path("fuzz.dot");
    testing::write_file(path, dot.str());
    int status = 0;
    const std::string counts = testing::run(
        "gvpr 'BEG_G{printf(\"%d %d\", nNodes($G), nEdges($G))}' " + testing::shell_quote(path.string()), status);
    CHECK_MESSAGE(status == 0, "Graphviz could not read our DOT");
    // Every entity and relation, plus the legend's nodes and edges.
    std::istringstream numbers(counts);
    std::size_t nodes = 0, edges = 0;
    numbers >> nodes >> edges;
    CHECK(nodes >= graph.entity_count());
    CHECK(edges >= graph.relation_count());
  }
}

}  // namespace
}  // namespace kg::exporter
