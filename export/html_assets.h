#pragma once
// The HTML view's script and style sheet, compiled in from export/html/view.js
// and export/html/view.css (CMake writes html_assets.cpp from
// html_assets.cpp.in), so that kg needs no files beside the binary.

#include <string_view>

namespace kg::exporter::detail {

extern const std::string_view kViewScript;
extern const std::string_view kViewStyle;

}  // namespace kg::exporter::detail
