#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace kg::extract {

// A normalised number, amount or time found in text.
struct Literal {
  std::string value;  // "14.7", "3600000", "1100000000", "2017-Q1", "2017-07", "2018"
  std::string unit;   // "percent", "EUR", "USD", "CHF", "employees", ""; empty for times and bare counts
  std::string noun;   // a counted noun after a bare count, as written ("Wearables"); may be empty
  std::size_t first_token = 0;  // words/tokens [first_token, end_token) of the phrase
  std::size_t end_token = 0;
};

// Normalises German numbers, amounts and time expressions: "14,7 Prozent" ->
// 14.7 percent, "3,6 Millionen" -> 3600000, "1,1 Milliarden Euro" ->
// 1100000000 EUR, "12.400 Mitarbeiter" -> 12400 employees, "im ersten
// Quartal 2017" -> 2017-Q1, "im Juli 2017" -> 2017-07; relative times
// ("heute", "im vergangenen Jahr", "im letzten Quartal") are resolved
// against a reference date. Values carry no trailing zeros. Stateless and
// thread-safe.
class LiteralNormalizer {
 public:
  // The quantity starting at words[i], or nullopt.
  std::optional<Literal> quantity_at(const std::vector<std::string_view>& words, std::size_t i) const;

  // The time expression starting at words[i], or nullopt. `reference_date`
  // ("YYYY", "YYYY-MM", "YYYY-MM-DD" or empty) resolves relative and
  // year-less expressions; `context_time` (the last explicit time of the
  // paragraph, may be empty) resolves "im letzten Quartal" when it is a quarter.
  std::optional<Literal> time_at(const std::vector<std::string_view>& words, std::size_t i,
                                 std::string_view reference_date, std::string_view context_time = {}) const;

  // Every quantity of a tokenised sentence, in order.
  std::vector<Literal> quantities(const Sentence& sentence) const;

  // The most specific time expression of a tokenised sentence.
  std::optional<Literal> time(const Sentence& sentence, std::string_view reference_date,
                              std::string_view context_time = {}) const;

  // Convenience for a phrase split at white space: the first quantity or,
  // failing that, time in it.
  std::optional<Literal> normalize(std::string_view phrase, std::string_view reference_date = {}) const;
};

}  // namespace kg::extract
