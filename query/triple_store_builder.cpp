// Building the triple store: the interned dictionary, the stored triples of
// entities and documents, and the relation and evidence rows, from a graph
// file's records or a KnowledgeGraph.

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "export/rdf_quads.h"
#include "export/rdf_vocabulary.h"
#include "graph/graph_file.h"
#include "query/rdf_term.h"
#include "query/triple_store.h"

namespace kg::query {

namespace rdf = exporter::rdf;

class TripleStore::Builder : public graph::GraphFileVisitor {
 public:
  explicit Builder(TripleStore& store) : store_(store) { store_.slots_.assign(1u << 16, kUnbound); }

  TermId intern(std::string_view term) {
    std::size_t slot = hash(term) & (store_.slots_.size() - 1);
    while (const TermId id = store_.slots_[slot]) {
      if (store_.stored_term(id) == term) return id;
      slot = (slot + 1) & (store_.slots_.size() - 1);
    }
    store_.arena_ += term;
    store_.offsets_.push_back(store_.arena_.size());
    const auto id = static_cast<TermId>(store_.dictionary_size());
    store_.slots_[slot] = id;
    // Keep the table at most three quarters full.
    if (4 * store_.dictionary_size() > 3 * store_.slots_.size()) grow();
    return id;
  }

  void add(std::string_view subject, std::string_view predicate, std::string_view object) {
    const TermId s = intern(subject), p = intern(predicate), o = intern(object);
    store_.spo_.push_back({s, p, o});
  }

  // Reserves room for a graph file of `bytes`. Reserved pages that are never
  // written are never resident, and the arena and the rows then grow without
  // being copied (a copy would hold both, doubling the peak memory).
  void reserve(std::uintmax_t bytes) {
    store_.arena_.reserve(static_cast<std::size_t>(bytes));
    store_.evidence_.reserve(static_cast<std::size_t>(bytes / 68));  // graph_file.cpp: an evidence record takes at least 68 bytes
  }

  // The terms of the statement and evidence nodes, interned before any row.
  void intern_vocabulary() {
    auto rdf_iri = [&](std::string_view name) { return intern(iri_term(std::string(kRdfNamespace) + std::string(name))); };
    auto kg = [&](std::string_view name) { return intern(rdf::vocabulary_term(name)); };
    Vocabulary& v = store_.vocabulary_;
    v.type = rdf_iri("type");
    v.subject = rdf_iri("subject");
    v.predicate = rdf_iri("predicate");
    v.object = rdf_iri("object");
    v.confidence = kg("confidence");
    v.evidence = kg("evidence");
    v.statement_class = kg("Statement");
    v.evidence_class = kg("Evidence");
    v.document = kg("document");
    v.sentence = kg("sentence");
    v.start = kg("start");
    v.end = kg("end");
    v.extractor = kg("extractor");
    v.quote = kg("quote");
    v.subject_form = kg("subjectForm");
    v.object_form = kg("objectForm");
    v.subject_surface = kg("subjectSurface");
    v.object_surface = kg("objectSurface");
    v.cue = kg("cue");
  }

  // graph::GraphFileVisitor: the records as the graph file holds them.
  void documents(std::vector<graph::DocumentInfo> documents) override {
    for (const graph::DocumentInfo& document : documents) rdf::visit_document_quads(document, add_quad_);
  }
  void entity_count(std::size_t count) override {
    store_.node_iri_.reserve(count);
    store_.node_value_.reserve(count);
  }
  void entity(graph::Entity entity) override {
    rdf::visit_entity_quads(entity, add_quad_);
    const TermId iri = intern(rdf::entity_term(entity));
    store_.node_iri_.push_back(iri);
    store_.node_value_.push_back(
        entity.type == graph::EntityType::Literal ? intern(rdf::literal_term(entity.name, rdf::literal_datatype(entity))) : iri);
    literal_units_.push_back(entity.type == graph::EntityType::Literal ? entity.unit : std::string());
    store_.node_by_iri_.emplace_back(iri, static_cast<graph::NodeId>(store_.node_iri_.size() - 1));
  }
  void relation_count(std::size_t count) override { store_.relations_.reserve(count); }
  void relation(graph::NodeId subject, graph::NodeId object, graph::Relation relation) override {
    RelationRow row{};
    row.subject = subject;
    row.object = object;
    row.predicate = intern(rdf::vocabulary_term(relation.predicate));
    row.confidence = intern(rdf::literal_term(rdf::confidence_literal(relation.confidence), "decimal"));
    row.evidence_begin = static_cast<std::uint32_t>(store_.evidence_.size());
    row.qualifiers_begin = static_cast<std::uint32_t>(store_.qualifiers_.size());
    // rdf_vocabulary.h statement_qualifiers: the relation's, and the unit of a Literal object.
    std::map<std::string, std::string>& qualifiers = relation.qualifiers;
    std::vector<std::pair<TermId, TermId>> values;
    for (const auto& [key, value] : qualifiers) values.emplace_back(intern(rdf::vocabulary_term(key)), intern(rdf::literal_term(value)));
    if (!literal_units_[object].empty())
      values.emplace_back(intern(rdf::vocabulary_term("unit")), intern(rdf::literal_term(literal_units_[object])));
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    for (const auto& value : values) statement_keys_.insert(value.first);
    store_.qualifiers_.insert(store_.qualifiers_.end(), values.begin(), values.end());
    for (const graph::Evidence& evidence : relation.evidence) add_evidence(evidence);
    store_.relations_.push_back(row);
  }

  void finish() {
    auto& spo = store_.spo_;
    auto less = [](const Key& x, const Key& y) {
      return x.a != y.a ? x.a < y.a : x.b != y.b ? x.b < y.b : x.c < y.c;
    };
    auto equal = [](const Key& x, const Key& y) { return x.a == y.a && x.b == y.b && x.c == y.c; };
    std::sort(spo.begin(), spo.end(), less);
    spo.erase(std::unique(spo.begin(), spo.end(), equal), spo.end());
    spo.shrink_to_fit();
    store_.pos_.resize(spo.size());
    store_.osp_.resize(spo.size());
    for (std::size_t i = 0; i < spo.size(); ++i) {
      store_.pos_[i] = {spo[i].b, spo[i].c, spo[i].a};
      store_.osp_[i] = {spo[i].c, spo[i].a, spo[i].b};
    }
    std::sort(store_.pos_.begin(), store_.pos_.end(), less);
    std::sort(store_.osp_.begin(), store_.osp_.end(), less);
    // The arena and the rows keep their reserved capacity: shrinking would copy them.
    store_.offsets_.shrink_to_fit();
    store_.qualifiers_.shrink_to_fit();
    store_.evidence_qualifiers_.shrink_to_fit();
    std::sort(store_.node_by_iri_.begin(), store_.node_by_iri_.end());
    store_.statement_keys_.assign(statement_keys_.begin(), statement_keys_.end());
    store_.evidence_keys_.assign(evidence_keys_.begin(), evidence_keys_.end());
    index_relations();
    collect_stats();
  }

 private:
  static std::size_t hash(std::string_view term) { return std::hash<std::string_view>{}(term); }

  void grow() {
    std::vector<TermId> slots(store_.slots_.size() * 2, kUnbound);
    for (TermId id = 1; id <= store_.dictionary_size(); ++id) {
      std::size_t slot = hash(store_.stored_term(id)) & (slots.size() - 1);
      while (slots[slot]) slot = (slot + 1) & (slots.size() - 1);
      slots[slot] = id;
    }
    store_.slots_.swap(slots);
  }

  TermId intern_optional(const std::string& value) { return value.empty() ? kUnbound : intern(rdf::literal_term(value)); }
  TermId intern_integer(std::size_t value) { return intern(rdf::literal_term(std::to_string(value), "integer")); }

  void add_evidence(const graph::Evidence& evidence) {
    EvidenceRow row{};
    const TermId document = intern(rdf::document_term(evidence.doc));
    if (documents_seen_.size() <= document) documents_seen_.resize(document + 1);
    if (!documents_seen_[document]) {
      documents_seen_[document] = true;
      rdf::visit_document_quads({evidence.doc.str(), "", ""}, add_quad_);
    }
    row.document = document;
    row.sentence = intern_integer(evidence.sentence);
    row.start = intern_integer(evidence.span.begin);
    row.end = intern_integer(evidence.span.end);
    row.extractor = intern(rdf::literal_term(evidence.extractor));
    row.confidence = intern(rdf::literal_term(rdf::confidence_literal(evidence.confidence), "decimal"));
    row.quote = evidence.quote.empty() ? kUnbound : intern(rdf::literal_term(evidence.quote));
    row.subject_form = intern_optional(evidence.subject_form);
    row.object_form = intern_optional(evidence.object_form);
    row.subject_surface = intern_optional(evidence.subject_surface);
    row.object_surface = intern_optional(evidence.object_surface);
    row.cue = intern_optional(evidence.cue);
    row.names_hash = rdf::evidence_names_hash(evidence);
    row.qualifiers_begin = static_cast<std::uint32_t>(store_.evidence_qualifiers_.size());
    for (const auto& [key, value] : evidence.qualifiers) {
      store_.evidence_qualifiers_.emplace_back(intern(rdf::vocabulary_term(key)), intern(rdf::literal_term(value)));
      evidence_keys_.insert(store_.evidence_qualifiers_.back().first);
    }
    store_.evidence_.push_back(row);
  }

  // Relations by subject node, by object and by predicate; repeated edge triples.
  void index_relations() {
    const auto& rows = store_.relations_;
    const auto count = static_cast<std::uint32_t>(rows.size());
    auto& first = store_.node_relations_;
    first.assign(store_.node_iri_.size() + 1, count);
    for (std::uint32_t r = count; r-- > 0;) first[rows[r].subject] = r;
    for (std::size_t node = first.size() - 1; node-- > 0;) first[node] = std::min(first[node], first[node + 1]);
    auto object = [&](std::uint32_t r) { return store_.node_value_[rows[r].object]; };
    auto subject = [&](std::uint32_t r) { return store_.node_iri_[rows[r].subject]; };
    store_.by_object_.resize(count);
    store_.by_predicate_.resize(count);
    for (std::uint32_t r = 0; r < count; ++r) store_.by_object_[r] = store_.by_predicate_[r] = r;
    std::sort(store_.by_object_.begin(), store_.by_object_.end(), [&](std::uint32_t x, std::uint32_t y) {
      return std::make_tuple(object(x), subject(x), rows[x].predicate, x) < std::make_tuple(object(y), subject(y), rows[y].predicate, y);
    });
    std::sort(store_.by_predicate_.begin(), store_.by_predicate_.end(), [&](std::uint32_t x, std::uint32_t y) {
      return std::make_tuple(rows[x].predicate, object(x), subject(x), x) < std::make_tuple(rows[y].predicate, object(y), subject(y), y);
    });
    // Two Literal entities with one value (units differ) give one edge triple.
    store_.repeated_edge_.assign(count, false);
    for (std::uint32_t i = 1; i < count; ++i) {
      const std::uint32_t r = store_.by_predicate_[i], q = store_.by_predicate_[i - 1];
      if (rows[r].predicate == rows[q].predicate && object(r) == object(q) && subject(r) == subject(q))
        store_.repeated_edge_[r] = true;
    }
  }

  void collect_stats() {
    // The stored triples: distinct (s, p) pairs in SPO order and (p, o) pairs in POS order.
    const auto& spo = store_.spo_;
    for (std::size_t i = 0; i < spo.size(); ++i) {
      PredicateStats& stats = store_.predicates_[spo[i].b];
      ++stats.triples;
      if (i == 0 || spo[i].a != spo[i - 1].a || spo[i].b != spo[i - 1].b) ++stats.subjects;
      if (i == 0 || spo[i].a != spo[i - 1].a) ++store_.distinct_subjects_;
    }
    const auto& pos = store_.pos_;
    for (std::size_t i = 0; i < pos.size(); ++i)
      if (i == 0 || pos[i].a != pos[i - 1].a || pos[i].b != pos[i - 1].b) ++store_.predicates_[pos[i].a].objects;
    const auto& osp = store_.osp_;
    for (std::size_t i = 0; i < osp.size(); ++i)
      if (i == 0 || osp[i].a != osp[i - 1].a) ++store_.distinct_objects_;
    if (store_.relations_.empty()) return;

    // The rows' triples, per predicate: every subject is a node of its own
    // (a statement or evidence node), so subjects are counted as they change;
    // objects with a bitmap over the ids.
    store_.scan_rows(IdPattern{}, Sink{this, [](void* self, const Triple& t) { static_cast<Builder*>(self)->count_row_triple(t); }});
    for (auto& [predicate, row] : row_stats_) {
      PredicateStats& stats = store_.predicates_[predicate];
      stats.triples += row.triples;
      stats.subjects += row.subjects;
      stats.objects += row.objects;
      store_.table_triples_ += row.triples;
      store_.row_predicates_.push_back(predicate);
    }
    std::sort(store_.row_predicates_.begin(), store_.row_predicates_.end());
    // The statement and evidence nodes are subjects of their own; edges'
    // subjects are entities, counted already. Objects: an estimate.
    store_.distinct_subjects_ += store_.relations_.size() + store_.evidence_.size();
    for (const auto& [predicate, row] : row_stats_) store_.distinct_objects_ += row.objects;
  }

  struct RowStats {
    std::size_t triples = 0, subjects = 0, objects = 0;
    TermId last_subject = kUnbound;
    std::vector<bool> seen;  // objects seen
  };
  void count_row_triple(const Triple& triple) {
    RowStats& stats = row_stats_[triple.predicate];
    ++stats.triples;
    if (stats.last_subject != triple.subject) ++stats.subjects;
    stats.last_subject = triple.subject;
    if (stats.seen.size() <= triple.object) stats.seen.resize(std::max<std::size_t>(triple.object + 1, 2 * stats.seen.size()));
    if (!stats.seen[triple.object]) {
      stats.seen[triple.object] = true;
      ++stats.objects;
    }
  }

  TripleStore& store_;
  rdf::QuadVisitor add_quad_ = [this](const std::string& s, const std::string& p, const std::string& o, const std::string&) {
    add(s, p, o);
  };
  std::vector<std::string> literal_units_;  // by node: a Literal's unit
  std::vector<bool> documents_seen_;         // by term: documents named by evidence so far
  std::unordered_map<TermId, RowStats> row_stats_;
  std::set<TermId> statement_keys_, evidence_keys_;  // qualifier predicates
};

TripleStore TripleStore::from_graph(const graph::KnowledgeGraph& graph) {
  TripleStore store;
  Builder builder(store);
  builder.intern_vocabulary();
  builder.documents(graph.documents());
  builder.entity_count(graph.entity_count());
  for (graph::NodeId node = 0; node < graph.entity_count(); ++node) builder.entity(graph.entity(node));
  builder.relation_count(graph.relation_count());
  for (graph::EdgeId edge = 0; edge < graph.relation_count(); ++edge)
    builder.relation(graph.subject(edge), graph.object(edge), graph.relation(edge));
  builder.finish();
  return store;
}

TripleStore TripleStore::from_graph_file(const std::filesystem::path& path) {
  TripleStore store;
  Builder builder(store);
  std::error_code error;
  const std::uintmax_t bytes = std::filesystem::file_size(path, error);
  if (!error) builder.reserve(bytes);
  builder.intern_vocabulary();
  graph::read_graph_file(path, builder);
  builder.finish();
  return store;
}

TripleStore TripleStore::from_terms(const std::vector<std::array<std::string, 3>>& triples) {
  TripleStore store;
  Builder builder(store);
  for (const auto& triple : triples) builder.add(triple[0], triple[1], triple[2]);
  builder.finish();
  return store;
}

}  // namespace kg::query
