#include "query/rdf_term.h"

#include <cstdint>

#include "export/text_encoding.h"
#include "extract/utf8.h"

namespace kg::query {
namespace {

using extract::append_utf8;

std::string unescape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    const char kind = text[++i];
    switch (kind) {
      case 't': out += '\t'; break;
      case 'b': out += '\b'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'f': out += '\f'; break;
      case 'u':
      case 'U': {
        const std::size_t digits = kind == 'u' ? 4 : 8;
        std::uint32_t cp = 0;
        for (std::size_t k = 0; k < digits && i + 1 < text.size(); ++k) {
          const char c = text[++i];
          cp = cp * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        append_utf8(out, cp);
        break;
      }
      default: out += kind;  // " ' backslash
    }
  }
  return out;
}

}  // namespace

TermParts parse_term(std::string_view term) {
  TermParts parts;
  if (term.starts_with('<')) {
    parts.value = unescape(term.substr(1, term.size() - 2));
    return parts;
  }
  if (term.starts_with("_:")) {
    parts.kind = TermKind::Blank;
    parts.value = term.substr(2);
    return parts;
  }
  parts.kind = TermKind::Literal;
  // The closing quote is the last one: escaped quotes inside are "\"".
  const std::size_t close = term.rfind('"');
  parts.value = unescape(term.substr(1, close - 1));
  const std::string_view rest = term.substr(close + 1);
  if (rest.starts_with('@')) {
    parts.lang = rest.substr(1);
    parts.datatype = kRdfLangString;
  } else if (rest.starts_with("^^<")) {
    parts.datatype = unescape(rest.substr(3, rest.size() - 4));
  } else {
    parts.datatype = kXsdString;
  }
  return parts;
}

std::string iri_term(std::string_view iri) {
  std::string out = "<";
  out += iri;
  out += '>';
  return out;
}

std::string literal_term(std::string_view value, std::string_view datatype, std::string_view lang) {
  // Escaped as the exporters escape (export/text_encoding.h), so that a
  // literal of a query is the term the store holds.
  std::string out;
  out.reserve(value.size() + 2);
  exporter::append_quoted_literal(out, value);
  if (!lang.empty()) {
    out += '@';
    for (const char c : lang) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
  } else if (!datatype.empty() && datatype != kXsdString) {
    out += "^^<";
    out += datatype;
    out += '>';
  }
  return out;
}

}  // namespace kg::query
