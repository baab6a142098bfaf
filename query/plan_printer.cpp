#include "query/plan_printer.h"

#include <cstdio>
#include <sstream>

#include "query/bgp_planner.h"
#include "query/result_writer.h"

namespace kg::query {
namespace {

std::string term_text(const PatternTerm& term, const Query& query) {
  return term.is_variable ? "?" + query.variables[term.variable] : display_term(term.constant);
}

std::string constant_text(const std::string& term) {
  // Keep literals quoted so that a plan reads like the query.
  return term.starts_with('"') ? term : display_term(term);
}

std::string rows_text(double rows) {
  char text[32];
  if (rows >= 100 || rows == static_cast<double>(static_cast<long long>(rows)))
    std::snprintf(text, sizeof text, "%.0f", rows);
  else
    std::snprintf(text, sizeof text, "%.2g", rows);
  return text;
}

const char* method_name(JoinMethod method) {
  switch (method) {
    case JoinMethod::Scan: return "scan";
    case JoinMethod::IndexLoop: return "index nested-loop join";
    case JoinMethod::Hash: return "hash join";
    case JoinMethod::Cross: return "cross product";
  }
  return "scan";
}

class Printer {
 public:
  Printer(const TripleStore& store, const Query& query) : store_(store), query_(query) {}

  std::string print() {
    if (query_.form == Query::Form::Ask) {
      out_ << "ask (true when the pattern has a solution)\n";
    } else {
      out_ << "select";
      for (const Projection& projection : query_.projection) {
        out_ << ' ';
        if (projection.is_count)
          out_ << "(count(" << (projection.count_distinct ? "distinct " : "")
               << (projection.count_of ? "?" + query_.variables[*projection.count_of] : "*") << ") as ?"
               << query_.variables[projection.variable] << ')';
        else
          out_ << '?' << query_.variables[projection.variable];
      }
      out_ << '\n';
      if (query_.limit) out_ << "  limit " << *query_.limit << '\n';
      if (query_.offset) out_ << "  offset " << query_.offset << '\n';
      if (query_.distinct) out_ << "  distinct\n";
      if (!query_.order_by.empty()) {
        out_ << "  order by";
        for (const OrderCondition& condition : query_.order_by)
          out_ << ' ' << (condition.descending ? "desc(" : "asc(") << expression_text(condition.expression, query_) << ')';
        out_ << '\n';
      }
      if (query_.aggregated) {
        out_ << "  group by";
        for (const std::size_t variable : query_.group_by) out_ << " ?" << query_.variables[variable];
        if (query_.group_by.empty()) out_ << " (one group)";
        out_ << '\n';
      }
    }
    group(query_.where, 1);
    return out_.str();
  }

 private:
  void indent(int depth) { out_ << std::string(static_cast<std::size_t>(depth) * 2, ' '); }

  void group(const GroupPattern& pattern, int depth) {
    const auto targets = filter_targets(pattern);
    indent(depth);
    out_ << "group (elements joined in order by hash joins)\n";
    for (std::size_t j = 0; j < pattern.elements.size(); ++j) {
      const PatternElement& element = pattern.elements[j];
      switch (element.kind) {
        case PatternElement::Kind::Triples: {
          std::vector<const Expression*> filters;
          for (std::size_t i = 0; i < pattern.filters.size(); ++i)
            if (targets[i] == static_cast<int>(j)) filters.push_back(&pattern.filters[i]);
          bgp(element.triples, filters, depth + 1);
          break;
        }
        case PatternElement::Kind::Group: group(element.groups[0], depth + 1); break;
        case PatternElement::Kind::Union:
          indent(depth + 1);
          out_ << "union (" << element.groups.size() << " alternatives)\n";
          for (const GroupPattern& alternative : element.groups) group(alternative, depth + 2);
          break;
        case PatternElement::Kind::Optional:
          indent(depth + 1);
          out_ << "optional (left join)\n";
          group(element.groups[0], depth + 2);
          break;
      }
    }
    for (std::size_t i = 0; i < pattern.filters.size(); ++i) {
      if (targets[i] >= 0) continue;
      indent(depth + 1);
      out_ << "filter " << expression_text(pattern.filters[i], query_) << " (on the group)\n";
    }
  }

  void bgp(const std::vector<TriplePatternSyntax>& triples, const std::vector<const Expression*>& filters, int depth) {
    const BgpPlan plan = plan_bgp(store_, triples, filters);
    indent(depth);
    out_ << "basic graph pattern, " << triples.size() << (triples.size() == 1 ? " triple" : " triples");
    if (plan.missing_constant) {
      out_ << ": no solutions, the graph has no term " << *plan.missing_constant << '\n';
      return;
    }
    out_ << '\n';
    for (std::size_t s = 0; s < plan.steps.size(); ++s) {
      const PlanStep& step = plan.steps[s];
      const TriplePatternSyntax& triple = triples[step.pattern];
      const ResolvedPattern& pattern = plan.patterns[step.pattern];
      indent(depth + 1);
      out_ << s + 1 << ". " << method_name(step.method);
      if (!step.join_variables.empty()) {
        out_ << " on";
        for (const std::size_t variable : step.join_variables) out_ << " ?" << query_.variables[variable];
      }
      out_ << ": " << term_text(triple.subject, query_) << ' ' << term_text(triple.predicate, query_) << ' '
           << (triple.object.is_variable ? term_text(triple.object, query_) : constant_text(triple.object.constant));
      IdPattern lookup = pattern.constants;
      if (step.method == JoinMethod::IndexLoop) {
        // The index a lookup uses has the joined variables bound too.
        if (pattern.variables[0] && !lookup.subject) for (auto v : step.join_variables) if (v == *pattern.variables[0]) lookup.subject = 1;
        if (pattern.variables[1] && !lookup.predicate) for (auto v : step.join_variables) if (v == *pattern.variables[1]) lookup.predicate = 1;
        if (pattern.variables[2] && !lookup.object) for (auto v : step.join_variables) if (v == *pattern.variables[2]) lookup.object = 1;
      }
      out_ << "  [index " << TripleStore::index_name(lookup) << ", " << step.matches << " matching triples, ~"
           << rows_text(step.rows) << " rows]\n";
      for (const std::size_t f : step.filters) {
        indent(depth + 2);
        out_ << "filter " << expression_text(*filters[f], query_) << '\n';
      }
    }
  }

  const TripleStore& store_;
  const Query& query_;
  std::ostringstream out_;
};

const char* operator_text(Operator op) {
  switch (op) {
    case Operator::Or: return "||";
    case Operator::And: return "&&";
    case Operator::Equal: return "=";
    case Operator::NotEqual: return "!=";
    case Operator::Less: return "<";
    case Operator::Greater: return ">";
    case Operator::LessEqual: return "<=";
    case Operator::GreaterEqual: return ">=";
    case Operator::Regex: return "regex";
    case Operator::Lang: return "lang";
    case Operator::Str: return "str";
    case Operator::Contains: return "contains";
    case Operator::StrStarts: return "strstarts";
    default: return "";
  }
}

}  // namespace

std::string expression_text(const Expression& expression, const Query& query) {
  switch (expression.op) {
    case Operator::Variable: return "?" + query.variables[expression.variable];
    case Operator::Constant: return constant_text(expression.constant);
    case Operator::Bound: return "bound(?" + query.variables[expression.variable] + ")";
    case Operator::Not: return "!" + expression_text(expression.args[0], query);
    case Operator::Regex:
    case Operator::Lang:
    case Operator::Str:
    case Operator::Contains:
    case Operator::StrStarts: {
      std::string text = std::string(operator_text(expression.op)) + "(";
      for (std::size_t i = 0; i < expression.args.size(); ++i)
        text += (i ? ", " : "") + expression_text(expression.args[i], query);
      return text + ")";
    }
    default:
      return "(" + expression_text(expression.args[0], query) + " " + operator_text(expression.op) + " " +
             expression_text(expression.args[1], query) + ")";
  }
}

std::string print_plan(const TripleStore& store, const Query& query) { return Printer(store, query).print(); }

}  // namespace kg::query
