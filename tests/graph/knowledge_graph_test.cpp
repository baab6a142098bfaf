#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <sstream>

#include "graph/graph_builder.h"
#include "graph/graph_file.h"
#include "graph_test_support.h"

using kg::extract::EntityType;
using kg::graph::GraphBuilder;
using kg::graph::KnowledgeGraph;
using kg::test::statement;

namespace {

std::string snapshot(const KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::graph::write_graph_file(graph, out);
  return out.str();
}

}  // namespace

TEST_CASE("KnowledgeGraph merges a repeated statement into one edge with two evidence records") {
  GraphBuilder builder;
  builder.add(statement("Quelbrix", "acquired", "Lumeno", 0.5, "a", 1));
  builder.add(statement("Quelbrix", "acquired", "Lumeno", 0.6, "b", 3));
  const KnowledgeGraph graph = builder.build();
  REQUIRE(graph.relation_count() == 1);
  const auto& relation = graph.relation(0);
  CHECK(relation.evidence.size() == 2);
  CHECK(relation.confidence == doctest::Approx(1 - 0.5 * 0.4));
  CHECK(graph.entity(graph.subject(0)).name == "Quelbrix");
}

TEST_CASE("the same evidence added twice is counted once") {
  GraphBuilder builder;
  builder.add(statement("Quelbrix", "acquired", "Lumeno", 0.5));
  builder.add(statement("Quelbrix", "acquired", "Lumeno", 0.5));
  const KnowledgeGraph graph = builder.build();
  CHECK(graph.relation(0).evidence.size() == 1);
  CHECK(graph.relation(0).confidence == doctest::Approx(0.5));
}

TEST_CASE("a symmetric predicate is stored once whichever way round it was said") {
  GraphBuilder builder;
  builder.add(statement("Lumeno", "partner-of", "Quelbrix", 0.5, "a"));
  builder.add(statement("Quelbrix", "partner-of", "Lumeno", 0.5, "b"));
  const KnowledgeGraph graph = builder.build();
  REQUIRE(graph.relation_count() == 1);
  CHECK(graph.relation(0).symmetric);
  CHECK(graph.subject(0) < graph.object(0));
  for (const auto& evidence : graph.relation(0).evidence)
    CHECK(evidence.subject_form == graph.entity(graph.subject(0)).name);
}

TEST_CASE("aliases merge into one node and each merge keeps its reason") {
  GraphBuilder builder;
  builder.add(statement("Velantor AG", "acquired", "Lumeno", 0.5, "a", 0));
  builder.add(statement("Velantor", "partner-of", "Quelbrix", 0.5, "a", 1));
  builder.add(statement("Velantor", "supplies", "Quelbrix", 0.5, "a", 2));
  builder.add(statement("Velantors", "supplies", "Lumeno", 0.5, "a", 3));
  const KnowledgeGraph graph = builder.build();
  const auto node = graph.find("Velantor AG");
  REQUIRE(node);
  CHECK(graph.entity(*node).name == "Velantor");
  CHECK(graph.find("velantors") == node);
  REQUIRE(graph.merges().size() == 2);
  CHECK(graph.merges()[0].reason == "legal-form");
  CHECK(graph.merges()[1].reason == "genitive");
}

TEST_CASE("a surface form resolved by the extractor becomes a mention alias") {
  GraphBuilder builder;
  auto s = statement("Quelbrix", "acquired", "Lumeno");
  s.subject.surface = "der Konzern";
  builder.add(s);
  const KnowledgeGraph graph = builder.build();
  const auto& korvex = graph.entity(*graph.find("Quelbrix"));
  REQUIRE(korvex.aliases.size() == 1);
  CHECK(korvex.aliases[0].form == "der Konzern");
  CHECK(korvex.aliases[0].reason == "mention");
  CHECK(graph.merges().empty());
}

TEST_CASE("literal objects are nodes keyed by value and unit") {
  GraphBuilder builder;
  auto share = statement("Quelbrix", "market-share", "14.7", 0.7, "a", 0, EntityType::Organization, EntityType::Literal);
  share.object.unit = "percent";
  builder.add(share);
  auto revenue = statement("Quelbrix", "revenue", "14.7", 0.7, "a", 1, EntityType::Organization, EntityType::Literal);
  revenue.object.unit = "EUR";
  builder.add(revenue);
  const KnowledgeGraph graph = builder.build();
  CHECK(graph.entity_count() == 3);
  CHECK(graph.find_id("Literal/14.7_percent"));
  CHECK(graph.find_id("Literal/14.7_EUR"));
}

TEST_CASE("entity ids derive from type and name and nodes are numbered in id order") {
  GraphBuilder builder;
  builder.add(statement("Zeta Works", "supplies", "Alpha Labs"));
  const KnowledgeGraph graph = builder.build();
  CHECK(graph.entity(0).id == "Organization/Alpha%20Labs");
  CHECK(graph.entity(1).id == "Organization/Zeta%20Works");
}

TEST_CASE("building gives byte-identical graphs whatever the order of the statements") {
  std::vector<kg::extract::Statement> statements{
      statement("Brenavo", "acquired", "Lumeno", 0.4, "a", 0), statement("Bernavo", "supplies", "Quelbrix", 0.5, "a", 1),
      statement("Brenavo", "partner-of", "Quelbrix", 0.6, "b", 0), statement("Quelbrix", "partner-of", "Brenavo", 0.7, "c", 2),
      statement("Brenavos", "sues", "Lumeno", 0.3, "c", 3), statement("Brenavo", "supplies", "Quelbrix", 0.8, "d", 4),
      statement("Lumeno GmbH", "competitor-of", "Quelbrix", 0.5, "d", 5), statement("Brenavo", "acquired", "Lumeno", 0.9, "e", 1)};
  auto build = [](const std::vector<kg::extract::Statement>& in) {
    GraphBuilder builder;
    for (const auto& s : in) builder.add(s);
    builder.add(kg::graph::DocumentInfo{"a", "2020-01", "de"});
    return snapshot(builder.build());
  };
  const std::string reference = build(statements);
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(statements.begin(), statements.end(), random);
    CHECK(build(statements) == reference);
  }
}

TEST_CASE("merging built graphs is order-independent and equals one build over the union") {
  std::vector<kg::extract::Statement> a{statement("Brenavo", "acquired", "Lumeno", 0.4, "a", 0),
                                        statement("Brenavo", "partner-of", "Quelbrix", 0.6, "a", 1)};
  std::vector<kg::extract::Statement> b{statement("Bernavo", "supplies", "Quelbrix", 0.5, "b", 0),
                                        statement("Brenavo", "supplies", "Quelbrix", 0.5, "b", 1),
                                        statement("Brenavo", "supplies", "Quelbrix", 0.5, "b", 2)};
  std::vector<kg::extract::Statement> c{statement("Quelbrix", "partner-of", "Brenavo", 0.7, "c", 0),
                                        statement("Lumeno AG", "sues", "Quelbrix", 0.3, "c", 1)};
  auto build = [](std::initializer_list<const std::vector<kg::extract::Statement>*> parts) {
    GraphBuilder builder;
    for (const auto* part : parts)
      for (const auto& s : *part) builder.add(s);
    return builder.build();
  };
  auto merge = [](std::initializer_list<KnowledgeGraph> graphs) {
    GraphBuilder builder;
    for (const auto& g : graphs) builder.add(g);
    return builder.build();
  };
  const KnowledgeGraph ga = build({&a}), gb = build({&b}), gc = build({&c});
  const std::string all = snapshot(build({&a, &b, &c}));
  CHECK(snapshot(merge({ga, gb, gc})) == all);
  CHECK(snapshot(merge({gc, gb, ga})) == all);
  CHECK(snapshot(merge({merge({ga, gb}), gc})) == all);
  CHECK(snapshot(merge({ga, merge({gc, gb})})) == all);
  // Merging a graph with itself adds no evidence.
  CHECK(snapshot(merge({ga, ga})) == snapshot(ga));
}

TEST_CASE("neighbourhood follows edges both ways up to the given depth") {
  GraphBuilder builder;
  builder.add(statement("Alpha Labs", "supplies", "Beta Works"));
  builder.add(statement("Gamma Group", "acquired", "Beta Works"));
  builder.add(statement("Gamma Group", "sues", "Delta Corp"));
  const KnowledgeGraph graph = builder.build();
  const auto alpha = *graph.find("Alpha Labs");
  CHECK(graph.neighbourhood(alpha, 0).size() == 1);
  CHECK(graph.neighbourhood(alpha, 1).size() == 2);
  CHECK(graph.neighbourhood(alpha, 2).size() == 3);
  CHECK(graph.neighbourhood(alpha, 3).size() == 4);
  const auto sub = graph.subgraph(graph.neighbourhood(alpha, 2), 0.0);
  CHECK(sub.entity_count() == 3);
  CHECK(sub.relation_count() == 2);
  CHECK(graph.subgraph(graph.neighbourhood(alpha, 2), 0.9).relation_count() == 0);
}
