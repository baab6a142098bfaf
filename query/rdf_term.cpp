#include "query/rdf_term.h"

#include <cstdint>

namespace kg::query {
namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

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
  // The escaping of export/rdf_quads.cpp: ECHAR for " \ BS TAB LF FF CR,
  // \u00XX for other controls and DEL, UTF-8 otherwise.
  std::string out = "\"";
  out.reserve(value.size() + 2);
  for (const char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (byte < 0x20 || byte == 0x7F) {
          constexpr std::string_view kHex = "0123456789ABCDEF";
          out += "\\u00";
          out += kHex[byte >> 4];
          out += kHex[byte & 0x0F];
        } else {
          out += c;
        }
    }
  }
  out += '"';
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
