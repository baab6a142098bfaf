#pragma once
// Headless Chromium for the tests of the HTML view: load a page with a URL
// fragment (the page's test hook, export/html/view.js), then read the DOM
// after its scripts ran, or take a screenshot.

#include <filesystem>
#include <string>
#include <string_view>

namespace kg::exporter::testing {

// Whether Debian's `chromium` runs; otherwise fails under CI=true or skips
// with a message naming the package (as require_tool).
bool require_chromium();

// The DOM of `page`#`fragment` after load, as chromium --dump-dom prints it;
// empty when chromium failed (the test then fails on what it expects).
std::string dump_dom(const std::filesystem::path& page, std::string_view fragment);

// A width x height PNG screenshot of `page`#`fragment` into `png`; whether it was written.
bool screenshot(const std::filesystem::path& page, std::string_view fragment, const std::filesystem::path& png,
                int width = 1280, int height = 800);

// The text between <tag id="id" ...> and its closing tag in `html`, with
// tags replaced by " | " (enough to check what a panel shows).
std::string element_text(const std::string& html, std::string_view tag, std::string_view id);

// Where tests keep what a person may want to look at (build/test-artefacts).
std::filesystem::path artefact_path(std::string_view file_name);

}  // namespace kg::exporter::testing
