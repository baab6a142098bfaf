#pragma once
// The cost-based plan of one basic graph pattern: the order in which its
// triple patterns are matched and how each joins the rows so far.
//
// Every pattern's matches for its constants are counted exactly on the
// indexes; a pattern whose variable is already bound is estimated with the
// per-predicate distinct counts (triples / distinct subjects or objects).
// The plan starts from the most selective pattern, then repeatedly takes the
// cheapest pattern that shares a variable with those taken (a cross product
// only when none does). Each step is an index nested-loop join (look the
// pattern up once per row, the bound values as constants) when that is
// estimated cheaper than scanning the pattern once and hash-joining it.
// Filters whose variables the BGP binds run right after the step that binds
// the last of them.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "query/sparql_query.h"
#include "query/triple_store.h"

namespace kg::query {

enum class JoinMethod { Scan, IndexLoop, Hash, Cross };

// A triple pattern with its constants resolved to ids (nullopt: a variable).
struct ResolvedPattern {
  IdPattern constants;
  std::optional<std::size_t> variables[3];  // subject, predicate, object
};

struct PlanStep {
  std::size_t pattern = 0;  // index into the BGP's patterns
  JoinMethod method = JoinMethod::Scan;
  std::size_t matches = 0;  // triples matching the pattern's constants (exact)
  double rows = 0;          // estimated rows after this step
  std::vector<std::size_t> join_variables;  // shared with the rows so far
  std::vector<std::size_t> filters;         // indexes into the filters given to plan_bgp
};

struct BgpPlan {
  std::vector<ResolvedPattern> patterns;
  // A constant the store does not hold: the BGP has no solutions.
  std::optional<std::string> missing_constant;
  std::vector<PlanStep> steps;
};

// Plans `triples` over `store`; `filters` are the group's filters whose
// variables all occur in `triples` (placed after the step binding them).
BgpPlan plan_bgp(const TripleStore& store, const std::vector<TriplePatternSyntax>& triples,
                 const std::vector<const Expression*>& filters);

// For each filter of `pattern`, the index of the Triples element it can run
// inside (all its variables bound there), or -1 to run on the whole group.
std::vector<int> filter_targets(const GroupPattern& pattern);

// The variables of an expression.
void expression_variables(const Expression& expression, std::vector<std::size_t>& out);

}  // namespace kg::query
