#include "export_fixtures.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

#include "graph/graph_builder.h"

namespace kg::exporter::testing {

using extract::EntityType;

std::vector<HostileName> hostile_names() {
  using namespace std::string_literals;
  const std::string long_name =
      "Long Name \\ with a backslash and many words so that cgraph has to wrap the line "
      "somewhere in the middle of it, maybe here \\ or here \" or there & everywhere AG";
  return {
      {"Say \"Hi\" GmbH", "Say \"Hi\" GmbH"},
      {"Back\\slash\\", "Back\\slash\\"},
      {"Quote\\\"Mix", "Quote\\\"Mix"},
      {"Two\nLines AG", "Two\nLines AG"},
      {"<b>Bold</b> & Co", "<b>Bold</b> & Co"},
      {"&amp; Entity", "&amp; Entity"},
      {"]]> CDATA", "]]> CDATA"},
      {"\\N and \\l", "\\N and \\l"},
      {"Müller Ünternehmen Straße", "Müller Ünternehmen Straße"},
      {"\u200F\u05E9\u05DC\u05D5\u05DD RTL", "\u200F\u05E9\u05DC\u05D5\u05DD RTL"},
      {"Nul\0Byte"s, "Nul\u2400Byte"},
      {"Tab\tName", "Tab\u2409Name"},
      {"\x01" "Ctl\x7F", "\u2401Ctl\u2421"},
      {"Bad\xFF" "Byte", "Bad\uFFFDByte"},
      {long_name, long_name},
  };
}

extract::Statement statement(std::string doc, std::string subject, EntityType subject_type,
                             std::string predicate, std::string object, EntityType object_type,
                             double confidence, std::size_t sentence) {
  extract::Statement s;
  s.doc = std::move(doc);
  s.subject = {std::move(subject), subject_type, "", ""};
  s.predicate = std::move(predicate);
  s.object = {std::move(object), object_type, "", ""};
  s.confidence = confidence;
  s.sentence = sentence;
  s.span = {100 * sentence, 100 * sentence + 40};
  s.extractor = "test-rule";
  s.evidence = "Satz " + std::to_string(sentence) + ".";
  return s;
}

graph::KnowledgeGraph sample_graph(bool reversed) {
  std::vector<extract::Statement> statements;
  graph::GraphBuilder builder;
  builder.add(graph::DocumentInfo{"dev-001", "2017-07", "de"});
  builder.add(graph::DocumentInfo{"dev-002", "", "de"});
  auto licenses = statement("dev-001", "Nokia", EntityType::Organization, "licenses-to", "HMD Global",
                            EntityType::Organization, 0.82, 3);
  licenses.subject.surface = "der finnische Konzern";
  licenses.evidence = "Der finnische Konzern hat mit HMD Global ein \"Lizenzabkommen\" geschlossen.";
  statements.push_back(licenses);
  statements.push_back(statement("dev-002", "Nokia", EntityType::Organization, "licenses-to", "HMD Global",
                        EntityType::Organization, 0.6, 1));
  statements.push_back(statement("dev-001", "Nokia", EntityType::Organization, "partner-of", "Xiaomi",
                        EntityType::Organization, 0.9, 4));
  auto share = statement("dev-001", "Xiaomi", EntityType::Organization, "market-share", "14.7",
                         EntityType::Literal, 0.7, 6);
  share.object.unit = "percent";
  share.qualifiers = {{"time", "2017-Q1"}, {"source", "IDC"}};
  statements.push_back(share);
  auto shipped = statement("dev-001", "Xiaomi", EntityType::Organization, "shipped", "Wearables",
                           EntityType::Concept, 0.75, 7);
  shipped.qualifiers = {{"time", "2017-Q1"}, {"quantity", "3600000"}, {"unit", "units"}};
  statements.push_back(shipped);
  statements.push_back(statement("dev-002", "Rajeev Suri", EntityType::Person, "ceo-of", "Nokia",
                        EntityType::Organization, 0.95, 2));
  statements.push_back(statement("dev-002", "Nokia", EntityType::Organization, "headquartered-in", "Finnland",
                        EntityType::Location, 0.88, 2));
  statements.push_back(statement("dev-001", "Xiaomi", EntityType::Organization, "produces", "Mi Band",
                        EntityType::Product, 0.66, 8));
  if (reversed) std::reverse(statements.begin(), statements.end());
  for (const extract::Statement& s : statements) builder.add(s);
  return builder.build();
}

graph::KnowledgeGraph hostile_graph() {
  graph::GraphBuilder builder;
  builder.add(graph::DocumentInfo{"doc \"1\"\\", "2017", "de"});
  std::size_t sentence = 0;
  for (const HostileName& hostile : hostile_names()) {
    auto partner = statement("doc \"1\"\\", hostile.name, EntityType::Organization, "partner-of", "Anchor",
                             EntityType::Organization, 0.5, ++sentence);
    partner.evidence = "Quote: " + hostile.name + " \t end";
    partner.qualifiers = {{"time", hostile.name}, {"source", "IDC"}};
    partner.extractor = "rule \"" + std::to_string(sentence) + "\"";
    partner.cue = hostile.name;  // the cue word travels through every RDF form too
    builder.add(partner);
    builder.add(statement("doc-2", hostile.name, EntityType::Person, "employee-of", "Anchor",
                          EntityType::Organization, 0.4, ++sentence));
  }
  // A Literal that is no decimal number stays a plain string in RDF.
  auto revenue = statement("doc-2", "Anchor", EntityType::Organization, "revenue", "3 Mrd.",
                           EntityType::Literal, 0.3, ++sentence);
  revenue.object.unit = "EUR";
  builder.add(revenue);
  return builder.build();
}

graph::KnowledgeGraph chain_graph(std::size_t count) {
  graph::GraphBuilder builder;
  for (std::size_t i = 0; i + 1 < count; ++i)
    builder.add(statement("chain", "Firma " + std::to_string(i), EntityType::Organization, "supplies",
                          "Firma " + std::to_string(i + 1), EntityType::Organization, 0.5, i));
  return builder.build();
}

std::filesystem::path temp_path(std::string_view file_name) {
  // Removed with everything in it when the test binary exits.
  struct Directory {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("kg-export-test-" + std::to_string(::getpid()));
    Directory() { std::filesystem::create_directories(path); }
    ~Directory() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  };
  static const Directory temporary;
  const std::filesystem::path& directory = temporary.path;
  static int counter = 0;
  return directory / (std::to_string(++counter) + "-" + std::string(file_name));
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const std::filesystem::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

std::string run(const std::string& command, int& status) {
  std::FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) {
    status = -1;
    return {};
  }
  std::string output;
  std::array<char, 4096> buffer{};
  std::size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), read);
  const int raw = ::pclose(pipe);
  status = raw == -1 ? -1 : WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return output;
}

}  // namespace kg::exporter::testing
