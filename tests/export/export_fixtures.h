#pragma once
// Graphs and helpers shared by the exporter tests.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "extract/statement.h"
#include "graph/knowledge_graph.h"

namespace kg::exporter::testing {

struct HostileName {
  std::string name;     // as the extractor gives it
  std::string visible;  // what a drawing must show (controls as control pictures, U+FFFD for bad bytes)
};

// Names that break naive escaping: quotes, backslashes (trailing too), newline,
// '<' and '&', "]]>", "&amp;", Graphviz escapes (\N), umlauts, an RTL mark,
// NUL, TAB, other controls, invalid UTF-8, a name long enough for cgraph to
// wrap its line.
std::vector<HostileName> hostile_names();

extract::Statement statement(std::string doc, std::string subject, extract::EntityType subject_type,
                             std::string predicate, std::string object, extract::EntityType object_type,
                             double confidence, std::size_t sentence = 0);

// Nokia licenses-to HMD Global (two documents), Nokia partner-of Xiaomi
// (symmetric), Xiaomi market-share 14.7 percent, Xiaomi shipped Wearables
// with time and quantity, Rajeev Suri ceo-of Nokia, Nokia headquartered-in
// Finnland; documents dev-001 and dev-002. `reversed` adds the statements
// in the opposite order (the built graph must not differ).
graph::KnowledgeGraph sample_graph(bool reversed = false);
// Every hostile name as an Organization partner-of "Anchor", as a Person
// employee-of "Anchor", and inside evidence, quotes and qualifiers; plus
// Anchor revenue "3 Mrd." EUR, a Literal that is not a decimal number.
graph::KnowledgeGraph hostile_graph();
// `count` organisations in a chain of competitor-of edges.
graph::KnowledgeGraph chain_graph(std::size_t count);

// A fresh path in a per-process temporary directory.
std::filesystem::path temp_path(std::string_view file_name);
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, std::string_view text);

// Runs `command` through /bin/sh and returns its standard output; `status`
// gets the exit status (-1 when it could not run).
std::string run(const std::string& command, int& status);

}  // namespace kg::exporter::testing
