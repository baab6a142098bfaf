#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "export/exporters.h"
#include "export/graph_view.h"
#include "export_fixtures.h"
#include "graph/graph_builder.h"

namespace kg::exporter {
namespace {

using extract::EntityType;

// "subject predicate object" of every relation in the view, sorted.
std::set<std::string> drawn(const graph::KnowledgeGraph& graph, const GraphView& view) {
  std::set<std::string> lines;
  for (const graph::EdgeId edge : view.edges)
    lines.insert(graph.entity(graph.subject(edge)).name + " " + graph.relation(edge).predicate + " " +
                 graph.entity(graph.object(edge)).name);
  return lines;
}

std::set<std::string> names(const graph::KnowledgeGraph& graph, const GraphView& view) {
  std::set<std::string> found;
  for (const graph::NodeId node : view.nodes) found.insert(graph.entity(node).name);
  return found;
}

// Every drawn relation's ends are drawn, and both lists are sorted.
void check_consistent(const graph::KnowledgeGraph& graph, const GraphView& view) {
  CHECK(std::is_sorted(view.nodes.begin(), view.nodes.end()));
  CHECK(std::is_sorted(view.edges.begin(), view.edges.end()));
  for (const graph::EdgeId edge : view.edges) {
    CHECK(std::binary_search(view.nodes.begin(), view.nodes.end(), graph.subject(edge)));
    CHECK(std::binary_search(view.nodes.begin(), view.nodes.end(), graph.object(edge)));
  }
}

// `leaves` organisations that each supply "Hub AG".
graph::KnowledgeGraph star_graph(std::size_t leaves) {
  graph::GraphBuilder builder;
  for (std::size_t i = 0; i < leaves; ++i)
    builder.add(testing::statement("star", "Zulieferer " + std::to_string(i), EntityType::Organization, "supplies",
                                   "Hub AG", EntityType::Organization, 0.5, i));
  return builder.build();
}

TEST_CASE("select_view without filters shows every relation of a small graph, uncapped") {
  const graph::KnowledgeGraph graph = testing::sample_graph();
  const GraphView view = select_view(graph, {});
  CHECK(view.edges.size() == graph.relation_count());
  CHECK(view.nodes.size() == graph.entity_count());
  CHECK(view.matching_relations == graph.relation_count());
  CHECK_FALSE(view.capped);
  CHECK_FALSE(view.focus.has_value());
}

TEST_CASE("select_view with a focus follows kept relations both ways up to depth hops") {
  const graph::KnowledgeGraph graph = testing::sample_graph();
  ViewFilter filter;
  filter.focus = graph.find("Xiaomi");
  filter.depth = 1;
  GraphView view = select_view(graph, filter);
  check_consistent(graph, view);
  CHECK(names(graph, view) == std::set<std::string>{"Xiaomi", "Nokia", "14.7", "Wearables", "Mi Band"});
  CHECK(view.focus == graph.find("Xiaomi"));
  filter.depth = 2;
  view = select_view(graph, filter);
  CHECK(names(graph, view).count("HMD Global") == 1);
  CHECK(names(graph, view).count("Rajeev Suri") == 1);
  // Only along partner-of, Xiaomi reaches Nokia but no further.
  filter.predicates = {"partner-of"};
  view = select_view(graph, filter);
  CHECK(drawn(graph, view) == std::set<std::string>{"Nokia partner-of Xiaomi"});
}

TEST_CASE("select_view keeps the relations of the given predicates, types and confidence, and their entities") {
  const graph::KnowledgeGraph graph = testing::sample_graph();
  ViewFilter filter;
  filter.predicates = {"licenses-to", "ceo-of"};
  CHECK(drawn(graph, select_view(graph, filter)) ==
        std::set<std::string>{"Nokia licenses-to HMD Global", "Rajeev Suri ceo-of Nokia"});
  filter = {};
  filter.types = {EntityType::Organization};
  const GraphView organisations = select_view(graph, filter);
  check_consistent(graph, organisations);
  CHECK(names(graph, organisations) == std::set<std::string>{"Nokia", "HMD Global", "Xiaomi"});
  filter = {};
  filter.min_confidence = 0.9;
  CHECK(drawn(graph, select_view(graph, filter)) ==
        std::set<std::string>{"Nokia licenses-to HMD Global", "Nokia partner-of Xiaomi", "Rajeev Suri ceo-of Nokia"});
  // A type filter never hides the focus.
  filter = {};
  filter.focus = graph.find("Rajeev Suri");
  filter.types = {EntityType::Organization};
  CHECK(names(graph, select_view(graph, filter)) == std::set<std::string>{"Rajeev Suri", "Nokia"});
}

TEST_CASE("select_view --since keeps relations from dated documents or time qualifiers on or after the date") {
  const graph::KnowledgeGraph graph = testing::sample_graph();  // dev-001 is dated 2017-07, dev-002 undated
  ViewFilter filter;
  filter.since = "2017-06";
  const std::set<std::string> recent = drawn(graph, select_view(graph, filter));
  CHECK(recent.count("Nokia partner-of Xiaomi") == 1);       // dev-001
  CHECK(recent.count("Nokia licenses-to HMD Global") == 1);  // dev-001 and dev-002
  CHECK(recent.count("Rajeev Suri ceo-of Nokia") == 0);      // dev-002 only, undated
  filter.since = "2017-08-01";
  CHECK(drawn(graph, select_view(graph, filter)).empty());
  // A time qualifier alone: 2017-Q1 ends on 2017-03-31.
  graph::GraphBuilder builder;
  auto dated = testing::statement("undated", "Xiaomi", EntityType::Organization, "shipped", "Wearables",
                                  EntityType::Concept, 0.7);
  dated.qualifiers = {{"time", "2017-Q1"}};
  builder.add(dated);
  const graph::KnowledgeGraph timed = builder.build();
  filter.since = "2017-03";
  CHECK(select_view(timed, filter).edges.size() == 1);
  filter.since = "2017-Q2";
  CHECK(select_view(timed, filter).edges.empty());
  filter.since = "März 2017";
  CHECK_THROWS_WITH_AS(select_view(timed, filter), doctest::Contains("'März 2017'"), ExportError);
}

TEST_CASE("period_start and period_end read years, quarters, halves, months and days") {
  CHECK(period_start("2017") == "2017-01-01");
  CHECK(period_end("2017") == "2017-12-31");
  CHECK(period_start("2017-Q2") == "2017-04-01");
  CHECK(period_end("2017-Q2") == "2017-06-31");
  CHECK(period_end("2017-H1") == "2017-06-31");
  CHECK(period_start("2017-07") == "2017-07-01");
  CHECK(period_end("2017-07-15") == "2017-07-15");
  for (const char* invalid : {"", "17", "2017-13", "2017-Q5", "2017-07-32", "2017-7", "2017/07", "heute"})
    CHECK_MESSAGE(period_start(invalid).empty(), invalid);
}

TEST_CASE("select_view cuts a graph past the cap to a connected view around the best-connected entity") {
  const graph::KnowledgeGraph graph = star_graph(150);
  ViewFilter filter;
  filter.max_relations = 100;
  const GraphView view = select_view(graph, filter);
  check_consistent(graph, view);
  CHECK(view.capped);
  CHECK(view.matching_relations == 150);
  CHECK(view.edges.size() == 100);
  REQUIRE(view.focus.has_value());
  CHECK(graph.entity(*view.focus).name == "Hub AG");
  CHECK(view.nodes.size() == 101);
  filter.max_relations = 0;
  CHECK(select_view(graph, filter).edges.size() == 150);
}

TEST_CASE("select_view cuts a chain ring by ring around its focus, within the cap") {
  const graph::KnowledgeGraph graph = testing::chain_graph(400);
  ViewFilter filter;
  filter.focus = graph.find("Firma 200");
  filter.depth = 100;
  filter.max_relations = 10;
  const GraphView view = select_view(graph, filter);
  check_consistent(graph, view);
  CHECK(view.capped);
  CHECK(view.matching_relations == 200);
  CHECK(view.edges.size() == 10);
  // Five hops each way: Firma 195 … Firma 205.
  CHECK(names(graph, view).count("Firma 195") == 1);
  CHECK(names(graph, view).count("Firma 205") == 1);
  CHECK(names(graph, view).count("Firma 194") == 0);
}

}  // namespace
}  // namespace kg::exporter
