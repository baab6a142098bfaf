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
#include <random>
#include <string>
#include <vector>

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

const char* kPredicates[] = {"partner-of", "licenses-to", "acquired", "invests-in", "subsidiary-of", "supplies",
                             "competitor-of", "produces", "develops", "launched", "headquartered-in",
                             "operates-in", "ceo-of", "employee-of", "founded", "instance-of"};
const kg::extract::EntityType kTypes[] = {kg::extract::EntityType::Organization, kg::extract::EntityType::Person,
                                          kg::extract::EntityType::Location, kg::extract::EntityType::Product,
                                          kg::extract::EntityType::Concept};

std::string entity_name(std::size_t i) {
  char text[32];
  std::snprintf(text, sizeof text, "E%07zu", i);
  return text;
}

int generate(const std::string& path, std::size_t entities, std::size_t relations) {
  std::mt19937_64 random(42);
  // Zipf-like popularity: name i drawn with weight (i + 1)^-0.6.
  std::vector<double> cumulative(entities);
  double total = 0;
  for (std::size_t i = 0; i < entities; ++i) cumulative[i] = total += std::pow(static_cast<double>(i + 1), -0.6);
  auto popular = [&] {
    const double x = std::uniform_real_distribution<double>(0, total)(random);
    return static_cast<std::size_t>(std::lower_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
  };
  kg::graph::GraphBuilder builder;
  for (int d = 0; d < 100; ++d) builder.add(kg::graph::DocumentInfo{"doc-" + std::to_string(d), "2017-07", "de"});
  for (std::size_t r = 0; r < relations; ++r) {
    kg::extract::Statement statement;
    // Subjects and objects both follow the skew, with different hubs.
    const std::size_t subject = (popular() * 7919) % entities;
    std::size_t object = popular();
    if (object == subject) object = (object + 1) % entities;
    statement.doc = "doc-" + std::to_string(r % 100);
    statement.subject = {entity_name(subject), kTypes[subject % 5], "", ""};
    statement.object = {entity_name(object), kTypes[object % 5], "", ""};
    statement.predicate = kPredicates[(subject * 7 + object) % 16];
    statement.confidence = 0.5 + 0.01 * static_cast<double>(r % 50);
    statement.sentence = r % 40;
    statement.span = {r % 1000, r % 1000 + 80};
    statement.extractor = "bench";
    builder.add(statement);
  }
  const auto start = Clock::now();
  const kg::graph::KnowledgeGraph graph = builder.build();
  kg::graph::write_graph_file(graph, path);
  std::cerr << path << ": " << graph.entity_count() << " entities, " << graph.relation_count() << " relations ("
            << milliseconds_since(start) << " ms to build and write)\n";
  return 0;
}

int query(const std::string& path, const std::vector<std::string>& queries) {
  const auto start = Clock::now();
  const kg::query::TripleStore store = kg::query::TripleStore::from_graph(kg::graph::read_graph_file(path));
  const double load = milliseconds_since(start);
  const long rss = peak_rss_kib();
  std::printf("load %.0f ms, %zu statements, %zu terms, store %.1f bytes/statement, peak RSS %.1f MiB = %.1f bytes/statement\n",
              load, store.size(), store.term_count(), static_cast<double>(store.memory_bytes()) / static_cast<double>(store.size()),
              static_cast<double>(rss) / 1024.0, static_cast<double>(rss) * 1024.0 / static_cast<double>(store.size()));
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
      return generate(args[1], args.size() > 2 ? std::stoul(args[2]) : 100000, args.size() > 3 ? std::stoul(args[3]) : 52000);
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
               "       kg_sparql_bench query GRAPH.kg QUERIES.txt\n";
  return 2;
}
