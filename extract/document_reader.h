#pragma once
// Reads documents from a stream: plain text (the whole stream is one
// document, handed out in chunks so that memory stays bounded) or JSONL (one
// {"id","text","lang","date"} object a line). Problems in the input become
// Diagnostics and reading goes on.

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace kg::extract {

enum class InputFormat { Text, Jsonl };

// "text", "jsonl"; nullopt for anything else.
std::optional<InputFormat> parse_input_format(std::string_view name);

struct ReaderOptions {
  InputFormat format = InputFormat::Text;
  std::size_t chunk_bytes = std::size_t{1} << 20;  // text: largest chunk handed out, cut at a paragraph, line or space
  std::string lang = "de";                           // text: language of the document
};

class DocumentReader {
 public:
  // Reads from `in`, which must outlive the reader. `source` names it in
  // diagnostics and is the document id of a text input.
  DocumentReader(std::istream& in, std::string source, ReaderOptions options = {});

  // The next document or chunk, or false at the end of the input. A chunk
  // of a text document has Document::offset set; its first_sentence is the
  // caller's to set. Diagnostics about the input are in the returned
  // document (empty, binary) or in take_diagnostics() (malformed lines).
  bool next(Document& document);

  // Diagnostics not tied to a returned document (skipped JSONL lines).
  std::vector<Diagnostic> take_diagnostics();

  std::size_t bytes_read() const { return bytes_read_; }

 private:
  bool next_text(Document& document);
  bool next_jsonl(Document& document);

  std::istream& in_;
  std::string source_;
  ReaderOptions options_;
  std::string pending_;         // text read but not handed out yet
  std::size_t offset_ = 0;      // bytes handed out so far (text)
  std::size_t line_ = 0;        // lines read so far (JSONL)
  std::size_t bytes_read_ = 0;
  bool started_ = false;
  bool binary_ = false;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace kg::extract
