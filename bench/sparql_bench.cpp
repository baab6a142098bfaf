// The SPARQL engine's figures on a synthetic graph (bench/README.md):
//   kg_sparql_bench generate OUT.kg [ENTITIES] [RELATIONS]
//     writes a graph whose relations (default 52000; the N-Triples view
//     makes each about 16 statements, so about 1,000,000 in all) join names
//     drawn from a pool of ENTITIES (default 100000) with a Zipf-like skew
//     (weight rank^-0.6) on both ends, with the SCHEMA predicates, through
//     GraphBuilder and the graph file writer.
//   kg_sparql_bench query GRAPH.kg QUERIES.txt
//     times loading the graph file into the triple store, reports the
//     statements, the store's bytes and the process's peak memory, then the
//     median time of 21 runs of each query (one a line, # comments).

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <set>
#include <tuple>
#include <random>
#include <string>
#include <vector>

#include "export/rdf_quads.h"
#include "extract/predicates.h"
#include "extract/statement.h"
#include "graph/graph_builder.h"
#include "graph/graph_file.h"
#include "query/sparql_engine.h"
#include "query/sparql_parser.h"
#include "query/triple_store.h"

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

using kg::extract::EntityType;

// The SCHEMA predicates with the types they join and a weight (how often
// news states them); a Literal object draws a value with its unit.
struct PredicateShape {
  const char* predicate;
  EntityType subject, object;
  double weight;
};
const PredicateShape kShapes[] = {
    {"partner-of", EntityType::Organization, EntityType::Organization, 8},
    {"licenses-to", EntityType::Organization, EntityType::Organization, 2},
    {"acquired", EntityType::Organization, EntityType::Organization, 5},
    {"acquired", EntityType::Organization, EntityType::Concept, 2},
    {"merged-with", EntityType::Organization, EntityType::Organization, 1},
    {"invests-in", EntityType::Organization, EntityType::Organization, 3},
    {"subsidiary-of", EntityType::Organization, EntityType::Organization, 3},
    {"supplies", EntityType::Organization, EntityType::Organization, 4},
    {"competitor-of", EntityType::Organization, EntityType::Organization, 5},
    {"sues", EntityType::Organization, EntityType::Organization, 1},
    {"produces", EntityType::Organization, EntityType::Product, 6},
    {"develops", EntityType::Organization, EntityType::Product, 4},
    {"develops", EntityType::Organization, EntityType::Concept, 2},
    {"launched", EntityType::Organization, EntityType::Product, 5},
    {"shipped", EntityType::Organization, EntityType::Product, 1},
    {"collaborates-on", EntityType::Organization, EntityType::Concept, 1},
    {"headquartered-in", EntityType::Organization, EntityType::Location, 5},
    {"operates-in", EntityType::Organization, EntityType::Location, 5},
    {"country", EntityType::Organization, EntityType::Location, 3},
    {"located-in", EntityType::Location, EntityType::Location, 2},
    {"ceo-of", EntityType::Person, EntityType::Organization, 3},
    {"employee-of", EntityType::Person, EntityType::Organization, 6},
    {"founded", EntityType::Person, EntityType::Organization, 1},
    {"instance-of", EntityType::Organization, EntityType::Concept, 6},
    {"instance-of", EntityType::Product, EntityType::Concept, 2},
    {"leads-market", EntityType::Organization, EntityType::Concept, 1},
    {"market-share", EntityType::Organization, EntityType::Literal, 1.5},
    {"revenue", EntityType::Organization, EntityType::Literal, 1},
    {"employees", EntityType::Organization, EntityType::Literal, 0.5},
};
const char* kExtractors[] = {"svo", "apposition", "compound", "copula", "genitive", "pattern"};
// Words of the synthetic evidence sentences (about 140 bytes, as news sentences are).
const char* kFiller[] = {"nach Angaben des Unternehmens", "wie am Dienstag bekannt wurde", "im vergangenen Quartal",
                         "laut einem Bericht der Nachrichtenagentur", "in einer Mitteilung vom Montag",
                         "nach monatelangen Verhandlungen", "im Rahmen einer strategischen Neuausrichtung",
                         "wie ein Sprecher bestätigte", "für einen nicht genannten Betrag", "bis Ende des Jahres"};

std::string entity_name(std::size_t i) {
  char text[32];
  std::snprintf(text, sizeof text, "E%07zu", i);
  return text;
}

// Entity i's type: half organisations, then people, products, places, concepts.
EntityType entity_type(std::size_t i) {
  const std::size_t bucket = (i * 2654435761u) % 20;
  return bucket < 10 ? EntityType::Organization : bucket < 13 ? EntityType::Person : bucket < 16 ? EntityType::Product
         : bucket < 18 ? EntityType::Location : EntityType::Concept;
}

// Draws entities of one type with a Zipf-like skew: the k-th member (by
// index) with weight (k + 1)^-0.8, so low indices are the hubs.
class SkewedPool {
 public:
  void add(std::size_t entity) {
    total_ += std::pow(static_cast<double>(members_.size() + 1), -0.8);
    members_.push_back(entity);
    cumulative_.push_back(total_);
  }
  template <class Random>
  std::size_t draw(Random& random) const {
    const double x = std::uniform_real_distribution<double>(0, total_)(random);
    const auto k = static_cast<std::size_t>(std::lower_bound(cumulative_.begin(), cumulative_.end(), x) - cumulative_.begin());
    return members_[std::min(k, members_.size() - 1)];
  }

 private:
  std::vector<std::size_t> members_;
  std::vector<double> cumulative_;
  double total_ = 0;
};

kg::extract::Term literal_value(const char* predicate, std::mt19937_64& random) {
  const std::string name = predicate;
  if (name == "market-share") {
    char text[16];
    std::snprintf(text, sizeof text, "%.1f", 0.1 * static_cast<double>(1 + random() % 600));
    return {text, EntityType::Literal, "percent", ""};
  }
  if (name == "revenue") return {std::to_string((1 + random() % 2000) * 1000000), EntityType::Literal, "EUR", ""};
  return {std::to_string((1 + random() % 500) * 100), EntityType::Literal, "employees", ""};
}

int generate(const std::string& path, std::size_t entities, std::size_t relations) {
  std::mt19937_64 random(42);
  std::map<EntityType, SkewedPool> pools;
  for (std::size_t i = 0; i < entities; ++i) pools[entity_type(i)].add(i);
  std::vector<double> weights;
  for (const PredicateShape& shape : kShapes) weights.push_back(shape.weight);
  std::discrete_distribution<std::size_t> pick_shape(weights.begin(), weights.end());

  kg::graph::GraphBuilder builder;
  std::set<std::tuple<std::string, std::string, std::string>> edges;  // (subject, predicate, object) already drawn
  // Evidence: a document of about 8 statement-bearing sentences, 1-4
  // statements a sentence, sentences of about 140 bytes.
  std::size_t document = 0, sentence = 0, offset = 0, in_sentence = 0, sentences_in_document = 0;
  std::string quote;
  for (std::size_t r = 0; r < relations;) {
    // The first `entities` relations use entity r, as subject or object, so
    // that every entity is used; the rest draw both ends by popularity.
    const bool cover = r < entities;
    const PredicateShape* shape = nullptr;
    do shape = &kShapes[pick_shape(random)];
    while (cover && shape->subject != entity_type(r) && shape->object != entity_type(r));
    const std::size_t subject = cover && shape->subject == entity_type(r) ? r : pools[shape->subject].draw(random);
    kg::extract::Term object_term;
    if (shape->object == EntityType::Literal) {
      object_term = literal_value(shape->predicate, random);
    } else {
      const std::size_t object = cover && subject != r ? r : pools[shape->object].draw(random);
      if (object == subject) continue;
      object_term = {entity_name(object), shape->object, "", ""};
    }
    std::string a = entity_name(subject) + "|", b = object_term.name + "|" + object_term.unit;
    if (kg::extract::find_predicate(shape->predicate)->symmetric && b < a) std::swap(a, b);
    if (!edges.emplace(a, shape->predicate, b).second) continue;
    ++r;
    if (in_sentence == 0) {
      if (sentences_in_document == 0) {
        ++document;
        sentence = offset = 0;
        sentences_in_document = 4 + random() % 9;
        builder.add(kg::graph::DocumentInfo{"doc-" + std::to_string(document), "2017-0" + std::to_string(1 + document % 9), "de"});
      }
      --sentences_in_document;
      sentence += 1 + random() % 4;
      offset += 40 + random() % 400;
      in_sentence = 1 + random() % 4;
      quote = "Die " + entity_name(subject) + " hat " + kFiller[random() % 10] + " " + shape->predicate + " mit " +
              object_term.name + " vereinbart, " + kFiller[random() % 10] + " und " + kFiller[random() % 10] + ".";
    }
    --in_sentence;
    kg::extract::Statement statement;
    statement.doc = "doc-" + std::to_string(document);
    statement.subject = {entity_name(subject), shape->subject, "", random() % 20 == 0 ? "der Konzern" : ""};
    statement.object = object_term;
    statement.predicate = shape->predicate;
    statement.confidence = 0.5 + 0.01 * static_cast<double>(random() % 50);
    statement.sentence = sentence;
    statement.span = {offset, offset + quote.size()};
    statement.extractor = kExtractors[random() % 6];
    statement.evidence = quote;
    if (std::string(shape->predicate) == "acquired" && random() % 3 == 0)
      statement.qualifiers["time"] = "2017-Q" + std::to_string(1 + random() % 4);
    builder.add(statement);
  }
  edges.clear();
  const auto start = Clock::now();
  const kg::graph::KnowledgeGraph graph = builder.build();
  kg::graph::write_graph_file(graph, path);
  std::size_t literals = 0;
  for (kg::graph::NodeId node = 0; node < graph.entity_count(); ++node)
    literals += graph.entity(node).type == EntityType::Literal;
  std::cerr << path << ": " << graph.entity_count() - literals << " entities and " << literals << " literal values, "
            << graph.relation_count() << " relations, " << document << " documents (" << milliseconds_since(start)
            << " ms to build and write)\n";
  return 0;
}

// The N-Triples view of a graph file, streamed (kg export collects and sorts
// every triple first, which takes gigabytes at this size); triples may repeat.
int write_ntriples(const std::string& graph_path, const std::string& out_path) {
  const kg::graph::KnowledgeGraph graph = kg::graph::read_graph_file(graph_path);
  std::FILE* out = std::fopen(out_path.c_str(), "w");
  if (!out) throw std::runtime_error("cannot write " + out_path);
  std::vector<char> buffer(1 << 20);
  std::setvbuf(out, buffer.data(), _IOFBF, buffer.size());
  std::size_t lines = 0;
  kg::exporter::rdf::visit_quads(graph, [&](const std::string& s, const std::string& p, const std::string& o,
                                            const std::string&) {
    std::fprintf(out, "%s %s %s .\n", s.c_str(), p.c_str(), o.c_str());
    ++lines;
  });
  if (std::fclose(out) != 0) throw std::runtime_error("cannot write " + out_path);
  std::cerr << out_path << ": " << lines << " lines\n";
  return 0;
}

long current_rss_kib() {
  std::FILE* status = std::fopen("/proc/self/status", "r");
  if (!status) return 0;
  char line[256];
  long kib = 0;
  while (std::fgets(line, sizeof line, status))
    if (std::sscanf(line, "VmRSS: %ld kB", &kib) == 1) break;
  std::fclose(status);
  return kib;
}

int query(const std::string& path, const std::vector<std::string>& queries) {
  const auto start = Clock::now();
  const kg::query::TripleStore store = kg::query::TripleStore::from_graph_file(path);
  const double load = milliseconds_since(start);
  const double peak = static_cast<double>(peak_rss_kib()) * 1024.0, now = static_cast<double>(current_rss_kib()) * 1024.0;
  const auto relations = static_cast<double>(store.relation_count()), triples = static_cast<double>(store.size());
  std::printf("load %.0f ms: %zu relations, %zu triples, %zu terms\n", load, store.relation_count(), store.size(),
              store.term_count());
  std::printf("store %.1f MiB = %.1f bytes/relation = %.1f bytes/triple\n", static_cast<double>(store.memory_bytes()) / 1048576.0,
              static_cast<double>(store.memory_bytes()) / relations, static_cast<double>(store.memory_bytes()) / triples);
  std::printf("peak RSS %.1f MiB = %.1f bytes/relation = %.1f bytes/triple; RSS after load %.1f MiB = %.1f bytes/relation\n",
              peak / 1048576.0, peak / relations, peak / triples, now / 1048576.0, now / relations);
  const kg::query::SparqlEngine engine(store);
  for (const std::string& text : queries) {
    std::vector<double> times;
    std::size_t rows = 0;
    for (int i = 0; i < 21; ++i) {
      // Parsing and planning count, as they do in Oxigraph's figure.
      const auto begin = Clock::now();
      rows = engine.run(kg::query::parse_sparql(text)).rows.size();
      times.push_back(milliseconds_since(begin));
    }
    std::sort(times.begin(), times.end());
    std::printf("%8.3f ms  %6zu rows  %s\n", times[times.size() / 2], rows, text.c_str());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.size() >= 2 && args[0] == "generate")
      return generate(args[1], args.size() > 2 ? std::stoul(args[2]) : 100000, args.size() > 3 ? std::stoul(args[3]) : 1000000);
    if (args.size() == 3 && args[0] == "ntriples") return write_ntriples(args[1], args[2]);
    if (args.size() >= 3 && args[0] == "query") {
      std::vector<std::string> queries;
      std::string text;
      std::FILE* file = std::fopen(args[2].c_str(), "r");
      if (!file) throw std::runtime_error("cannot read " + args[2]);
      char line[4096];
      while (std::fgets(line, sizeof line, file)) {
        std::string_view view(line);
        while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
        if (!view.empty() && view[0] != '#') queries.emplace_back(view);
      }
      std::fclose(file);
      return query(args[1], queries);
    }
  } catch (const std::exception& error) {
    std::cerr << "kg_sparql_bench: " << error.what() << '\n';
    return 2;
  }
  std::cerr << "usage: kg_sparql_bench generate OUT.kg [ENTITIES] [RELATIONS]\n"
               "       kg_sparql_bench ntriples GRAPH.kg OUT.nt\n"
               "       kg_sparql_bench query GRAPH.kg QUERIES.txt\n";
  return 2;
}
