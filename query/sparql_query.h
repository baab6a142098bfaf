#pragma once
// The parsed form of a SPARQL query of the supported subset (see
// sparql_parser.h). Variables are numbered in order of first appearance;
// constants are RDF terms in N-Triples form (rdf_term.h).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace kg::query {

// 1-based line and column (in code points) of a token in the query text.
struct SourcePosition {
  std::size_t line = 1;
  std::size_t column = 1;
};

// A position of a triple pattern: a variable or a constant term.
struct PatternTerm {
  bool is_variable = false;
  std::size_t variable = 0;  // index into Query::variables
  std::string constant;      // N-Triples form
};

struct TriplePatternSyntax {
  PatternTerm subject, predicate, object;
  SourcePosition position;
};

enum class Operator {
  Variable, Constant,
  Or, And, Not,
  Equal, NotEqual, Less, Greater, LessEqual, GreaterEqual,
  Bound, Regex, Lang, Str, Contains, StrStarts,
};

struct Expression {
  Operator op = Operator::Constant;
  std::size_t variable = 0;      // Variable, Bound
  std::string constant;          // Constant: N-Triples form
  std::vector<Expression> args;  // operands in order
};

struct GroupPattern;

// One element of a group, in the order written.
struct PatternElement {
  enum class Kind { Triples, Group, Union, Optional };
  Kind kind = Kind::Triples;
  std::vector<TriplePatternSyntax> triples;  // Triples
  std::vector<GroupPattern> groups;          // Group and Optional: one; Union: the alternatives
};

// "{ ... }": its elements joined in order, then its filters applied to the whole.
struct GroupPattern {
  std::vector<PatternElement> elements;
  std::vector<Expression> filters;
};

// A projected column: a variable, or (COUNT(...) AS ?variable).
struct Projection {
  std::size_t variable = 0;
  bool is_count = false;
  bool count_distinct = false;
  std::optional<std::size_t> count_of;  // COUNT(?x); nullopt for COUNT(*)
};

struct OrderCondition {
  Expression expression;
  bool descending = false;
};

struct Query {
  enum class Form { Select, Ask };
  Form form = Form::Select;
  std::vector<std::string> variables;  // names without '?'
  bool select_all = false;             // SELECT *
  bool distinct = false;
  std::vector<Projection> projection;  // empty for ASK and SELECT *
  GroupPattern where;
  bool aggregated = false;             // GROUP BY or COUNT
  std::vector<std::size_t> group_by;
  std::vector<OrderCondition> order_by;
  std::optional<std::size_t> limit;
  std::size_t offset = 0;
};

}  // namespace kg::query
