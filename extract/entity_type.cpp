#include "extract/entity_type.h"

#include <array>
#include <utility>

namespace kg::extract {
namespace {
constexpr std::array<std::pair<EntityType, std::string_view>, 6> kNames{{
    {EntityType::Organization, "Organization"},
    {EntityType::Person, "Person"},
    {EntityType::Location, "Location"},
    {EntityType::Product, "Product"},
    {EntityType::Concept, "Concept"},
    {EntityType::Literal, "Literal"},
}};
}  // namespace

std::string_view to_string(EntityType type) {
  for (const auto& [value, name] : kNames)
    if (value == type) return name;
  return "Concept";
}

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (const auto& [value, text] : kNames)
    if (text == name) return value;
  return std::nullopt;
}

}  // namespace kg::extract
