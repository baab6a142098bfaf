#pragma once
// FILTER and ORDER BY expressions over one solution, with SPARQL 1.1's
// semantics as Oxigraph implements them: an unbound variable or a type
// mismatch is an error; || and && recover from an error on one side; a
// FILTER keeps a solution only when the effective boolean value is true.

#include <cstddef>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "query/rdf_term.h"
#include "query/sparql_query.h"
#include "query/triple_store.h"

namespace kg::query {

// Maps ids to N-Triples terms (the store's, then terms a query computed).
class TermLookup {
 public:
  virtual ~TermLookup() = default;
  // By value: statement and evidence IRIs are computed (triple_store.h).
  virtual std::string term(TermId id) const = 0;
};

// A value during evaluation.
struct Value {
  bool error = true;
  TermParts parts;
  bool numeric = false;  // a valid xsd numeric literal
  double number = 0.0;
};

// Not thread-safe: keeps caches of parsed terms and compiled regexes.
class ExpressionEvaluator {
 public:
  explicit ExpressionEvaluator(const TermLookup& terms) : terms_(terms) {}

  // The effective boolean value of `expression` on `row` (one id per
  // variable, kUnbound when unbound); false on error.
  bool test(const Expression& expression, const TermId* row);
  Value evaluate(const Expression& expression, const TermId* row);

  // The ORDER BY order of two terms (kUnbound first, then blank nodes, IRIs,
  // literals; literals by value where comparable, else by lexical form,
  // datatype and language): negative, zero or positive.
  int compare_for_order(TermId a, TermId b);
  int compare_values_for_order(const Value& a, const Value& b);

  const Value& value_of(TermId id);

 private:
  Value compare(Operator op, const Value& a, const Value& b);
  Value string_function(Operator op, const Value& a, const Value& b);
  Value regex(const Expression& expression, const TermId* row);
  const Value& constant(const Expression& expression);

  const TermLookup& terms_;
  std::unordered_map<TermId, Value> values_;
  std::unordered_map<const Expression*, Value> constants_;
  std::map<std::pair<std::string, std::string>, std::unique_ptr<std::regex>> regexes_;
};

// A Value from an N-Triples term; numerics and booleans recognised.
Value make_value(std::string_view term);
// The effective boolean value: 1 true, 0 false, -1 error.
int effective_boolean_value(const Value& value);

}  // namespace kg::query
