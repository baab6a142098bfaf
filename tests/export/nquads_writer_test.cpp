#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <sstream>

#include "export/exporters.h"
#include "export_fixtures.h"

namespace kg::exporter {
namespace {

// The line grammar of N-Triples / N-Quads for what we write: IRIs and
// literals only (no blank nodes, no language tags).
bool valid_line(const std::string& line, bool quads) {
  static const std::string iri = R"(<(?:[^\x00-\x20<>"{}|^`\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)";
  static const std::string literal =
      R"("(?:[^"\\\n\r]|\\[tbnrf"'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*"(?:\^\^)" + iri + ")?";
  static const std::regex triple("^" + iri + " " + iri + " (?:" + iri + "|" + literal + ") \\.$");
  static const std::regex quad("^" + iri + " " + iri + " (?:" + iri + "|" + literal + ")(?: " + iri + ")? \\.$");
  return std::regex_match(line, quads ? quad : triple);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_CASE("write_ntriples escapes hostile names so that every line follows the N-Triples grammar") {
  std::ostringstream out;
  write_ntriples(testing::hostile_graph(), out);
  const auto lines = lines_of(out.str());
  REQUIRE(!lines.empty());
  for (const std::string& line : lines) {
    CAPTURE(line);
    CHECK(valid_line(line, false));
  }
  const std::string text = out.str();
  CHECK(text.find(R"(<https://schema.org/name> "Say \"Hi\" GmbH" .)") != std::string::npos);
  CHECK(text.find(R"(<https://schema.org/name> "Back\\slash\\" .)") != std::string::npos);
  CHECK(text.find(R"(<https://schema.org/name> "Two\nLines AG" .)") != std::string::npos);
  CHECK(text.find(R"(<https://schema.org/name> "Nul\u0000Byte" .)") != std::string::npos);
  CHECK(text.find(R"(<https://schema.org/name> "Tab\tName" .)") != std::string::npos);
  CHECK(text.find(R"(<https://schema.org/name> "\u0001Ctl\u007F" .)") != std::string::npos);
  CHECK(text.find("<https://schema.org/name> \"Bad\uFFFDByte\" .") != std::string::npos);
  CHECK(text.find("<https://schema.org/name> \"\u200F\u05E9\u05DC\u05D5\u05DD RTL\" .") != std::string::npos);
}

TEST_CASE("write_nquads puts evidence into the named graph of its document and the rest into the default graph") {
  std::ostringstream out;
  write_nquads(testing::sample_graph(), out);
  const auto lines = lines_of(out.str());
  std::size_t in_documents = 0;
  for (const std::string& line : lines) {
    CAPTURE(line);
    CHECK(valid_line(line, true));
    const bool named = line.find("> <https://w3id.org/kg/doc/") != std::string::npos &&
                       line.rfind(" .") == line.size() - 2 &&
                       line.substr(0, line.size() - 2).ends_with(">") &&
                       line.find("/evidence/") != std::string::npos;
    if (named) ++in_documents;
  }
  CHECK(in_documents > 0);
  const std::string text = out.str();
  // The evidence IRI ends in a hash of the names the extractor used.
  const std::string evidence_link =
      "<https://w3id.org/kg/stmt/Organization/Nokia/licenses-to/Organization/HMD%20Global> "
      "<https://w3id.org/kg/ns#evidence> "
      "<https://w3id.org/kg/stmt/Organization/Nokia/licenses-to/Organization/HMD%20Global/evidence/"
      "dev-001/3/300-340/test-rule/";
  const std::size_t at = text.find(evidence_link);
  REQUIRE(at != std::string::npos);
  const std::string rest = text.substr(at + evidence_link.size(), text.find('\n', at) - at - evidence_link.size());
  CHECK(rest.size() == 8 + std::string("> <https://w3id.org/kg/doc/dev-001> .").size());
  CHECK(rest.ends_with("> <https://w3id.org/kg/doc/dev-001> ."));
  CHECK(text.find("<https://w3id.org/kg/id/Organization/Xiaomi> <https://w3id.org/kg/ns#market-share> "
                  "\"14.7\"^^<http://www.w3.org/2001/XMLSchema#decimal> .") != std::string::npos);
  CHECK(text.find("<https://w3id.org/kg/stmt/Organization/Nokia/licenses-to/Organization/HMD%20Global> "
                  "<https://w3id.org/kg/ns#confidence> \"0.928\"^^<http://www.w3.org/2001/XMLSchema#decimal> .") !=
        std::string::npos);
}

TEST_CASE("write_ntriples writes the N-Quads statements without graph names") {
  std::ostringstream triples, quads;
  write_ntriples(testing::sample_graph(), triples);
  write_nquads(testing::sample_graph(), quads);
  CHECK(lines_of(triples.str()).size() == lines_of(quads.str()).size());
  for (const std::string& line : lines_of(triples.str())) {
    CAPTURE(line);
    CHECK(valid_line(line, false));
  }
}

TEST_CASE("write_nquads gives identical bytes for the same graph and never repeats a line") {
  std::ostringstream first, second;
  write_nquads(testing::hostile_graph(), first);
  write_nquads(testing::hostile_graph(), second);
  CHECK(first.str() == second.str());
  auto lines = lines_of(first.str());
  REQUIRE(!lines.empty());
  std::sort(lines.begin(), lines.end());
  CHECK(std::adjacent_find(lines.begin(), lines.end()) == lines.end());
}

TEST_CASE("write_nquads streams: entities first, each statement followed by its evidence") {
  std::ostringstream out;
  write_nquads(testing::sample_graph(), out);
  const std::string text = out.str();
  const std::string statement = "<https://w3id.org/kg/stmt/Organization/Nokia/licenses-to/Organization/HMD%20Global>";
  const std::size_t entity = text.find("<https://w3id.org/kg/id/Organization/Nokia> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>");
  const std::size_t node = text.find(statement + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>");
  const std::size_t link = text.find(statement + " <https://w3id.org/kg/ns#evidence>");
  REQUIRE(entity != std::string::npos);
  REQUIRE(node != std::string::npos);
  REQUIRE(link != std::string::npos);
  CHECK(entity < node);
  CHECK(node < link);
  // Nothing of another statement between this statement's node and its evidence.
  const std::string between = text.substr(node, link - node);
  std::istringstream in(between);
  for (std::string line; std::getline(in, line);) {
    CAPTURE(line);
    CHECK(line.starts_with(statement));
  }
}

TEST_CASE("write_nquads of an empty graph is empty") {
  std::ostringstream out;
  write_nquads(graph::KnowledgeGraph(), out);
  CHECK(out.str().empty());
}

}  // namespace
}  // namespace kg::exporter
