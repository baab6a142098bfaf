#include "browser.h"

#include <doctest/doctest.h>

#include "export_fixtures.h"
#include "rdf_consumer.h"

namespace kg::exporter::testing {
namespace {

// A fresh profile per run, no sandbox (tests may run as root), no GPU, and a
// time limit so that a hanging browser fails the test instead of blocking ctest.
std::string chromium_command(const std::filesystem::path& page, std::string_view fragment, const std::string& action) {
  const std::filesystem::path profile = temp_path("chromium-profile");
  std::string url = "file://" + std::filesystem::absolute(page).string();
  if (!fragment.empty()) url += "#" + std::string(fragment);
  return "timeout 60 chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars "
         "--user-data-dir=" + shell_quote(profile.string()) + " " + action + " " + shell_quote(url) + " 2>/dev/null";
}

}  // namespace

bool require_chromium() { return require_tool("chromium --version", "chromium"); }

std::string dump_dom(const std::filesystem::path& page, std::string_view fragment) {
  int status = 0;
  std::string dom = run(chromium_command(page, fragment, "--dump-dom"), status);
  if (status != 0) return {};
  return dom;
}

bool screenshot(const std::filesystem::path& page, std::string_view fragment, const std::filesystem::path& png,
                int width, int height) {
  std::filesystem::remove(png);
  int status = 0;
  run(chromium_command(page, fragment, "--window-size=" + std::to_string(width) + "," + std::to_string(height) +
                                           " --screenshot=" + shell_quote(png.string())),
      status);
  return status == 0 && std::filesystem::exists(png);
}

std::string element_text(const std::string& html, std::string_view tag, std::string_view id) {
  const std::size_t start = html.find("<" + std::string(tag) + " id=\"" + std::string(id) + "\"");
  if (start == std::string::npos) return {};
  const std::size_t end = html.find("</" + std::string(tag) + ">", start);
  const std::string inner = html.substr(start, end == std::string::npos ? std::string::npos : end - start);
  std::string text;
  bool in_tag = false;
  for (const char c : inner) {
    if (c == '<') in_tag = true, text += " | ";
    else if (c == '>') in_tag = false;
    else if (!in_tag) text += c;
  }
  return text;
}

std::filesystem::path artefact_path(std::string_view file_name) {
  const std::filesystem::path directory = KG_TEST_ARTEFACTS;
  std::filesystem::create_directories(directory);
  return directory / std::string(file_name);
}

}  // namespace kg::exporter::testing
