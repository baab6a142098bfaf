#pragma once

#include "extract/document.h"

namespace kg::extract {

// Finds invalid UTF-8 in a document. Stateless, thread-safe.
class Utf8Validator {
 public:
  // At most this many diagnostics per document; one more says the rest
  // were not reported.
  static constexpr std::size_t kMaxDiagnostics = 100;

  // Appends one Diagnostic per invalid byte to doc.diagnostics: offset is the
  // byte offset in the whole source (doc.offset + local), message
  // "invalid UTF-8 byte 0xNN", excerpt the surrounding text made printable.
  // Returns the number of invalid bytes. Later stages treat invalid bytes as
  // non-word characters; the text itself is never changed.
  std::size_t validate(Document& doc) const;
};

}  // namespace kg::extract
