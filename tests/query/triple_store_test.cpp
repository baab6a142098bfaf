// The triple store against the exporter: the same triples as the N-Triples
// export, whether read from a graph or a graph file, with every id found
// again by its term and every count equal to its scan.

#include <doctest/doctest.h>

#include <set>
#include <tuple>

#include "../export/export_fixtures.h"
#include "export/rdf_quads.h"
#include "graph/graph_file.h"
#include "query/triple_store.h"
#include "random_sparql.h"

using kg::query::IdPattern;
using kg::query::TermId;
using kg::query::TripleStore;

namespace {

using TermTriple = std::tuple<std::string, std::string, std::string>;

std::multiset<TermTriple> store_triples(const TripleStore& store) {
  std::multiset<TermTriple> triples;
  store.scan({}, [&](const TripleStore::Triple& t) {
    triples.emplace(store.term(t.subject), store.term(t.predicate), store.term(t.object));
  });
  return triples;
}

std::multiset<TermTriple> exported_triples(const kg::graph::KnowledgeGraph& graph) {
  std::set<TermTriple> triples;
  kg::exporter::rdf::visit_quads(graph, [&](const std::string& subject, const std::string& predicate,
                                            const std::string& object, const std::string&) {
    triples.emplace(subject, predicate, object);
  });
  return {triples.begin(), triples.end()};
}

void check_store(const kg::graph::KnowledgeGraph& graph) {
  const TripleStore store = TripleStore::from_graph(graph);
  const auto triples = store_triples(store);
  CHECK(triples == exported_triples(graph));
  CHECK(store.size() == triples.size());
  for (TermId id = 1; id <= store.term_count(); ++id) {
    const auto found = store.find(store.term(id));
    REQUIRE(found);
    CHECK(store.term(*found) == store.term(id));
  }
  // Every pattern a triple gives, with one, two or three positions bound.
  std::vector<TripleStore::Triple> all;
  store.scan({}, [&](const TripleStore::Triple& t) { all.push_back(t); });
  for (std::size_t i = 0; i < all.size(); i += 1 + all.size() / 300) {
    for (int mask = 1; mask < 8; ++mask) {
      IdPattern pattern;
      if (mask & 1) pattern.subject = all[i].subject;
      if (mask & 2) pattern.predicate = all[i].predicate;
      if (mask & 4) pattern.object = all[i].object;
      std::size_t scanned = 0;
      store.scan(pattern, [&](const TripleStore::Triple&) { ++scanned; });
      CHECK(scanned >= 1);
      CHECK(store.count(pattern) == scanned);
    }
  }
  // From the graph file, record by record: the same store.
  const auto path = kg::exporter::testing::temp_path("store.kg");
  kg::graph::write_graph_file(graph, path);
  const TripleStore read = TripleStore::from_graph_file(path);
  CHECK(store_triples(read) == triples);
  CHECK(read.term_count() == store.term_count());
}

}  // namespace

TEST_CASE("TripleStore holds exactly the N-Triples export's triples, statement and evidence nodes included") {
  check_store(kg::exporter::testing::sample_graph());
  check_store(kg::exporter::testing::hostile_graph());
  check_store(kg::query::testing::random_graph(7, 300));
}

TEST_CASE("TripleStore finds no statement or evidence node that is not there") {
  const TripleStore store = TripleStore::from_graph(kg::exporter::testing::sample_graph());
  CHECK_FALSE(store.find("<https://w3id.org/kg/stmt/Organization/Nokia/acquired/Organization/Xiaomi>"));
  CHECK_FALSE(store.find("<https://w3id.org/kg/stmt/Organization/Nokia>"));
  CHECK_FALSE(store.find("<https://w3id.org/kg/stmt/x/y/z/evidence/a>"));
}
