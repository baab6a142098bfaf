#include "query/bgp_planner.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kg::query {
namespace {

bool contains(const std::vector<std::size_t>& items, std::size_t item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// Rows one lookup of `pattern` gives when the variables in `bound` have values.
double estimate(const TripleStore& store, const ResolvedPattern& pattern, std::size_t matches,
                const std::vector<std::size_t>& bound) {
  double rows = static_cast<double>(matches);
  if (rows == 0) return 0;
  const PredicateStats* stats = pattern.constants.predicate ? store.predicate_stats(*pattern.constants.predicate) : nullptr;
  const auto divide = [&](double distinct) { rows /= std::max(1.0, distinct); };
  if (pattern.variables[0] && contains(bound, *pattern.variables[0]))
    divide(static_cast<double>(stats ? stats->subjects : store.distinct_subjects()));
  if (pattern.variables[1] && contains(bound, *pattern.variables[1]) && pattern.variables[1] != pattern.variables[0])
    divide(20);  // a handful of predicates per subject
  if (pattern.variables[2] && contains(bound, *pattern.variables[2]) && pattern.variables[2] != pattern.variables[0])
    divide(static_cast<double>(stats ? stats->objects : store.distinct_objects()));
  return std::max(rows, 1e-3);
}

}  // namespace

void expression_variables(const Expression& expression, std::vector<std::size_t>& out) {
  if ((expression.op == Operator::Variable || expression.op == Operator::Bound) && !contains(out, expression.variable))
    out.push_back(expression.variable);
  for (const Expression& argument : expression.args) expression_variables(argument, out);
}

std::vector<int> filter_targets(const GroupPattern& pattern) {
  std::vector<int> targets(pattern.filters.size(), -1);
  for (std::size_t i = 0; i < pattern.filters.size(); ++i) {
    std::vector<std::size_t> used;
    expression_variables(pattern.filters[i], used);
    for (std::size_t j = 0; j < pattern.elements.size() && targets[i] < 0; ++j) {
      const PatternElement& element = pattern.elements[j];
      if (element.kind != PatternElement::Kind::Triples) continue;
      const bool covered = std::all_of(used.begin(), used.end(), [&](std::size_t variable) {
        return std::any_of(element.triples.begin(), element.triples.end(), [&](const TriplePatternSyntax& triple) {
          for (const PatternTerm* term : {&triple.subject, &triple.predicate, &triple.object})
            if (term->is_variable && term->variable == variable) return true;
          return false;
        });
      });
      if (covered) targets[i] = static_cast<int>(j);
    }
  }
  return targets;
}

BgpPlan plan_bgp(const TripleStore& store, const std::vector<TriplePatternSyntax>& triples,
                 const std::vector<const Expression*>& filters) {
  BgpPlan plan;
  for (const TriplePatternSyntax& triple : triples) {
    ResolvedPattern resolved;
    const PatternTerm* parts[3] = {&triple.subject, &triple.predicate, &triple.object};
    std::optional<TermId>* constants[3] = {&resolved.constants.subject, &resolved.constants.predicate,
                                           &resolved.constants.object};
    for (int i = 0; i < 3; ++i) {
      if (parts[i]->is_variable) {
        resolved.variables[i] = parts[i]->variable;
        continue;
      }
      const auto id = store.find(parts[i]->constant);
      if (!id && !plan.missing_constant) plan.missing_constant = parts[i]->constant;
      *constants[i] = id.value_or(kUnbound);
    }
    plan.patterns.push_back(resolved);
  }
  std::vector<std::size_t> matches;
  for (const ResolvedPattern& pattern : plan.patterns)
    matches.push_back(plan.missing_constant ? 0 : store.count(pattern.constants));

  std::vector<std::vector<std::size_t>> filter_variables(filters.size());
  for (std::size_t i = 0; i < filters.size(); ++i) expression_variables(*filters[i], filter_variables[i]);
  std::vector<bool> filter_placed(filters.size(), false);

  std::vector<std::size_t> bound;
  std::vector<bool> taken(plan.patterns.size(), false);
  const double lookup_cost = std::log2(static_cast<double>(store.size()) + 2.0);
  double rows = 1;
  for (std::size_t step_index = 0; step_index < plan.patterns.size(); ++step_index) {
    std::size_t best = 0;
    double best_rows = std::numeric_limits<double>::infinity();
    bool best_connected = false;
    for (std::size_t i = 0; i < plan.patterns.size(); ++i) {
      if (taken[i]) continue;
      bool connected = false;
      for (const auto& variable : plan.patterns[i].variables)
        connected = connected || (variable && contains(bound, *variable));
      const double pattern_rows = estimate(store, plan.patterns[i], matches[i], bound);
      // Prefer connected patterns: a cross product only when nothing connects.
      if ((connected && !best_connected) || (connected == best_connected && pattern_rows < best_rows)) {
        best = i;
        best_rows = pattern_rows;
        best_connected = connected;
      }
    }
    taken[best] = true;
    PlanStep step;
    step.pattern = best;
    step.matches = matches[best];
    for (const auto& variable : plan.patterns[best].variables)
      if (variable && contains(bound, *variable) && !contains(step.join_variables, *variable))
        step.join_variables.push_back(*variable);
    if (step_index == 0) {
      step.method = JoinMethod::Scan;
      rows = static_cast<double>(matches[best]);
    } else if (!best_connected) {
      step.method = JoinMethod::Cross;
      rows *= static_cast<double>(matches[best]);
    } else {
      const double index_loop = rows * (lookup_cost + best_rows);
      const double hash = static_cast<double>(matches[best]) + rows;
      step.method = index_loop <= hash ? JoinMethod::IndexLoop : JoinMethod::Hash;
      rows *= best_rows;
    }
    for (const auto& variable : plan.patterns[best].variables)
      if (variable && !contains(bound, *variable)) bound.push_back(*variable);
    for (std::size_t i = 0; i < filters.size(); ++i) {
      if (filter_placed[i]) continue;
      if (!std::all_of(filter_variables[i].begin(), filter_variables[i].end(),
                       [&](std::size_t variable) { return contains(bound, variable); }))
        continue;
      filter_placed[i] = true;
      step.filters.push_back(i);
      rows *= 0.5;  // a guess: the plan's order is already fixed here
    }
    step.rows = rows;
    plan.steps.push_back(std::move(step));
  }
  // Filters without variables run after the last step.
  for (std::size_t i = 0; i < filters.size(); ++i)
    if (!filter_placed[i] && !plan.steps.empty()) plan.steps.back().filters.push_back(i);
  return plan;
}

}  // namespace kg::query
