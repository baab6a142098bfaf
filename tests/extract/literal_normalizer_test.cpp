#include <doctest/doctest.h>

#include "extract/literal_normalizer.h"

using namespace kg::extract;

namespace {
std::string value(std::string_view phrase, std::string_view date = {}) {
  const auto literal = LiteralNormalizer().normalize(phrase, date);
  return literal ? literal->value + (literal->unit.empty() ? "" : " " + literal->unit) : "none";
}
}  // namespace

TEST_CASE("LiteralNormalizer normalises percentages, amounts and counts without trailing zeros") {
  CHECK(value("14,7 Prozent") == "14.7 percent");
  CHECK(value("14,70 %") == "14.7 percent");
  CHECK(value("3,6 Millionen") == "3600000");
  CHECK(value("4,3 Milliarden Euro") == "4300000000 EUR");
  CHECK(value("1,05 Mrd. Euro") == "1050000000 EUR");
  CHECK(value("31,5 Milliarden US-Dollar") == "31500000000 USD");
  CHECK(value("2,7 Milliarden Franken") == "2700000000 CHF");
  CHECK(value("eine Milliarde Euro") == "1000000000 EUR");
  CHECK(value("7.250 Mitarbeiter") == "7250 employees");
  CHECK(value("24,95 Euro") == "24.95 EUR");
  CHECK(value("€ 5 Mio.") == "5000000 EUR");
  CHECK(value("0,5 Prozent") == "0.5 percent");
}

TEST_CASE("LiteralNormalizer keeps the counted noun of a bare count") {
  const auto literal = LiteralNormalizer().normalize("3,6 Millionen Wearables");
  REQUIRE(literal);
  CHECK(literal->value == "3600000");
  CHECK(literal->unit.empty());
  CHECK(literal->noun == "Wearables");
  const auto adjective = LiteralNormalizer().normalize("250 elektrische Gabelstapler");
  REQUIRE(adjective);
  CHECK(adjective->noun == "Gabelstapler");
}

TEST_CASE("LiteralNormalizer normalises quarters, half years, months and years") {
  CHECK(value("im ersten Quartal 2017") == "2017-Q1");
  CHECK(value("im 3. Quartal 2020") == "2020-Q3");
  CHECK(value("im zweiten Halbjahr 2019") == "2019-H2");
  CHECK(value("im Juli 2017") == "2017-07");
  CHECK(value("im Geschäftsjahr 2016") == "2016");
  CHECK(value("Q4 2019") == "2019-Q4");
}

TEST_CASE("LiteralNormalizer resolves relative times against the reference date") {
  CHECK(value("heute", "2017-07-12") == "2017-07-12");
  CHECK(value("im letzten Quartal", "2017-07") == "2017-Q2");
  CHECK(value("im vergangenen Quartal", "2018-02") == "2017-Q4");
  CHECK(value("im vergangenen Jahr", "2021-06") == "2020");
  CHECK(value("im Juli", "2022-09") == "2022-07");
  CHECK(value("im letzten Quartal") == "none");
  const auto in_context = LiteralNormalizer().time_at({"letzten", "Quartal"}, 0, "2017-07", "2017-Q1");
  REQUIRE(in_context);
  CHECK(in_context->value == "2017-Q1");
}

TEST_CASE("LiteralNormalizer rejects words that are not numbers") {
  CHECK(value("Umsatz") == "none");
  CHECK(value("1.2.3.4") == "none");
  CHECK(value("") == "none");
}
