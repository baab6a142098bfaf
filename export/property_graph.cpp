#include "export/property_graph.h"

#include <array>
#include <charconv>
#include <map>
#include <set>

#include "export/exporters.h"
#include "export/text_encoding.h"

namespace kg::exporter::property_graph {
namespace {

// The fixed relationship properties (see property_graph.h).
constexpr std::array<std::string_view, 10> kRelationshipProperties{
    "confidence",        "symmetric",      "evidence_count",     "evidence_doc",        "evidence_sentence",
    "evidence_start",    "evidence_end",   "evidence_extractor", "evidence_confidence", "evidence_quote"};

std::string property_name(std::string_view key) {
  std::string name(key);
  for (char& c : name) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!plain) c = '_';
  }
  if (name.empty() || (name.front() >= '0' && name.front() <= '9')) name.insert(0, "q_");
  return name;
}

}  // namespace

std::vector<QualifierProperty> qualifier_properties(const graph::KnowledgeGraph& graph) {
  std::set<std::string> keys;
  for (graph::EdgeId edge = 0; edge < graph.relation_count(); ++edge)
    for (const auto& [key, value] : graph.relation(edge).qualifiers) keys.insert(key);
  std::set<std::string> taken(kRelationshipProperties.begin(), kRelationshipProperties.end());
  std::vector<QualifierProperty> properties;
  for (const std::string& key : keys) {
    std::string name = property_name(key);
    while (taken.contains(name)) name += '_';
    taken.insert(name);
    properties.push_back({key, std::move(name)});
  }
  return properties;
}

std::string_view label(const graph::Entity& entity) { return extract::to_string(entity.type); }

std::string format_double(double value) {
  if (value != value) return "0";
  std::array<char, 32> buffer{};
  const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  if (error != std::errc()) throw ExportError("export: cannot format a number");
  return std::string(buffer.data(), end);
}

std::string format_cypher_double(double value) {
  std::string text = format_double(value);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

std::string clean_text(std::string_view text) {
  std::string valid = to_valid_utf8(text);
  if (valid.find('\0') == std::string::npos) return valid;
  std::string out;
  out.reserve(valid.size() + 2);
  for (const char c : valid) {
    if (c == '\0') out += "\xEF\xBF\xBD";
    else out += c;
  }
  return out;
}

}  // namespace kg::exporter::property_graph
