#pragma once
// Writes query results as SPARQL 1.1 Query Results JSON, CSV or TSV, or as
// cells for a terminal table.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "query/sparql_engine.h"

namespace kg::query {

// application/sparql-results+json.
void write_results_json(const QueryResult& result, std::ostream& out);
// text/csv per SPARQL 1.1 Query Results CSV: values without types; ASK as one line true/false.
void write_results_csv(const QueryResult& result, std::ostream& out);
// text/tab-separated-values per SPARQL 1.1: header ?names, terms in N-Triples form.
void write_results_tsv(const QueryResult& result, std::ostream& out);

// A term for people: IRIs under the predeclared prefixes shortened
// ("kg:partner-of", "entity:Organization/Nokia"), strings and numbers as
// their text, other literals in Turtle form.
std::string display_term(std::string_view term);

}  // namespace kg::query
