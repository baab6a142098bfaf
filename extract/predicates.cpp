#include "extract/predicates.h"

#include <array>

namespace kg::extract {
namespace {
constexpr std::array<PredicateInfo, 26> kPredicates{{
    {"partner-of", true, false},       {"licenses-to", false, false},
    {"acquired", false, false},        {"merged-with", true, false},
    {"invests-in", false, false},      {"subsidiary-of", false, false},
    {"supplies", false, false},        {"competitor-of", true, false},
    {"sues", false, false},            {"produces", false, false},
    {"develops", false, false},        {"launched", false, false},
    {"shipped", false, false},         {"collaborates-on", false, false},
    {"headquartered-in", false, false},{"operates-in", false, false},
    {"country", false, false},         {"located-in", false, false},
    {"ceo-of", false, false},          {"employee-of", false, false},
    {"founded", false, false},         {"instance-of", false, false},
    {"market-share", false, true},     {"leads-market", false, false},
    {"revenue", false, true},          {"employees", false, true},
}};
}  // namespace

std::span<const PredicateInfo> predicates() { return kPredicates; }

const PredicateInfo* find_predicate(std::string_view name) {
  for (const auto& info : kPredicates)
    if (info.name == name) return &info;
  return nullptr;
}

}  // namespace kg::extract
