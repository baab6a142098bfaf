#pragma once
// Reading a graph file for a command that looks at one part of it: a large
// file is read only around the entity asked about (the rest is skipped,
// not built), a small one whole.

#include <cstddef>
#include <cstdint>
#include <string>

#include "graph/knowledge_graph.h"

namespace kg::cli {

// Past this size a graph file is read only in part where a part will do.
inline constexpr std::uintmax_t kLargeGraphFileBytes = std::uintmax_t{64} << 20;

bool is_large_graph_file(const std::string& path);

// The graph file at `path`, or for a large one the entities within `depth`
// hops of `name` and the relations among them (graph::read_graph_neighbourhood:
// structure checked, checksum not). An unknown name is a UsageError that
// lists the closest names (of a small file) or points to kg entities.
graph::KnowledgeGraph read_graph_around(const std::string& path, const std::string& name, std::size_t depth);

}  // namespace kg::cli
