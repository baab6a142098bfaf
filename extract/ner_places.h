#pragma once
// The countries of the world and the subdivisions of every country (states,
// provinces, regions, districts) under their German names, from ISO 3166
// as Debian's iso-codes translates it: a gazetteer feature of the entity
// recogniser, wider than extract/gazetteer.h's hand-made table.

#include <string_view>

namespace kg::extract {

enum class WorldPlace { None, Country, Region };

// The kind of place called `name` as written ("Mongolei", "Burkina Faso",
// "Guangdong"); None when ISO 3166 has no such German name. Thread-safe.
WorldPlace find_world_place(std::string_view name);

}  // namespace kg::extract
