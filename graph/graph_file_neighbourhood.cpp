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
  if (scan.found || name.empty()) return scan;
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

// The entities and the relations' endpoints of a mapped graph file, all
// else skipped; then the part within reach of one entity, decoded in full.
class FileScan {
 public:
  FileScan(const std::filesystem::path& path, std::string_view name)
      : file_(path), source_(path.string()),
        in_(detail::checked_payload(file_.bytes(), source_, false), source_, detail::kHeaderBytes) {
    documents_ = detail::decode_documents(in_);
    entities_ = scan_entities(in_, name);
    offsets_.resize(in_.count(29, "relations"));
    subjects_.resize(offsets_.size());
    objects_.resize(offsets_.size());
    for (std::size_t i = 0; i < offsets_.size(); ++i) {
      offsets_[i] = in_.position();
      subjects_[i] = in_.u32();
      objects_[i] = in_.u32();
      if (subjects_[i] >= entity_count() || objects_[i] >= entity_count())
        in_.fail(offsets_[i], "relation endpoint out of range");
      detail::skip_relation_rest(in_);
    }
    if (!in_.done()) in_.fail(in_.position(), "trailing bytes after the relations");
    // Compressed adjacency lists, edges both ways.
    first_.assign(entity_count() + 1, 0);
    for (std::size_t i = 0; i < offsets_.size(); ++i) ++first_[subjects_[i] + 1], ++first_[objects_[i] + 1];
    for (std::size_t v = 0; v < entity_count(); ++v) first_[v + 1] += first_[v];
    neighbours_.resize(first_.back());
    std::vector<std::size_t> fill(first_.begin(), first_.end() - 1);
    for (std::size_t i = 0; i < offsets_.size(); ++i) {
      neighbours_[fill[subjects_[i]]++] = objects_[i];
      neighbours_[fill[objects_[i]]++] = subjects_[i];
    }
  }

  std::size_t entity_count() const { return entities_.offsets.size(); }
  std::size_t relation_count() const { return offsets_.size(); }
  std::optional<NodeId> named() const { return entities_.found; }
  std::size_t degree(NodeId node) const { return first_[node + 1] - first_[node]; }

  // Entities within `depth` hops of `start`, ring by ring, stopping early
  // once the relations among them reach `enough` (0: never).
  std::vector<bool> reach(NodeId start, std::size_t depth, std::size_t enough, bool* stopped_early = nullptr) const {
    std::vector<bool> reached(entity_count(), false);
    reached[start] = true;
    std::vector<NodeId> ring{start};
    for (std::size_t hop = 1; hop <= depth && !ring.empty(); ++hop) {
      if (enough > 0 && relations_among(reached) >= enough) {
        if (stopped_early) *stopped_early = true;
        break;
      }
      std::vector<NodeId> next;
      for (const NodeId node : ring)
        for (std::size_t k = first_[node]; k < first_[node + 1]; ++k)
          if (!reached[neighbours_[k]]) reached[neighbours_[k]] = true, next.push_back(neighbours_[k]);
      ring = std::move(next);
    }
    return reached;
  }

  // The reached entities, every relation among them, and all documents.
  KnowledgeGraph part(const std::vector<bool>& reached) {
    std::vector<Entity> kept;
    std::vector<NodeId> new_id(entity_count(), 0);
    for (std::size_t v = 0; v < entity_count(); ++v) {
      if (!reached[v]) continue;
      new_id[v] = static_cast<NodeId>(kept.size());
      in_.seek(entities_.offsets[v]);
      detail::decode_entity(in_, kept.emplace_back());
    }
    TextPool texts;
    std::vector<EdgeDraft> edges;
    for (std::size_t i = 0; i < offsets_.size(); ++i) {
      if (!reached[subjects_[i]] || !reached[objects_[i]]) continue;
      in_.seek(offsets_[i]);
      EdgeDraft& edge = edges.emplace_back();
      detail::decode_relation(in_, edge, entity_count(), texts);
      edge.subject = new_id[edge.subject];
      edge.object = new_id[edge.object];
    }
    return assemble_graph(std::move(kept), std::move(edges), documents_);
  }

 private:
  std::size_t relations_among(const std::vector<bool>& reached) const {
    std::size_t count = 0;
    for (std::size_t i = 0; i < offsets_.size(); ++i) count += reached[subjects_[i]] && reached[objects_[i]];
    return count;
  }

  MappedFile file_;
  std::string source_;
  Decoder in_;
  std::vector<DocumentInfo> documents_;
  EntityScan entities_;
  std::vector<std::size_t> offsets_;
  std::vector<NodeId> subjects_, objects_;
  std::vector<std::size_t> first_;
  std::vector<NodeId> neighbours_;
};

}  // namespace

std::optional<KnowledgeGraph> read_graph_neighbourhood(const std::filesystem::path& path, std::string_view name,
                                                       std::size_t depth) {
  bool stopped_early = false;
  return read_graph_neighbourhood(path, name, depth, 0, stopped_early);
}

std::optional<KnowledgeGraph> read_graph_neighbourhood(const std::filesystem::path& path, std::string_view name,
                                                       std::size_t depth, std::size_t enough, bool& stopped_early) {
  FileScan scan(path, name);
  stopped_early = false;
  if (!scan.named()) return std::nullopt;
  return scan.part(scan.reach(*scan.named(), depth, enough, &stopped_early));
}

GraphFilePart read_graph_core(const std::filesystem::path& path, std::size_t enough) {
  FileScan scan(path, {});
  GraphFilePart part;
  part.file_relations = scan.relation_count();
  if (scan.entity_count() == 0) return part;
  NodeId best = 0;
  for (NodeId node = 1; node < scan.entity_count(); ++node)
    if (scan.degree(node) > scan.degree(best)) best = node;
  part.graph = scan.part(scan.reach(best, static_cast<std::size_t>(-1), enough));
  return part;
}

}  // namespace kg::graph
