#pragma once
// `kg query GRAPH 'SPARQL'`: the SPARQL form of kg query.

#include <string>

namespace kg::cli {

// Loads the graph's RDF view, runs `text` and prints the results in
// `format` (table, json, csv, tsv) or, with `explain`, the plan. Throws
// UsageError for an unknown format and query::SparqlError for a query
// outside the subset. Returns the exit code.
int run_sparql_query(const std::string& graph_path, const std::string& text, const std::string& format, bool explain);

// The text of a query file ("-" reads standard input). Throws UsageError.
std::string read_query_file(const std::string& path);

}  // namespace kg::cli
