#include "oxigraph_runner.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../export/export_fixtures.h"
#include "export/exporters.h"
#include "query/expression_evaluator.h"
#include "query/sparql_parser.h"

namespace kg::query::testing {
namespace {

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(line);
  while (std::getline(in, part, separator)) parts.push_back(part);
  if (!line.empty() && line.back() == separator) parts.emplace_back();
  return parts;
}

std::vector<std::string> row_lines(const Answer& answer, const std::vector<std::size_t>& columns) {
  std::vector<std::string> lines;
  for (const auto& row : answer.rows) {
    std::string line;
    for (const std::size_t column : columns) line += row[column] + '\t';
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace

bool require_oxigraph() {
  const std::filesystem::path modules = KG_NODE_MODULES;
  int status = 0;
  exporter::testing::run("node --version >/dev/null 2>&1", status);
  const bool have_node = status == 0;
  const bool have_oxigraph = std::filesystem::exists(modules / "oxigraph" / "package.json");
  if (have_node && have_oxigraph) return true;
  const std::string missing = !have_node ? "node is not installed"
                                         : "oxigraph is not installed in " + modules.string() +
                                               " (run: npm ci --prefix tools/node)";
  const char* ci = std::getenv("CI");
  if (ci && std::string_view(ci) == "true") FAIL("Oxigraph required under CI=true: " << missing);
  MESSAGE("skipped: " << missing);
  return false;
}

std::vector<Answer> run_oxigraph(const graph::KnowledgeGraph& graph, const std::vector<std::string>& queries) {
  const auto data = exporter::testing::temp_path("graph.nt");
  const auto query_file = exporter::testing::temp_path("queries.rq");
  {
    std::ofstream out(data, std::ios::binary);
    exporter::write_ntriples(graph, out);
  }
  // kg predeclares these prefixes; Oxigraph needs them spelled out.
  const std::string prefixes =
      "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
      "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX schema: <https://schema.org/> "
      "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX kg: <https://w3id.org/kg/ns#> "
      "PREFIX entity: <https://w3id.org/kg/id/> PREFIX doc: <https://w3id.org/kg/doc/> "
      "PREFIX stmt: <https://w3id.org/kg/stmt/>\n";
  std::string joined;
  for (std::size_t i = 0; i < queries.size(); ++i) joined += (i ? "\n#####\n" : "") + prefixes + queries[i];
  exporter::testing::write_file(query_file, joined + "\n");
  const std::filesystem::path script = std::filesystem::path(KG_SOURCE_DIR) / "tools/node/sparql_oxigraph.js";
  int status = 0;
  const std::string output = exporter::testing::run("NODE_PATH='" + std::string(KG_NODE_MODULES) + "' node '" +
                                                        script.string() + "' '" + data.string() + "' '" +
                                                        query_file.string() + "'",
                                                    status);
  REQUIRE_MESSAGE(status == 0, "sparql_oxigraph.js failed (see stderr)");
  std::vector<Answer> answers;
  std::istringstream in(output);
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("#query ")) {
      answers.emplace_back();
    } else if (line.starts_with("#error ")) {
      answers.back().error = line.substr(7);
    } else if (line.starts_with("#ask ")) {
      answers.back().is_ask = true;
      answers.back().boolean = line == "#ask true";
    } else if (line.starts_with("#vars")) {
      answers.back().variables = line.size() > 6 ? split(line.substr(6), ' ') : std::vector<std::string>{};
    } else {
      auto cells = split(line, '\t');
      cells.resize(answers.back().variables.size());
      answers.back().rows.push_back(std::move(cells));
    }
  }
  REQUIRE(answers.size() == queries.size());
  return answers;
}

Answer run_kg_engine(const TripleStore& store, const std::string& text) {
  Answer answer;
  try {
    const QueryResult result = SparqlEngine(store).run(parse_sparql(text));
    answer.is_ask = result.is_ask;
    answer.boolean = result.boolean;
    answer.variables = result.variables;
    answer.rows = result.rows;
  } catch (const std::exception& error) {
    answer.error = error.what();
  }
  return answer;
}

std::string compare_answers(const std::string& query, const Answer& ours, const Answer& theirs, bool& skipped) {
  skipped = false;
  // Oxigraph's WebAssembly build panics ("unreachable") when its sort meets
  // the order SPARQL leaves open between numbers and other literals, and
  // node cannot hold a result of more than 2^29 characters: no verdict then.
  if (!ours.error && theirs.error &&
      (theirs.error->starts_with("RuntimeError: unreachable") || theirs.error->find("Cannot create a string") != std::string::npos)) {
    skipped = true;
    return "";
  }
  if (ours.error || theirs.error)
    return "error: kg: " + ours.error.value_or("none") + "; Oxigraph: " + theirs.error.value_or("none");
  if (ours.is_ask != theirs.is_ask) return "one side answers ASK";
  if (ours.is_ask) return ours.boolean == theirs.boolean ? "" : "ASK answers differ";
  // Columns by name, in our order.
  std::vector<std::size_t> their_columns, our_columns;
  for (std::size_t i = 0; i < ours.variables.size(); ++i) {
    const auto it = std::find(theirs.variables.begin(), theirs.variables.end(), ours.variables[i]);
    if (it == theirs.variables.end()) return "Oxigraph has no column ?" + ours.variables[i];
    their_columns.push_back(static_cast<std::size_t>(it - theirs.variables.begin()));
    our_columns.push_back(i);
  }
  if (theirs.variables.size() != ours.variables.size()) return "different numbers of columns";
  auto our_lines = row_lines(ours, our_columns), their_lines = row_lines(theirs, their_columns);

  const Query parsed = parse_sparql(query);
  std::vector<std::size_t> keys;  // ORDER BY columns, when all are projected variables
  bool plain_keys = !parsed.order_by.empty();
  for (const OrderCondition& condition : parsed.order_by) {
    const auto it = condition.expression.op == Operator::Variable
                        ? std::find(ours.variables.begin(), ours.variables.end(),
                                    parsed.variables[condition.expression.variable])
                        : ours.variables.end();
    if (it == ours.variables.end()) plain_keys = false;
    else keys.push_back(static_cast<std::size_t>(it - ours.variables.begin()));
  }
  // Numbers compare by value, other literals by their text: mixed, SPARQL leaves the order open.
  bool mixed = false;
  for (const std::size_t key : keys) {
    bool numbers = false, others = false;
    for (const Answer* answer : {&ours, &theirs})
      for (const auto& row : answer->rows) {
        if (!row[key].starts_with('"')) continue;
        (make_value(row[key]).numeric ? numbers : others) = true;
      }
    mixed = mixed || (numbers && others);
  }
  const bool sliced = parsed.limit || parsed.offset > 0;
  if (mixed && sliced) {
    skipped = true;
    return "";
  }
  if (plain_keys && !mixed) {
    for (std::size_t r = 0; r < ours.rows.size() && r < theirs.rows.size(); ++r)
      for (const std::size_t key : keys)
        if (ours.rows[r][key] != theirs.rows[r][their_columns[key]])
          return "ORDER BY differs at row " + std::to_string(r + 1) + ": kg " + ours.rows[r][key] + ", Oxigraph " +
                 theirs.rows[r][their_columns[key]];
  }
  std::sort(our_lines.begin(), our_lines.end());
  std::sort(their_lines.begin(), their_lines.end());
  if (our_lines == their_lines) return "";
  std::string message = "rows differ: kg " + std::to_string(our_lines.size()) + ", Oxigraph " +
                        std::to_string(their_lines.size());
  std::vector<std::string> only_ours, only_theirs;
  std::set_difference(our_lines.begin(), our_lines.end(), their_lines.begin(), their_lines.end(),
                      std::back_inserter(only_ours));
  std::set_difference(their_lines.begin(), their_lines.end(), our_lines.begin(), our_lines.end(),
                      std::back_inserter(only_theirs));
  for (std::size_t i = 0; i < only_ours.size() && i < 3; ++i) message += "\n  only kg: " + only_ours[i];
  for (std::size_t i = 0; i < only_theirs.size() && i < 3; ++i) message += "\n  only Oxigraph: " + only_theirs[i];
  return message;
}

}  // namespace kg::query::testing
