#include "extract/morphology.h"

#include <algorithm>
#include <vector>

namespace kg::extract {

namespace {

constexpr std::array<std::string_view, kUposCount> kUposNames = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr std::array<std::string_view, kFeatureCount> kFeatureNames = {
    "Case", "Number", "Gender", "Person", "Tense", "VerbForm", "Mood", "Degree"};

constexpr std::array<std::array<std::string_view, 8>, kFeatureCount> kFeatureValues = {{
    {"Nom", "Acc", "Dat", "Gen"},
    {"Sing", "Plur"},
    {"Masc", "Fem", "Neut"},
    {"1", "2", "3"},
    {"Pres", "Past"},
    {"Fin", "Inf", "Part"},
    {"Ind", "Sub", "Imp"},
    {"Pos", "Cmp", "Sup"},
}};

std::optional<Feature> parse_feature_name(std::string_view name) {
  for (std::size_t i = 0; i < kFeatureCount; ++i)
    if (kFeatureNames[i] == name) return static_cast<Feature>(i);
  return std::nullopt;
}

}  // namespace

std::string_view upos_name(Upos upos) { return kUposNames[static_cast<std::size_t>(upos)]; }

std::optional<Upos> parse_upos(std::string_view name) {
  for (std::size_t i = 0; i < kUposCount; ++i)
    if (kUposNames[i] == name) return static_cast<Upos>(i);
  return std::nullopt;
}

std::string_view feature_name(Feature feature) { return kFeatureNames[static_cast<std::size_t>(feature)]; }

const std::array<std::string_view, 8>& feature_values(Feature feature) {
  return kFeatureValues[static_cast<std::size_t>(feature)];
}

std::size_t feature_value_count(Feature feature) {
  const auto& values = feature_values(feature);
  return static_cast<std::size_t>(std::count_if(values.begin(), values.end(), [](std::string_view v) { return !v.empty(); }));
}

bool FeatureSet::set(Feature f, std::string_view value) {
  const auto& values = feature_values(f);
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!values[i].empty() && values[i] == value) {
      (*this)[f] = static_cast<std::uint8_t>(1u << i);
      return true;
    }
  }
  return false;
}

FeatureSet parse_features(std::string_view feats) {
  FeatureSet result;
  if (feats == "_") return result;
  std::size_t start = 0;
  while (start < feats.size()) {
    std::size_t bar = feats.find('|', start);
    if (bar == std::string_view::npos) bar = feats.size();
    const std::string_view item = feats.substr(start, bar - start);
    start = bar + 1;
    const std::size_t equals = item.find('=');
    if (equals == std::string_view::npos) continue;
    const auto feature = parse_feature_name(item.substr(0, equals));
    if (!feature) continue;
    std::string_view values = item.substr(equals + 1);
    std::uint8_t mask = 0;
    while (!values.empty()) {
      const std::size_t comma = std::min(values.find(','), values.size());
      FeatureSet one;
      if (one.set(*feature, values.substr(0, comma))) mask |= one[*feature];
      values.remove_prefix(std::min(comma + 1, values.size()));
    }
    result[*feature] = mask;
  }
  return result;
}

std::string format_features(const FeatureSet& features) {
  // kFeatureNames in alphabetical order, as UD writes them.
  std::vector<std::size_t> order(kFeatureCount);
  for (std::size_t i = 0; i < kFeatureCount; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [](std::size_t a, std::size_t b) { return kFeatureNames[a] < kFeatureNames[b]; });
  std::string out;
  for (const std::size_t i : order) {
    const std::uint8_t mask = features.masks[i];
    if (mask == 0 || (mask & (mask - 1)) != 0) continue;  // none, or more than one value
    std::size_t bit = 0;
    while (!(mask & (1u << bit))) ++bit;
    if (!out.empty()) out += '|';
    out += kFeatureNames[i];
    out += '=';
    out += kFeatureValues[i][bit];
  }
  return out;
}

}  // namespace kg::extract
