#include <doctest/doctest.h>

#include <string>

#include "query/sparql_parser.h"

using kg::query::looks_like_sparql;
using kg::query::parse_sparql;
using kg::query::Query;
using kg::query::SparqlError;

namespace {

// The message of the SparqlError `text` throws, or "" when it parses.
std::string refusal(const std::string& text) {
  try {
    parse_sparql(text);
  } catch (const SparqlError& error) {
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("parse_sparql reads SELECT with prefixes, lists, OPTIONAL, UNION, FILTER and modifiers") {
  const Query query = parse_sparql(
      "PREFIX ex: <http://example.org/>\n"
      "SELECT DISTINCT ?x ?n WHERE {\n"
      "  ?x a schema:Organization ; schema:name ?n , \"X\" .\n"
      "  OPTIONAL { ?x ex:p ?y FILTER(?y > 3) }\n"
      "  { ?x kg:partner-of ?z } UNION { ?z kg:partner-of ?x }\n"
      "  FILTER(regex(?n, \"^N\", \"i\") && !bound(?y) || contains(str(?x), \"a\"))\n"
      "} ORDER BY DESC(?n) ?x LIMIT 5 OFFSET 2");
  CHECK(query.form == Query::Form::Select);
  CHECK(query.distinct);
  CHECK(query.projection.size() == 2);
  CHECK(query.where.elements.size() == 3);
  CHECK(query.where.elements[0].triples.size() == 3);
  CHECK(query.where.elements[0].triples[0].predicate.constant == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>");
  CHECK(query.where.elements[0].triples[2].object.constant == "\"X\"");
  CHECK(query.where.filters.size() == 1);
  CHECK(query.order_by.size() == 2);
  CHECK(query.order_by[0].descending);
  CHECK(query.limit == 5u);
  CHECK(query.offset == 2);
}

TEST_CASE("parse_sparql reads COUNT with GROUP BY, ASK, numbers, booleans and typed literals") {
  const Query count = parse_sparql("SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p");
  CHECK(count.aggregated);
  CHECK(count.projection[1].is_count);
  CHECK(count.projection[1].count_distinct);
  const Query ask = parse_sparql("ask { ?s kg:x -1.5, 2, 3e0, true, \"v\"^^xsd:integer, 'w'@DE }");
  CHECK(ask.form == Query::Form::Ask);
  const auto& triples = ask.where.elements[0].triples;
  REQUIRE(triples.size() == 6);
  CHECK(triples[0].object.constant == "\"-1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>");
  CHECK(triples[1].object.constant == "\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  CHECK(triples[2].object.constant == "\"3e0\"^^<http://www.w3.org/2001/XMLSchema#double>");
  CHECK(triples[3].object.constant == "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>");
  CHECK(triples[5].object.constant == "\"w\"@de");
}

TEST_CASE("parse_sparql refuses each construct outside the subset by name, line and column") {
  const std::pair<const char*, const char*> cases[] = {
      {"CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "line 1, column 1: CONSTRUCT queries are not supported"},
      {"DESCRIBE ?s WHERE { ?s ?p ?o }", "line 1, column 1: DESCRIBE queries are not supported"},
      {"INSERT DATA { <a> <b> <c> }", "line 1, column 1: SPARQL Update (INSERT)"},
      {"SELECT * WHERE {\n  ?s kg:a/kg:b ?o }", "line 2, column 10: property paths are not supported ('/')"},
      {"SELECT * WHERE { ?s ^kg:a ?o }", "line 1, column 21: property paths are not supported ('^')"},
      {"SELECT * WHERE { ?s kg:a+ ?o }", "line 1, column 25: property paths are not supported ('+')"},
      {"SELECT * WHERE { ?s ?p ?o FILTER EXISTS { ?s ?p ?o } }", "line 1, column 34: EXISTS is not supported"},
      {"SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { ?s ?p ?o } }", "line 1, column 34: NOT EXISTS is not supported"},
      {"SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }", "line 1, column 20: subqueries"},
      {"SELECT * WHERE { ?s ?p ?o BIND(1 AS ?x) }", "line 1, column 27: BIND is not supported"},
      {"SELECT * WHERE { VALUES ?s { <a> } }", "line 1, column 18: VALUES is not supported"},
      {"SELECT * WHERE { ?s ?p ?o MINUS { ?s a ?t } }", "line 1, column 27: MINUS is not supported"},
      {"SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "line 1, column 18: GRAPH is not supported"},
      {"SELECT * WHERE { SERVICE <x> { ?s ?p ?o } }", "line 1, column 18: SERVICE is not supported"},
      {"SELECT (SUM(?o) AS ?n) WHERE { ?s ?p ?o }", "line 1, column 9: SUM is not supported in SELECT"},
      {"SELECT (MAX(?o) AS ?n) WHERE { ?s ?p ?o }", "line 1, column 9: MAX is not supported in SELECT"},
      {"SELECT (?o AS ?n) WHERE { ?s ?p ?o }", "line 1, column 9: expressions in SELECT are not supported"},
      {"SELECT ?s WHERE { ?s ?p ?o FILTER(?o + 1 > 2) }", "line 1, column 38: arithmetic ('+')"},
      {"SELECT ?s WHERE { ?s ?p ?o FILTER(isIRI(?o)) }", "line 1, column 35: ISIRI is not supported"},
      {"SELECT ?s WHERE { ?s ?p ?o FILTER(?o IN (1, 2)) }", "line 1, column 38: IN is not supported"},
      {"SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s HAVING (COUNT(*) > 1)", "line 1, column 42: HAVING is not supported"},
      {"SELECT ?s WHERE { _:b ?p ?o }", "line 1, column 19: blank nodes in patterns"},
      {"SELECT ?s WHERE { ?s ?p [ ?q ?r ] }", "line 1, column 25: blank nodes in patterns"},
      {"SELECT ?s FROM <g> WHERE { ?s ?p ?o }", "line 1, column 11: FROM is not supported"},
      {"SELECT REDUCED ?s WHERE { ?s ?p ?o }", "line 1, column 8: REDUCED is not supported"},
      {"SELECT ?s WHERE { ?s ?p ?o } VALUES ?s { <a> }", "line 1, column 30: VALUES is not supported"},
      {"SELECT ?s ?o WHERE { ?s ?p ?o } GROUP BY ?s", "line 1, column 11: ?o is selected but neither grouped nor counted"},
      {"SELECT * WHERE { ?s ?p ?o } GROUP BY ?s", "SELECT * cannot be used with GROUP BY"},
      {"SELECT ?s WHERE { ?s ex:p ?o }", "line 1, column 22: unknown prefix 'ex:'"},
      {"SELECT ?s WHERE { ?s ?p \"open }", "line 1, column 25: unterminated string"},
      {"SELECT ?s WHERE { ?s ?p ?o ", "line 1, column 28: expected '.' or '}' after a triple pattern, found the end of the query"},
      {"SELECT ?s WHERE { ?s ?p ?o } LIMIT x", "line 1, column 36: expected a whole number after LIMIT"},
  };
  for (const auto& [text, expected] : cases) {
    const std::string message = refusal(text);
    CHECK_MESSAGE(message.find(expected) != std::string::npos, text, "\n  gave: ", message);
    CHECK(message.starts_with("query: line "));
  }
}

TEST_CASE("looks_like_sparql tells SPARQL from a 'S P O' pattern by its first keyword") {
  CHECK(looks_like_sparql("SELECT * WHERE { ?s ?p ?o }"));
  CHECK(looks_like_sparql("  # comment\n prefix ex: <x> ask {}"));
  CHECK(looks_like_sparql("construct {}"));
  CHECK_FALSE(looks_like_sparql("Nokia partner-of ?x"));
  CHECK_FALSE(looks_like_sparql("?x acquired ?y"));
  CHECK_FALSE(looks_like_sparql("Selecta partner-of ?x"));
}
