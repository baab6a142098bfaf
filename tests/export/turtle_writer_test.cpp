#include <doctest/doctest.h>

#include <sstream>

#include "export/exporters.h"
#include "export_fixtures.h"
#include "rdf_consumer.h"

namespace kg::exporter {
namespace {

// raptor 2.0.15 keeps literals as C strings and cuts them at NUL, also when
// it reads its own N-Triples ("a\u0000b" -> "a"; checked below against
// rapper's parse of our N-Triples). Our side is cut the same way before
// comparing; every other character must match exactly.
std::string cut_at_nul(const std::string& canonical) {
  std::istringstream in(canonical);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    for (std::size_t nul = line.find("\\u0000"); nul != std::string::npos; nul = line.find("\\u0000")) {
      std::size_t close = nul;
      while (close < line.size() && line[close] != '"') close += line[close] == '\\' ? 2 : 1;
      line.erase(nul, close - nul);
    }
    out += line + '\n';
  }
  return testing::canonical_lines(out);
}

// Both texts through testing::canonical_lines (rapper writes \u escapes where
// we write UTF-8); on a difference shows the first differing lines.
void check_same_rdf(const std::string& parsed, const std::string& ours) {
  const std::string theirs_canonical = testing::canonical_lines(parsed);
  const std::string ours_canonical = cut_at_nul(testing::canonical_lines(ours));
  if (theirs_canonical != ours_canonical) {
    std::istringstream a(ours_canonical), b(theirs_canonical);
    std::string our_line, their_line;
    while (std::getline(a, our_line) && std::getline(b, their_line) && our_line == their_line) {}
    CHECK(our_line == their_line);
  }
  CHECK(theirs_canonical == ours_canonical);
}

// rapper parses `text` as `input` and prints it as `output`; empty on failure.
std::string parse_with_rapper(const std::string& text, const std::string& input, const std::string& output) {
  const auto path = testing::temp_path("graph." + input);
  testing::write_file(path, text);
  int status = 0;
  const std::string parsed =
      testing::run("rapper -q -i " + input + " -o " + output + " '" + path.string() + "'", status);
  CHECK_MESSAGE(status == 0, "rapper rejected our " << input << " (see stderr)");
  return parsed;
}

void check_turtle_with_rapper(const graph::KnowledgeGraph& graph) {
  if (!testing::require_tool("rapper --version", "raptor2-utils")) return;
  std::ostringstream turtle, ntriples;
  write_turtle(graph, turtle);
  write_ntriples(graph, ntriples);
  const std::string parsed = parse_with_rapper(turtle.str(), "turtle", "ntriples");
  CHECK(!parsed.empty());
  check_same_rdf(parsed, ntriples.str());
  // The same as rapper's own reading of our N-Triples, NUL cut included.
  CHECK(testing::canonical_lines(parsed) ==
        testing::canonical_lines(parse_with_rapper(ntriples.str(), "ntriples", "ntriples")));
}

void check_trig_with_rapper(const graph::KnowledgeGraph& graph) {
  if (!testing::require_tool("rapper --version", "raptor2-utils")) return;
  std::ostringstream trig, nquads;
  write_trig(graph, trig);
  write_nquads(graph, nquads);
  const std::string parsed = parse_with_rapper(trig.str(), "trig", "nquads");
  CHECK(!parsed.empty());
  check_same_rdf(parsed, nquads.str());
  CHECK(testing::canonical_lines(parsed) ==
        testing::canonical_lines(parse_with_rapper(nquads.str(), "nquads", "nquads")));
}

TEST_CASE("write_turtle gives exactly the triples of write_ntriples under rapper") {
  check_turtle_with_rapper(testing::sample_graph());
}

TEST_CASE("write_turtle keeps hostile names identical to the N-Triples under rapper") {
  check_turtle_with_rapper(testing::hostile_graph());
}

TEST_CASE("write_trig gives exactly the quads of write_nquads under rapper") {
  check_trig_with_rapper(testing::sample_graph());
}

TEST_CASE("write_trig keeps hostile names and evidence graphs identical to the N-Quads under rapper") {
  check_trig_with_rapper(testing::hostile_graph());
}

TEST_CASE("write_turtle uses prefixed names only for plain local names and escapes literals") {
  std::ostringstream out;
  write_turtle(testing::hostile_graph(), out);
  const std::string text = out.str();
  CHECK(text.starts_with("@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"));
  CHECK(text.find("@prefix stmt: <https://w3id.org/kg/stmt/> .\n") != std::string::npos);
  CHECK(text.find("schema:name \"Nul\\u0000Byte\"") != std::string::npos);
  CHECK(text.find("schema:name \"Two\\nLines AG\"") != std::string::npos);
  CHECK(text.find("schema:name \"Say \\\"Hi\\\" GmbH\"") != std::string::npos);
  CHECK(text.find("kg:partner-of") != std::string::npos);
  // Entity ids contain '/', which PN_LOCAL does not allow unescaped.
  CHECK(text.find("<https://w3id.org/kg/id/Organization/Anchor>") != std::string::npos);
  CHECK(text.find("entity:Organization/") == std::string::npos);
}

TEST_CASE("write_turtle and write_trig give identical bytes for the same graph") {
  std::ostringstream turtle1, turtle2, trig1, trig2;
  write_turtle(testing::hostile_graph(), turtle1);
  write_turtle(testing::hostile_graph(), turtle2);
  write_trig(testing::sample_graph(), trig1);
  write_trig(testing::sample_graph(true), trig2);
  CHECK(turtle1.str() == turtle2.str());
  CHECK(trig1.str() == trig2.str());
}

TEST_CASE("parse_graph_format knows turtle, trig and graphml and lists them when refusing a name") {
  CHECK(parse_graph_format("turtle") == GraphFormat::Turtle);
  CHECK(parse_graph_format("trig") == GraphFormat::TriG);
  CHECK(parse_graph_format("graphml") == GraphFormat::GraphMl);
  try {
    parse_graph_format("rdfxml");
    FAIL("expected ExportError");
  } catch (const ExportError& error) {
    const std::string message = error.what();
    CHECK(message.starts_with("export: unknown graph format 'rdfxml'"));
    CHECK(message.find("graphml") != std::string::npos);
    CHECK(message.find("trig") != std::string::npos);
    CHECK(message.find("turtle") != std::string::npos);
  }
}

}  // namespace
}  // namespace kg::exporter
