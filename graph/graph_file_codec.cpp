// The record decoding of graph_file_codec.h that is not shared with
// read_graph_file: whole relations with shared texts, skipping, and the
// checks of a mapped file's frame.
#include "graph/graph_file_codec.h"

#include <cstring>

namespace kg::graph {
namespace detail {

void decode_relation(Decoder& in, EdgeDraft& edge, std::size_t entities, TextPool& texts) {
  const std::size_t at = in.position();
  edge.subject = in.u32();
  edge.object = in.u32();
  if (edge.subject >= entities || edge.object >= entities) in.fail(at, "relation endpoint out of range");
  decode_relation_rest(in, edge.relation);
  for (Evidence& ev : edge.relation.evidence) {
    ev.doc = texts.intern(ev.doc);
    ev.extractor = texts.intern(ev.extractor);
    ev.quote = texts.intern(ev.quote);
  }
}

void skip_relation_rest(Decoder& in) {
  in.skip_str();  // predicate
  in.skip(8 + 1);  // confidence, symmetric
  for (std::uint32_t q = in.count(8, "qualifiers"); q > 0; --q) in.skip_str(), in.skip_str();
  for (std::uint32_t e = in.count(72, "evidence records"); e > 0; --e) {
    in.skip_str();         // doc
    in.skip(3 * 8);        // sentence, span
    in.skip_str();         // extractor
    in.skip(8);            // confidence
    for (int i = 0; i < 6; ++i) in.skip_str();  // quote, forms, surfaces, cue
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

}  // namespace kg::graph
