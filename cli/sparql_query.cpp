#include "cli/sparql_query.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/arguments.h"
#include "cli/table_output.h"
#include "graph/graph_file.h"
#include "query/result_writer.h"
#include "query/sparql_engine.h"
#include "query/sparql_parser.h"
#include "query/triple_store.h"

namespace kg::cli {

std::string read_query_file(const std::string& path) {
  std::ostringstream text;
  if (path == "-") {
    text << std::cin.rdbuf();
    return text.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("cannot read query file '" + path + "'");
  text << in.rdbuf();
  return text.str();
}

int run_sparql_query(const std::string& graph_path, const std::string& text, const std::string& format, bool explain) {
  if (format != "table" && format != "json" && format != "csv" && format != "tsv")
    throw UsageError("unknown --format '" + format + "' (valid: table, json, csv, tsv)");
  // Parse first: a malformed query fails before the graph is loaded.
  const query::Query parsed = query::parse_sparql(text);
  const query::TripleStore store = query::TripleStore::from_graph_file(graph_path);
  const query::SparqlEngine engine(store);
  if (explain) {
    std::cout << engine.explain(parsed);
    return 0;
  }
  const query::QueryResult result = engine.run(parsed);
  if (format == "json") {
    query::write_results_json(result, std::cout);
  } else if (format == "csv") {
    query::write_results_csv(result, std::cout);
  } else if (format == "tsv") {
    query::write_results_tsv(result, std::cout);
  } else if (result.is_ask) {
    write_table({"ask"}, {{result.boolean ? "true" : "false"}}, TableFormat::Table, std::cout);
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : result.rows) {
      std::vector<std::string> cells;
      for (const auto& term : row) cells.push_back(query::display_term(term));
      rows.push_back(std::move(cells));
    }
    write_table(result.variables, rows, TableFormat::Table, std::cout);
  }
  return 0;
}

}  // namespace kg::cli
