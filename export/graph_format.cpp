#include <array>
#include <utility>

#include "export/exporters.h"

namespace kg::exporter {
namespace {

constexpr std::array<std::pair<std::string_view, GraphFormat>, 9> kFormats{{
    {"cypher", GraphFormat::Cypher},
    {"dot", GraphFormat::Dot},
    {"graphml", GraphFormat::GraphMl},
    {"jsonld", GraphFormat::JsonLd},
    {"neo4j-csv", GraphFormat::Neo4jCsv},
    {"nquads", GraphFormat::NQuads},
    {"ntriples", GraphFormat::NTriples},
    {"trig", GraphFormat::TriG},
    {"turtle", GraphFormat::Turtle},
}};

}  // namespace

GraphFormat parse_graph_format(std::string_view name) {
  std::string valid;
  for (const auto& [text, format] : kFormats) {
    if (text == name) return format;
    valid += (valid.empty() ? "" : ", ") + std::string(text);
  }
  throw ExportError("export: unknown graph format '" + std::string(name) + "'; valid formats: " + valid);
}

void write_graph(const graph::KnowledgeGraph& graph, GraphFormat format, std::ostream& out,
                 const JsonLdOptions& jsonld) {
  switch (format) {
    case GraphFormat::Cypher: return write_cypher(graph, out);
    case GraphFormat::Dot: return write_dot(graph, out);
    case GraphFormat::Neo4jCsv:
      throw ExportError("export: neo4j-csv writes two files (nodes.csv, relationships.csv), not one stream");
    case GraphFormat::JsonLd: return write_jsonld(graph, out, jsonld);
    case GraphFormat::NQuads: return write_nquads(graph, out);
    case GraphFormat::NTriples: return write_ntriples(graph, out);
    case GraphFormat::GraphMl: return write_graphml(graph, out);
    case GraphFormat::TriG: return write_trig(graph, out);
    case GraphFormat::Turtle: return write_turtle(graph, out);
  }
  throw ExportError("export: unknown graph format");
}

}  // namespace kg::exporter
