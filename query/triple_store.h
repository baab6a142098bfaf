#pragma once
// The RDF view of a graph, indexed for SPARQL: every triple that
// `kg export --format ntriples` writes (the quads of export/rdf_quads.h with
// the graph names dropped), with its terms interned as dense ids and three
// sorted permutations (SPO, POS, OSP), so any triple pattern with constants
// is one binary search and a contiguous range. Immutable once built; safe to
// share across threads.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::query {

// A term of the store; 0 is never a term (it marks an unbound variable).
using TermId = std::uint32_t;
inline constexpr TermId kUnbound = 0;

// Counts behind the planner's estimates, per predicate.
struct PredicateStats {
  std::size_t triples = 0;
  std::size_t subjects = 0;  // distinct subjects with this predicate
  std::size_t objects = 0;   // distinct objects with this predicate
};

// A pattern over ids: a position is either a constant id or free (nullopt).
struct IdPattern {
  std::optional<TermId> subject, predicate, object;
};

class TripleStore {
 public:
  struct Triple {
    TermId subject, predicate, object;
  };

  TripleStore() = default;
  // The N-Triples view of `graph` (export/rdf_quads.h), indexed.
  static TripleStore from_graph(const graph::KnowledgeGraph& graph);
  // Triples given as N-Triples terms (tests and benches); repeats are dropped.
  static TripleStore from_terms(const std::vector<std::array<std::string, 3>>& triples);

  std::size_t size() const { return spo_.size(); }
  std::size_t term_count() const { return offsets_.size() - 1; }
  // The id of a term in N-Triples form (rdf_term.h), if the store has it.
  std::optional<TermId> find(std::string_view term) const;
  // The N-Triples form of `id` (1 <= id <= term_count()).
  std::string_view term(TermId id) const {
    return std::string_view(arena_).substr(offsets_[id - 1], offsets_[id] - offsets_[id - 1]);
  }

  // Calls visit(const Triple&) for every triple matching `pattern`, in the
  // order of the index used.
  template <class Visit>
  void scan(const IdPattern& pattern, Visit&& visit) const;
  // The number of triples matching the constants of `pattern` (exact).
  std::size_t count(const IdPattern& pattern) const;
  // Which index `scan` uses for the bound positions: "SPO", "POS" or "OSP".
  static const char* index_name(const IdPattern& pattern);

  const PredicateStats* predicate_stats(TermId predicate) const;
  std::size_t distinct_subjects() const { return distinct_subjects_; }
  std::size_t distinct_objects() const { return distinct_objects_; }
  // Bytes held by the dictionary and indexes.
  std::size_t memory_bytes() const;

 private:
  class Builder;
  // One permutation: keys in index order (SPO: s,p,o; POS: p,o,s; OSP: o,s,p).
  struct Key {
    TermId a, b, c;
  };
  enum class Index { Spo, Pos, Osp };
  static Index choose(const IdPattern& pattern);
  // The range of `index` whose leading keys equal `prefix` (up to 3 ids).
  std::pair<const Key*, const Key*> range(Index index, const TermId* prefix, std::size_t length) const;
  std::size_t prefix_of(const IdPattern& pattern, Index index, TermId* prefix) const;

  std::string arena_;                  // every term, back to back
  std::vector<std::uint64_t> offsets_{0};  // term id i spans offsets_[i-1]..offsets_[i]
  std::vector<TermId> slots_;          // open-addressing hash table of ids (0 = empty)
  std::vector<Key> spo_, pos_, osp_;
  std::unordered_map<TermId, PredicateStats> predicates_;
  std::size_t distinct_subjects_ = 0, distinct_objects_ = 0;
};

template <class Visit>
void TripleStore::scan(const IdPattern& pattern, Visit&& visit) const {
  const Index index = choose(pattern);
  TermId prefix[3];
  const std::size_t length = prefix_of(pattern, index, prefix);
  const auto [begin, end] = range(index, prefix, length);
  for (const Key* key = begin; key != end; ++key) {
    Triple triple{};
    switch (index) {
      case Index::Spo: triple = {key->a, key->b, key->c}; break;
      case Index::Pos: triple = {key->c, key->a, key->b}; break;
      case Index::Osp: triple = {key->b, key->c, key->a}; break;
    }
    // A free position after the prefix may still be constant (S and O bound, P free).
    if (pattern.subject && triple.subject != *pattern.subject) continue;
    if (pattern.predicate && triple.predicate != *pattern.predicate) continue;
    if (pattern.object && triple.object != *pattern.object) continue;
    visit(triple);
  }
}

}  // namespace kg::query
