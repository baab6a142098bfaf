#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "run_kg.h"

using kg::test::run_kg;
using kg::test::scratch_dir;

namespace {

const std::string kSamples = std::string(KG_SOURCE_DIR) + "/samples";
const std::string kArticle = kSamples + "/nokia-xiaomi.de.txt";

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Rows of `kg query GRAPH PATTERN --format tsv`, without the header.
std::vector<std::string> query(const std::string& graph, const std::string& pattern) {
  const auto result = run_kg({"query", graph, pattern, "--format", "tsv"});
  REQUIRE_MESSAGE(result.exit_code == 0, result.err);
  auto rows = lines(result.out);
  if (!rows.empty()) rows.erase(rows.begin());
  return rows;
}

bool contains(const std::vector<std::string>& rows, const std::string& row) {
  return std::find(rows.begin(), rows.end(), row) != rows.end();
}

}  // namespace

TEST_CASE("the sample article's graph shows its partnerships, licence, acquisition and market shares") {
  const std::string dir = scratch_dir("sample");
  const auto built = run_kg({"build", kArticle, "-o", dir + "/g.kg", "--quiet"});
  REQUIRE_MESSAGE(built.exit_code == 0, built.err);
  const std::string graph = dir + "/g.kg";

  const auto partners = query(graph, "Nokia partner-of ?x");
  CHECK(contains(partners, "Xiaomi"));
  CHECK(contains(partners, "Apple"));
  CHECK(contains(query(graph, "Nokia licenses-to ?x"), "HMD Global"));
  const auto acquired = query(graph, "Xiaomi acquired ?x");
  CHECK(std::any_of(acquired.begin(), acquired.end(), [](const std::string& row) {
    return row.find("Patent") != std::string::npos || row.find("Schutzrechte") != std::string::npos;
  }));
  CHECK(contains(query(graph, "Xiaomi market-share ?x"), "14.7 percent"));
  CHECK(contains(query(graph, "Apple market-share ?x"), "14.6 percent"));
  // The article's "date" header becomes the document's publication date.
  const auto nquads = run_kg({"export", graph, "--format", "nquads"});
  CHECK(nquads.out.find("<https://schema.org/datePublished> \"2017-07\"") != std::string::npos);
  // The misspelling resolves to the same node.
  CHECK(query(graph, "Xiamo partner-of ?x") == query(graph, "Xiaomi partner-of ?x"));
}

TEST_CASE("the sample's market shares carry the quarter and IDC as source, and no smartphone cooperation is claimed") {
  const auto result = run_kg({"extract", kArticle});
  REQUIRE(result.exit_code == 0);
  bool share_with_source = false;
  for (const auto& line : lines(result.out)) {
    if (line.find("\"predicate\":\"market-share\"") != std::string::npos &&
        line.find("\"subject\":\"Xiaomi\"") != std::string::npos) {
      share_with_source = line.find("\"source\":\"IDC\"") != std::string::npos &&
                          line.find("\"time\":\"2017-Q1\"") != std::string::npos;
    }
    const bool smartphone = line.find("martphone") != std::string::npos && line.find("\"object\"") != std::string::npos &&
                            line.find("\"predicate\":\"collaborates-on\"") != std::string::npos;
    CHECK_MESSAGE(!smartphone, line);
  }
  CHECK(share_with_source);
}

TEST_CASE("merge is order-independent and equals a single build over the union") {
  const std::string dir = scratch_dir("merge");
  std::vector<std::string> files{kArticle, kSamples + "/sonnwerk-voltaris.de.txt", kSamples + "/veldhoven-daewon.de.txt"};
  for (std::size_t i = 0; i < files.size(); ++i)
    REQUIRE(run_kg({"build", files[i], "-o", dir + "/" + std::to_string(i) + ".kg", "--quiet"}).exit_code == 0);
  REQUIRE(run_kg({"build", files[0], files[1], files[2], "-o", dir + "/all.kg", "--quiet"}).exit_code == 0);
  REQUIRE(run_kg({"merge", dir + "/0.kg", dir + "/1.kg", dir + "/2.kg", "-o", dir + "/m012.kg", "--quiet"}).exit_code == 0);
  REQUIRE(run_kg({"merge", dir + "/2.kg", dir + "/0.kg", dir + "/1.kg", "-o", dir + "/m201.kg", "--quiet"}).exit_code == 0);
  REQUIRE(run_kg({"merge", dir + "/1.kg", dir + "/2.kg", "-o", dir + "/m12.kg", "--quiet"}).exit_code == 0);
  REQUIRE(run_kg({"merge", dir + "/m12.kg", dir + "/0.kg", "-o", dir + "/m12_0.kg", "--quiet"}).exit_code == 0);
  for (const char* format : {"nquads", "jsonld", "dot", "ntriples"}) {
    const std::string expected = run_kg({"export", dir + "/all.kg", "--format", format}).out;
    CHECK(!expected.empty());
    for (const char* merged : {"m012.kg", "m201.kg", "m12_0.kg"})
      CHECK_MESSAGE(run_kg({"export", dir + "/" + merged, "--format", format}).out == expected, format, " ", merged);
  }
  CHECK(kg::test::read_file(dir + "/m012.kg") == kg::test::read_file(dir + "/all.kg"));
}

TEST_CASE("export and render write their files and stats counts the graph") {
  const std::string dir = scratch_dir("outputs");
  REQUIRE(run_kg({"build", kSamples, "-o", dir + "/g.kg", "--quiet"}).exit_code == 0);
  CHECK(run_kg({"export", dir + "/g.kg", "--format", "jsonld", "-o", dir + "/g.jsonld"}).exit_code == 0);
  CHECK(kg::test::read_file(dir + "/g.jsonld").find("\"@context\"") != std::string::npos);
  const auto render = run_kg({"render", dir + "/g.kg", "-o", dir + "/g.svg"});
  CHECK_MESSAGE(render.exit_code == 0, render.err);
  CHECK(kg::test::read_file(dir + "/g.svg").find("<svg") != std::string::npos);
  const auto focus = run_kg({"render", dir + "/g.kg", "-o", dir + "/f.png", "--focus", "Xiaomi", "--depth", "1"});
  CHECK_MESSAGE(focus.exit_code == 0, focus.err);
  CHECK(kg::test::read_file(dir + "/f.png").substr(1, 3) == "PNG");
  const auto unknown = run_kg({"render", dir + "/g.kg", "-o", dir + "/u.svg", "--focus", "Nobody Inc"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no entity named 'Nobody Inc'") != std::string::npos);
  const auto stats = run_kg({"stats", dir + "/g.kg", "--format", "tsv"});
  CHECK(stats.exit_code == 0);
  CHECK(stats.out.find("documents\t\t4") != std::string::npos);
  CHECK(stats.out.find("aliases merged") != std::string::npos);
}

TEST_CASE("kg export writes Neo4j CSV into a directory, Cypher and the three JSON-LD forms") {
  const std::string dir = scratch_dir("export-formats");
  REQUIRE(run_kg({"build", kArticle, "-o", dir + "/g.kg", "--quiet"}).exit_code == 0);
  const auto csv = run_kg({"export", dir + "/g.kg", "--format", "neo4j-csv", "-o", dir + "/neo4j"});
  CHECK_MESSAGE(csv.exit_code == 0, csv.err);
  CHECK(kg::test::read_file(dir + "/neo4j/nodes.csv").starts_with("id:ID,:LABEL,name:string,"));
  CHECK(kg::test::read_file(dir + "/neo4j/relationships.csv").starts_with(":START_ID,:END_ID,:TYPE,"));
  const auto no_directory = run_kg({"export", dir + "/g.kg", "--format", "neo4j-csv"});
  CHECK(no_directory.exit_code == 2);
  CHECK(no_directory.err.find("needs -o DIR") != std::string::npos);
  CHECK(run_kg({"export", dir + "/g.kg", "--format", "cypher"}).out.find("MERGE (n:`Organization`") != std::string::npos);
  CHECK(run_kg({"export", dir + "/g.kg", "--format", "jsonld", "--expanded"}).out.starts_with("[{\"@id\":\"https://"));
  CHECK(run_kg({"export", dir + "/g.kg", "--format", "jsonld", "--flattened", "--no-reification"}).out.find("\"@graph\"") !=
        std::string::npos);
  CHECK(run_kg({"export", dir + "/g.kg", "--format", "jsonld", "--compact", "--expanded"}).exit_code == 2);
  CHECK(run_kg({"export", dir + "/g.kg", "--format", "turtle", "--flattened"}).exit_code == 2);
}

TEST_CASE("kg explain prints each evidence sentence with subject, object and cue marked") {
  const std::string dir = scratch_dir("explain");
  REQUIRE(run_kg({"build", kArticle, "-o", dir + "/g.kg", "--quiet"}).exit_code == 0);
  const auto partner = run_kg({"explain", dir + "/g.kg", "Xiamo", "partner-of", "Nokia"});
  CHECK(partner.exit_code == 0);
  CHECK(partner.out.find("Nokia partner-of Xiaomi") != std::string::npos);
  CHECK(partner.out.find("[[Nokia]] und [[Xiamo]] gehen gemeinsame {{Wege}}") != std::string::npos);
  const auto acquired = run_kg({"explain", dir + "/g.kg", "Xiaomi", "acquired", "Schutzrechte"});
  CHECK(acquired.out.find("hat [[Xiaomi]] einzelne [[Schutzrechte]] komplett von Nokia {{erworben}}.") !=
        std::string::npos);
  const auto share = run_kg({"explain", dir + "/g.kg", "Xiaomi", "market-share", "14.7 percent"});
  CHECK(share.exit_code == 0);
  CHECK(share.out.find("source IDC") != std::string::npos);
  CHECK(share.out.find("bytes 2437-2509") != std::string::npos);
  const auto none = run_kg({"explain", dir + "/g.kg", "Nokia", "sues", "Apple"});
  CHECK(none.exit_code == 1);
  CHECK(none.err.find("holds no statement") != std::string::npos);
  CHECK(run_kg({"explain", dir + "/g.kg", "Nokia", "befriends", "Apple"}).exit_code == 2);
}

TEST_CASE("kg path, neighbors and entities explore the sample graph, and an unknown name suggests the closest") {
  const std::string dir = scratch_dir("explore");
  REQUIRE(run_kg({"build", kArticle, "-o", dir + "/g.kg", "--quiet"}).exit_code == 0);
  const auto path = run_kg({"path", dir + "/g.kg", "Apple", "HMD Global", "--format", "tsv"});
  CHECK(path.exit_code == 0);
  CHECK(path.out.find("Apple -partner-of-> Nokia -licenses-to-> HMD Global") != std::string::npos);
  const auto around = run_kg({"neighbors", dir + "/g.kg", "Xiamo", "--predicate", "partner-of", "--depth", "2"});
  CHECK(around.exit_code == 0);
  CHECK(around.out.find("Apple") != std::string::npos);
  CHECK(around.out.find("market-share") == std::string::npos);
  const auto ranked = run_kg({"entities", dir + "/g.kg", "--type", "Organization", "--limit", "1", "--format", "tsv"});
  CHECK(ranked.exit_code == 0);
  CHECK(ranked.out.find("Xiaomi\tOrganization") != std::string::npos);
  const auto unknown = run_kg({"path", dir + "/g.kg", "Nokai", "Apple"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no entity named 'Nokai'; closest: Nokia") != std::string::npos);
}

TEST_CASE("kg query answers SPARQL on the sample graph in every format, from a file, and explains its plan") {
  const std::string dir = scratch_dir("sparql");
  REQUIRE(run_kg({"build", kArticle, "-o", dir + "/g.kg", "--quiet"}).exit_code == 0);
  const std::string graph = dir + "/g.kg";
  const std::string text = "SELECT ?name WHERE { ?x kg:partner-of ?y . ?y schema:name ?name } ORDER BY ?name";
  const auto table = run_kg({"query", graph, text});
  CHECK_MESSAGE(table.exit_code == 0, table.err);
  CHECK(table.out.find("Xiaomi") != std::string::npos);
  const auto json = run_kg({"query", graph, text, "--format", "json"});
  CHECK(json.out.find("{\"head\":{\"vars\":[\"name\"]}") == 0);
  CHECK(json.out.find("{\"name\":{\"type\":\"literal\",\"value\":\"Xiaomi\"}}") != std::string::npos);
  CHECK(run_kg({"query", graph, text, "--format", "csv"}).out.find("name\r\n") == 0);
  CHECK(run_kg({"query", graph, text, "--format", "tsv"}).out.find("?name\n") == 0);
  kg::test::write_file(dir + "/q.rq", "ASK { ?x kg:licenses-to ?y }");
  const auto ask = run_kg({"query", graph, "-f", dir + "/q.rq", "--format", "json"});
  CHECK(ask.out == "{\"head\":{},\"boolean\":true}\n");
  const auto plan = run_kg({"query", graph, text, "--explain"});
  CHECK(plan.out.find("basic graph pattern, 2 triples") != std::string::npos);
  CHECK(plan.out.find("1. scan: ?x kg:partner-of ?y") != std::string::npos);
  const auto refused = run_kg({"query", graph, "SELECT * WHERE {\n ?x kg:partner-of+ ?y }"});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("kg: error: query: line 2, column 18: property paths are not supported ('+')") != std::string::npos);
  CHECK(run_kg({"query", graph, text, "--format", "xml"}).exit_code == 2);
}
