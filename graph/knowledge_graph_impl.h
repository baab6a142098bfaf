#pragma once
// Private to graph/: the Boost.Graph storage behind KnowledgeGraph.
// The adjacency_list is built once and never modified (append-only
// construction, then immutable), so vertex and edge descriptors stay valid.

#include <string>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/knowledge_graph.h"

namespace kg::graph {

struct EdgeBundle {
  EdgeId id = 0;
  Relation relation;
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, EdgeBundle>;

struct KnowledgeGraph::Impl {
  BoostGraph graph;
  std::vector<BoostGraph::edge_descriptor> edges;       // by EdgeId
  std::unordered_map<std::string, NodeId> by_id;        // Entity::id -> node
  std::unordered_map<std::string, std::vector<NodeId>> by_name;  // exact name or alias form -> nodes
  std::unordered_map<std::string, std::vector<NodeId>> by_key;   // name_key of name or alias -> nodes
  std::vector<DocumentInfo> documents;
  std::vector<MergeRecord> merges;
};

// An edge before assembly: endpoints by position in the entity vector.
struct EdgeDraft {
  NodeId subject = 0;
  NodeId object = 0;
  Relation relation;
};

// Builds the immutable graph. `entities` must be sorted by id and unique;
// `edges` sorted by (subject, predicate, object) and unique; `documents`
// sorted by id. Shared by GraphBuilder::build and the graph file reader.
KnowledgeGraph assemble_graph(std::vector<Entity> entities, std::vector<EdgeDraft> edges,
                              std::vector<DocumentInfo> documents);

// Content-derived id: "<Type>/<percent-encoded name>", literals with their unit.
std::string entity_id(EntityType type, const std::string& name, const std::string& unit);

}  // namespace kg::graph
