#include "extract/name_spelling.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include "extract/utf8.h"

namespace kg::extract {
namespace {

std::u32string digits_of(std::u32string_view text) {
  std::u32string digits;
  for (char32_t c : text)
    if (c >= '0' && c <= '9') digits += c;
  return digits;
}

}  // namespace

std::u32string to_code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint c = decode_utf8(text, i);
    out += c.value;
    i += c.length;
  }
  return out;
}

std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_minimum = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
      row_minimum = std::min(row_minimum, current[j]);
    }
    if (row_minimum > limit) return limit + 1;
    before.swap(previous);
    previous.swap(current);
  }
  return std::min(previous[m], limit + 1);
}

bool near_anagram(std::u32string_view a, std::u32string_view b) {
  std::u32string shorter(a.size() <= b.size() ? a : b), longer(a.size() <= b.size() ? b : a);
  if (longer.size() - shorter.size() > 1) return false;
  std::sort(shorter.begin(), shorter.end());
  std::sort(longer.begin(), longer.end());
  return std::includes(longer.begin(), longer.end(), shorter.begin(), shorter.end());
}

bool spelling_variants(std::u32string_view a, std::u32string_view b, std::size_t two_edits_from) {
  if (a.size() < 5 || b.size() < 5 || a.front() != b.front() || a == b) return false;
  if (digits_of(a) != digits_of(b)) return false;
  const std::size_t distance = edit_distance(a, b, 2);
  if (distance <= 1) return true;
  return distance == 2 && (near_anagram(a, b) || std::min(a.size(), b.size()) >= two_edits_from);
}

}  // namespace kg::extract
