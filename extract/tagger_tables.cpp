#include "extract/tagger_tables.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "extract/embedded_files.h"
#include "extract/perceptron.h"

namespace kg::extract {

namespace {

bool is_classified(std::string_view name) {
  for (std::size_t f = 0; f < kFeatureCount; ++f)
    if (feature_name(static_cast<Feature>(f)) == name) return true;
  return false;
}

bool less_case_insensitive(std::string_view a, std::string_view b) {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    const auto lx = static_cast<char>(x >= 'A' && x <= 'Z' ? x + 32 : x);
    const auto ly = static_cast<char>(y >= 'A' && y <= 'Z' ? y + 32 : y);
    return lx < ly;
  });
}

std::string_view name_of(std::string_view item) { return item.substr(0, item.find('=')); }

}  // namespace

void TaggerTables::write(ModelWriter& out) const {
  out.u64(lexicon_fingerprint);
  out.u32(kUposCount);
  out.u32(kFeatureCount);
  for (const auto& row : allowed) out.raw(row.data(), row.size());
  lemmatizer.write(out);
  other_features.write(out);
}

void TaggerTables::read(ModelReader& in) {
  lexicon_fingerprint = in.u64();
  const std::uint32_t upos_count = in.u32();
  const std::uint32_t feature_count = in.u32();
  if (upos_count != kUposCount || feature_count != kFeatureCount)
    in.fail("tagger was trained for " + std::to_string(upos_count) + " UPOS and " + std::to_string(feature_count) +
            " features, this kg has " + std::to_string(kUposCount) + " and " + std::to_string(kFeatureCount));
  for (std::size_t u = 0; u < kUposCount; ++u) {
    const std::string_view row = in.raw(kFeatureCount);
    for (std::size_t f = 0; f < kFeatureCount; ++f) {
      allowed[u][f] = static_cast<std::uint8_t>(row[f]);
      if (allowed[u][f] >> (feature_value_count(static_cast<Feature>(f)) + 1) != 0)
        in.fail("tagger allows a value that feature " + std::string(feature_name(static_cast<Feature>(f))) + " lacks");
    }
  }
  lemmatizer = Lemmatizer::read(in);
  other_features = FormDictionary::read(in);
}

std::uint64_t german_lexicon_fingerprint() {
  static const std::uint64_t fingerprint = [] {
    const std::string_view bytes = kg::embedded_file("de/lexicon");
    if (bytes.empty()) return std::uint64_t{0};
    // Eight bytes a step: the whole lexicon in a few milliseconds.
    std::uint64_t hash = bytes.size();
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
      std::uint64_t word;
      std::memcpy(&word, bytes.data() + i, 8);
      hash = (hash ^ word) * 0x100000001b3ull + (hash >> 29);
    }
    for (; i < bytes.size(); ++i) hash = (hash ^ static_cast<unsigned char>(bytes[i])) * 0x100000001b3ull;
    return feature_hash(hash, bytes.size());
  }();
  return fingerprint;
}

const MorphAnalysis* best_reading(const MorphReadings& readings, const TagPrediction& prediction) {
  const MorphAnalysis* best = nullptr;
  int best_score = -1;
  for (const MorphAnalysis& analysis : readings.analyses) {
    if (analysis.upos != prediction.upos) continue;
    int score = analysis.guessed ? 0 : 16;
    for (std::size_t f = 0; f < kFeatureCount; ++f) {
      const std::uint8_t value = prediction.values[f];
      if (value != 0 && (analysis.features.masks[f] >> (value - 1) & 1)) ++score;
    }
    if (score > best_score) {
      best = &analysis;
      best_score = score;
    }
  }
  return best;
}

std::uint64_t other_features_key(std::string_view lower, Upos upos) {
  return feature_hash(11, static_cast<std::uint64_t>(upos), hash_text(lower));
}

std::uint64_t other_features_key(Upos upos) { return feature_hash(12, static_cast<std::uint64_t>(upos)); }

std::uint8_t feature_class(const FeatureSet& features, Feature feature) {
  const std::uint8_t mask = features[feature];
  return mask == 0 ? 0 : static_cast<std::uint8_t>(std::countr_zero(mask) + 1);
}

std::string other_features(std::string_view feats) {
  std::string out;
  std::size_t start = 0;
  while (start < feats.size()) {
    const std::size_t bar = std::min(feats.find('|', start), feats.size());
    const std::string_view item = feats.substr(start, bar - start);
    start = bar + 1;
    if (item.empty() || item == "_" || is_classified(name_of(item))) continue;
    if (!out.empty()) out += '|';
    out.append(item);
  }
  return out;
}

void format_tag_features(const TagPrediction& prediction, std::string_view other, std::string& out) {
  std::array<std::string_view, 32> names;
  std::array<std::string_view, 32> values;  // the whole "Name=Value" item for other features
  std::array<bool, 32> whole{};
  std::size_t count = 0;
  for (std::size_t f = 0; f < kFeatureCount; ++f) {
    if (prediction.values[f] == 0) continue;
    names[count] = feature_name(static_cast<Feature>(f));
    values[count++] = feature_values(static_cast<Feature>(f))[prediction.values[f] - 1];
  }
  std::size_t start = 0;
  while (start < other.size() && count < names.size()) {
    const std::size_t bar = std::min(other.find('|', start), other.size());
    const std::string_view item = other.substr(start, bar - start);
    start = bar + 1;
    names[count] = name_of(item);
    whole[count] = true;
    values[count++] = item;
  }
  // Insertion sort: at most a dozen items.
  for (std::size_t i = 1; i < count; ++i)
    for (std::size_t j = i; j > 0 && less_case_insensitive(names[j], names[j - 1]); --j) {
      std::swap(names[j], names[j - 1]);
      std::swap(values[j], values[j - 1]);
      std::swap(whole[j], whole[j - 1]);
    }
  out.clear();
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) out += '|';
    if (whole[i]) {
      out.append(values[i]);
    } else {
      out.append(names[i]);
      out += '=';
      out.append(values[i]);
    }
  }
}

}  // namespace kg::extract
