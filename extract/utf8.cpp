#include "extract/utf8.h"

#include <algorithm>
#include <cstdio>

namespace kg::extract {

CodePoint decode_utf8(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t value = 0;
  char32_t min_value = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, value = lead & 0x1F, min_value = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, value = lead & 0x0F, min_value = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, value = lead & 0x07, min_value = 0x10000;
  } else {
    return {0xFFFD, 1, false};
  }
  if (pos + length > text.size()) return {0xFFFD, 1, false};
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(pos + i);
    if ((next & 0xC0) != 0x80) return {0xFFFD, 1, false};
    value = (value << 6) | (next & 0x3F);
  }
  if (value < min_value || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
    return {0xFFFD, 1, false};
  return {value, length, true};
}

void append_utf8(std::string& out, char32_t cp) {
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

bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp < 0x2000) return cp != 0xFFFD;  // Latin, Greek, Cyrillic, ...
  if (cp < 0x3000) return false;         // punctuation, symbols, arrows
  return cp != 0xFFFD && !(cp >= 0xFE30 && cp <= 0xFE6F) && !(cp >= 0xFF00 && cp <= 0xFF20);
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x410 && cp <= 0x42F) return true;
  return false;
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

std::string to_lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    const CodePoint cp = decode_utf8(text, i);
    if (!cp.valid) {
      out += text[i];
      ++i;
      continue;
    }
    char32_t value = cp.value;
    if (value >= 0xC0 && value <= 0xDE && value != 0xD7) value += 32;
    else if (value >= 0x100 && value <= 0x17F && value % 2 == 0) value += 1;
    append_utf8(out, value);
    i += cp.length;
  }
  return out;
}

bool starts_upper(std::string_view text) {
  return !text.empty() && is_upper(decode_utf8(text, 0).value);
}

std::size_t utf8_floor(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return text.size();
  std::size_t back = 0;
  while (pos > 0 && back < 3 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos, ++back;
  return pos;
}

std::string_view truncate_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  return text.substr(0, utf8_floor(text, max_bytes));
}

std::string printable_excerpt(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr std::size_t kMaxBytes = 60;
  end = std::min(end, text.size());
  if (end > begin + kMaxBytes) end = begin + kMaxBytes;
  std::string out;
  for (std::size_t i = begin; i < end;) {
    const CodePoint cp = decode_utf8(text, i);
    if (!cp.valid) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned char>(text[i]));
      out += hex;
    } else if (cp.value < 0x20 || cp.value == 0x7F) {
      out += ' ';
    } else if (i + cp.length <= end) {
      out.append(text.substr(i, cp.length));
    }
    i += cp.length;
  }
  return out;
}

}  // namespace kg::extract
