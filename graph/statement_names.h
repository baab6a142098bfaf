#pragma once
// Applies the store's merge rules to a batch of statements without building
// a graph: `kg extract` uses it so that each document's statements name the
// canonical entity ("Xiaomi" for a "Xiamo" in the same document).

#include <vector>

#include "extract/statement.h"

namespace kg::graph {

// Rewrites subject and object names to the canonical name of their cluster
// (alias_resolver.h, counts taken from these statements). A rewritten term
// keeps the name it had as its surface form when it had none.
void resolve_statement_names(std::vector<extract::Statement>& statements);

}  // namespace kg::graph
