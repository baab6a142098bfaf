#include "graph/graph_file.h"

#include <bit>
#include <cstring>
#include <fstream>
#include <iterator>

#include "graph/atomic_file.h"
#include "graph/knowledge_graph_impl.h"
#include "graph/text_pool.h"

namespace kg::graph {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'G', 'R', 'A', 'P', 'H', '\0'};
constexpr char kEndMagic[8] = {'K', 'G', 'G', 'E', 'N', 'D', '\0', '\0'};
constexpr std::size_t kHeaderBytes = 8 + 4;       // magic, version
constexpr std::size_t kTrailerBytes = 8 + 8 + 8;  // payload size, checksum, end magic

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;

// FNV-1a over `bytes`, continuing from `hash` (so it can run over chunks).
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = kFnvOffset) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

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

class Decoder {
 public:
  Decoder(std::string_view bytes, std::string source, std::size_t base)
      : bytes_(bytes), source_(std::move(source)), base_(base) {}
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
    if (static_cast<std::uint64_t>(n) * min_bytes > bytes_.size() - position_)
      fail(at, std::string("count of ") + what + " (" + std::to_string(n) + ") exceeds the file");
    return n;
  }
  [[noreturn]] void fail(std::size_t at, const std::string& reason) const {
    throw GraphFileError("graph: " + source_ + ": corrupt at byte " + std::to_string(base_ + at) + ": " + reason);
  }
  std::size_t position() const { return position_; }
  bool done() const { return position_ == bytes_.size(); }

 private:
  std::string_view take(std::size_t n) {
    if (n > bytes_.size() - position_) fail(position_, "unexpected end of data");
    std::string_view out = bytes_.substr(position_, n);
    position_ += n;
    return out;
  }
  template <class T>
  T fixed() {
    std::string_view raw = take(sizeof(T));
    T v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i) v |= static_cast<T>(static_cast<unsigned char>(raw[i])) << (8 * i);
    return v;
  }
  std::string_view bytes_;
  std::string source_;
  std::size_t base_;
  std::size_t position_ = 0;
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
      out.u32(static_cast<std::uint32_t>(ev.qualifiers.size()));
      for (const auto& [key, value] : ev.qualifiers) {
        out.str(key);
        out.str(value);
      }
    }
  }
  out.flush();
}

KnowledgeGraph decode_payload(Decoder& in) {
  TextPool texts;  // evidence repeats document ids, extractor names and quotes
  std::vector<DocumentInfo> documents(in.count(12, "documents"));
  for (auto& d : documents) {
    d.id = in.str();
    d.date = in.str();
    d.lang = in.str();
  }
  std::vector<Entity> entities(in.count(29, "entities"));
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const std::size_t at = in.position();
    Entity& e = entities[i];
    e.id = in.str();
    e.name = in.str();
    const std::uint8_t type = in.u8();
    if (type > static_cast<std::uint8_t>(EntityType::Literal)) in.fail(at, "unknown entity type " + std::to_string(type));
    e.type = static_cast<EntityType>(type);
    e.unit = in.str();
    e.mentions = in.u64();
    e.aliases.resize(in.count(16, "aliases"));
    for (Alias& a : e.aliases) {
      a.form = in.str();
      a.reason = in.str();
      a.count = in.u64();
    }
    if (e.id != entity_id(e.type, e.name, e.unit)) in.fail(at, "entity id does not match its name: " + e.id);
    if (i > 0 && !(entities[i - 1].id < e.id)) in.fail(at, "entities out of order at " + e.id);
  }
  std::vector<EdgeDraft> edges(in.count(29, "relations"));
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const std::size_t at = in.position();
    EdgeDraft& edge = edges[i];
    edge.subject = in.u32();
    edge.object = in.u32();
    if (edge.subject >= entities.size() || edge.object >= entities.size())
      in.fail(at, "relation endpoint out of range");
    Relation& r = edge.relation;
    r.predicate = in.str();
    r.confidence = in.f64();
    r.symmetric = in.u8() != 0;
    for (std::uint32_t q = in.count(8, "qualifiers"); q > 0; --q) {
      std::string key = in.str();
      r.qualifiers[key] = in.str();
    }
    r.evidence.resize(in.count(68, "evidence records"));
    for (Evidence& ev : r.evidence) {
      ev.doc = texts.intern(in.str());
      ev.sentence = in.u64();
      ev.span.begin = in.u64();
      ev.span.end = in.u64();
      ev.extractor = texts.intern(in.str());
      ev.confidence = in.f64();
      ev.quote = texts.intern(in.str());
      ev.subject_form = in.str();
      ev.object_form = in.str();
      ev.subject_surface = in.str();
      ev.object_surface = in.str();
      for (std::uint32_t q = in.count(8, "qualifiers"); q > 0; --q) {
        std::string key = in.str();
        ev.qualifiers[key] = in.str();
      }
    }
    if (i > 0) {
      const auto& p = edges[i - 1];
      if (!(std::tie(p.subject, p.relation.predicate, p.object) < std::tie(edge.subject, r.predicate, edge.object)))
        in.fail(at, "relations out of order");
    }
  }
  if (!in.done()) in.fail(in.position(), "trailing bytes after the relations");
  return assemble_graph(std::move(entities), std::move(edges), std::move(documents));
}

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

KnowledgeGraph read_graph_file(std::istream& in, const std::string& source_name) {
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto refuse = [&](const std::string& reason) -> GraphFileError {
    return GraphFileError("graph: " + source_name + ": " + reason);
  };
  if (data.size() < 8 || std::memcmp(data.data(), kMagic, 8) != 0)
    throw refuse("not a kg graph file (missing magic \"KGGRAPH\"; build one with `kg build`)");
  if (data.size() < kHeaderBytes) throw refuse("truncated header (" + std::to_string(data.size()) + " bytes)");
  Decoder header(std::string_view(data).substr(8, 4), source_name, 8);
  const std::uint32_t version = header.u32();
  if (version != kGraphFileVersion)
    throw refuse("unsupported graph file version " + std::to_string(version) + " (this kg reads version " +
                 std::to_string(kGraphFileVersion) + ")");
  if (data.size() < kHeaderBytes + kTrailerBytes ||
      std::memcmp(data.data() + data.size() - 8, kEndMagic, 8) != 0)
    throw refuse("truncated, or trailing data after the end marker: " + std::to_string(data.size()) +
                 " bytes without \"KGGEND\" at the end");
  const std::size_t trailer_at = data.size() - kTrailerBytes;
  Decoder trailer(std::string_view(data).substr(trailer_at, 16), source_name, trailer_at);
  const std::uint64_t size = trailer.u64();
  const std::uint64_t checksum = trailer.u64();
  if (size != trailer_at - kHeaderBytes)
    throw refuse("truncated or padded: the trailer records a payload of " + std::to_string(size) + " bytes, the file holds " +
                 std::to_string(trailer_at - kHeaderBytes));
  const std::string_view payload = std::string_view(data).substr(kHeaderBytes, size);
  if (checksum != fnv1a(payload)) throw refuse("checksum mismatch: the file is corrupted");
  Decoder decoder(payload, source_name, kHeaderBytes);
  return decode_payload(decoder);
}

KnowledgeGraph read_graph_file(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) throw GraphFileError("graph: " + path.string() + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw GraphFileError("graph: " + path.string() + ": cannot open: " + std::strerror(errno));
  return read_graph_file(in, path.string());
}

}  // namespace kg::graph
