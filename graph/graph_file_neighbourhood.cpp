// read_graph_neighbourhood: the part of a large graph file around one entity,
// without building the whole graph. The file is mapped, not copied; one
// pass reads the entities' names and the relations' endpoints and skips
// everything else, then only the entities and relations within reach are
// decoded in full.

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "graph/graph_file.h"
#include "graph/graph_file_codec.h"
#include "graph/name_key.h"

namespace kg::graph {
namespace {

using detail::Decoder;

// A read-only mapping of a whole file, unmapped on destruction.
class MappedFile {
 public:
  explicit MappedFile(const std::filesystem::path& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) throw GraphFileError("graph: " + path.string() + ": is a directory");
    const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) throw GraphFileError("graph: " + path.string() + ": cannot open: " + std::strerror(errno));
    struct stat status {};
    if (::fstat(descriptor, &status) != 0) {
      const int code = errno;
      ::close(descriptor);
      throw GraphFileError("graph: " + path.string() + ": cannot read: " + std::strerror(code));
    }
    size_ = static_cast<std::size_t>(status.st_size);
    if (size_ > 0) {
      void* data = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, descriptor, 0);
      const int code = errno;
      ::close(descriptor);
      if (data == MAP_FAILED) throw GraphFileError("graph: " + path.string() + ": cannot map: " + std::strerror(code));
      data_ = static_cast<const char*>(data);
    } else {
      ::close(descriptor);
    }
  }
  ~MappedFile() {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return data_ ? std::string_view(data_, size_) : std::string_view(); }

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

// Calls `visit(index, form)` with the name and every alias form of the
// entity at the decoder's position, and moves past it.
template <class Visit>
void scan_entity(Decoder& in, std::size_t index, Visit&& visit) {
  in.skip_str();  // id
  visit(index, in.str_view());
  in.skip(1);     // type
  in.skip_str();  // unit
  in.skip(8);     // mentions
  for (std::uint32_t a = in.count(16, "aliases"); a > 0; --a) {
    visit(index, in.str_view());
    in.skip_str();  // reason
    in.skip(8);     // count
  }
}

// Where each entity starts, and the first entity (lowest id) called `name`
// exactly (name or alias), else the first whose name_key matches, as
// KnowledgeGraph::find resolves names; name_key only runs when no exact match exists.
struct EntityScan {
  std::vector<std::size_t> offsets;
  std::optional<NodeId> found;
};

EntityScan scan_entities(Decoder& in, std::string_view name) {
  EntityScan scan;
  scan.offsets.resize(in.count(29, "entities"));
  for (std::size_t i = 0; i < scan.offsets.size(); ++i) {
    scan.offsets[i] = in.position();
    scan_entity(in, i, [&](std::size_t index, std::string_view form) {
      if (!scan.found && form == name) scan.found = static_cast<NodeId>(index);
    });
  }
  if (scan.found) return scan;
  const std::size_t end = in.position();
  const std::string key = name_key(name);
  for (std::size_t i = 0; i < scan.offsets.size() && !scan.found; ++i) {
    in.seek(scan.offsets[i]);
    scan_entity(in, i, [&](std::size_t index, std::string_view form) {
      if (!scan.found && name_key(form) == key) scan.found = static_cast<NodeId>(index);
    });
  }
  in.seek(end);
  return scan;
}

}  // namespace

std::optional<KnowledgeGraph> read_graph_neighbourhood(const std::filesystem::path& path, std::string_view name,
                                                       std::size_t depth) {
  const MappedFile file(path);
  const std::string source = path.string();
  Decoder in(detail::checked_payload(file.bytes(), source, false), source, detail::kHeaderBytes);
  std::vector<DocumentInfo> documents = detail::decode_documents(in);
  const EntityScan entities = scan_entities(in, name);
  const std::size_t entity_count = entities.offsets.size();

  std::vector<std::size_t> offsets(in.count(29, "relations"));
  std::vector<NodeId> subjects(offsets.size()), objects(offsets.size());
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    offsets[i] = in.position();
    subjects[i] = in.u32();
    objects[i] = in.u32();
    if (subjects[i] >= entity_count || objects[i] >= entity_count)
      in.fail(offsets[i], "relation endpoint out of range");
    detail::skip_relation_rest(in);
  }
  if (!in.done()) in.fail(in.position(), "trailing bytes after the relations");
  if (!entities.found) return std::nullopt;

  // Hops from the focus, edges followed both ways (compressed adjacency lists).
  std::vector<std::size_t> first(entity_count + 1, 0);
  for (std::size_t i = 0; i < offsets.size(); ++i) ++first[subjects[i] + 1], ++first[objects[i] + 1];
  for (std::size_t v = 0; v < entity_count; ++v) first[v + 1] += first[v];
  std::vector<NodeId> neighbours(first.back());
  std::vector<std::size_t> fill(first.begin(), first.end() - 1);
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    neighbours[fill[subjects[i]]++] = objects[i];
    neighbours[fill[objects[i]]++] = subjects[i];
  }
  constexpr std::size_t kUnseen = static_cast<std::size_t>(-1);
  std::vector<std::size_t> hops(entity_count, kUnseen);
  std::vector<NodeId> ring{*entities.found};
  hops[*entities.found] = 0;
  for (std::size_t hop = 1; hop <= depth && !ring.empty(); ++hop) {
    std::vector<NodeId> next;
    for (const NodeId node : ring)
      for (std::size_t k = first[node]; k < first[node + 1]; ++k)
        if (hops[neighbours[k]] == kUnseen) hops[neighbours[k]] = hop, next.push_back(neighbours[k]);
    ring = std::move(next);
  }

  std::vector<Entity> kept;
  std::vector<NodeId> new_id(entity_count, 0);
  for (std::size_t v = 0; v < entity_count; ++v) {
    if (hops[v] == kUnseen) continue;
    new_id[v] = static_cast<NodeId>(kept.size());
    in.seek(entities.offsets[v]);
    detail::decode_entity(in, kept.emplace_back());
  }
  TextPool texts;
  std::vector<EdgeDraft> edges;
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    if (hops[subjects[i]] == kUnseen || hops[objects[i]] == kUnseen) continue;
    in.seek(offsets[i]);
    EdgeDraft& edge = edges.emplace_back();
    detail::decode_relation(in, edge, entity_count, texts);
    edge.subject = new_id[edge.subject];
    edge.object = new_id[edge.object];
  }
  return assemble_graph(std::move(kept), std::move(edges), std::move(documents));
}

}  // namespace kg::graph
