#include "query/sparql_engine.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "query/bgp_planner.h"
#include "query/expression_evaluator.h"
#include "query/plan_printer.h"
#include "query/rdf_term.h"

namespace kg::query {
namespace {

// The store's terms plus those a query computes (COUNT values).
class QueryTerms final : public TermLookup {
 public:
  explicit QueryTerms(const TripleStore& store) : store_(store) {}
  std::string term(TermId id) const override {
    return id <= store_.term_count() ? store_.term(id) : extra_[id - store_.term_count() - 1];
  }
  TermId add(const std::string& term) {
    if (const auto id = store_.find(term)) return *id;
    const auto it = ids_.find(term);
    if (it != ids_.end()) return it->second;
    extra_.push_back(term);
    const auto id = static_cast<TermId>(store_.term_count() + extra_.size());
    ids_.emplace(term, id);
    return id;
  }

 private:
  const TripleStore& store_;
  std::deque<std::string> extra_;
  std::unordered_map<std::string, TermId> ids_;
};

// Solutions: one id per query variable (kUnbound when unbound), row-major.
// One extra column keeps the width positive for queries without variables.
struct Table {
  std::size_t width = 1;
  std::vector<TermId> cells;
  std::size_t size() const { return cells.size() / width; }
  const TermId* row(std::size_t i) const { return cells.data() + i * width; }
  void append(const TermId* row) { cells.insert(cells.end(), row, row + width); }
};

std::uint64_t hash_of(const TermId* row, const std::vector<std::size_t>& columns) {
  std::uint64_t hash = 1469598103934665603ull;
  for (const std::size_t column : columns) hash = (hash ^ row[column]) * 1099511628211ull;
  return hash;
}

// Rows of `table` indexed by the hash of `columns`, for probing.
class HashIndex {
 public:
  HashIndex(const Table& table, const std::vector<std::size_t>& columns) : columns_(columns) {
    entries_.reserve(table.size());
    for (std::size_t i = 0; i < table.size(); ++i)
      entries_.push_back({hash_of(table.row(i), columns), static_cast<std::uint32_t>(i)});
    std::sort(entries_.begin(), entries_.end());
  }
  template <class Visit>
  void probe(const TermId* row, Visit&& visit) const {
    const std::uint64_t hash = hash_of(row, columns_);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), std::make_pair(hash, std::uint32_t{0}));
    for (; it != entries_.end() && it->first == hash; ++it) visit(it->second);
  }

 private:
  std::vector<std::size_t> columns_;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries_;
};

class Executor {
 public:
  Executor(const TripleStore& store, const Query& query)
      : store_(store), query_(query), terms_(store), evaluator_(terms_) {
    width_ = query.variables.size() + 1;
  }

  QueryResult run() {
    Table table = group(query_.where, nullptr);
    QueryResult result;
    if (query_.form == Query::Form::Ask) {
      result.is_ask = true;
      result.boolean = table.size() > 0;
      return result;
    }
    if (query_.aggregated) table = aggregate(table);
    if (!query_.order_by.empty()) order(table);
    std::vector<std::size_t> columns;
    for (const Projection& projection : query_.projection) {
      columns.push_back(projection.variable);
      result.variables.push_back(query_.variables[projection.variable]);
    }
    std::unordered_set<std::string> seen;
    std::size_t skipped = 0;
    for (std::size_t i = 0; i < table.size(); ++i) {
      if (query_.limit && result.rows.size() >= *query_.limit) break;
      const TermId* row = table.row(i);
      if (query_.distinct) {
        std::string key;
        for (const std::size_t column : columns) key.append(reinterpret_cast<const char*>(&row[column]), sizeof(TermId));
        if (!seen.insert(key).second) continue;
      }
      if (skipped < query_.offset) {
        ++skipped;
        continue;
      }
      std::vector<std::string> cells;
      for (const std::size_t column : columns)
        cells.emplace_back(row[column] == kUnbound ? std::string() : terms_.term(row[column]));
      result.rows.push_back(std::move(cells));
    }
    return result;
  }

 private:
  Table unit() const {
    Table table;
    table.width = width_;
    table.cells.assign(width_, kUnbound);
    return table;
  }
  Table empty() const {
    Table table;
    table.width = width_;
    return table;
  }
  static bool is_unit(const Table& table) {
    return table.size() == 1 && std::all_of(table.cells.begin(), table.cells.end(), [](TermId id) { return id == kUnbound; });
  }

  // `deferred` non-null: the group is an OPTIONAL's, and the filters that
  // cannot run inside it go to the left join instead.
  Table group(const GroupPattern& pattern, std::vector<const Expression*>* deferred) {
    const auto targets = filter_targets(pattern);
    Table table = unit();
    for (std::size_t j = 0; j < pattern.elements.size(); ++j) {
      const PatternElement& element = pattern.elements[j];
      switch (element.kind) {
        case PatternElement::Kind::Triples: {
          std::vector<const Expression*> filters;
          for (std::size_t i = 0; i < pattern.filters.size(); ++i)
            if (targets[i] == static_cast<int>(j)) filters.push_back(&pattern.filters[i]);
          table = join(table, bgp(element.triples, filters));
          break;
        }
        case PatternElement::Kind::Group: table = join(table, group(element.groups[0], nullptr)); break;
        case PatternElement::Kind::Union: {
          Table all = empty();
          for (const GroupPattern& alternative : element.groups) {
            const Table part = group(alternative, nullptr);
            all.cells.insert(all.cells.end(), part.cells.begin(), part.cells.end());
          }
          table = join(table, all);
          break;
        }
        case PatternElement::Kind::Optional: {
          std::vector<const Expression*> conditions;
          const Table right = group(element.groups[0], &conditions);
          table = left_join(table, right, conditions);
          break;
        }
      }
    }
    for (std::size_t i = 0; i < pattern.filters.size(); ++i) {
      if (targets[i] >= 0) continue;
      if (deferred) {
        deferred->push_back(&pattern.filters[i]);
        continue;
      }
      table = filter(table, {&pattern.filters[i]});
    }
    return table;
  }

  Table filter(const Table& table, const std::vector<const Expression*>& filters) {
    Table out = empty();
    for (std::size_t i = 0; i < table.size(); ++i)
      if (passes(table.row(i), filters)) out.append(table.row(i));
    return out;
  }

  bool passes(const TermId* row, const std::vector<const Expression*>& filters) {
    for (const Expression* expression : filters)
      if (!evaluator_.test(*expression, row)) return false;
    return true;
  }

  static void bound_columns(const Table& table, std::vector<bool>& all, std::vector<bool>& any) {
    all.assign(table.width, table.size() > 0);
    any.assign(table.width, false);
    for (std::size_t i = 0; i < table.size(); ++i)
      for (std::size_t c = 0; c < table.width; ++c) {
        const bool bound = table.row(i)[c] != kUnbound;
        all[c] = all[c] && bound;
        any[c] = any[c] || bound;
      }
  }

  // Joins rows of `left` and `right` that agree where both are bound. The
  // hash key is the variables bound in every row of both sides; others
  // (from OPTIONAL or UNION) are checked row by row.
  void compatible_pairs(const Table& left, const Table& right,
                        const std::function<void(std::size_t, std::size_t, const TermId*)>& emit,
                        const std::function<void(std::size_t)>& left_done) {
    std::vector<bool> left_all, left_any, right_all, right_any;
    bound_columns(left, left_all, left_any);
    bound_columns(right, right_all, right_any);
    std::vector<std::size_t> key, check;
    for (std::size_t c = 0; c < width_; ++c) {
      if (left_all[c] && right_all[c]) key.push_back(c);
      else if (left_any[c] && right_any[c]) check.push_back(c);
    }
    const HashIndex index(right, key);
    std::vector<TermId> merged(width_);
    for (std::size_t i = 0; i < left.size(); ++i) {
      const TermId* a = left.row(i);
      index.probe(a, [&](std::uint32_t j) {
        const TermId* b = right.row(j);
        for (const std::size_t c : key)
          if (a[c] != b[c]) return;
        for (const std::size_t c : check)
          if (a[c] != kUnbound && b[c] != kUnbound && a[c] != b[c]) return;
        for (std::size_t c = 0; c < width_; ++c) merged[c] = a[c] != kUnbound ? a[c] : b[c];
        emit(i, j, merged.data());
      });
      left_done(i);
    }
  }

  Table join(const Table& left, const Table& right) {
    if (is_unit(left)) return right;
    if (is_unit(right)) return left;
    Table out = empty();
    compatible_pairs(left, right, [&](std::size_t, std::size_t, const TermId* row) { out.append(row); },
                     [](std::size_t) {});
    return out;
  }

  Table left_join(const Table& left, const Table& right, const std::vector<const Expression*>& conditions) {
    Table out = empty();
    bool matched = false;
    compatible_pairs(
        left, right,
        [&](std::size_t, std::size_t, const TermId* row) {
          if (!passes(row, conditions)) return;
          matched = true;
          out.append(row);
        },
        [&](std::size_t i) {
          if (!matched) out.append(left.row(i));
          matched = false;
        });
    return out;
  }

  // Binds the pattern's variables in `row` to `triple`; false on a clash.
  static bool bind(const ResolvedPattern& pattern, const TripleStore::Triple& triple, TermId* row) {
    const TermId values[3] = {triple.subject, triple.predicate, triple.object};
    for (int i = 0; i < 3; ++i) {
      if (!pattern.variables[i]) continue;
      TermId& cell = row[*pattern.variables[i]];
      if (cell == kUnbound) cell = values[i];
      else if (cell != values[i]) return false;
    }
    return true;
  }

  Table scan(const ResolvedPattern& pattern) {
    Table out = empty();
    std::vector<TermId> row(width_);
    store_.scan(pattern.constants, [&](const TripleStore::Triple& triple) {
      std::fill(row.begin(), row.end(), kUnbound);
      if (bind(pattern, triple, row.data())) out.append(row.data());
    });
    return out;
  }

  Table bgp(const std::vector<TriplePatternSyntax>& triples, const std::vector<const Expression*>& filters) {
    const BgpPlan plan = plan_bgp(store_, triples, filters);
    if (plan.missing_constant) return empty();
    Table rows = unit();
    std::vector<TermId> work(width_);
    for (const PlanStep& step : plan.steps) {
      const ResolvedPattern& pattern = plan.patterns[step.pattern];
      Table next = empty();
      if (step.method == JoinMethod::IndexLoop) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
          const TermId* row = rows.row(i);
          IdPattern lookup = pattern.constants;
          std::optional<TermId>* positions[3] = {&lookup.subject, &lookup.predicate, &lookup.object};
          for (int k = 0; k < 3; ++k)
            if (pattern.variables[k] && row[*pattern.variables[k]] != kUnbound) *positions[k] = row[*pattern.variables[k]];
          store_.scan(lookup, [&](const TripleStore::Triple& triple) {
            std::copy(row, row + width_, work.begin());
            if (bind(pattern, triple, work.data())) next.append(work.data());
          });
        }
      } else {
        Table matches = scan(pattern);
        if (step.method == JoinMethod::Scan) {
          next = std::move(matches);
        } else {
          // Hash join on the shared variables (cross product: no key).
          const HashIndex index(matches, step.join_variables);
          for (std::size_t i = 0; i < rows.size(); ++i) {
            const TermId* row = rows.row(i);
            index.probe(row, [&](std::uint32_t j) {
              const TermId* match = matches.row(j);
              for (std::size_t c = 0; c < width_; ++c) {
                if (match[c] != kUnbound && row[c] != kUnbound && match[c] != row[c]) return;
                work[c] = row[c] != kUnbound ? row[c] : match[c];
              }
              next.append(work.data());
            });
          }
        }
      }
      std::vector<const Expression*> step_filters;
      for (const std::size_t f : step.filters) step_filters.push_back(filters[f]);
      rows = step_filters.empty() ? std::move(next) : filter(next, step_filters);
      if (rows.size() == 0) break;
    }
    return rows;
  }

  Table aggregate(const Table& table) {
    std::unordered_map<std::string, std::size_t> group_of;
    std::vector<std::vector<std::size_t>> members;
    std::vector<std::size_t> representative;
    for (std::size_t i = 0; i < table.size(); ++i) {
      std::string key;
      for (const std::size_t column : query_.group_by)
        key.append(reinterpret_cast<const char*>(&table.row(i)[column]), sizeof(TermId));
      const auto [it, inserted] = group_of.emplace(key, members.size());
      if (inserted) {
        members.emplace_back();
        representative.push_back(i);
      }
      members[it->second].push_back(i);
    }
    // Without GROUP BY there is one group, even over no rows.
    if (query_.group_by.empty() && members.empty()) members.emplace_back();
    Table out = empty();
    std::vector<TermId> row(width_);
    for (std::size_t g = 0; g < members.size(); ++g) {
      std::fill(row.begin(), row.end(), kUnbound);
      for (const std::size_t column : query_.group_by) row[column] = table.row(representative[g])[column];
      for (const Projection& projection : query_.projection) {
        if (!projection.is_count) continue;
        std::size_t count = 0;
        std::unordered_set<std::string> distinct;
        for (const std::size_t i : members[g]) {
          const TermId* member = table.row(i);
          if (projection.count_of && member[*projection.count_of] == kUnbound) continue;
          if (!projection.count_distinct) {
            ++count;
            continue;
          }
          std::string key;
          if (projection.count_of) {
            key.assign(reinterpret_cast<const char*>(&member[*projection.count_of]), sizeof(TermId));
          } else {
            key.assign(reinterpret_cast<const char*>(member), sizeof(TermId) * width_);
          }
          distinct.insert(std::move(key));
        }
        if (projection.count_distinct) count = distinct.size();
        row[projection.variable] = terms_.add(literal_term(std::to_string(count), kXsdInteger));
      }
      out.append(row.data());
    }
    return out;
  }

  void order(Table& table) {
    // Keys computed once per row; a plain variable compares by id.
    const std::size_t conditions = query_.order_by.size();
    std::vector<Value> keys(table.size() * conditions);
    for (std::size_t i = 0; i < table.size(); ++i)
      for (std::size_t k = 0; k < conditions; ++k) {
        const Expression& expression = query_.order_by[k].expression;
        if (expression.op != Operator::Variable) keys[i * conditions + k] = evaluator_.evaluate(expression, table.row(i));
      }
    std::vector<std::size_t> permutation(table.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    std::stable_sort(permutation.begin(), permutation.end(), [&](std::size_t a, std::size_t b) {
      for (std::size_t k = 0; k < conditions; ++k) {
        const OrderCondition& condition = query_.order_by[k];
        const int order = condition.expression.op == Operator::Variable
                              ? evaluator_.compare_for_order(table.row(a)[condition.expression.variable],
                                                             table.row(b)[condition.expression.variable])
                              : evaluator_.compare_values_for_order(keys[a * conditions + k], keys[b * conditions + k]);
        if (order != 0) return condition.descending ? order > 0 : order < 0;
      }
      return false;
    });
    Table sorted = empty();
    sorted.cells.reserve(table.cells.size());
    for (const std::size_t i : permutation) sorted.append(table.row(i));
    table = std::move(sorted);
  }

  const TripleStore& store_;
  const Query& query_;
  QueryTerms terms_;
  ExpressionEvaluator evaluator_;
  std::size_t width_ = 1;
};

}  // namespace

QueryResult SparqlEngine::run(const Query& query) const { return Executor(store_, query).run(); }

std::string SparqlEngine::explain(const Query& query) const { return print_plan(store_, query); }

}  // namespace kg::query
