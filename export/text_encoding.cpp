#include "export/text_encoding.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace kg::exporter {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kHexDigits = "0123456789ABCDEF";

void append_percent(std::string& out, unsigned char byte) {
  out += '%';
  out += kHexDigits[byte >> 4];
  out += kHexDigits[byte & 0x0F];
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // beyond U+10FFFF
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  if (byte(1) < low || byte(1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i)
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  return length;
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    if (static_cast<unsigned char>(text[at]) < 0x80) {
      ++at;
      continue;
    }
    const std::size_t length = utf8_sequence_length(text, at);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

std::string to_valid_utf8(std::string_view text) {
  if (is_valid_utf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = utf8_sequence_length(text, at);
    if (length == 0) {
      out += kReplacement;
      ++at;
    } else {
      out.append(text.substr(at, length));
      at += length;
    }
  }
  return out;
}

std::string percent_encode(std::string_view text) {
  std::string out;
  append_percent_encoded(out, text);
  return out;
}

void append_percent_encoded(std::string& out, std::string_view text) {
  out.reserve(out.size() + text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' ||
                            byte == '_' || byte == '~';
    if (unreserved)
      out += c;
    else
      append_percent(out, byte);
  }
}

std::string to_safe_iri(std::string_view iri) {
  std::string out;
  append_safe_iri(out, iri);
  return out;
}

void append_safe_iri(std::string& out, std::string_view iri) {
  constexpr std::string_view kForbidden = "<>\"{}|^`\\";
  out.reserve(out.size() + iri.size());
  for (std::size_t at = 0; at < iri.size();) {
    const std::size_t length = utf8_sequence_length(iri, at);
    const auto byte = static_cast<unsigned char>(iri[at]);
    if (length == 0 || byte <= 0x20 || byte == 0x7F || kForbidden.find(iri[at]) != std::string_view::npos) {
      append_percent(out, byte);
      ++at;
    } else {
      out.append(iri.substr(at, length));
      at += length;
    }
  }
}

std::string format_decimal(double value, int decimals) {
  std::array<char, 64> buffer{};
  const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                          std::chars_format::fixed, decimals);
  std::string text = error == std::errc{} ? std::string(buffer.data(), end) : std::string("0");
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  return text;
}

bool is_decimal(std::string_view text) {
  std::size_t at = 0;
  if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
  std::size_t integer_digits = 0, fraction_digits = 0;
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at, ++integer_digits;
  if (at < text.size() && text[at] == '.') {
    ++at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at, ++fraction_digits;
  }
  return at == text.size() && integer_digits + fraction_digits > 0;
}

void append_quoted_literal(std::string& out, std::string_view value) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  out += '"';
  std::size_t run = 0;
  for (std::size_t at = 0; at < value.size();) {
    const auto byte = static_cast<unsigned char>(value[at]);
    if (byte >= 0x20 && byte < 0x7F && byte != '"' && byte != '\\') {
      ++at;
      continue;
    }
    if (byte >= 0x80) {
      const std::size_t length = utf8_sequence_length(value, at);
      if (length > 0) {
        at += length;
        continue;
      }
      out.append(value.data() + run, at - run);
      out += kReplacement;
      run = ++at;
      continue;
    }
    out.append(value.data() + run, at - run);
    switch (byte) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default: {
        constexpr std::string_view kHex = "0123456789ABCDEF";
        out += "\\u00";
        out += kHex[byte >> 4];
        out += kHex[byte & 0x0F];
      }
    }
    run = ++at;
  }
  out.append(value.data() + run, value.size() - run);
  out += '"';
}

void write_json_string(std::ostream& out, std::string_view text) {
  out << '"';
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out << "\\\""; break;
      case '\\': out << "\\\\"; break;
      case '\n': out << "\\n"; break;
      case '\r': out << "\\r"; break;
      case '\t': out << "\\t"; break;
      case '\b': out << "\\b"; break;
      case '\f': out << "\\f"; break;
      default:
        if (byte < 0x20) {
          constexpr std::string_view kHex = "0123456789abcdef";
          out << "\\u00" << kHex[byte >> 4] << kHex[byte & 0x0F];
        } else {
          out << c;
        }
    }
  }
  out << '"';
}

}  // namespace kg::exporter
