#include <doctest/doctest.h>

#include "query/result_writer.h"
#include "query/sparql_engine.h"
#include "query/sparql_parser.h"
#include "query/triple_store.h"

#include <sstream>

using namespace kg::query;

namespace {

// a -p-> b, c; b -p-> c; b and c have names; many x -q-> a.
TripleStore small_store() {
  std::vector<std::array<std::string, 3>> triples{
      {"<http://e/a>", "<http://e/p>", "<http://e/b>"},
      {"<http://e/a>", "<http://e/p>", "<http://e/c>"},
      {"<http://e/b>", "<http://e/p>", "<http://e/c>"},
      {"<http://e/b>", "<http://e/name>", "\"Bee\""},
      {"<http://e/c>", "<http://e/name>", "\"Sea \\\"quoted\\\"\""},
      {"<http://e/a>", "<http://e/p>", "<http://e/b>"},  // repeated: stored once
  };
  for (int i = 0; i < 50; ++i)
    triples.push_back({"<http://e/x" + std::to_string(i) + ">", "<http://e/q>", "<http://e/a>"});
  return TripleStore::from_terms(triples);
}

QueryResult run(const TripleStore& store, const std::string& text) { return SparqlEngine(store).run(parse_sparql(text)); }

}  // namespace

TEST_CASE("TripleStore interns terms once, drops repeated triples and counts patterns on its indexes") {
  const TripleStore store = small_store();
  CHECK(store.size() == 55);
  const auto a = store.find("<http://e/a>"), p = store.find("<http://e/p>"), q = store.find("<http://e/q>");
  REQUIRE(a);
  REQUIRE(p);
  CHECK_FALSE(store.find("<http://e/none>"));
  CHECK(store.term(*a) == "<http://e/a>");
  CHECK(store.count({a, p, std::nullopt}) == 2);
  CHECK(store.count({std::nullopt, q, a}) == 50);
  CHECK(store.count({std::nullopt, std::nullopt, a}) == 50);
  CHECK(store.count({a, std::nullopt, store.find("<http://e/c>")}) == 1);
  CHECK(store.predicate_stats(*q)->subjects == 50);
  CHECK(store.predicate_stats(*q)->objects == 1);
}

TEST_CASE("the engine joins, filters, orders and counts over the store") {
  const TripleStore store = small_store();
  const auto chain = run(store, "SELECT ?x ?n WHERE { <http://e/a> <http://e/p> ?x . ?x <http://e/name> ?n } ORDER BY ?n");
  REQUIRE(chain.rows.size() == 2);
  CHECK(chain.rows[0] == std::vector<std::string>{"<http://e/b>", "\"Bee\""});
  const auto optional = run(store, "SELECT ?x ?n WHERE { ?x <http://e/p> ?y OPTIONAL { ?x <http://e/name> ?n } }");
  CHECK(optional.rows.size() == 3);
  const auto count = run(store, "SELECT (COUNT(*) AS ?n) WHERE { ?x <http://e/q> ?y }");
  CHECK(count.rows[0][0] == "\"50\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  const auto none = run(store, "SELECT (COUNT(*) AS ?n) WHERE { ?x <http://e/none> ?y }");
  CHECK(none.rows[0][0] == "\"0\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  CHECK(run(store, "ASK { <http://e/b> <http://e/p> <http://e/c> }").boolean);
  CHECK_FALSE(run(store, "ASK { <http://e/c> <http://e/p> <http://e/b> }").boolean);
}

TEST_CASE("the plan starts from the most selective pattern and joins by index lookups or hashing") {
  const TripleStore store = small_store();
  const std::string plan = SparqlEngine(store).explain(
      parse_sparql("SELECT ?x WHERE { ?x <http://e/q> ?a . ?a <http://e/p> <http://e/c> FILTER(?x != ?a) }"));
  // 2 triples match the second pattern, 50 the first: the second goes first.
  const auto first = plan.find("1. scan: ?a <http://e/p> <http://e/c>");
  const auto second = plan.find("join on ?a: ?x <http://e/q> ?a");
  CHECK_MESSAGE(first != std::string::npos, plan);
  CHECK_MESSAGE(second != std::string::npos, plan);
  CHECK(plan.find("filter (?x != ?a)") != std::string::npos);
  const std::string missing = SparqlEngine(store).explain(parse_sparql("SELECT ?x WHERE { ?x <http://e/none> ?y }"));
  CHECK(missing.find("no solutions, the graph has no term <http://e/none>") != std::string::npos);
}

TEST_CASE("results are written as SPARQL JSON, CSV and TSV") {
  const TripleStore store = small_store();
  const auto result = run(store, "SELECT ?x ?n WHERE { ?x <http://e/name> ?n } ORDER BY ?n");
  std::ostringstream json, csv, tsv;
  write_results_json(result, json);
  write_results_csv(result, csv);
  write_results_tsv(result, tsv);
  CHECK(json.str().find("{\"head\":{\"vars\":[\"x\",\"n\"]}") == 0);
  CHECK(json.str().find("\"n\":{\"type\":\"literal\",\"value\":\"Sea \\\"quoted\\\"\"}") != std::string::npos);
  CHECK(csv.str() == "x,n\r\nhttp://e/b,Bee\r\nhttp://e/c,\"Sea \"\"quoted\"\"\"\r\n");
  CHECK(tsv.str() == "?x\t?n\n<http://e/b>\t\"Bee\"\n<http://e/c>\t\"Sea \\\"quoted\\\"\"\n");
  std::ostringstream ask;
  write_results_json(run(store, "ASK { ?s ?p ?o }"), ask);
  CHECK(ask.str() == "{\"head\":{},\"boolean\":true}\n");
}
