#include <doctest/doctest.h>

#include "graph/graph_builder.h"
#include "graph/triple_query.h"
#include "graph_test_support.h"

using kg::graph::PatternMatcher;
using kg::graph::parse_triple_pattern;
using kg::graph::QueryError;
using Rows = std::vector<std::vector<std::string>>;

namespace {

kg::graph::KnowledgeGraph query_graph() {
  kg::graph::GraphBuilder builder;
  builder.add(kg::test::statement("Quelbrix AG", "acquired", "Lumeno", 0.7, "a", 0));
  builder.add(kg::test::statement("Quelbrix", "partner-of", "Brenavo Systems", 0.6, "a", 1));
  builder.add(kg::test::statement("Quelbrix", "acquired", "Patente", 0.6, "a", 2, kg::extract::EntityType::Organization,
                                  kg::extract::EntityType::Concept));
  auto share = kg::test::statement("Lumeno", "market-share", "14.7", 0.8, "a", 3, kg::extract::EntityType::Organization,
                                   kg::extract::EntityType::Literal);
  share.object.unit = "percent";
  builder.add(share);
  return builder.build();
}

}  // namespace

TEST_CASE("a triple pattern splits into three parts and honours quotes") {
  const auto pattern = parse_triple_pattern("'Brenavo Systems' partner-of ?x");
  CHECK(pattern.subject == "Brenavo Systems");
  CHECK(pattern.predicate == "partner-of");
  CHECK(pattern.object == "?x");
}

TEST_CASE("a malformed triple pattern is refused with the reason") {
  CHECK_THROWS_WITH_AS(parse_triple_pattern("?x acquired"), doctest::Contains("got 2 part(s)"), QueryError);
  CHECK_THROWS_WITH_AS(parse_triple_pattern("?x buys ?y"), doctest::Contains("unknown predicate 'buys'"), QueryError);
  CHECK_THROWS_WITH_AS(parse_triple_pattern("'Quelbrix acquired ?y"), doctest::Contains("column 1"), QueryError);
  CHECK_THROWS_WITH_AS(parse_triple_pattern("a acquired b c"), doctest::Contains("more than three"), QueryError);
}

TEST_CASE("a bound subject matches its out-edges through aliases") {
  const auto graph = query_graph();
  const auto result = PatternMatcher().match(graph, parse_triple_pattern("'Quelbrix AG' acquired ?what"));
  CHECK(result.variables == std::vector<std::string>{"?what"});
  CHECK(result.rows == Rows{{"Lumeno"}, {"Patente"}});
}

TEST_CASE("a symmetric predicate matches from either end") {
  const auto graph = query_graph();
  CHECK(PatternMatcher().match(graph, parse_triple_pattern("'Brenavo Systems' partner-of ?x")).rows == Rows{{"Quelbrix"}});
  CHECK(PatternMatcher().match(graph, parse_triple_pattern("Quelbrix partner-of ?x")).rows == Rows{{"Brenavo Systems"}});
  CHECK(PatternMatcher().match(graph, parse_triple_pattern("?x partner-of Quelbrix")).rows == Rows{{"Brenavo Systems"}});
}

TEST_CASE("all-variable patterns list every statement and literals show their unit") {
  const auto graph = query_graph();
  const auto result = PatternMatcher().match(graph, parse_triple_pattern("?s market-share ?o"));
  CHECK(result.rows == Rows{{"Lumeno", "14.7 percent"}});
  CHECK(PatternMatcher().match(graph, parse_triple_pattern("?s ?p ?o")).rows.size() == 5);
  CHECK(PatternMatcher().match(graph, parse_triple_pattern("?x partner-of ?x")).rows.empty());
}

TEST_CASE("an unknown name gives no rows and a note") {
  const auto result = PatternMatcher().match(query_graph(), parse_triple_pattern("Nobody acquired ?x"));
  CHECK(result.rows.empty());
  REQUIRE(result.notes.size() == 1);
  CHECK(result.notes[0] == "no entity named 'Nobody'");
}
