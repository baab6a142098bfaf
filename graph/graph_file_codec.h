#pragma once
// Private to graph/: the graph file's layout (graph_file.h) and the decoding
// of its records, shared by read_graph_file and read_graph_neighbourhood.

#include <bit>
#include <cstdint>
#include <vector>
#include <string>
#include <string_view>

#include "graph/graph_file.h"
#include "graph/knowledge_graph_impl.h"
#include "graph/text_pool.h"

namespace kg::graph::detail {

inline constexpr char kMagic[8] = {'K', 'G', 'G', 'R', 'A', 'P', 'H', '\0'};
inline constexpr char kEndMagic[8] = {'K', 'G', 'G', 'E', 'N', 'D', '\0', '\0'};
inline constexpr std::size_t kHeaderBytes = 8 + 4;       // magic, version
inline constexpr std::size_t kTrailerBytes = 8 + 8 + 8;  // payload size, checksum, end magic

inline constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;

// FNV-1a over `bytes`, continuing from `hash` (so it can run over chunks).
inline std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = kFnvOffset) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

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
  std::string_view str_view() {
    const std::uint32_t size = u32();
    return take(size);
  }
  void skip_str() { take(u32()); }
  void skip(std::size_t n) { take(n); }
  // Continues at `position` (a value position() returned before).
  void seek(std::size_t position) { position_ = position; }
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

// The payload of a whole graph file in `data`, after checking its magic,
// version, size and end marker, and its checksum when `verify_checksum`.
// Throws GraphFileError naming `source_name`.
std::string_view checked_payload(std::string_view data, const std::string& source_name, bool verify_checksum);

// One record each, for any decoder with Decoder's reading functions (this
// one over mapped bytes, graph_file.cpp's over a stream), checked as
// read_graph_file checks them.
template <class In>
std::vector<DocumentInfo> decode_documents(In& in) {
  std::vector<DocumentInfo> documents(in.count(12, "documents"));
  for (auto& d : documents) {
    d.id = in.str();
    d.date = in.str();
    d.lang = in.str();
  }
  return documents;
}

template <class In>
void decode_entity(In& in, Entity& e) {
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

// A relation after its two endpoints: predicate, confidence, qualifiers and
// evidence (texts as read, not yet shared through a TextPool).
template <class In>
void decode_relation_rest(In& in, Relation& r) {
  r.predicate = in.str();
  r.confidence = in.f64();
  r.symmetric = in.u8() != 0;
  for (std::uint32_t q = in.count(8, "qualifiers"); q > 0; --q) {
    std::string key = in.str();
    r.qualifiers[key] = in.str();
  }
  r.evidence.resize(in.count(72, "evidence records"));
  for (Evidence& ev : r.evidence) {
    ev.doc = in.str();
    ev.sentence = in.u64();
    ev.span.begin = in.u64();
    ev.span.end = in.u64();
    ev.extractor = in.str();
    ev.confidence = in.f64();
    ev.quote = in.str();
    ev.subject_form = in.str();
    ev.object_form = in.str();
    ev.subject_surface = in.str();
    ev.object_surface = in.str();
    ev.cue = in.str();
    for (std::uint32_t q = in.count(8, "qualifiers"); q > 0; --q) {
      std::string key = in.str();
      ev.qualifiers[key] = in.str();
    }
  }
}

// A whole relation record; requires `entities` ids for the range check of
// its endpoints and shares the evidence texts through `texts`.
void decode_relation(Decoder& in, EdgeDraft& edge, std::size_t entities, TextPool& texts);
// Moves past one relation's predicate, qualifiers and evidence (after its
// two endpoints have been read), checking only that the bytes are there.
void skip_relation_rest(Decoder& in);

}  // namespace kg::graph::detail
