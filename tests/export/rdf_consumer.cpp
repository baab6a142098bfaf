#include "rdf_consumer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <vector>

#include "export_fixtures.h"
#include "extract/utf8.h"

namespace kg::exporter::testing {

bool require_tool(std::string_view check_command, std::string_view package) {
  int status = 0;
  run(std::string(check_command) + " >/dev/null 2>&1", status);
  if (status == 0) return true;
  const char* ci = std::getenv("CI");
  const std::string missing = "'" + std::string(check_command) + "' failed (apt-get install " + std::string(package) + ")";
  if (ci && std::string_view(ci) == "true") FAIL("required under CI=true: " << missing);
  MESSAGE("skipped: " << missing);
  return false;
}

bool require_node_package(std::string_view package) {
  if (!require_tool("node --version", "nodejs")) return false;
  const std::filesystem::path manifest = std::filesystem::path(KG_NODE_MODULES) / package / "package.json";
  if (std::filesystem::exists(manifest)) return true;
  const std::string missing = std::string(package) + " is not installed in " KG_NODE_MODULES " (run: npm ci --prefix tools/node)";
  const char* ci = std::getenv("CI");
  if (ci && std::string_view(ci) == "true") FAIL("required under CI=true: " << missing);
  MESSAGE("skipped: " << missing);
  return false;
}

std::string shell_quote(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

std::string run_node_script(std::string_view script, const std::string& arguments, int& status) {
  const std::filesystem::path path = std::filesystem::path(KG_SOURCE_DIR) / "tools/node" / script;
  return run("NODE_PATH=" + shell_quote(KG_NODE_MODULES) + " node " + shell_quote(path.string()) + " " + arguments,
             status);
}

namespace {

void append_canonical(std::string& out, std::uint32_t cp) {
  switch (cp) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    default: break;
  }
  if (cp < 0x20 || cp == 0x7F) {
    constexpr std::string_view kHex = "0123456789ABCDEF";
    out += "\\u00";
    out += kHex[cp >> 4];
    out += kHex[cp & 0x0F];
    return;
  }
  extract::append_utf8(out, static_cast<char32_t>(cp));
}

std::string canonical_line(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '\\' || i + 1 == line.size()) {
      out += line[i];
      continue;
    }
    const char kind = line[++i];
    if (kind == 'u' || kind == 'U') {
      const std::size_t digits = kind == 'u' ? 4 : 8;
      append_canonical(out, static_cast<std::uint32_t>(std::stoul(std::string(line.substr(i + 1, digits)), nullptr, 16)));
      i += digits;
      continue;
    }
    switch (kind) {
      case 't': append_canonical(out, '\t'); break;
      case 'b': append_canonical(out, '\b'); break;
      case 'n': append_canonical(out, '\n'); break;
      case 'r': append_canonical(out, '\r'); break;
      case 'f': append_canonical(out, '\f'); break;
      default: append_canonical(out, static_cast<unsigned char>(kind)); break;  // " ' backslash
    }
  }
  return out;
}

}  // namespace

std::string canonical_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(canonical_line(line));
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& line : lines) out += line + '\n';
  return out;
}

}  // namespace kg::exporter::testing
