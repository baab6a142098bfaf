#pragma once
// A recursive-descent parser for the SPARQL 1.1 subset kg answers:
//   SELECT [DISTINCT] (vars | * | (COUNT([DISTINCT] * | ?v) AS ?n)) and ASK;
//   WHERE with basic graph patterns (';' and ',' lists, 'a'), FILTER,
//   OPTIONAL, UNION and nested groups; FILTER expressions with = != < > <= >=,
//   && || !, regex, lang, str, contains, strstarts, bound; GROUP BY variables;
//   ORDER BY [ASC|DESC]; LIMIT and OFFSET; PREFIX and BASE.
// The prefixes rdf, rdfs, xsd, schema, prov and kg's own (kg, entity, doc,
// stmt, as in the Turtle export) are predeclared. Everything else
// (CONSTRUCT, DESCRIBE, property paths, subqueries, BIND, VALUES, MINUS,
// GRAPH, SERVICE, EXISTS, arithmetic, other functions and aggregates, ...) is
// refused with SparqlError naming the construct, its line and its column:
// kg never answers a query it does not fully understand.

#include <string_view>

#include "query/sparql_lexer.h"
#include "query/sparql_query.h"

namespace kg::query {

// Parses `text`. Throws SparqlError.
Query parse_sparql(std::string_view text);

// Whether `text` reads as SPARQL rather than as a 'S P O' pattern: its first
// word (after spaces and # comments) is SELECT, ASK, PREFIX, BASE,
// CONSTRUCT or DESCRIBE, in any case.
bool looks_like_sparql(std::string_view text);

}  // namespace kg::query
