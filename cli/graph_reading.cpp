#include "cli/graph_reading.h"

#include <filesystem>
#include <system_error>

#include "cli/arguments.h"
#include "graph/graph_algorithms.h"
#include "graph/graph_file.h"

namespace kg::cli {

bool is_large_graph_file(const std::string& path) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  return !error && size > kLargeGraphFileBytes;
}

graph::KnowledgeGraph read_graph_around(const std::string& path, const std::string& name, std::size_t depth) {
  if (!is_large_graph_file(path)) return graph::read_graph_file(path);
  if (auto part = graph::read_graph_neighbourhood(path, name, depth)) return std::move(*part);
  throw UsageError("no entity named '" + name + "' in " + path + " (kg entities " + path + " lists the names)");
}

}  // namespace kg::cli
