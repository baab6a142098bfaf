#pragma once

#include <optional>
#include <string_view>

namespace kg::extract {

// Node types of SCHEMA.md; Literal marks normalised values (numbers, dates).
enum class EntityType { Organization, Person, Location, Product, Concept, Literal };

// "Organization", "Person", ... as in SCHEMA.md.
std::string_view to_string(EntityType type);

// Inverse of to_string; nullopt for an unknown name.
std::optional<EntityType> parse_entity_type(std::string_view name);

}  // namespace kg::extract
