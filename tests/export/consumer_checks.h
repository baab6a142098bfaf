#pragma once
// Whole-graph checks by real consumers, shared by the writer tests and the
// fuzz test of tests/export/export_fuzz_test.cpp.

#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "graph/knowledge_graph.h"

namespace kg::exporter {

// networkx reads write_graphml's output with every node, edge, name,
// confidence and evidence count (graphml_writer_test.cpp).
void check_with_networkx(const graph::KnowledgeGraph& graph);

// Kùzu loads write_neo4j_csv's files and runs write_cypher's script, twice,
// with every node, relationship and property; `result` gets kuzu_load.js's
// JSON with the answers to `queries` (neo4j_csv_writer_test.cpp).
void check_with_kuzu(const graph::KnowledgeGraph& graph, const std::vector<std::string>& queries,
                     rapidjson::Document& result);

}  // namespace kg::exporter
