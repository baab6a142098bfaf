#pragma once
// Answers parsed SPARQL queries (sparql_query.h) over a TripleStore.
//
// Evaluation follows the SPARQL algebra bottom-up: each group { ... } is
// evaluated on its own (so its filters see only its variables), its
// elements joined in order (hash joins on the variables bound on both
// sides; OPTIONAL as a left join whose filters see the joined row; UNION as
// concatenation), then its filters applied. A basic graph pattern runs the
// cost-based plan of bgp_planner.h. Then GROUP BY and COUNT, ORDER BY,
// projection, DISTINCT, OFFSET and LIMIT.

#include <optional>
#include <string>
#include <vector>

#include "query/sparql_query.h"
#include "query/triple_store.h"

namespace kg::query {

struct QueryResult {
  bool is_ask = false;
  bool boolean = false;                        // ASK's answer
  std::vector<std::string> variables;          // SELECT's columns, names without '?'
  std::vector<std::vector<std::string>> rows;  // N-Triples terms; "" when unbound
};

class SparqlEngine {
 public:
  // The store must outlive the engine.
  explicit SparqlEngine(const TripleStore& store) : store_(store) {}

  QueryResult run(const Query& query) const;
  // The plan of `query`, one operator a line, with estimated row counts.
  std::string explain(const Query& query) const;

 private:
  const TripleStore& store_;
};

}  // namespace kg::query
