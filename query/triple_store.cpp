// The triple store: an interned term dictionary (one arena, an open-addressing
// table of ids) and three sorted permutations of the triples.

#include "query/triple_store.h"

#include <algorithm>
#include <functional>

#include "export/rdf_quads.h"

namespace kg::query {

class TripleStore::Builder {
 public:
  explicit Builder(TripleStore& store) : store_(store) { store_.slots_.assign(1u << 16, kUnbound); }

  TermId intern(std::string_view term) {
    std::size_t slot = hash(term) & (store_.slots_.size() - 1);
    while (const TermId id = store_.slots_[slot]) {
      if (store_.term(id) == term) return id;
      slot = (slot + 1) & (store_.slots_.size() - 1);
    }
    store_.arena_ += term;
    store_.offsets_.push_back(store_.arena_.size());
    const auto id = static_cast<TermId>(store_.offsets_.size() - 1);
    store_.slots_[slot] = id;
    // Keep the table at most half full.
    if (2 * store_.term_count() > store_.slots_.size()) grow();
    return id;
  }

  void add(std::string_view subject, std::string_view predicate, std::string_view object) {
    const TermId s = intern(subject), p = intern(predicate), o = intern(object);
    store_.spo_.push_back({s, p, o});
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
    store_.arena_.shrink_to_fit();
    store_.offsets_.shrink_to_fit();
    collect_stats();
  }

 private:
  static std::size_t hash(std::string_view term) { return std::hash<std::string_view>{}(term); }

  void grow() {
    std::vector<TermId> slots(store_.slots_.size() * 2, kUnbound);
    for (TermId id = 1; id <= store_.term_count(); ++id) {
      std::size_t slot = hash(store_.term(id)) & (slots.size() - 1);
      while (slots[slot]) slot = (slot + 1) & (slots.size() - 1);
      slots[slot] = id;
    }
    store_.slots_.swap(slots);
  }

  void collect_stats() {
    // Distinct (s, p) pairs in SPO order and (p, o) pairs in POS order.
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
  }

  TripleStore& store_;
};

TripleStore TripleStore::from_graph(const graph::KnowledgeGraph& graph) {
  TripleStore store;
  Builder builder(store);
  exporter::rdf::visit_quads(graph, [&](const std::string& subject, const std::string& predicate,
                                        const std::string& object, const std::string&) {
    builder.add(subject, predicate, object);
  });
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

std::optional<TermId> TripleStore::find(std::string_view term) const {
  if (slots_.empty()) return std::nullopt;
  std::size_t slot = std::hash<std::string_view>{}(term) & (slots_.size() - 1);
  while (const TermId id = slots_[slot]) {
    if (this->term(id) == term) return id;
    slot = (slot + 1) & (slots_.size() - 1);
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
  return static_cast<std::size_t>(end - begin);
}

const PredicateStats* TripleStore::predicate_stats(TermId predicate) const {
  const auto it = predicates_.find(predicate);
  return it == predicates_.end() ? nullptr : &it->second;
}

std::size_t TripleStore::memory_bytes() const {
  return arena_.capacity() + offsets_.capacity() * sizeof(std::uint64_t) + slots_.capacity() * sizeof(TermId) +
         (spo_.capacity() + pos_.capacity() + osp_.capacity()) * sizeof(Key) +
         predicates_.size() * (sizeof(PredicateStats) + 32);
}

}  // namespace kg::query
