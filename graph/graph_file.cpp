#include "graph/graph_file.h"

#include <bit>
#include <cstring>
#include <fstream>
#include <iterator>
#include <tuple>

#include "graph/atomic_file.h"
#include "graph/graph_file_codec.h"
#include "graph/knowledge_graph_impl.h"
#include "graph/text_pool.h"

namespace kg::graph {
namespace {

using detail::fnv1a;
using detail::kEndMagic;
using detail::kFnvOffset;
using detail::kHeaderBytes;
using detail::kMagic;
using detail::kTrailerBytes;

// Writes the payload to a stream through a buffer, keeping its size and
// FNV-1a checksum, so a large graph is never held twice in memory.
class Encoder {
 public:
  explicit Encoder(std::ostream& out) : out_(out) {}
  void u8(std::uint8_t v) { put(static_cast<char>(v)); }
  void u32(std::uint32_t v) { fixed(v); }
  void u64(std::uint64_t v) { fixed(v); }
  void f64(double v) { fixed(std::bit_cast<std::uint64_t>(v)); }
  void str(const std::string& s) {
    u32(static_cast<std::uint32_t>(s.size()));
    buffer_ += s;
    if (buffer_.size() >= kFlushBytes) flush();
  }
  void flush() {
    hash_ = fnv1a(buffer_, hash_);
    size_ += buffer_.size();
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }
  std::uint64_t size() const { return size_; }
  std::uint64_t checksum() const { return hash_; }

 private:
  static constexpr std::size_t kFlushBytes = 1 << 16;
  void put(char c) {
    buffer_ += c;
    if (buffer_.size() >= kFlushBytes) flush();
  }
  template <class T>
  void fixed(T v) {
    for (std::size_t i = 0; i < sizeof(T); ++i) put(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  std::ostream& out_;
  std::string buffer_;
  std::uint64_t size_ = 0;
  std::uint64_t hash_ = kFnvOffset;
};

// Reads the payload from a stream in chunks, keeping the FNV-1a checksum of
// what it has read, so a large graph file is never held in memory whole.
class Decoder {
 public:
  Decoder(std::istream& in, std::uint64_t size, std::string source, std::size_t base)
      : in_(in), size_(size), source_(std::move(source)), base_(base) {}
  std::uint8_t u8() { return static_cast<std::uint8_t>(take(1)[0]); }
  std::uint32_t u32() { return fixed<std::uint32_t>(); }
  std::uint64_t u64() { return fixed<std::uint64_t>(); }
  double f64() { return std::bit_cast<double>(fixed<std::uint64_t>()); }
  std::string str() {
    const std::uint32_t size = u32();
    return std::string(take(size));
  }
  // A count of records, each at least `min_bytes` long: refuses counts the
  // remaining bytes cannot hold, so a corrupt count never allocates wildly.
  std::uint32_t count(std::size_t min_bytes, const char* what) {
    const std::size_t at = position_;
    const std::uint32_t n = u32();
    if (static_cast<std::uint64_t>(n) * min_bytes > size_ - position_)
      fail(at, std::string("count of ") + what + " (" + std::to_string(n) + ") exceeds the file");
    return n;
  }
  [[noreturn]] void fail(std::size_t at, const std::string& reason) const {
    throw GraphFileError("graph: " + source_ + ": corrupt at byte " + std::to_string(base_ + at) + ": " + reason);
  }
  std::size_t position() const { return position_; }
  bool done() const { return position_ == size_; }
  // Reads what is left of the payload and returns the checksum of all of it.
  std::uint64_t checksum() {
    hash_ = fnv1a(buffer_, hash_);
    buffer_.clear();
    cursor_ = 0;
    while (read_ < size_) {
      fill(static_cast<std::size_t>(std::min<std::uint64_t>(size_ - read_, kChunk)));
      hash_ = fnv1a(buffer_, hash_);
      buffer_.clear();
    }
    return hash_;
  }

 private:
  static constexpr std::size_t kChunk = 1 << 20;
  std::string_view take(std::size_t n) {
    if (n > size_ - position_) fail(position_, "unexpected end of data");
    if (n > buffer_.size() - cursor_) {
      // Hash and drop what was consumed, then read at least a chunk more.
      hash_ = fnv1a(std::string_view(buffer_).substr(0, cursor_), hash_);
      buffer_.erase(0, cursor_);
      cursor_ = 0;
      fill(static_cast<std::size_t>(std::min<std::uint64_t>(size_ - read_, std::max(kChunk, n - buffer_.size()))));
    }
    std::string_view out = std::string_view(buffer_).substr(cursor_, n);
    cursor_ += n;
    position_ += n;
    return out;
  }
  void fill(std::size_t n) {
    const std::size_t old = buffer_.size();
    buffer_.resize(old + n);
    in_.read(buffer_.data() + old, static_cast<std::streamsize>(n));
    if (static_cast<std::size_t>(in_.gcount()) != n) fail(read_, "cannot read the payload");
    read_ += n;
  }
  template <class T>
  T fixed() {
    std::string_view raw = take(sizeof(T));
    T v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i) v |= static_cast<T>(static_cast<unsigned char>(raw[i])) << (8 * i);
    return v;
  }
  std::istream& in_;
  std::uint64_t size_;
  std::string source_;
  std::size_t base_;
  std::string buffer_;        // bytes read, from the first not yet hashed
  std::size_t cursor_ = 0;    // consumed bytes of buffer_
  std::uint64_t read_ = 0;    // payload bytes read from the stream
  std::size_t position_ = 0;  // payload bytes consumed
  std::uint64_t hash_ = kFnvOffset;
};

void encode_payload(const KnowledgeGraph& graph, Encoder& out) {
  out.u32(static_cast<std::uint32_t>(graph.documents().size()));
  for (const DocumentInfo& d : graph.documents()) {
    out.str(d.id);
    out.str(d.date);
    out.str(d.lang);
  }
  out.u32(static_cast<std::uint32_t>(graph.entity_count()));
  for (NodeId node = 0; node < graph.entity_count(); ++node) {
    const Entity& e = graph.entity(node);
    out.str(e.id);
    out.str(e.name);
    out.u8(static_cast<std::uint8_t>(e.type));
    out.str(e.unit);
    out.u64(e.mentions);
    out.u32(static_cast<std::uint32_t>(e.aliases.size()));
    for (const Alias& a : e.aliases) {
      out.str(a.form);
      out.str(a.reason);
      out.u64(a.count);
    }
  }
  out.u32(static_cast<std::uint32_t>(graph.relation_count()));
  for (EdgeId edge = 0; edge < graph.relation_count(); ++edge) {
    const Relation& r = graph.relation(edge);
    out.u32(graph.subject(edge));
    out.u32(graph.object(edge));
    out.str(r.predicate);
    out.f64(r.confidence);
    out.u8(r.symmetric ? 1 : 0);
    out.u32(static_cast<std::uint32_t>(r.qualifiers.size()));
    for (const auto& [key, value] : r.qualifiers) {
      out.str(key);
      out.str(value);
    }
    out.u32(static_cast<std::uint32_t>(r.evidence.size()));
    for (const Evidence& ev : r.evidence) {
      out.str(ev.doc.str());
      out.u64(ev.sentence);
      out.u64(ev.span.begin);
      out.u64(ev.span.end);
      out.str(ev.extractor.str());
      out.f64(ev.confidence);
      out.str(ev.quote.str());
      out.str(ev.subject_form);
      out.str(ev.object_form);
      out.str(ev.subject_surface);
      out.str(ev.object_surface);
      out.str(ev.cue);
      out.u32(static_cast<std::uint32_t>(ev.qualifiers.size()));
      for (const auto& [key, value] : ev.qualifiers) {
        out.str(key);
        out.str(value);
      }
    }
  }
  out.flush();
}

void decode_payload(Decoder& in, GraphFileVisitor& visitor) {
  visitor.documents(detail::decode_documents(in));
  const std::size_t entity_count = in.count(29, "entities");
  visitor.entity_count(entity_count);
  std::string previous_id;
  for (std::size_t i = 0; i < entity_count; ++i) {
    const std::size_t at = in.position();
    Entity e;
    detail::decode_entity(in, e);
    if (i > 0 && !(previous_id < e.id)) in.fail(at, "entities out of order at " + e.id);
    previous_id = e.id;
    visitor.entity(std::move(e));
  }
  const std::size_t relation_count = in.count(29, "relations");
  visitor.relation_count(relation_count);
  NodeId previous_subject = 0, previous_object = 0;
  std::string previous_predicate;
  for (std::size_t i = 0; i < relation_count; ++i) {
    const std::size_t at = in.position();
    const NodeId subject = in.u32();
    const NodeId object = in.u32();
    if (subject >= entity_count || object >= entity_count) in.fail(at, "relation endpoint out of range");
    Relation r;
    detail::decode_relation_rest(in, r);
    if (i > 0 && !(std::tie(previous_subject, previous_predicate, previous_object) < std::tie(subject, r.predicate, object)))
      in.fail(at, "relations out of order");
    previous_subject = subject;
    previous_object = object;
    previous_predicate = r.predicate;
    visitor.relation(subject, object, std::move(r));
  }
  if (!in.done()) in.fail(in.position(), "trailing bytes after the relations");
}

// Collects the records into a KnowledgeGraph, sharing repeated evidence texts.
class GraphCollector : public GraphFileVisitor {
 public:
  void documents(std::vector<DocumentInfo> documents) override { documents_ = std::move(documents); }
  void entity_count(std::size_t count) override { entities_.reserve(count); }
  void entity(Entity entity) override { entities_.push_back(std::move(entity)); }
  void relation_count(std::size_t count) override { edges_.reserve(count); }
  void relation(NodeId subject, NodeId object, Relation relation) override {
    for (Evidence& ev : relation.evidence) {
      ev.doc = texts_.intern(ev.doc);
      ev.extractor = texts_.intern(ev.extractor);
      ev.quote = texts_.intern(ev.quote);
    }
    edges_.push_back({subject, object, std::move(relation)});
  }
  KnowledgeGraph graph() { return assemble_graph(std::move(entities_), std::move(edges_), std::move(documents_)); }

 private:
  TextPool texts_;  // evidence repeats document ids, extractor names and quotes
  std::vector<DocumentInfo> documents_;
  std::vector<Entity> entities_;
  std::vector<EdgeDraft> edges_;
};

}  // namespace

void write_graph_file(const KnowledgeGraph& graph, std::ostream& out) {
  out.write(kMagic, sizeof kMagic);
  Encoder header(out);
  header.u32(kGraphFileVersion);
  header.flush();
  Encoder payload(out);
  encode_payload(graph, payload);
  Encoder trailer(out);
  trailer.u64(payload.size());
  trailer.u64(payload.checksum());
  trailer.flush();
  out.write(kEndMagic, sizeof kEndMagic);
}

void write_graph_file(const KnowledgeGraph& graph, const std::filesystem::path& path) {
  AtomicFile file(path);
  write_graph_file(graph, file.stream());
  file.commit();
}

void read_graph_file(std::istream& in, const std::string& source_name, GraphFileVisitor& visitor) {
  auto refuse = [&](const std::string& reason) -> GraphFileError {
    return GraphFileError("graph: " + source_name + ": " + reason);
  };
  // The size first (the trailer names the payload's), then the header,
  // the trailer and the payload, each read where it lies.
  in.seekg(0, std::ios::end);
  const std::streamoff end = in.tellg();
  if (end < 0) throw refuse("cannot read (not a seekable file)");
  const auto file_size = static_cast<std::size_t>(end);
  auto read_at = [&](std::size_t at, std::size_t n) {
    std::string bytes(n, '\0');
    in.clear();
    in.seekg(static_cast<std::streamoff>(at));
    in.read(bytes.data(), static_cast<std::streamsize>(n));
    if (static_cast<std::size_t>(in.gcount()) != n) throw refuse("cannot read " + std::to_string(n) + " bytes at byte " + std::to_string(at));
    return bytes;
  };
  if (file_size < 8 || read_at(0, 8) != std::string_view(kMagic, 8))
    throw refuse("not a kg graph file (missing magic \"KGGRAPH\"; build one with `kg build`)");
  if (file_size < kHeaderBytes) throw refuse("truncated header (" + std::to_string(file_size) + " bytes)");
  const std::string header = read_at(8, 4);
  std::uint32_t version = 0;
  for (int i = 0; i < 4; ++i) version |= static_cast<std::uint32_t>(static_cast<unsigned char>(header[i])) << (8 * i);
  if (version != kGraphFileVersion)
    throw refuse("unsupported graph file version " + std::to_string(version) + " (this kg reads version " +
                 std::to_string(kGraphFileVersion) + ")");
  if (file_size < kHeaderBytes + kTrailerBytes || read_at(file_size - 8, 8) != std::string_view(kEndMagic, 8))
    throw refuse("truncated, or trailing data after the end marker: " + std::to_string(file_size) +
                 " bytes without \"KGGEND\" at the end");
  const std::size_t trailer_at = file_size - kTrailerBytes;
  const std::string trailer = read_at(trailer_at, 16);
  std::uint64_t size = 0, checksum = 0;
  for (int i = 0; i < 8; ++i) {
    size |= static_cast<std::uint64_t>(static_cast<unsigned char>(trailer[i])) << (8 * i);
    checksum |= static_cast<std::uint64_t>(static_cast<unsigned char>(trailer[8 + i])) << (8 * i);
  }
  if (size != trailer_at - kHeaderBytes)
    throw refuse("truncated or padded: the trailer records a payload of " + std::to_string(size) + " bytes, the file holds " +
                 std::to_string(trailer_at - kHeaderBytes));
  in.clear();
  in.seekg(static_cast<std::streamoff>(kHeaderBytes));
  Decoder decoder(in, size, source_name, kHeaderBytes);
  // The checksum is known only at the end: a payload that fails to decode is
  // reported as corrupted when the checksum disagrees, as a bad record otherwise.
  try {
    decode_payload(decoder, visitor);
  } catch (const GraphFileError&) {
    if (decoder.checksum() != checksum) throw refuse("checksum mismatch: the file is corrupted");
    throw;
  }
  if (decoder.checksum() != checksum) throw refuse("checksum mismatch: the file is corrupted");
}

KnowledgeGraph read_graph_file(std::istream& in, const std::string& source_name) {
  GraphCollector collector;
  read_graph_file(in, source_name, collector);
  return collector.graph();
}

std::ifstream open_graph_file(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) throw GraphFileError("graph: " + path.string() + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw GraphFileError("graph: " + path.string() + ": cannot open: " + std::strerror(errno));
  return in;
}

KnowledgeGraph read_graph_file(const std::filesystem::path& path) {
  std::ifstream in = open_graph_file(path);
  return read_graph_file(in, path.string());
}

void read_graph_file(const std::filesystem::path& path, GraphFileVisitor& visitor) {
  std::ifstream in = open_graph_file(path);
  read_graph_file(in, path.string(), visitor);
}

}  // namespace kg::graph
