#include "extract/name_spelling.h"

#include <doctest/doctest.h>

namespace {

using kg::extract::to_code_points;

bool variants(const char* a, const char* b, std::size_t two_edits_from = SIZE_MAX) {
  return kg::extract::spelling_variants(to_code_points(a), to_code_points(b), two_edits_from);
}

}  // namespace

TEST_CASE("spelling_variants: one edit, or two for a swapped-and-dropped typo") {
  CHECK(variants("Quandor", "Qaundor"));   // adjacent transposition: one edit
  CHECK(variants("Brenavo", "Brenavos"));  // insertion
  CHECK(variants("Lortani", "Lortna"));    // "an" swapped and "i" lost: two edits, a near-anagram
  CHECK(variants("Lortna", "Lortani"));
  CHECK_FALSE(variants("Lortani", "Lortumi"));  // two substitutions: other letters
  CHECK_FALSE(variants("Lortani", "Lortani"));  // the same name is no variant
  CHECK_FALSE(variants("Abcde", "Xbcde"));      // the first letter differs
  CHECK_FALSE(variants("Velo 3", "Velo 4"));    // digits differ
  CHECK_FALSE(variants("Lort", "Lorti"));       // under five letters
  CHECK(variants("Mülerberg", "Mulerberg"));    // one code point, two bytes
}

TEST_CASE("spelling_variants takes a second edit of long names only when asked") {
  CHECK_FALSE(variants("Kandelwerk", "Kandalwerg"));
  CHECK(variants("Kandelwerk", "Kandalwerg", 8));
  CHECK_FALSE(variants("Kandel", "Kondal", 8));  // too short for two
}

TEST_CASE("near_anagram: the same letters, at most one missing") {
  CHECK(kg::extract::near_anagram(to_code_points("Lortna"), to_code_points("Lortani")));
  CHECK(kg::extract::near_anagram(to_code_points("abc"), to_code_points("cba")));
  CHECK_FALSE(kg::extract::near_anagram(to_code_points("abc"), to_code_points("abde")));
  CHECK_FALSE(kg::extract::near_anagram(to_code_points("ab"), to_code_points("abcd")));
}
