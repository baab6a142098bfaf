// Export speed: a synthetic graph of N statements (default 1,000,000; its
// own small generator, not bench/'s corpus generator), written to each
// format into a byte-counting stream. Prints per format the output size,
// the CPU time, MB/s of output on one thread, and the growth of the peak
// resident memory over the built graph (what the writer itself holds).
//
// usage: export_speed [--statements N] [--formats a,b,...]

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <iostream>
#include <ostream>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "export/exporters.h"
#include "graph/graph_builder.h"

namespace {

using kg::extract::EntityType;

// Counts the bytes written to it and drops them.
class CountingBuffer : public std::streambuf {
 public:
  std::size_t bytes() const { return bytes_ + static_cast<std::size_t>(pptr() - pbase()); }

 protected:
  int_type overflow(int_type c) override {
    bytes_ += static_cast<std::size_t>(pptr() - pbase());
    setp(buffer_, buffer_ + sizeof buffer_);
    if (c != traits_type::eof()) sputc(static_cast<char>(c));
    return 0;
  }
  std::streamsize xsputn(const char*, std::streamsize count) override {
    bytes_ += static_cast<std::size_t>(count);
    return count;
  }

 private:
  char buffer_[1 << 16];
  std::size_t bytes_ = 0;
};

double cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// N statements among N/4 organisations and N/8 concepts over the SCHEMA.md
// predicates, each with one evidence record of a sentence-long quote, a few
// with qualifiers; deterministic.
kg::graph::KnowledgeGraph synthetic_graph(std::size_t statements) {
  const char* predicates[] = {"acquired", "supplies", "licenses-to", "invests-in", "develops", "produces", "sues"};
  kg::graph::GraphBuilder builder;
  const std::size_t organisations = statements / 4 + 2, concepts = statements / 8 + 2, documents = statements / 20 + 1;
  std::uint64_t state = 88172645463325252ull;
  const auto next = [&state] {  // xorshift64
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  for (std::size_t i = 0; i < statements; ++i) {
    kg::extract::Statement s;
    s.doc = "doc-" + std::to_string(i % documents);
    s.subject = {"Firma " + std::to_string(next() % organisations) + " GmbH", EntityType::Organization, "", ""};
    const bool to_concept = i % 3 == 0;
    s.object = {to_concept ? "Technik " + std::to_string(next() % concepts)
                        : "Firma " + std::to_string(next() % organisations) + " AG",
                to_concept ? EntityType::Concept : EntityType::Organization, "", ""};
    s.predicate = predicates[i % 7];
    s.confidence = 0.5 + static_cast<double>(next() % 50) / 100.0;
    s.sentence = i % 40;
    s.span = {200 * s.sentence, 200 * s.sentence + 120};
    s.extractor = "baseline-cue/bench";
    s.evidence = "Die " + s.subject.name + " hat mit \"" + s.object.name +
                 "\" eine Vereinbarung getroffen, wie am Dienstag bekannt wurde.";
    if (i % 5 == 0) s.qualifiers = {{"time", "2017-Q" + std::to_string(1 + i % 4)}};
    builder.add(s);
  }
  return builder.build();
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t statements = 1000000;
  std::string formats = "ntriples,nquads,turtle,trig,jsonld,jsonld-expanded,jsonld-flattened,graphml,neo4j-csv,cypher,dot";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--statements") == 0) statements = std::stoul(argv[i + 1]);
    else if (std::strcmp(argv[i], "--formats") == 0) formats = argv[i + 1];
  }
  const double build_start = cpu_seconds();
  const kg::graph::KnowledgeGraph graph = synthetic_graph(statements);
  const long graph_rss = peak_rss_kib();
  std::printf("graph: %zu statements in, %zu entities, %zu relations; built in %.1f s CPU; peak RSS %ld MiB\n",
              statements, graph.entity_count(), graph.relation_count(), cpu_seconds() - build_start, graph_rss / 1024);
  std::printf("%-18s %10s %8s %8s %14s\n", "format", "MB out", "CPU s", "MB/s", "peak RSS +MiB");
  std::stringstream list(formats);
  for (std::string name; std::getline(list, name, ',');) {
    CountingBuffer counter, second;
    std::ostream out(&counter), other(&second);
    const long before = peak_rss_kib();
    const double start = cpu_seconds();
    if (name == "neo4j-csv") {
      kg::exporter::write_neo4j_csv(graph, out, other);
    } else if (name == "jsonld-expanded" || name == "jsonld-flattened") {
      kg::exporter::write_jsonld(graph, out, {name == "jsonld-expanded" ? kg::exporter::JsonLdForm::Expanded
                                                                         : kg::exporter::JsonLdForm::Flattened});
    } else {
      kg::exporter::write_graph(graph, kg::exporter::parse_graph_format(name), out);
    }
    out.flush();
    other.flush();
    const double seconds = cpu_seconds() - start;
    const double megabytes = static_cast<double>(counter.bytes() + second.bytes()) / 1e6;
    std::printf("%-18s %10.1f %8.2f %8.1f %14ld\n", name.c_str(), megabytes, seconds, megabytes / seconds,
                (peak_rss_kib() - before) / 1024);
    std::fflush(stdout);
  }
  return 0;
}
