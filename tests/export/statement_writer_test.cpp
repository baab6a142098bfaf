#include <doctest/doctest.h>

#include <sstream>

#include <rapidjson/document.h>

#include "export/exporters.h"
#include "export/statement_writer.h"
#include "export_fixtures.h"

namespace kg::exporter {
namespace {

using extract::EntityType;

extract::Statement licence() {
  auto s = testing::statement("dev-001", "Nokia", EntityType::Organization, "licenses-to", "HMD Global",
                              EntityType::Organization, 0.82, 3);
  s.span = {412, 468};
  s.extractor = "pattern:lizenz";
  s.evidence = "Nokia vergibt eine Lizenz an HMD Global.";
  return s;
}

std::string jsonl(const extract::Statement& statement) {
  std::ostringstream out;
  write_statement_header(StatementFormat::Jsonl, out);
  write_statement(statement, StatementFormat::Jsonl, out);
  return out.str();
}

TEST_CASE("write_statement writes one JSONL line in the field order of SCHEMA.md") {
  CHECK(jsonl(licence()) ==
        R"({"doc":"dev-001","subject":"Nokia","subject_type":"Organization","predicate":"licenses-to",)"
        R"("object":"HMD Global","object_type":"Organization","confidence":0.82,"sentence":3,"span":[412,468],)"
        R"("qualifiers":{},"extractor":"pattern:lizenz","evidence":"Nokia vergibt eine Lizenz an HMD Global."})"
        "\n");
}

TEST_CASE("write_statement writes a Literal object with its unit in qualifiers.unit") {
  auto s = testing::statement("dev-001", "Xiaomi", EntityType::Organization, "market-share", "14.7",
                              EntityType::Literal, 0.7, 6);
  s.object.unit = "percent";
  s.qualifiers = {{"time", "2017-Q1"}};
  const std::string line = jsonl(s);
  CHECK(line.find(R"("object":"14.7","object_type":"Literal")") != std::string::npos);
  CHECK(line.find(R"("qualifiers":{"time":"2017-Q1","unit":"percent"})") != std::string::npos);
}

TEST_CASE("write_statement prints the confidence with at most three decimals") {
  auto s = licence();
  s.confidence = 0.123456;
  CHECK(jsonl(s).find(R"("confidence":0.123,)") != std::string::npos);
  s.confidence = 0.9996;
  CHECK(jsonl(s).find(R"("confidence":1.0,)") != std::string::npos);
  s.confidence = 0.5;
  CHECK(jsonl(s).find(R"("confidence":0.5,)") != std::string::npos);
}

TEST_CASE("write_statement keeps hostile names as valid JSON on one line") {
  for (const testing::HostileName& hostile : testing::hostile_names()) {
    CAPTURE(hostile.name);
    auto s = licence();
    s.subject.name = hostile.name;
    s.evidence = hostile.name;
    const std::string line = jsonl(s);
    CHECK(line.find('\n') == line.size() - 1);
    rapidjson::Document document;
    document.Parse(line.data(), line.size());
    REQUIRE(!document.HasParseError());
    const std::string subject(document["subject"].GetString(), document["subject"].GetStringLength());
    if (hostile.name.find('\xFF') == std::string::npos) CHECK(subject == hostile.name);
    else CHECK(subject == "Bad\uFFFDByte");
  }
}

TEST_CASE("write_statement writes TSV under a header with tabs, newlines and backslashes escaped") {
  auto s = licence();
  s.subject.name = "Tab\tand\\back";
  s.evidence = "line one\nline two";
  s.qualifiers = {{"time", "2017"}, {"item", "a;b=c"}};
  std::ostringstream out;
  write_statement_header(StatementFormat::Tsv, out);
  write_statement(s, StatementFormat::Tsv, out);
  CHECK(out.str() ==
        "doc\tsubject\tsubject_type\tpredicate\tobject\tobject_type\tconfidence\tsentence\tstart\tend\t"
        "qualifiers\textractor\tevidence\n"
        "dev-001\tTab\\tand\\\\back\tOrganization\tlicenses-to\tHMD Global\tOrganization\t0.82\t3\t412\t468\t"
        "item=a\\;b\\=c;time=2017\tpattern:lizenz\tline one\\nline two\n");
}

TEST_CASE("parse_statement_format accepts jsonl and tsv and refuses others listing them") {
  CHECK(parse_statement_format("jsonl") == StatementFormat::Jsonl);
  CHECK(parse_statement_format("tsv") == StatementFormat::Tsv);
  CHECK_THROWS_WITH_AS(parse_statement_format("csv"),
                       "export: unknown statement format 'csv'; valid formats: jsonl, tsv", ExportError);
}

TEST_CASE("parse_graph_format accepts the nine graph formats and refuses others listing them") {
  CHECK(parse_graph_format("dot") == GraphFormat::Dot);
  CHECK(parse_graph_format("graphml") == GraphFormat::GraphMl);
  CHECK(parse_graph_format("trig") == GraphFormat::TriG);
  CHECK(parse_graph_format("turtle") == GraphFormat::Turtle);
  CHECK(parse_graph_format("jsonld") == GraphFormat::JsonLd);
  CHECK(parse_graph_format("nquads") == GraphFormat::NQuads);
  CHECK(parse_graph_format("ntriples") == GraphFormat::NTriples);
  CHECK(parse_graph_format("neo4j-csv") == GraphFormat::Neo4jCsv);
  CHECK(parse_graph_format("cypher") == GraphFormat::Cypher);
  CHECK_THROWS_WITH_AS(parse_graph_format("DOT"),
                       "export: unknown graph format 'DOT'; valid formats: cypher, dot, graphml, jsonld, neo4j-csv, nquads, ntriples, trig, turtle",
                       ExportError);
}

TEST_CASE("write_graph gives identical bytes in every format for graphs built from the same statements") {
  for (const GraphFormat format : {GraphFormat::Dot, GraphFormat::GraphMl, GraphFormat::JsonLd, GraphFormat::NQuads,
                                   GraphFormat::NTriples, GraphFormat::TriG, GraphFormat::Turtle}) {
    std::ostringstream first, second;
    write_graph(testing::sample_graph(), format, first);
    write_graph(testing::sample_graph(/*reversed=*/true), format, second);
    CHECK(!first.str().empty());
    CHECK(first.str() == second.str());
  }
}

}  // namespace
}  // namespace kg::exporter
