#pragma once
// The RDF view of a graph, indexed for SPARQL: every triple that
// `kg export --format ntriples` writes (the quads of export/rdf_quads.h with
// the graph names dropped), with its terms as dense ids. Immutable once
// built; safe to share across threads.
//
// A graph of a million relations has some sixteen million triples, most of
// them describing the rdf:Statement and kg:Evidence node of each relation.
// Those nodes are not stored as triples: a relation is one row (subject,
// predicate, object, confidence, qualifiers) and an evidence record another
// (document, sentence, span, extractor, confidence, quote, names), and the
// store answers patterns over them from the rows, with two permutations of
// the relations (by object, by predicate) for the bound-object lookups. Their
// IRIs are computed when asked for. Everything else (entities, aliases,
// documents) is kept as triples in three sorted permutations (SPO, POS, OSP).
// So memory grows by about 100 bytes per relation plus its distinct strings,
// not by 16 triples of three indexes.

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
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
  // The same from a graph file, read record by record: no KnowledgeGraph is
  // built, so the file's strings are held once, in the store. Throws
  // graph::GraphFileError.
  static TripleStore from_graph_file(const std::filesystem::path& path);
  // Triples given as N-Triples terms (tests and benches); repeats are dropped.
  static TripleStore from_terms(const std::vector<std::array<std::string, 3>>& triples);

  // Relations of the graph (0 in a store from_terms).
  std::size_t relation_count() const { return relations_.size(); }
  // Triples (distinct).
  std::size_t size() const { return spo_.size() + table_triples_; }
  // Ids run from 1 to term_count(): the interned terms, then one per
  // relation (its statement node) and one per evidence record.
  std::size_t term_count() const { return dictionary_size() + relations_.size() + evidence_.size(); }
  // The id of a term in N-Triples form (rdf_term.h), if the store has it.
  std::optional<TermId> find(std::string_view term) const;
  // The N-Triples form of `id` (1 <= id <= term_count()).
  std::string term(TermId id) const;

  // Calls visit(const Triple&) for every triple matching `pattern`, once each.
  template <class Visit>
  void scan(const IdPattern& pattern, Visit&& visit) const {
    scan_with(pattern, {&visit, [](void* target, const Triple& triple) { (*static_cast<Visit*>(target))(triple); }});
  }
  // The number of triples matching the constants of `pattern` (exact).
  std::size_t count(const IdPattern& pattern) const;
  // Which index answers the bound positions: "SPO", "POS" or "OSP" (the
  // permutation, or the relation and evidence rows read in that order).
  static const char* index_name(const IdPattern& pattern);

  const PredicateStats* predicate_stats(TermId predicate) const;
  std::size_t distinct_subjects() const { return distinct_subjects_; }
  std::size_t distinct_objects() const { return distinct_objects_; }
  // Bytes held by the dictionary, the rows and the indexes.
  std::size_t memory_bytes() const;

 private:
  class Builder;
  struct Sink {
    void* target;
    void (*call)(void*, const Triple&);
    void operator()(const Triple& triple) const { call(target, triple); }
  };
  // One permutation: keys in index order (SPO: s,p,o; POS: p,o,s; OSP: o,s,p).
  struct Key {
    TermId a, b, c;
  };
  enum class Index { Spo, Pos, Osp };
  // A relation: the row of its edge and of its statement node. Rows are in
  // EdgeId order, so by subject node.
  struct RelationRow {
    graph::NodeId subject, object;
    TermId predicate, confidence;
    std::uint32_t evidence_begin, qualifiers_begin;  // into evidence_, qualifiers_
  };
  // An evidence record; 0 marks an absent optional value.
  struct EvidenceRow {
    TermId document, sentence, start, end, extractor, confidence, quote;
    TermId subject_form, object_form, subject_surface, object_surface, cue;
    std::uint32_t names_hash;  // export/rdf_vocabulary.h evidence_names_hash
    std::uint32_t qualifiers_begin;  // into evidence_qualifiers_
  };
  // The vocabulary of the statement and evidence nodes (0 in a store from_terms).
  struct Vocabulary {
    TermId type, subject, predicate, object, confidence, evidence, statement_class, evidence_class;
    TermId document, sentence, start, end, extractor, quote, subject_form, object_form, subject_surface, object_surface,
        cue;
  };

  void scan_with(const IdPattern& pattern, Sink sink) const;
  void scan_rows(const IdPattern& pattern, Sink sink) const;
  void scan_statement(std::uint32_t relation, const IdPattern& pattern, Sink sink) const;
  void scan_evidence(std::uint32_t evidence, const IdPattern& pattern, Sink sink) const;
  void scan_edges(const IdPattern& pattern, Sink sink) const;
  static Index choose(const IdPattern& pattern);
  // The range of `index` whose leading keys equal `prefix` (up to 3 ids).
  std::pair<const Key*, const Key*> range(Index index, const TermId* prefix, std::size_t length) const;
  std::size_t prefix_of(const IdPattern& pattern, Index index, TermId* prefix) const;

  std::size_t dictionary_size() const { return offsets_.size() - 1; }
  std::string_view stored_term(TermId id) const {
    return std::string_view(arena_).substr(offsets_[id - 1], offsets_[id] - offsets_[id - 1]);
  }
  std::optional<TermId> find_stored(std::string_view term) const;
  TermId statement_id(std::uint32_t relation) const { return static_cast<TermId>(dictionary_size() + 1 + relation); }
  TermId evidence_id(std::uint32_t evidence) const {
    return static_cast<TermId>(dictionary_size() + 1 + relations_.size() + evidence);
  }
  std::optional<std::uint32_t> relation_of(TermId id) const;
  std::optional<std::uint32_t> evidence_of(TermId id) const;
  std::optional<graph::NodeId> node_of(TermId iri) const;
  bool is_statement_predicate(TermId predicate) const;
  bool is_evidence_predicate(TermId predicate) const;
  std::uint32_t relation_of_evidence(std::uint32_t evidence) const;
  // The row ranges of a relation's evidence and qualifiers and of an evidence record's qualifiers.
  std::pair<std::uint32_t, std::uint32_t> evidence_range(std::uint32_t relation) const;
  std::pair<std::uint32_t, std::uint32_t> qualifier_range(std::uint32_t relation) const;
  std::pair<std::uint32_t, std::uint32_t> evidence_qualifier_range(std::uint32_t evidence) const;
  std::string statement_iri(std::uint32_t relation) const;
  std::string evidence_iri(std::uint32_t evidence) const;

  std::string arena_;                      // every interned term, back to back
  std::vector<std::uint64_t> offsets_{0};  // term id i spans offsets_[i-1]..offsets_[i]
  std::vector<TermId> slots_;              // open-addressing hash table of ids (0 = empty)
  std::vector<Key> spo_, pos_, osp_;       // the stored triples
  Vocabulary vocabulary_{};
  std::vector<TermId> node_iri_;    // by node: the entity's IRI (a Literal's too: statement IRIs use it)
  std::vector<TermId> node_value_;  // by node: the object term of an edge to it (the IRI or the typed literal)
  std::vector<std::pair<TermId, graph::NodeId>> node_by_iri_;  // sorted
  std::vector<RelationRow> relations_;
  std::vector<std::uint32_t> node_relations_;  // by node: its first relation row as subject (one more at the end)
  std::vector<std::uint32_t> by_object_;     // relation rows by (object term, subject, predicate)
  std::vector<std::uint32_t> by_predicate_;  // relation rows by (predicate, object term, subject)
  std::vector<bool> repeated_edge_;          // the edge triple equals an earlier relation's (Literal objects)
  std::vector<std::pair<TermId, TermId>> qualifiers_;  // statement qualifiers: (predicate, literal)
  std::vector<EvidenceRow> evidence_;
  std::vector<std::pair<TermId, TermId>> evidence_qualifiers_;
  std::vector<TermId> statement_keys_, evidence_keys_;  // qualifier predicates, sorted (the builder keeps them unique)
  std::vector<TermId> row_predicates_;  // every predicate the rows give, sorted
  std::size_t table_triples_ = 0;       // triples the rows give
  std::unordered_map<TermId, PredicateStats> predicates_;
  std::size_t distinct_subjects_ = 0, distinct_objects_ = 0;
};

}  // namespace kg::query
