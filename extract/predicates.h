#pragma once
// The predicates of SCHEMA.md and their properties.

#include <span>
#include <string_view>

namespace kg::extract {

struct PredicateInfo {
  std::string_view name;       // kebab-case, e.g. "partner-of"
  bool symmetric = false;      // holds both ways; stored once
  bool literal_object = false; // the object is a Literal (market-share, revenue, employees)
};

// Every predicate of SCHEMA.md, in the schema's order.
std::span<const PredicateInfo> predicates();

// The predicate called `name`, or nullptr.
const PredicateInfo* find_predicate(std::string_view name);

}  // namespace kg::extract
