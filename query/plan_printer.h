#pragma once
// The text of `kg query --explain`: the query's operators as a tree, each
// basic graph pattern with its planned order, join methods, indexes, exact
// match counts and estimated rows.

#include <string>

#include "query/sparql_query.h"
#include "query/triple_store.h"

namespace kg::query {

std::string print_plan(const TripleStore& store, const Query& query);

// An expression in SPARQL syntax (for plans and messages).
std::string expression_text(const Expression& expression, const Query& query);

}  // namespace kg::query
