// The triple store's lookups: the stored triples through their three
// permutations, the statement and evidence nodes and the edges from the rows.

#include "query/triple_store.h"

#include <algorithm>
#include <cstdio>
#include <functional>

#include "export/rdf_vocabulary.h"
#include "export/text_encoding.h"
#include "query/rdf_term.h"

namespace kg::query {
namespace {

namespace rdf = exporter::rdf;

// "<base...rest>" -> "rest".
std::string_view strip_iri(std::string_view term, std::string_view base) {
  return term.substr(1 + base.size(), term.size() - 2 - base.size());
}

// The lexical form of a literal without escapes (an integer).
std::string_view lexical(std::string_view literal) { return literal.substr(1, literal.find('"', 1) - 1); }

}  // namespace

void TripleStore::scan_with(const IdPattern& pattern, Sink sink) const {
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
    sink(triple);
  }
  if (!relations_.empty()) scan_rows(pattern, sink);
}

void TripleStore::scan_rows(const IdPattern& pattern, Sink sink) const {
  if (pattern.subject) {
    if (const auto relation = relation_of(*pattern.subject)) return scan_statement(*relation, pattern, sink);
    if (const auto evidence = evidence_of(*pattern.subject)) return scan_evidence(*evidence, pattern, sink);
    return scan_edges(pattern, sink);
  }
  scan_edges(pattern, sink);
  const Vocabulary& v = vocabulary_;
  const auto& p = pattern.predicate;
  const auto& o = pattern.object;
  if (!p || is_statement_predicate(*p)) {
    auto each = [&](std::uint32_t relation) { scan_statement(relation, pattern, sink); };
    if (p && o && *p == v.subject) {
      if (const auto node = node_of(*o))
        for (std::uint32_t r = node_relations_[*node]; r < node_relations_[*node + 1]; ++r) each(r);
    } else if (p && o && (*p == v.object || *p == v.predicate)) {
      const bool by_object = *p == v.object;
      const auto& order = by_object ? by_object_ : by_predicate_;
      auto key = [&](std::uint32_t r) { return by_object ? node_value_[relations_[r].object] : relations_[r].predicate; };
      auto low = std::partition_point(order.begin(), order.end(), [&](std::uint32_t r) { return key(r) < *o; });
      for (auto it = low; it != order.end() && key(*it) == *o; ++it) each(*it);
    } else if (p && o && *p == v.evidence) {
      if (const auto evidence = evidence_of(*o)) each(relation_of_evidence(*evidence));
    } else if (!(p && o && *p == v.type && *o != v.statement_class)) {
      for (std::uint32_t r = 0; r < relations_.size(); ++r) each(r);
    }
  }
  if (!p || is_evidence_predicate(*p)) {
    if (p && o && *p == v.type && *o != v.evidence_class) return;
    for (std::uint32_t e = 0; e < evidence_.size(); ++e) scan_evidence(e, pattern, sink);
  }
}

void TripleStore::scan_statement(std::uint32_t relation, const IdPattern& pattern, Sink sink) const {
  const TermId node = statement_id(relation);
  auto emit = [&](TermId predicate, TermId object) {
    if (pattern.predicate && *pattern.predicate != predicate) return;
    if (pattern.object && *pattern.object != object) return;
    sink({node, predicate, object});
  };
  const RelationRow& row = relations_[relation];
  const Vocabulary& v = vocabulary_;
  emit(v.type, v.statement_class);
  emit(v.subject, node_iri_[row.subject]);
  emit(v.predicate, row.predicate);
  emit(v.object, node_value_[row.object]);
  emit(v.confidence, row.confidence);
  const auto [q, q_end] = qualifier_range(relation);
  for (std::uint32_t i = q; i < q_end; ++i) emit(qualifiers_[i].first, qualifiers_[i].second);
  const auto [e, e_end] = evidence_range(relation);
  for (std::uint32_t i = e; i < e_end; ++i) emit(v.evidence, evidence_id(i));
}

void TripleStore::scan_evidence(std::uint32_t evidence, const IdPattern& pattern, Sink sink) const {
  const TermId node = evidence_id(evidence);
  auto emit = [&](TermId predicate, TermId object) {
    if (object == kUnbound) return;
    if (pattern.predicate && *pattern.predicate != predicate) return;
    if (pattern.object && *pattern.object != object) return;
    sink({node, predicate, object});
  };
  const EvidenceRow& row = evidence_[evidence];
  const Vocabulary& v = vocabulary_;
  emit(v.type, v.evidence_class);
  emit(v.document, row.document);
  emit(v.sentence, row.sentence);
  emit(v.start, row.start);
  emit(v.end, row.end);
  emit(v.extractor, row.extractor);
  emit(v.confidence, row.confidence);
  emit(v.quote, row.quote);
  emit(v.subject_form, row.subject_form);
  emit(v.object_form, row.object_form);
  emit(v.subject_surface, row.subject_surface);
  emit(v.object_surface, row.object_surface);
  emit(v.cue, row.cue);
  const auto [q, q_end] = evidence_qualifier_range(evidence);
  for (std::uint32_t i = q; i < q_end; ++i) emit(evidence_qualifiers_[i].first, evidence_qualifiers_[i].second);
}

void TripleStore::scan_edges(const IdPattern& pattern, Sink sink) const {
  auto emit = [&](std::uint32_t r) {
    if (repeated_edge_[r]) return;
    const RelationRow& row = relations_[r];
    const Triple triple{node_iri_[row.subject], row.predicate, node_value_[row.object]};
    if (pattern.subject && triple.subject != *pattern.subject) return;
    if (pattern.predicate && triple.predicate != *pattern.predicate) return;
    if (pattern.object && triple.object != *pattern.object) return;
    sink(triple);
  };
  if (pattern.subject) {
    if (const auto node = node_of(*pattern.subject))
      for (std::uint32_t r = node_relations_[*node]; r < node_relations_[*node + 1]; ++r) emit(r);
  } else if (pattern.predicate) {
    const TermId p = *pattern.predicate;
    auto before = [&](std::uint32_t r) {
      const RelationRow& row = relations_[r];
      return row.predicate != p ? row.predicate < p : pattern.object && node_value_[row.object] < *pattern.object;
    };
    auto it = std::partition_point(by_predicate_.begin(), by_predicate_.end(), before);
    for (; it != by_predicate_.end() && relations_[*it].predicate == p; ++it) {
      if (pattern.object && node_value_[relations_[*it].object] != *pattern.object) break;
      emit(*it);
    }
  } else if (pattern.object) {
    const TermId o = *pattern.object;
    auto it = std::partition_point(by_object_.begin(), by_object_.end(),
                                   [&](std::uint32_t r) { return node_value_[relations_[r].object] < o; });
    for (; it != by_object_.end() && node_value_[relations_[*it].object] == o; ++it) emit(*it);
  } else {
    for (std::uint32_t r = 0; r < relations_.size(); ++r) emit(r);
  }
}

bool TripleStore::is_statement_predicate(TermId p) const {
  const Vocabulary& v = vocabulary_;
  return p == v.type || p == v.subject || p == v.predicate || p == v.object || p == v.confidence || p == v.evidence ||
         std::binary_search(statement_keys_.begin(), statement_keys_.end(), p);
}

bool TripleStore::is_evidence_predicate(TermId p) const {
  const Vocabulary& v = vocabulary_;
  return p == v.type || p == v.document || p == v.sentence || p == v.start || p == v.end || p == v.extractor ||
         p == v.confidence || p == v.quote || p == v.subject_form || p == v.object_form || p == v.subject_surface ||
         p == v.object_surface || p == v.cue || std::binary_search(evidence_keys_.begin(), evidence_keys_.end(), p);
}

std::optional<std::uint32_t> TripleStore::relation_of(TermId id) const {
  if (id <= dictionary_size() || id > dictionary_size() + relations_.size()) return std::nullopt;
  return static_cast<std::uint32_t>(id - dictionary_size() - 1);
}

std::optional<std::uint32_t> TripleStore::evidence_of(TermId id) const {
  const std::size_t first = dictionary_size() + relations_.size();
  if (id <= first || id > first + evidence_.size()) return std::nullopt;
  return static_cast<std::uint32_t>(id - first - 1);
}

std::optional<graph::NodeId> TripleStore::node_of(TermId iri) const {
  const auto it = std::lower_bound(node_by_iri_.begin(), node_by_iri_.end(), std::make_pair(iri, graph::NodeId{0}));
  if (it == node_by_iri_.end() || it->first != iri) return std::nullopt;
  return it->second;
}

std::uint32_t TripleStore::relation_of_evidence(std::uint32_t evidence) const {
  const auto it = std::partition_point(relations_.begin(), relations_.end(),
                                       [&](const RelationRow& row) { return row.evidence_begin <= evidence; });
  return static_cast<std::uint32_t>(it - relations_.begin() - 1);
}

std::pair<std::uint32_t, std::uint32_t> TripleStore::evidence_range(std::uint32_t relation) const {
  return {relations_[relation].evidence_begin, relation + 1 < relations_.size()
                                                   ? relations_[relation + 1].evidence_begin
                                                   : static_cast<std::uint32_t>(evidence_.size())};
}

std::pair<std::uint32_t, std::uint32_t> TripleStore::qualifier_range(std::uint32_t relation) const {
  return {relations_[relation].qualifiers_begin, relation + 1 < relations_.size()
                                                     ? relations_[relation + 1].qualifiers_begin
                                                     : static_cast<std::uint32_t>(qualifiers_.size())};
}

std::pair<std::uint32_t, std::uint32_t> TripleStore::evidence_qualifier_range(std::uint32_t evidence) const {
  return {evidence_[evidence].qualifiers_begin, evidence + 1 < evidence_.size()
                                                    ? evidence_[evidence + 1].qualifiers_begin
                                                    : static_cast<std::uint32_t>(evidence_qualifiers_.size())};
}

std::string TripleStore::statement_iri(std::uint32_t relation) const {
  const RelationRow& row = relations_[relation];
  std::string iri = "<";
  iri += rdf::kStatementBase;
  iri += strip_iri(stored_term(node_iri_[row.subject]), rdf::kEntityBase);
  iri += '/';
  iri += strip_iri(stored_term(row.predicate), rdf::kVocabulary);
  iri += '/';
  iri += strip_iri(stored_term(node_iri_[row.object]), rdf::kEntityBase);
  iri += '>';
  return iri;
}

std::string TripleStore::evidence_iri(std::uint32_t evidence) const {
  // export/rdf_vocabulary.cpp evidence_suffix, from the row's terms.
  const EvidenceRow& row = evidence_[evidence];
  std::string iri = statement_iri(relation_of_evidence(evidence));
  iri.pop_back();
  iri += "/evidence/";
  iri += strip_iri(stored_term(row.document), rdf::kDocumentBase);
  iri += '/';
  iri += lexical(stored_term(row.sentence));
  iri += '/';
  iri += lexical(stored_term(row.start));
  iri += '-';
  iri += lexical(stored_term(row.end));
  iri += '/';
  iri += exporter::percent_encode(parse_term(stored_term(row.extractor)).value);
  char names[10];
  std::snprintf(names, sizeof names, "/%08x", row.names_hash);
  iri += names;
  iri += '>';
  return iri;
}

std::string TripleStore::term(TermId id) const {
  if (id <= dictionary_size()) return std::string(stored_term(id));
  if (const auto relation = relation_of(id)) return statement_iri(*relation);
  return evidence_iri(*evidence_of(id));
}

std::optional<TermId> TripleStore::find_stored(std::string_view term) const {
  if (slots_.empty()) return std::nullopt;
  std::size_t slot = std::hash<std::string_view>{}(term) & (slots_.size() - 1);
  while (const TermId id = slots_[slot]) {
    if (stored_term(id) == term) return id;
    slot = (slot + 1) & (slots_.size() - 1);
  }
  return std::nullopt;
}

std::optional<TermId> TripleStore::find(std::string_view term) const {
  if (const auto id = find_stored(term)) return id;
  // A statement or evidence IRI: "<base><type>/<name>/<predicate>/<type>/<name>[/evidence/...]>";
  // entity ids have exactly one '/'.
  const std::string prefix = "<" + std::string(rdf::kStatementBase);
  if (relations_.empty() || !term.starts_with(prefix) || !term.ends_with('>')) return std::nullopt;
  const std::string_view body = term.substr(prefix.size(), term.size() - prefix.size() - 1);
  const std::string_view statement = body.substr(0, body.find("/evidence/"));
  std::size_t slashes[3], at = 0;
  for (std::size_t& slash : slashes) {
    slash = statement.find('/', at);
    if (slash == std::string_view::npos) return std::nullopt;
    at = slash + 1;
  }
  auto entity = [&](std::string_view id) { return find_stored("<" + std::string(rdf::kEntityBase) + std::string(id) + ">"); };
  const auto subject = entity(statement.substr(0, slashes[1]));
  const auto predicate = find_stored("<" + std::string(rdf::kVocabulary) + std::string(statement.substr(slashes[1] + 1, slashes[2] - slashes[1] - 1)) + ">");
  const auto object = entity(statement.substr(slashes[2] + 1));
  if (!subject || !predicate || !object) return std::nullopt;
  const auto subject_node = node_of(*subject), object_node = node_of(*object);
  if (!subject_node || !object_node) return std::nullopt;
  for (std::uint32_t r = node_relations_[*subject_node]; r < node_relations_[*subject_node + 1]; ++r) {
    if (relations_[r].predicate != *predicate || relations_[r].object != *object_node) continue;
    if (statement.size() == body.size()) return statement_id(r);
    const auto [e, e_end] = evidence_range(r);
    for (std::uint32_t i = e; i < e_end; ++i)
      if (evidence_iri(i) == term) return evidence_id(i);
  }
  return std::nullopt;
}

TripleStore::Index TripleStore::choose(const IdPattern& pattern) {
  if (pattern.subject) return pattern.object && !pattern.predicate ? Index::Osp : Index::Spo;
  if (pattern.predicate) return Index::Pos;
  if (pattern.object) return Index::Osp;
  return Index::Spo;
}

const char* TripleStore::index_name(const IdPattern& pattern) {
  switch (choose(pattern)) {
    case Index::Spo: return "SPO";
    case Index::Pos: return "POS";
    case Index::Osp: return "OSP";
  }
  return "SPO";
}

std::size_t TripleStore::prefix_of(const IdPattern& pattern, Index index, TermId* prefix) const {
  // The leading positions of the index order that the pattern binds.
  const std::optional<TermId>* order[3];
  switch (index) {
    case Index::Spo: order[0] = &pattern.subject, order[1] = &pattern.predicate, order[2] = &pattern.object; break;
    case Index::Pos: order[0] = &pattern.predicate, order[1] = &pattern.object, order[2] = &pattern.subject; break;
    case Index::Osp: order[0] = &pattern.object, order[1] = &pattern.subject, order[2] = &pattern.predicate; break;
  }
  std::size_t length = 0;
  while (length < 3 && *order[length]) {
    prefix[length] = **order[length];
    ++length;
  }
  return length;
}

std::pair<const TripleStore::Key*, const TripleStore::Key*> TripleStore::range(Index index, const TermId* prefix,
                                                                                 std::size_t length) const {
  const std::vector<Key>& keys = index == Index::Spo ? spo_ : index == Index::Pos ? pos_ : osp_;
  const Key* begin = keys.data();
  const Key* end = begin + keys.size();
  if (length == 0) return {begin, end};
  auto compare = [&](const Key& key) {
    const TermId parts[3] = {key.a, key.b, key.c};
    for (std::size_t i = 0; i < length; ++i)
      if (parts[i] != prefix[i]) return parts[i] < prefix[i] ? -1 : 1;
    return 0;
  };
  const Key* low = std::partition_point(begin, end, [&](const Key& key) { return compare(key) < 0; });
  const Key* high = std::partition_point(low, end, [&](const Key& key) { return compare(key) == 0; });
  return {low, high};
}

std::size_t TripleStore::count(const IdPattern& pattern) const {
  const Index index = choose(pattern);
  TermId prefix[3];
  const std::size_t length = prefix_of(pattern, index, prefix);
  const auto [begin, end] = range(index, prefix, length);
  const auto stored = static_cast<std::size_t>(end - begin);
  if (relations_.empty()) return stored;
  if (!pattern.subject && !pattern.object) {
    if (!pattern.predicate) return size();
    const PredicateStats* stats = predicate_stats(*pattern.predicate);
    return stats ? stats->triples : 0;
  }
  std::size_t rows = 0;
  scan_rows(pattern, Sink{&rows, [](void* counter, const Triple&) { ++*static_cast<std::size_t*>(counter); }});
  return stored + rows;
}

const PredicateStats* TripleStore::predicate_stats(TermId predicate) const {
  const auto it = predicates_.find(predicate);
  return it == predicates_.end() ? nullptr : &it->second;
}

std::size_t TripleStore::memory_bytes() const {
  // Sizes, not capacities, for what keeps untouched reserved room (triple_store_builder.cpp).
  auto bytes = [](const auto& vector) { return vector.size() * sizeof(vector[0]); };
  return arena_.size() + bytes(offsets_) + bytes(slots_) + bytes(spo_) + bytes(pos_) + bytes(osp_) +
         bytes(node_iri_) + bytes(node_value_) + bytes(node_by_iri_) + bytes(relations_) + bytes(node_relations_) +
         bytes(by_object_) + bytes(by_predicate_) + repeated_edge_.capacity() / 8 + bytes(qualifiers_) +
         bytes(evidence_) + bytes(evidence_qualifiers_) + bytes(statement_keys_) + bytes(evidence_keys_) +
         bytes(row_predicates_) + predicates_.size() * (sizeof(PredicateStats) + 32);
}

}  // namespace kg::query
