#pragma once
// Random graphs and random queries of the supported subset for the
// differential tests, both from a fixed seed.

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/triple_store.h"

namespace kg::query::testing {

// About `statements` statements over a small pool of names of every type
// (some with quotes, backslashes, umlauts, a tab), literal objects (decimal
// and not), qualifiers, several documents with and without dates.
graph::KnowledgeGraph random_graph(std::uint32_t seed, std::size_t statements);

// Queries whose constants are drawn from the store's triples, so that most
// have solutions: chains and stars of 1-3 triple patterns, FILTERs of every
// supported kind (also ill-typed ones, to exercise errors), OPTIONAL (with
// and without inner filters), UNION, DISTINCT, COUNT with GROUP BY, ORDER BY
// with LIMIT and OFFSET, ASK.
class QueryGenerator {
 public:
  QueryGenerator(const TripleStore& store, std::uint32_t seed);
  std::string next();

 private:
  struct Pattern {
    TermId terms[3];
  };
  std::vector<Pattern> connected_patterns(std::size_t count);
  std::string term_text(TermId id, std::vector<TermId>& variables, std::vector<std::string>& names, double probability);
  std::string filter(const std::string& variable, TermId seed_value);
  std::size_t pick(std::size_t size) { return std::uniform_int_distribution<std::size_t>(0, size - 1)(random_); }
  bool chance(double probability) { return std::uniform_real_distribution<double>(0, 1)(random_) < probability; }

  const TripleStore& store_;
  std::mt19937 random_;
  std::vector<TripleStore::Triple> triples_;
  std::vector<TermId> predicates_;
};

}  // namespace kg::query::testing
