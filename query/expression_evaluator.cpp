#include "query/expression_evaluator.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace kg::query {
namespace {

constexpr std::string_view kIntegerTypes[] = {
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
    "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"};

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

// The lexical forms of XML Schema's numeric types.
bool valid_number(std::string_view text, bool is_integer, bool is_decimal) {
  if (!is_integer && !is_decimal && (text == "INF" || text == "-INF" || text == "+INF" || text == "NaN")) return true;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  if (is_integer) return all_digits(text);
  std::string_view mantissa = text, exponent;
  if (const std::size_t e = text.find_first_of("eE"); e != std::string_view::npos) {
    if (is_decimal) return false;
    mantissa = text.substr(0, e);
    exponent = text.substr(e + 1);
    if (!exponent.empty() && (exponent[0] == '+' || exponent[0] == '-')) exponent.remove_prefix(1);
    if (!all_digits(exponent)) return false;
  }
  const std::size_t dot = mantissa.find('.');
  if (dot == std::string_view::npos) return all_digits(mantissa);
  const std::string_view whole = mantissa.substr(0, dot), fraction = mantissa.substr(dot + 1);
  if (whole.empty() && fraction.empty()) return false;
  return (whole.empty() || all_digits(whole)) && (fraction.empty() || all_digits(fraction));
}

bool is_string(const TermParts& parts) { return parts.kind == TermKind::Literal && parts.datatype == kXsdString; }
bool is_lang_string(const TermParts& parts) { return parts.kind == TermKind::Literal && !parts.lang.empty(); }
bool is_boolean(const TermParts& parts) {
  return parts.kind == TermKind::Literal && parts.datatype == kXsdBoolean &&
         (parts.value == "true" || parts.value == "false" || parts.value == "1" || parts.value == "0");
}
bool boolean_of(const TermParts& parts) { return parts.value == "true" || parts.value == "1"; }
// Datatypes whose values the comparisons understand.
bool is_known(const Value& value) {
  return value.numeric || is_string(value.parts) || is_lang_string(value.parts) || is_boolean(value.parts);
}

Value boolean_value(bool truth) { return make_value(truth ? "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>"
                                                          : "\"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>"); }
Value error_value() { return Value{}; }

Value simple_literal(std::string text) {
  Value value;
  value.error = false;
  value.parts.kind = TermKind::Literal;
  value.parts.value = std::move(text);
  value.parts.datatype = kXsdString;
  return value;
}

int three_way(double a, double b) { return a < b ? -1 : a > b ? 1 : 0; }
int three_way(std::string_view a, std::string_view b) { return a < b ? -1 : a > b ? 1 : 0; }

bool holds(Operator op, int order) {
  switch (op) {
    case Operator::Equal: return order == 0;
    case Operator::NotEqual: return order != 0;
    case Operator::Less: return order < 0;
    case Operator::Greater: return order > 0;
    case Operator::LessEqual: return order <= 0;
    case Operator::GreaterEqual: return order >= 0;
    default: return false;
  }
}

}  // namespace

Value make_value(std::string_view term) {
  Value value;
  value.error = false;
  value.parts = parse_term(term);
  const TermParts& parts = value.parts;
  if (parts.kind != TermKind::Literal || !parts.datatype.starts_with(kXsd)) return value;
  const std::string_view local = std::string_view(parts.datatype).substr(kXsd.size());
  bool is_integer = false;
  for (const std::string_view name : kIntegerTypes) is_integer = is_integer || local == name;
  const bool is_decimal = local == "decimal";
  if (!is_integer && !is_decimal && local != "double" && local != "float") return value;
  if (!valid_number(parts.value, is_integer, is_decimal)) return value;
  value.numeric = true;
  if (parts.value == "INF" || parts.value == "+INF") value.number = HUGE_VAL;
  else if (parts.value == "-INF") value.number = -HUGE_VAL;
  else if (parts.value == "NaN") value.number = std::nan("");
  else value.number = std::strtod(parts.value.c_str(), nullptr);
  return value;
}

int effective_boolean_value(const Value& value) {
  if (value.error || value.parts.kind != TermKind::Literal) return -1;
  const TermParts& parts = value.parts;
  if (parts.datatype == kXsdBoolean) return is_boolean(parts) && boolean_of(parts) ? 1 : 0;
  if (value.numeric) return value.number != 0.0 && !std::isnan(value.number) ? 1 : 0;
  if (parts.datatype.starts_with(kXsd) &&
      (parts.datatype.ends_with("#integer") || parts.datatype.ends_with("#decimal") ||
       parts.datatype.ends_with("#double") || parts.datatype.ends_with("#float")))
    return 0;  // an invalid lexical form of a numeric type
  if (is_string(parts)) return parts.value.empty() ? 0 : 1;
  return -1;
}

const Value& ExpressionEvaluator::value_of(TermId id) {
  auto it = values_.find(id);
  if (it == values_.end()) it = values_.emplace(id, id == kUnbound ? error_value() : make_value(terms_.term(id))).first;
  return it->second;
}

const Value& ExpressionEvaluator::constant(const Expression& expression) {
  auto it = constants_.find(&expression);
  if (it == constants_.end()) it = constants_.emplace(&expression, make_value(expression.constant)).first;
  return it->second;
}

bool ExpressionEvaluator::test(const Expression& expression, const TermId* row) {
  return effective_boolean_value(evaluate(expression, row)) == 1;
}

Value ExpressionEvaluator::evaluate(const Expression& expression, const TermId* row) {
  switch (expression.op) {
    case Operator::Variable: return value_of(row[expression.variable]);
    case Operator::Constant: return constant(expression);
    case Operator::Bound: return boolean_value(row[expression.variable] != kUnbound);
    case Operator::Not: {
      const int truth = effective_boolean_value(evaluate(expression.args[0], row));
      return truth < 0 ? error_value() : boolean_value(truth == 0);
    }
    case Operator::Or:
    case Operator::And: {
      // SPARQL's three-valued logic: an error loses to true in ||, to false in &&.
      const int left = effective_boolean_value(evaluate(expression.args[0], row));
      const int right = effective_boolean_value(evaluate(expression.args[1], row));
      const int decisive = expression.op == Operator::Or ? 1 : 0;
      if (left == decisive || right == decisive) return boolean_value(decisive == 1);
      if (left < 0 || right < 0) return error_value();
      return boolean_value(decisive != 1);
    }
    case Operator::Equal:
    case Operator::NotEqual:
    case Operator::Less:
    case Operator::Greater:
    case Operator::LessEqual:
    case Operator::GreaterEqual:
      return compare(expression.op, evaluate(expression.args[0], row), evaluate(expression.args[1], row));
    case Operator::Lang: {
      const Value argument = evaluate(expression.args[0], row);
      if (argument.error || argument.parts.kind != TermKind::Literal) return error_value();
      return simple_literal(argument.parts.lang);
    }
    case Operator::Str: {
      const Value argument = evaluate(expression.args[0], row);
      if (argument.error || argument.parts.kind == TermKind::Blank) return error_value();
      return simple_literal(argument.parts.value);
    }
    case Operator::Contains:
    case Operator::StrStarts:
      return string_function(expression.op, evaluate(expression.args[0], row), evaluate(expression.args[1], row));
    case Operator::Regex: return regex(expression, row);
  }
  return error_value();
}

Value ExpressionEvaluator::compare(Operator op, const Value& a, const Value& b) {
  if (a.error || b.error) return error_value();
  const bool equality = op == Operator::Equal || op == Operator::NotEqual;
  const TermParts &x = a.parts, &y = b.parts;
  if (x.kind == TermKind::Literal && y.kind == TermKind::Literal) {
    if (a.numeric && b.numeric) {
      if (std::isnan(a.number) || std::isnan(b.number)) return boolean_value(op == Operator::NotEqual);
      return boolean_value(holds(op, three_way(a.number, b.number)));
    }
    if (is_string(x) && is_string(y)) return boolean_value(holds(op, three_way(x.value, y.value)));
    if (is_lang_string(x) && is_lang_string(y)) {
      if (x.lang == y.lang) return boolean_value(holds(op, three_way(x.value, y.value)));
      if (equality) return boolean_value(op == Operator::NotEqual);
      return error_value();
    }
    if (is_boolean(x) && is_boolean(y))
      return boolean_value(holds(op, static_cast<int>(boolean_of(x)) - static_cast<int>(boolean_of(y))));
    if (x.value == y.value && x.datatype == y.datatype && x.lang == y.lang) return boolean_value(holds(op, 0));
    if (!equality) return error_value();
    // Values of types it knows differ; two literals of unknown types may be equal values.
    if (is_known(a) || is_known(b)) return boolean_value(op == Operator::NotEqual);
    return error_value();
  }
  // Terms without an order compare as equal to themselves (so ?x <= ?x
  // holds, as in Oxigraph) and as an error to anything else.
  if (!equality) {
    if (x.kind == y.kind && x.value == y.value) return boolean_value(holds(op, 0));
    return error_value();
  }
  const bool same = x.kind == y.kind && x.value == y.value;
  return boolean_value(same == (op == Operator::Equal));
}

Value ExpressionEvaluator::string_function(Operator op, const Value& a, const Value& b) {
  if (a.error || b.error) return error_value();
  const TermParts &x = a.parts, &y = b.parts;
  const bool x_ok = is_string(x) || is_lang_string(x), y_ok = is_string(y) || is_lang_string(y);
  // Argument compatibility (SPARQL 1.1, 17.4.3.1.1).
  if (!x_ok || !y_ok || (is_lang_string(y) && (!is_lang_string(x) || x.lang != y.lang))) return error_value();
  if (op == Operator::Contains) return boolean_value(x.value.find(y.value) != std::string::npos);
  return boolean_value(x.value.starts_with(y.value));
}

Value ExpressionEvaluator::regex(const Expression& expression, const TermId* row) {
  const Value text = evaluate(expression.args[0], row);
  const Value pattern = evaluate(expression.args[1], row);
  Value flags = simple_literal("");
  if (expression.args.size() > 2) flags = evaluate(expression.args[2], row);
  if (text.error || pattern.error || flags.error) return error_value();
  if (!(is_string(text.parts) || is_lang_string(text.parts)) || !is_string(pattern.parts) || !is_string(flags.parts))
    return error_value();
  const std::string& flag_text = flags.parts.value;
  if (flag_text != "" && flag_text != "i") return error_value();
  auto key = std::make_pair(pattern.parts.value, flag_text);
  auto it = regexes_.find(key);
  if (it == regexes_.end()) {
    std::unique_ptr<std::regex> compiled;
    try {
      auto options = std::regex::ECMAScript;
      if (flag_text == "i") options |= std::regex::icase;
      compiled = std::make_unique<std::regex>(pattern.parts.value, options);
    } catch (const std::regex_error&) {
      compiled = nullptr;
    }
    it = regexes_.emplace(std::move(key), std::move(compiled)).first;
  }
  if (!it->second) return error_value();
  return boolean_value(std::regex_search(text.parts.value, *it->second));
}

int ExpressionEvaluator::compare_for_order(TermId a, TermId b) {
  if (a == b) return 0;
  return compare_values_for_order(value_of(a), value_of(b));
}

int ExpressionEvaluator::compare_values_for_order(const Value& a, const Value& b) {
  auto rank = [](const Value& value) {
    if (value.error) return 0;
    switch (value.parts.kind) {
      case TermKind::Blank: return 1;
      case TermKind::Iri: return 2;
      case TermKind::Literal: return 3;
    }
    return 0;
  };
  const int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  if (ra == 0) return 0;
  const TermParts &x = a.parts, &y = b.parts;
  if (ra < 3) return three_way(x.value, y.value);
  if (a.numeric && b.numeric && !std::isnan(a.number) && !std::isnan(b.number)) return three_way(a.number, b.number);
  if ((is_string(x) && is_string(y)) || (is_lang_string(x) && is_lang_string(y) && x.lang == y.lang))
    return three_way(x.value, y.value);
  if (is_boolean(x) && is_boolean(y)) return static_cast<int>(boolean_of(x)) - static_cast<int>(boolean_of(y));
  // Not comparable as values: by lexical form, then datatype, then language (as Oxigraph does).
  if (const int order = three_way(x.value, y.value)) return order;
  if (const int order = three_way(x.datatype, y.datatype)) return order;
  return three_way(x.lang, y.lang);
}

}  // namespace kg::query
