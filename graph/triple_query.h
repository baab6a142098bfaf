#pragma once
// A first query layer: one triple pattern "S P O" where each part is a name
// or a ?variable. Kept behind the TripleMatcher interface so that a fuller
// query language can replace the engine without touching the CLI.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::graph {

// A query that cannot be parsed; the message starts with "query: " and
// names the column.
class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct TriplePattern {
  std::string subject;    // a name (resolved through aliases) or "?var"
  std::string predicate;  // a predicate of SCHEMA.md or "?var"
  std::string object;     // a name, a literal value ("14.7" or "14.7 percent") or "?var"
};

struct QueryResult {
  std::vector<std::string> variables;          // in order of first appearance
  std::vector<std::vector<std::string>> rows;  // one value per variable, sorted, unique
  std::vector<std::string> notes;              // e.g. "no entity named 'Foo'"
};

// Splits "S P O" into a pattern; parts with spaces are quoted with ' or ".
// Throws QueryError.
TriplePattern parse_triple_pattern(std::string_view text);

class TripleMatcher {
 public:
  virtual ~TripleMatcher() = default;
  virtual QueryResult match(const KnowledgeGraph& graph, const TriplePattern& pattern) const = 0;
};

// Matches by scanning the out- or in-edges of a bound entity, or all edges.
// A repeated variable ("?x partner-of ?x") must bind the same value.
class PatternMatcher final : public TripleMatcher {
 public:
  QueryResult match(const KnowledgeGraph& graph, const TriplePattern& pattern) const override;
};

// How an entity shows in results: its name, a literal with its unit ("14.7 percent").
std::string display_name(const Entity& entity);

}  // namespace kg::graph
