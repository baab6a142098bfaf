#pragma once
// Runs queries on Oxigraph (tools/node/sparql_oxigraph.js) and compares its
// answers with kg's engine: the differential tests' referee.

#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/sparql_engine.h"
#include "query/triple_store.h"

namespace kg::query::testing {

// One query's answer in a form both sides share: terms in N-Triples form.
struct Answer {
  std::optional<std::string> error;
  bool is_ask = false;
  bool boolean = false;
  std::vector<std::string> variables;
  std::vector<std::vector<std::string>> rows;
};

// Whether node and the oxigraph package are there; when not, fails under
// CI=true and otherwise skips with a message.
bool require_oxigraph();

// Exports `graph` as N-Triples, loads it into Oxigraph and runs `queries`
// in one node process. Fails the test when node fails.
std::vector<Answer> run_oxigraph(const graph::KnowledgeGraph& graph, const std::vector<std::string>& queries);

// kg's answer to `text` (an error message when it refuses).
Answer run_kg_engine(const TripleStore& store, const std::string& text);

// Compares answers: the same variables (by name), and the same rows as
// multisets; with ORDER BY, also the same sequence of the ordering
// variables' values. Returns an empty string when they agree, else what
// differs. `skipped` is set when the ORDER BY columns mix numbers and other
// literals (whose order SPARQL leaves open) and a LIMIT or OFFSET makes the
// kept rows depend on it, or when Oxigraph itself failed (its WebAssembly
// build panics on such orders; node limits the size of a result).
std::string compare_answers(const std::string& query, const Answer& ours, const Answer& theirs, bool& skipped);

}  // namespace kg::query::testing
