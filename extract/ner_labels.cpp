#include "extract/ner_labels.h"

namespace kg::extract {

namespace {
constexpr std::array<std::string_view, kNerClassCount> kNames{
    "PER", "ORG", "LOC", "OTH", "PERderiv", "ORGderiv", "LOCderiv", "OTHderiv",
    "PERpart", "ORGpart", "LOCpart", "OTHpart"};
}  // namespace

std::string_view ner_class_name(NerClass ner_class) { return kNames[static_cast<std::size_t>(ner_class)]; }

std::optional<NerClass> parse_ner_class(std::string_view name) {
  for (std::size_t c = 0; c < kNerClassCount; ++c)
    if (kNames[c] == name) return static_cast<NerClass>(c);
  return std::nullopt;
}

EntityType entity_type_of(NerClass c) {
  switch (base_class(c)) {
    case NerClass::Per: return EntityType::Person;
    case NerClass::Org: return EntityType::Organization;
    case NerClass::Loc: return EntityType::Location;
    default: return EntityType::Product;
  }
}

std::optional<NerClass> ner_class_of(EntityType type) {
  switch (type) {
    case EntityType::Person: return NerClass::Per;
    case EntityType::Organization: return NerClass::Org;
    case EntityType::Location: return NerClass::Loc;
    case EntityType::Product: return NerClass::Oth;
    default: return std::nullopt;
  }
}

}  // namespace kg::extract
