#pragma once
// A compact built-in gazetteer: the countries of the world with their German
// adjectives and demonyms, the German federal states, and major cities
// (German cities above about 100,000 inhabitants, European capitals and
// large cities, and the largest cities of the world) with their German
// city adjectives ("Münchner"). Generic geography only.

#include <string_view>

namespace kg::extract {

enum class PlaceKind { Country, Region, City };

struct Place {
  std::string_view name;     // German name ("Finnland", "München")
  PlaceKind kind = PlaceKind::City;
  std::string_view country;  // the country a region or city lies in; empty for countries
  std::string_view region;   // the German state of a German city; may be empty
};

// Immutable lookup tables built on first use; thread-safe.
class Gazetteer {
 public:
  // The place called `name` as written ("Finnland", "Baden-Württemberg"),
  // also in the genitive ("Finnlands"); nullptr if unknown.
  static const Place* find(std::string_view name);
  // The place of a German adjective in any inflection, as written:
  // "finnische" -> Finnland, "Münchner" -> München, "US-" prefixes -> USA.
  static const Place* find_adjective(std::string_view form);
  // The country of a plural demonym as written ("Schweden", "Finnen",
  // "Schweizer") or the city of a city demonym ("Leipziger"); nullptr if none.
  static const Place* find_demonym(std::string_view form);
};

}  // namespace kg::extract
