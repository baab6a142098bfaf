#pragma once
// Spelling variants of proper names ("Xiamo" for "Xiaomi", "Qaundor" for
// "Quandor"): one rule for the document step of name recognition and for
// the graph's alias merging, so that both agree on what a misspelling is.

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

namespace kg::extract {

// UTF-8 to code points; invalid bytes become U+FFFD.
std::u32string to_code_points(std::string_view text);

// Optimal string alignment distance over code points (insertions,
// deletions, substitutions and adjacent transpositions), stopping early once
// it exceeds `limit` (then returns limit + 1).
std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit);

// The shorter is the longer with at most one letter dropped and the rest
// reordered: the letters of a typo that swapped and lost a key ("Xiamo",
// "Xiaomi").
bool near_anagram(std::u32string_view a, std::u32string_view b);

// Are `a` and `b` (different) spellings of one name? Both have at least 5
// code points, the same first one and the same digits, and they are one
// edit apart, or two when one is a near-anagram of the other or the shorter
// has at least `two_edits_from` code points.
bool spelling_variants(std::u32string_view a, std::u32string_view b,
                       std::size_t two_edits_from = std::numeric_limits<std::size_t>::max());

}  // namespace kg::extract
