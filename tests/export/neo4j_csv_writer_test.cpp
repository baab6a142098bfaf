#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "export/exporters.h"
#include "export/property_graph.h"
#include "graph/graph_builder.h"
#include "export_fixtures.h"
#include "consumer_checks.h"
#include "rdf_consumer.h"

namespace kg::exporter {
namespace {

struct Field {
  std::string text;
  bool quoted = false;
};
using Row = std::vector<Field>;

// A strict RFC 4180 reader: ',' between fields, '\n' after each row, a
// quoted field may hold anything with '"' doubled, an unquoted one holds no
// '"', ',' or line break. Fails the test on anything else.
std::vector<Row> parse_csv(std::string_view text) {
  std::vector<Row> rows;
  Row row;
  std::size_t at = 0;
  while (at < text.size()) {
    Field field;
    if (text[at] == '"') {
      field.quoted = true;
      for (++at;; ++at) {
        REQUIRE_MESSAGE(at < text.size(), "unterminated quoted field");
        if (text[at] != '"') {
          field.text += text[at];
        } else if (at + 1 < text.size() && text[at + 1] == '"') {
          field.text += '"';
          ++at;
        } else {
          ++at;
          break;
        }
      }
    } else {
      while (at < text.size() && text[at] != ',' && text[at] != '\n') {
        REQUIRE_MESSAGE(text[at] != '"', "a quote inside an unquoted field");
        REQUIRE_MESSAGE(text[at] != '\r', "a bare CR");
        field.text += text[at++];
      }
    }
    row.push_back(field);
    REQUIRE_MESSAGE(at < text.size(), "the last row does not end in a line break");
    if (text[at++] == '\n') {
      rows.push_back(std::move(row));
      row.clear();
    }
  }
  return rows;
}

std::pair<std::string, std::string> export_csv(const graph::KnowledgeGraph& graph) {
  std::ostringstream nodes, relationships;
  write_neo4j_csv(graph, nodes, relationships);
  return {nodes.str(), relationships.str()};
}

// neo4j-admin's header grammar: name:ID, :LABEL, :START_ID, :END_ID, :TYPE,
// or name[:type] with type one of the importer's, optionally an array.
void check_header(const Row& header, std::vector<std::string> required) {
  const std::regex grammar(
      R"(([A-Za-z_][A-Za-z0-9_]*)?:(ID|LABEL|START_ID|END_ID|TYPE)|[A-Za-z_][A-Za-z0-9_]*(:(string|long|int|double|float|boolean)(\[\])?)?)");
  std::vector<std::string> names;
  for (const Field& field : header) {
    CAPTURE(field.text);
    CHECK_FALSE(field.quoted);
    CHECK(std::regex_match(field.text, grammar));
    names.push_back(field.text);
  }
  for (const std::string& name : required) CHECK_MESSAGE(std::find(names.begin(), names.end(), name) != names.end(), name);
}

std::size_t column(const Row& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i].text == name) return i;
  FAIL("no column " << name);
  return 0;
}

std::string joined(const std::vector<std::string>& elements) {
  std::string out;
  for (const std::string& element : elements) {
    std::string clean = property_graph::clean_text(element);
    for (std::size_t at; (at = clean.find(kNeo4jArrayDelimiter)) != std::string::npos;)
      clean.replace(at, 1, "\xEF\xBC\x9B");
    out += (out.empty() ? "" : std::string(1, kNeo4jArrayDelimiter)) + clean;
  }
  return out;
}

TEST_CASE("write_neo4j_csv writes neo4j-admin headers and one quoted, well-formed row per entity and relation") {
  for (const graph::KnowledgeGraph& graph : {testing::sample_graph(), testing::hostile_graph()}) {
    const auto [nodes_text, relationships_text] = export_csv(graph);
    const std::vector<Row> nodes = parse_csv(nodes_text);
    const std::vector<Row> relationships = parse_csv(relationships_text);
    REQUIRE(nodes.size() == graph.entity_count() + 1);
    REQUIRE(relationships.size() == graph.relation_count() + 1);
    check_header(nodes[0], {"id:ID", ":LABEL", "name:string", "aliases:string[]", "mentions:long"});
    check_header(relationships[0], {":START_ID", ":END_ID", ":TYPE", "confidence:double", "evidence_doc:string[]",
                                    "evidence_start:long[]", "evidence_end:long[]", "evidence_quote:string[]"});
    const Row& node_header = nodes[0];
    for (graph::NodeId node = 0; node < graph.entity_count(); ++node) {
      const Row& row = nodes[node + 1];
      const graph::Entity& entity = graph.entity(node);
      CAPTURE(entity.id);
      REQUIRE(row.size() == node_header.size());
      CHECK(row[column(node_header, "id:ID")].text == property_graph::clean_text(entity.id));
      CHECK(row[column(node_header, ":LABEL")].text == extract::to_string(entity.type));
      CHECK(row[column(node_header, "name:string")].text == property_graph::clean_text(entity.name));
      CHECK(row[column(node_header, "name:string")].quoted);
      std::vector<std::string> forms;
      for (const graph::Alias& alias : entity.aliases) forms.push_back(alias.form);
      CHECK(row[column(node_header, "aliases:string[]")].text == joined(forms));
      CHECK(row[column(node_header, "mentions:long")].text == std::to_string(entity.mentions));
      CHECK_FALSE(row[column(node_header, "mentions:long")].quoted);
    }
    const Row& relationship_header = relationships[0];
    for (graph::EdgeId edge = 0; edge < graph.relation_count(); ++edge) {
      const Row& row = relationships[edge + 1];
      const graph::Relation& relation = graph.relation(edge);
      REQUIRE(row.size() == relationship_header.size());
      CHECK(row[column(relationship_header, ":START_ID")].text == graph.entity(graph.subject(edge)).id);
      CHECK(row[column(relationship_header, ":END_ID")].text == graph.entity(graph.object(edge)).id);
      CHECK(row[column(relationship_header, ":TYPE")].text == relation.predicate);
      CHECK(std::stod(row[column(relationship_header, "confidence:double")].text) == relation.confidence);
      std::vector<std::string> quotes, starts;
      for (const graph::Evidence& evidence : relation.evidence) {
        quotes.push_back(evidence.quote.str());
        starts.push_back(std::to_string(evidence.span.begin));
      }
      CHECK(row[column(relationship_header, "evidence_quote:string[]")].text == joined(quotes));
      CHECK(row[column(relationship_header, "evidence_start:long[]")].text == joined(starts));
      for (const auto& [key, value] : relation.qualifiers)
        CHECK(row[column(relationship_header, key + ":string")].text == property_graph::clean_text(value));
    }
  }
}

TEST_CASE("write_neo4j_csv keeps the array delimiter out of array elements and NUL out of every field") {
  const auto [nodes, relationships] = export_csv(testing::hostile_graph());
  CHECK(nodes.find('\0') == std::string::npos);
  CHECK(relationships.find('\0') == std::string::npos);
  CHECK(nodes.find("\"Nul\xEF\xBF\xBD" "Byte\"") != std::string::npos);
  graph::GraphBuilder builder;
  auto statement = testing::statement("d", "A", extract::EntityType::Organization, "supplies", "B",
                                      extract::EntityType::Organization, 0.5, 1);
  statement.evidence = "Erstens; zweitens.";
  builder.add(statement);
  const auto [plain_nodes, plain_relationships] = export_csv(builder.build());
  CHECK(plain_relationships.find("\"Erstens\xEF\xBC\x9B zweitens.\"") != std::string::npos);
}

TEST_CASE("write_cypher writes constraints and one MERGE per entity and relation, floats with a point") {
  std::ostringstream out;
  write_cypher(testing::sample_graph(), out);
  const std::string text = out.str();
  CHECK(text.find("CREATE CONSTRAINT kg_Organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;\n") !=
        std::string::npos);
  CHECK(text.find("MERGE (n:`Organization` {id: 'Organization/Nokia'}) SET n.`name` = 'Nokia'") != std::string::npos);
  CHECK(text.find("MERGE (s)-[r:`licenses-to`]->(o) SET r.`confidence` = ") != std::string::npos);
  CHECK(text.find("r.`evidence_doc` = ['dev-001', 'dev-002']") != std::string::npos);
  std::ostringstream hostile;
  write_cypher(testing::hostile_graph(), hostile);
  CHECK(hostile.str().find("'Back\\\\slash\\\\'") != std::string::npos);
  CHECK(hostile.str().find("'Say \"Hi\" GmbH'") != std::string::npos);
  CHECK(hostile.str().find('\0') == std::string::npos);
  CHECK(property_graph::format_cypher_double(1.0) == "1.0");
  CHECK(property_graph::format_cypher_double(0.82) == "0.82");
}

}  // namespace

// Kùzu through tools/node/kuzu_load.js: the CSV bulk load and the Cypher
// script must each give exactly the graph's nodes, relationships and properties.
void check_with_kuzu(const graph::KnowledgeGraph& graph, const std::vector<std::string>& queries,
                     rapidjson::Document& result) {
  const auto directory = testing::temp_path("neo4j");
  std::filesystem::create_directories(directory);
  const auto [nodes, relationships] = export_csv(graph);
  testing::write_file(directory / "nodes.csv", nodes);
  testing::write_file(directory / "relationships.csv", relationships);
  std::ostringstream cypher;
  write_cypher(graph, cypher);
  testing::write_file(directory / "graph.cypher", cypher.str());
  std::string arguments = testing::shell_quote((directory / "kuzu").string()) + " " +
                          testing::shell_quote(directory.string()) + " --cypher " +
                          testing::shell_quote((directory / "graph.cypher").string());
  for (const std::string& query : queries) arguments += " --query " + testing::shell_quote(query);
  int status = 0;
  const std::string output = testing::run_node_script("kuzu_load.js", arguments, status);
  REQUIRE_MESSAGE(status == 0, "Kùzu refused the export (see stderr)");
  result.Parse<rapidjson::kParseFullPrecisionFlag>(output.c_str());
  REQUIRE(!result.HasParseError());

  for (const std::string load : {"csv", "cypher"}) {
    CAPTURE(load);
    // An array element: the CSV replaces the array delimiter, a Cypher list needs not.
    const auto element = [&](const std::string& text) {
      return load == "csv" ? joined({text}) : property_graph::clean_text(text);
    };
    const auto& dumped = result[load.c_str()];
    REQUIRE(dumped["nodes"].Size() == graph.entity_count());
    REQUIRE(dumped["relationships"].Size() == graph.relation_count());
    for (const auto& node : dumped["nodes"].GetArray()) {
      const auto id = graph.find_id(node["id"].GetString());
      REQUIRE(id);
      const graph::Entity& entity = graph.entity(*id);
      CAPTURE(entity.id);
      CHECK(std::string(node["label"].GetString()) == extract::to_string(entity.type));
      CHECK(std::string(node["name"].GetString()) == property_graph::clean_text(entity.name));
      CHECK(node["mentions"].GetUint64() == entity.mentions);
      if (entity.aliases.empty()) {
        CHECK(node["aliases"].IsNull());
        continue;
      }
      REQUIRE(node["aliases"].Size() == entity.aliases.size());
      for (std::size_t i = 0; i < entity.aliases.size(); ++i)
        CHECK(node["aliases"][static_cast<rapidjson::SizeType>(i)].GetString() ==
              element(entity.aliases[i].form));
    }
    for (const auto& row : dumped["relationships"].GetArray()) {
      const auto subject = graph.find_id(row["start"].GetString());
      const auto object = graph.find_id(row["end"].GetString());
      REQUIRE(subject);
      REQUIRE(object);
      bool found = false;
      for (const graph::EdgeId edge : graph.out_edges(*subject)) {
        const graph::Relation& relation = graph.relation(edge);
        if (graph.object(edge) != *object || relation.predicate != row["type"].GetString()) continue;
        found = true;
        CHECK(row["confidence"].GetDouble() == relation.confidence);
        CHECK(row["evidence_count"].GetUint64() == relation.evidence.size());
        REQUIRE(row["evidence_doc"].Size() == relation.evidence.size());
        for (std::size_t i = 0; i < relation.evidence.size(); ++i) {
          const auto index = static_cast<rapidjson::SizeType>(i);
          const graph::Evidence& evidence = relation.evidence[i];
          CHECK(row["evidence_doc"][index].GetString() == element(evidence.doc.str()));
          CHECK(row["evidence_sentence"][index].GetUint64() == evidence.sentence);
          CHECK(row["evidence_start"][index].GetUint64() == evidence.span.begin);
          CHECK(row["evidence_end"][index].GetUint64() == evidence.span.end);
          CHECK(row["evidence_confidence"][index].GetDouble() == evidence.confidence);
          CHECK(row["evidence_quote"][index].GetString() == element(evidence.quote.str()));
        }
        for (const auto& property : property_graph::qualifier_properties(graph)) {
          const auto value = relation.qualifiers.find(property.key);
          if (value == relation.qualifiers.end()) CHECK(row[property.property.c_str()].IsNull());
          else CHECK(std::string(row[property.property.c_str()].GetString()) == property_graph::clean_text(value->second));
        }
      }
      CHECK(found);
    }
  }
  CHECK(result["cypher_again"] == result["cypher"]);
}

namespace {

TEST_CASE("Kuzu loads the Neo4j CSV and runs the Cypher script with every node, relationship and property") {
  if (!testing::require_node_package("kuzu")) return;
  rapidjson::Document result;
  check_with_kuzu(testing::sample_graph(),
                  {"MATCH (p:Person)-[:`ceo-of`]->(o:Organization) RETURN p.name AS person, o.name AS org",
                   "MATCH (a)-[r:`licenses-to`]->(b) RETURN a.name AS a, b.name AS b, r.evidence_doc AS docs",
                   "MATCH (x:Organization {name: 'Xiaomi'})-[r]->(y) RETURN count(*) AS n",
                   "MATCH (a)-[r:`shipped`]->(b) RETURN r.time AS time, r.quantity AS quantity"},
                  result);
  const auto& queries = result["queries"];
  CHECK(std::string(queries[0][0]["person"].GetString()) == "Rajeev Suri");
  CHECK(std::string(queries[0][0]["org"].GetString()) == "Nokia");
  CHECK(std::string(queries[1][0]["b"].GetString()) == "HMD Global");
  CHECK(queries[1][0]["docs"].Size() == 2);
  CHECK(queries[2][0]["n"].GetInt() == 3);  // market-share, shipped, produces; partner-of is stored from Nokia
  CHECK(std::string(queries[3][0]["time"].GetString()) == "2017-Q1");
  CHECK(std::string(queries[3][0]["quantity"].GetString()) == "3600000");
}

TEST_CASE("Kuzu reads hostile names from the Neo4j CSV and the Cypher script unchanged but for NUL") {
  if (!testing::require_node_package("kuzu")) return;
  rapidjson::Document result;
  check_with_kuzu(testing::hostile_graph(), {}, result);
}

}  // namespace
}  // namespace kg::exporter
