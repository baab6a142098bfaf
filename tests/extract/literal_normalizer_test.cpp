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
  CHECK(value("1,1 Milliarden Euro") == "1100000000 EUR");
  CHECK(value("1,07 Mrd. Euro") == "1070000000 EUR");
  CHECK(value("26,2 Milliarden US-Dollar") == "26200000000 USD");
  CHECK(value("8,4 Milliarden Franken") == "8400000000 CHF");
  CHECK(value("eine Milliarde Euro") == "1000000000 EUR");
  CHECK(value("12.400 Mitarbeiter") == "12400 employees");
  CHECK(value("19,99 Euro") == "19.99 EUR");
  CHECK(value("€ 5 Mio.") == "5000000 EUR");
  CHECK(value("0,5 Prozent") == "0.5 percent");
}

TEST_CASE("LiteralNormalizer keeps the counted noun of a bare count") {
  const auto literal = LiteralNormalizer().normalize("3,6 Millionen Wearables");
  REQUIRE(literal);
  CHECK(literal->value == "3600000");
  CHECK(literal->unit.empty());
  CHECK(literal->noun == "Wearables");
  const auto adjective = LiteralNormalizer().normalize("400 autonome Transportroboter");
  REQUIRE(adjective);
  CHECK(adjective->noun == "Transportroboter");
}

TEST_CASE("LiteralNormalizer normalises quarters, half years, months and years") {
  CHECK(value("im ersten Quartal 2017") == "2017-Q1");
  CHECK(value("im 3. Quartal 2020") == "2020-Q3");
  CHECK(value("im ersten Halbjahr 2020") == "2020-H1");
  CHECK(value("im Juli 2017") == "2017-07");
  CHECK(value("im Geschäftsjahr 2018") == "2018");
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
