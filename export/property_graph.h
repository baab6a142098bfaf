#pragma once
// The property-graph view shared by the Neo4j CSV and Cypher writers, so a
// bulk import and an incremental load give the same nodes, relationships and
// properties:
//
//   node          label = entity type ("Organization", ..., "Literal");
//                 id, name, aliases (forms), alias_reasons, unit, mentions
//   relationship  type = predicate ("licenses-to"); confidence, symmetric,
//                 evidence_count and one array per evidence field (doc,
//                 sentence, start, end, extractor, confidence, quote), in
//                 the order of Relation::evidence; one string property per
//                 qualifier key

#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::exporter::property_graph {

// A qualifier key of some relation and the property that holds it: the key
// with every byte outside [A-Za-z0-9_] as '_', and '_' appended until it
// clashes with no fixed relationship property nor another qualifier.
struct QualifierProperty {
  std::string key;
  std::string property;
};

// Every qualifier key in the graph, sorted by key. One pass over the edges.
std::vector<QualifierProperty> qualifier_properties(const graph::KnowledgeGraph& graph);

// The label of a node: its entity type.
std::string_view label(const graph::Entity& entity);

// Shortest text that reads back as the same double ("0.82", "1"); "0" for NaN.
std::string format_double(double value);

// A double as a Cypher float literal: format_double with ".0" added to a
// whole number, so Neo4j stores a float ([0.5, 1.0], never the mixed [0.5, 1]).
std::string format_cypher_double(double value);

// `text` as valid UTF-8 with NUL as U+FFFD: Neo4j's CSV reader and Cypher
// strings that pass through C APIs end at a NUL.
std::string clean_text(std::string_view text);

}  // namespace kg::exporter::property_graph
