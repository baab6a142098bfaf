#pragma once
// The graph file: a versioned binary snapshot of a KnowledgeGraph.
//
// Layout (all integers little-endian):
//   magic    8 bytes  "KGGRAPH\0"
//   version  u32      kGraphFileVersion
//   payload  documents, entities (with aliases), relations (with evidence);
//            strings are u32 length + UTF-8 bytes, doubles IEEE-754 bits
//   size     u64      payload bytes
//   checksum u64      FNV-1a of the payload
//   end      8 bytes  "KGGEND\0\0"
// The size and checksum trail the payload so that it is written in one
// streaming pass. A file that is truncated, has trailing bytes, a wrong
// magic, version or checksum, or an inconsistent payload is refused with
// GraphFileError.

#include <filesystem>
#include <istream>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::graph {

// Version 3 adds each evidence record's cue word (after its surfaces);
// files of version 2 are refused: rebuild them with kg build.
inline constexpr std::uint32_t kGraphFileVersion = 3;

// A graph file that cannot be read; the message starts with "graph: " and
// names the file and the byte offset.
class GraphFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writes `graph` to `path` atomically (temporary file + rename). Throws
// OutputError (atomic_file.h) when the path is not writable.
void write_graph_file(const KnowledgeGraph& graph, const std::filesystem::path& path);
void write_graph_file(const KnowledgeGraph& graph, std::ostream& out);

// Receives a graph file's records in file order (documents, then entities
// in NodeId order, then relations in EdgeId order) as they are decoded, so a
// reader can keep what it needs without a KnowledgeGraph. The checksum is
// verified at the end: a visitor may have seen records of a file that is
// then refused.
class GraphFileVisitor {
 public:
  virtual ~GraphFileVisitor() = default;
  virtual void documents(std::vector<DocumentInfo> documents) = 0;
  virtual void entity_count(std::size_t) {}
  virtual void entity(Entity entity) = 0;
  virtual void relation_count(std::size_t) {}
  virtual void relation(NodeId subject, NodeId object, Relation relation) = 0;
};

// Reads a graph file, in chunks (the file is never held whole). Throws GraphFileError.
KnowledgeGraph read_graph_file(const std::filesystem::path& path);
KnowledgeGraph read_graph_file(std::istream& in, const std::string& source_name);
// Hands the records of a graph file to `visitor`. `in` must be seekable.
void read_graph_file(const std::filesystem::path& path, GraphFileVisitor& visitor);
void read_graph_file(std::istream& in, const std::string& source_name, GraphFileVisitor& visitor);

// The part of the graph file at `path` within `depth` hops (edges followed
// both ways) of the entity called `name` (resolved as KnowledgeGraph::find
// does): those entities, every relation among them, and all documents.
// For a quick look into a large graph: the file is mapped, the other
// entities and relations are skipped over, not built, and the checksum is
// not verified (it would cost more than the rest); the structure is checked
// as read_graph_file checks it. nullopt when no entity has that name.
// Throws GraphFileError.
std::optional<KnowledgeGraph> read_graph_neighbourhood(const std::filesystem::path& path, std::string_view name,
                                                       std::size_t depth);
// As above, but stops going further out once the relations among the
// entities reached are at least `enough` (0: never); `stopped_early` tells
// whether it did before `depth` hops.
std::optional<KnowledgeGraph> read_graph_neighbourhood(const std::filesystem::path& path, std::string_view name,
                                                       std::size_t depth, std::size_t enough, bool& stopped_early);

// The core of a graph file too large to read whole for a drawing: its
// best-connected entity (most relations; the lowest id among equals) and
// the entities around it, ring by ring, until the relations among them
// reach `enough` or the entity's component is exhausted; read as
// read_graph_neighbourhood reads. Throws GraphFileError.
struct GraphFilePart {
  KnowledgeGraph graph;
  std::size_t file_relations = 0;  // relations in the whole file
};
GraphFilePart read_graph_core(const std::filesystem::path& path, std::size_t enough);

}  // namespace kg::graph
