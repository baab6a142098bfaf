#include "rdf_completeness.h"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/rdf_quads.h"
#include "export/rdf_vocabulary.h"
#include "export_fixtures.h"
#include "rdf_consumer.h"

namespace kg::exporter::testing {
namespace {

std::string iri(std::string_view base, std::string_view local) { return "<" + std::string(base) + std::string(local) + ">"; }
std::string kg(std::string_view local) { return iri(rdf::kVocabulary, rdf::vocabulary_suffix(local)); }
std::string schema(std::string_view local) { return iri(rdf::kSchema, local); }
std::string rdf_term(std::string_view local) { return iri(rdf::kRdf, local); }
std::string integer(std::size_t value) { return rdf::literal_term(std::to_string(value), "integer"); }
std::string decimal(double confidence) { return rdf::literal_term(rdf::confidence_literal(confidence), "decimal"); }

struct Query {
  std::string what;
  std::string sparql;
  bool expected = true;
};

std::string type_iri(graph::EntityType type) {
  const std::string_view compact = rdf::type_compact_iri(type);
  const std::size_t colon = compact.find(':');
  return compact.substr(0, colon) == "schema" ? schema(compact.substr(colon + 1)) : kg(compact.substr(colon + 1));
}

std::vector<Query> completeness_queries(const graph::KnowledgeGraph& graph, RdfShape shape) {
  std::vector<Query> queries;
  for (graph::NodeId node = 0; node < graph.entity_count(); ++node) {
    const graph::Entity& entity = graph.entity(node);
    if (entity.type == graph::EntityType::Literal) continue;
    const std::string subject = rdf::entity_term(entity);
    queries.push_back({"entity " + entity.id, "ASK { " + subject + " " + rdf_term("type") + " " + type_iri(entity.type) +
                                                  " ; " + schema("name") + " " + rdf::literal_term(entity.name) + " ; " +
                                                  kg("mentions") + " " + integer(entity.mentions) + " }"});
    for (const graph::Alias& alias : entity.aliases) {
      queries.push_back({"alias " + alias.form + " of " + entity.id,
                         "ASK { " + subject + " " + schema("alternateName") + " " + rdf::literal_term(alias.form) + " }"});
      if (alias.reason == "mention") continue;
      queries.push_back({"merged name " + alias.form + " of " + entity.id,
                         "ASK { " + subject + " " + kg("alias") + " ?a . ?a " + kg("form") + " " +
                             rdf::literal_term(alias.form) + " ; " + kg("reason") + " " + rdf::literal_term(alias.reason) + " }"});
    }
  }
  for (const std::string& id : rdf::document_ids(graph))
    queries.push_back({"document " + id, "ASK { " + rdf::document_term(id) + " " + rdf_term("type") + " " + kg("Document") + " }"});

  for (graph::EdgeId edge = 0; edge < graph.relation_count(); ++edge) {
    const graph::Relation& relation = graph.relation(edge);
    const std::string s = rdf::entity_term(graph.entity(graph.subject(edge)));
    const std::string p = kg(relation.predicate);
    const std::string o = rdf::object_term(graph, edge);
    const std::string what = graph.entity(graph.subject(edge)).id + " " + relation.predicate + " " +
                             graph.entity(graph.object(edge)).id;
    // The statement ?st: how it is tied to its edge depends on the shape.
    const std::string statement =
        shape == RdfShape::Annotated
            ? "GRAPH ?st { " + s + " " + p + " " + o + " } "
            : "?st " + rdf_term("type") + " " + kg("Statement") + " ; " + rdf_term("subject") + " " + s + " ; " +
                  rdf_term("predicate") + " " + p + " ; " + rdf_term("object") + " " + o + " . ";
    std::string annotations = "?st " + kg("confidence") + " " + decimal(relation.confidence);
    for (const auto& [key, values] : rdf::statement_qualifiers(graph, edge))
      for (const std::string& value : values) annotations += " ; " + kg(key) + " " + rdf::literal_term(value);
    queries.push_back({"statement " + what, "ASK { " + s + " " + p + " " + o + " . " + statement + annotations + " }"});
    for (const graph::Evidence& evidence : relation.evidence) {
      std::string record = "?st " + kg("evidence") + " ?e . ?e " + rdf_term("type") + " " + kg("Evidence") + " ; " +
                           kg("document") + " " + rdf::document_term(evidence.doc) + " ; " + kg("sentence") + " " +
                           integer(evidence.sentence) + " ; " + kg("start") + " " + integer(evidence.span.begin) + " ; " +
                           kg("end") + " " + integer(evidence.span.end) + " ; " + kg("extractor") + " " +
                           rdf::literal_term(evidence.extractor) + " ; " + kg("confidence") + " " +
                           decimal(evidence.confidence);
      if (!evidence.quote.empty()) record += " ; " + kg("quote") + " " + rdf::literal_term(evidence.quote);
      if (shape == RdfShape::Quads) record = "GRAPH " + rdf::document_term(evidence.doc) + " { " + record + " }";
      queries.push_back({"evidence " + std::string(evidence.doc) + ":" + std::to_string(evidence.span.begin) + " of " + what,
                         "ASK { " + statement + record + " }"});
    }
  }
  if (shape == RdfShape::Annotated)
    queries.push_back({"no reified statement", "ASK { { ?s " + rdf_term("subject") + " ?o } UNION { ?s " + rdf_term("type") +
                                                   " " + kg("Statement") + " } }",
                       false});
  return queries;
}

std::string query_file(const std::vector<Query>& queries) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartArray();
  for (const Query& query : queries) writer.String(query.sparql.data(), static_cast<rapidjson::SizeType>(query.sparql.size()));
  writer.EndArray();
  const auto path = temp_path("queries.json");
  write_file(path, std::string_view(buffer.GetString(), buffer.GetSize()));
  return path.string();
}

}  // namespace

void check_rdf_in_oxigraph(const graph::KnowledgeGraph& graph, const std::vector<RdfExport>& exports) {
  if (!require_node_package("oxigraph") || !require_node_package("jsonld")) return;
  std::map<RdfShape, std::pair<std::vector<Query>, std::string>> by_shape;
  std::string arguments;
  for (const RdfExport& exported : exports) {
    auto& [queries, file] = by_shape[exported.shape];
    if (file.empty()) {
      queries = completeness_queries(graph, exported.shape);
      file = query_file(queries);
    }
    const auto data = temp_path("export." + exported.format);
    write_file(data, exported.text);
    arguments += shell_quote(data.string()) + " " + exported.format + " " + shell_quote(file) + " ";
  }
  int status = 0;
  const std::string output = run_node_script("oxigraph_query.js", arguments, status);
  REQUIRE_MESSAGE(status == 0, "Oxigraph refused an export (see stderr)");
  rapidjson::Document result;
  result.Parse(output.c_str());
  REQUIRE(!result.HasParseError());
  REQUIRE(result.Size() == exports.size());
  for (rapidjson::SizeType e = 0; e < result.Size(); ++e) {
    const RdfExport& exported = exports[e];
    const std::vector<Query>& queries = by_shape[exported.shape].first;
    const auto& answers = result[e]["results"];
    REQUIRE(answers.Size() == queries.size());
    for (rapidjson::SizeType i = 0; i < answers.Size(); ++i) {
      CAPTURE(queries[i].sparql);
      CHECK_MESSAGE(answers[i].GetBool() == queries[i].expected, exported.format, " (export ", e, "): ", queries[i].what);
    }
    if (exported.expected_quads > 0) CHECK_MESSAGE(result[e]["quads"].GetUint64() == exported.expected_quads, exported.format);
  }
}

}  // namespace kg::exporter::testing
