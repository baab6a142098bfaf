#pragma once
// The classes and BILOU labels of the entity recogniser, named as GermEval
// 2014 names its outer-level tags, and their mapping onto SCHEMA.md types.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "extract/entity_type.h"

namespace kg::extract {

// GermEval's classes: a name (PER, ORG, LOC, OTH), a word derived from one
// ("finnische": LOCderiv) and a word containing one ("Nokia-Patente":
// ORGpart). Their order is part of the model format.
enum class NerClass : std::uint8_t {
  Per, Org, Loc, Oth,
  PerDeriv, OrgDeriv, LocDeriv, OthDeriv,
  PerPart, OrgPart, LocPart, OthPart,
};
inline constexpr std::size_t kNerClassCount = 12;

// "PER", "ORGderiv", "LOCpart", ...
std::string_view ner_class_name(NerClass ner_class);
// Inverse of ner_class_name; nullopt for anything else.
std::optional<NerClass> parse_ner_class(std::string_view name);

inline bool is_derived(NerClass c) { return c >= NerClass::PerDeriv && c <= NerClass::OthDeriv; }
inline bool is_part(NerClass c) { return c >= NerClass::PerPart; }
// PER, ORG, LOC or OTH of a class: LocDeriv -> Loc.
inline NerClass base_class(NerClass c) { return static_cast<NerClass>(static_cast<std::uint8_t>(c) % 4); }
// The SCHEMA.md type of a class's base: PER Person, ORG Organization, LOC
// Location, OTH Product (GermEval's "other" names are mostly products,
// works and events; kg keeps them as Product and scores them apart).
EntityType entity_type_of(NerClass c);
// Inverse of entity_type_of for the four base classes; nullopt for Concept and Literal.
std::optional<NerClass> ner_class_of(EntityType type);

// Per token one label: 0 = outside; a name (PER, ORG, LOC, OTH) has four,
// 1 + 4 * class + position, where position is Begin, Inside, Last or Unit
// (a one-token mention); a derived or part class, one word by nature, has
// only Unit: 17 + class - 4. Fewer labels make decoding cheaper.
enum class LabelPosition : std::uint8_t { Begin, Inside, Last, Unit };
inline constexpr std::size_t kNameClassCount = 4;
inline constexpr std::size_t kLabelCount = 1 + 4 * kNameClassCount + (kNerClassCount - kNameClassCount);

// The label of a class at a position; derived and part classes are always Unit.
inline std::uint8_t make_label(NerClass c, LabelPosition p) {
  const auto index = static_cast<unsigned>(c);
  if (index >= kNameClassCount) return static_cast<std::uint8_t>(1 + 4 * kNameClassCount + index - kNameClassCount);
  return static_cast<std::uint8_t>(1 + 4 * index + static_cast<unsigned>(p));
}
inline NerClass label_class(std::uint8_t label) {
  return static_cast<NerClass>(label <= 4 * kNameClassCount ? (label - 1) / 4 : label - 1 - 3 * kNameClassCount);
}
inline LabelPosition label_position(std::uint8_t label) {
  return label <= 4 * kNameClassCount ? static_cast<LabelPosition>((label - 1) % 4) : LabelPosition::Unit;
}

// Whether `next` may follow `previous` in a BILOU sequence (0 = outside).
inline bool label_transition_allowed(std::uint8_t previous, std::uint8_t next) {
  const bool open = previous != 0 && (label_position(previous) == LabelPosition::Begin ||
                                      label_position(previous) == LabelPosition::Inside);
  const bool continues = next != 0 && (label_position(next) == LabelPosition::Inside ||
                                       label_position(next) == LabelPosition::Last);
  if (open) return continues && label_class(previous) == label_class(next);
  return !continues;
}
inline bool label_may_start(std::uint8_t label) {
  return label == 0 || label_position(label) == LabelPosition::Begin || label_position(label) == LabelPosition::Unit;
}
inline bool label_may_end(std::uint8_t label) {
  return label == 0 || label_position(label) == LabelPosition::Last || label_position(label) == LabelPosition::Unit;
}

// A mention as the recogniser labels it: tokens [first, end) of a sentence.
struct NerSpan {
  std::size_t first = 0;
  std::size_t end = 0;
  NerClass ner_class = NerClass::Per;
  bool operator==(const NerSpan&) const = default;
};

}  // namespace kg::extract
