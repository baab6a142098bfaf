#include "extract/utf8_validator.h"

#include <cstdio>

#include "extract/utf8.h"

namespace kg::extract {

std::size_t Utf8Validator::validate(Document& doc) const {
  const std::string_view text = doc.text;
  std::size_t invalid = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const CodePoint cp = decode_utf8(text, i);
    if (cp.valid) {
      i += cp.length;
      continue;
    }
    ++invalid;
    if (invalid <= kMaxDiagnostics) {
      char message[40];
      std::snprintf(message, sizeof message, "invalid UTF-8 byte 0x%02X",
                    static_cast<unsigned char>(text[i]));
      const std::size_t from = utf8_floor(text, i >= 20 ? i - 20 : 0);
      doc.diagnostics.push_back({doc.id, 0, doc.offset + i, message,
                                 printable_excerpt(text, from, i + 20)});
    } else if (invalid == kMaxDiagnostics + 1) {
      doc.diagnostics.push_back({doc.id, 0, doc.offset + i,
                                 "too many invalid UTF-8 bytes: further ones not reported",
                                 printable_excerpt(text, i, i + 20)});
    }
    ++i;
  }
  return invalid;
}

}  // namespace kg::extract
