#include "graph/name_key.h"

#include <algorithm>
#include <array>
#include <vector>

#include "extract/utf8.h"

namespace kg::graph {
namespace {

char32_t fold(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  // Latin-1 upper case letters (but not the multiplication sign).
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  // Latin Extended-A pairs upper/lower alternate (Ā ā, Ă ă, ... Ž ž).
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149) {
    const bool odd_pairs = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (odd_pairs ? (c % 2 == 1) : (c % 2 == 0)) return c + 1;
  }
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: return '-';
    case 0x2018: case 0x2019: case 0x201B: case 0x00B4: case 0x0060: return '\'';
    case 0x00A0: case 0x2009: case 0x202F: case '\t': case '\n': case '\r': return ' ';
    default: return c;
  }
}

bool is_trim_punctuation(char32_t c) {
  switch (c) {
    case ' ': case '.': case ',': case ';': case ':': case '!': case '?':
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
    case '(': case ')': case '[': case ']':
      return true;
    default:
      return false;
  }
}

// Trailing words that are legal forms (SCHEMA's merge rule "Acme AG" = "Acme").
constexpr std::array<std::string_view, 33> kLegalForms{
    "ag", "gmbh", "mbh", "se", "kg", "kgaa", "co", "co.", "inc", "inc.", "corp",
    "corp.", "corporation", "ltd", "ltd.", "llc", "plc", "oyj", "oy", "sa", "s.a.",
    "nv", "n.v.", "bv", "ab", "asa", "spa", "s.p.a.", "&", "und", "ag,", "limited",
    "holding"};

bool is_legal_form(std::string_view word) {
  return std::find(kLegalForms.begin(), kLegalForms.end(), word) != kLegalForms.end();
}

}  // namespace

std::string name_key(std::string_view name) {
  std::u32string folded;
  for (char32_t c : to_code_points(name)) {
    c = fold(c);
    if (c == ' ' && (folded.empty() || folded.back() == ' ')) continue;
    folded += c;
  }
  std::size_t begin = 0, end = folded.size();
  while (begin < end && is_trim_punctuation(folded[begin])) ++begin;
  while (end > begin && is_trim_punctuation(folded[end - 1])) --end;
  std::string out;
  for (std::size_t i = begin; i < end; ++i) extract::append_utf8(out, folded[i]);
  return out;
}

std::string core_key(std::string_view key) {
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start <= key.size();) {
    const std::size_t space = std::min(key.find(' ', start), key.size());
    if (space > start) words.push_back(key.substr(start, space - start));
    start = space + 1;
  }
  std::size_t keep = words.size();
  while (keep > 1 && is_legal_form(words[keep - 1])) --keep;
  // "Acme & Co." leaves a dangling "&" or "und" before the legal form.
  std::string out;
  for (std::size_t i = 0; i < keep; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  // What a stripped legal form leaves dangling: "acme, ag", "say \"hi\" gmbh".
  while (!out.empty() && std::string_view(",-.;:!?\"')]").find(out.back()) != std::string_view::npos) out.pop_back();
  return out.empty() ? std::string(key) : out;
}

std::string genitive_base(std::string_view key) {
  auto strip = [&](std::string_view suffix) -> std::string {
    if (key.size() >= suffix.size() + 3 && key.ends_with(suffix))
      return std::string(key.substr(0, key.size() - suffix.size()));
    return {};
  };
  for (std::string_view suffix : {"'s", "'", "s"}) {
    std::string base = strip(suffix);
    if (!base.empty() && base.back() != ' ' && base.back() != 's' && base.back() != '\'') return base;
  }
  return {};
}

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
        c == '-' || c == '.' || c == '_' || c == '~') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

}  // namespace kg::graph
