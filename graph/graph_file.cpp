#include "graph/graph_file.h"

#include <bit>
#include <cstring>
#include <fstream>
#include <iterator>

#include "graph/atomic_file.h"
#include "graph/graph_file_codec.h"

namespace kg::graph {
namespace detail {

std::vector<DocumentInfo> decode_documents(Decoder& in) {
  std::vector<DocumentInfo> documents(in.count(12, "documents"));
  for (auto& d : documents) {
    d.id = in.str();
    d.date = in.str();
    d.lang = in.str();
  }
  return documents;
}

void decode_entity(Decoder& in, Entity& e) {
  const std::size_t at = in.position();
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
}

void decode_relation(Decoder& in, EdgeDraft& edge, std::size_t entities, TextPool& texts) {
  const std::size_t at = in.position();
  edge.subject = in.u32();
  edge.object = in.u32();
  if (edge.subject >= entities || edge.object >= entities) in.fail(at, "relation endpoint out of range");
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
}

void skip_relation_rest(Decoder& in) {
  in.skip_str();  // predicate
  in.skip(8 + 1);  // confidence, symmetric
  for (std::uint32_t q = in.count(8, "qualifiers"); q > 0; --q) in.skip_str(), in.skip_str();
  for (std::uint32_t e = in.count(68, "evidence records"); e > 0; --e) {
    in.skip_str();         // doc
    in.skip(3 * 8);        // sentence, span
    in.skip_str();         // extractor
    in.skip(8);            // confidence
    for (int i = 0; i < 5; ++i) in.skip_str();  // quote, forms, surfaces
    for (std::uint32_t q = in.count(8, "qualifiers"); q > 0; --q) in.skip_str(), in.skip_str();
  }
}

std::string_view checked_payload(std::string_view data, const std::string& source_name, bool verify_checksum) {
  auto refuse = [&](const std::string& reason) -> GraphFileError {
    return GraphFileError("graph: " + source_name + ": " + reason);
  };
  if (data.size() < 8 || std::memcmp(data.data(), kMagic, 8) != 0)
    throw refuse("not a kg graph file (missing magic \"KGGRAPH\"; build one with `kg build`)");
  if (data.size() < kHeaderBytes) throw refuse("truncated header (" + std::to_string(data.size()) + " bytes)");
  Decoder header(data.substr(8, 4), source_name, 8);
  const std::uint32_t version = header.u32();
  if (version != kGraphFileVersion)
    throw refuse("unsupported graph file version " + std::to_string(version) + " (this kg reads version " +
                 std::to_string(kGraphFileVersion) + ")");
  if (data.size() < kHeaderBytes + kTrailerBytes ||
      std::memcmp(data.data() + data.size() - 8, kEndMagic, 8) != 0)
    throw refuse("truncated, or trailing data after the end marker: " + std::to_string(data.size()) +
                 " bytes without \"KGGEND\" at the end");
  const std::size_t trailer_at = data.size() - kTrailerBytes;
  Decoder trailer(data.substr(trailer_at, 16), source_name, trailer_at);
  const std::uint64_t size = trailer.u64();
  const std::uint64_t checksum = trailer.u64();
  if (size != trailer_at - kHeaderBytes)
    throw refuse("truncated or padded: the trailer records a payload of " + std::to_string(size) + " bytes, the file holds " +
                 std::to_string(trailer_at - kHeaderBytes));
  const std::string_view payload = data.substr(kHeaderBytes, size);
  if (verify_checksum && checksum != fnv1a(payload)) throw refuse("checksum mismatch: the file is corrupted");
  return payload;
}

}  // namespace detail

namespace {

using namespace detail;


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
  std::vector<DocumentInfo> documents = decode_documents(in);
  std::vector<Entity> entities(in.count(29, "entities"));
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const std::size_t at = in.position();
    decode_entity(in, entities[i]);
    if (i > 0 && !(entities[i - 1].id < entities[i].id)) in.fail(at, "entities out of order at " + entities[i].id);
  }
  std::vector<EdgeDraft> edges(in.count(29, "relations"));
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const std::size_t at = in.position();
    decode_relation(in, edges[i], entities.size(), texts);
    if (i > 0) {
      const auto& p = edges[i - 1];
      const auto& edge = edges[i];
      if (!(std::tie(p.subject, p.relation.predicate, p.object) <
            std::tie(edge.subject, edge.relation.predicate, edge.object)))
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
  Decoder decoder(detail::checked_payload(data, source_name, true), source_name, kHeaderBytes);
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
