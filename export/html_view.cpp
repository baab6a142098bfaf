// write_html: the SVG drawing inline, the view's data as JSON and the
// hand-written script and style (export/html/view.js, view.css, compiled in
// as html_assets.cpp), all in one file that needs no network.

#include <sstream>

#include "export/exporters.h"
#include "export/html_assets.h"
#include "export/html_view.h"
#include "export/text_encoding.h"

namespace kg::exporter {
namespace detail {

std::string inline_svg(std::string_view svg) {
  const std::size_t start = svg.find("<svg");
  if (start == std::string_view::npos) throw ExportError("export: Graphviz gave no <svg> element for the HTML view");
  std::string out;
  out.reserve(svg.size() - start);
  for (std::size_t i = start; i < svg.size();) {
    if (svg.compare(i, 4, "<!--") == 0) {
      const std::size_t end = svg.find("-->", i + 4);
      i = end == std::string_view::npos ? svg.size() : end + 3;
      if (i < svg.size() && svg[i] == '\n') ++i;
      continue;
    }
    out += svg[i++];
  }
  return out;
}

std::string html_escape(std::string_view text) {
  std::string out;
  for (const char c : to_valid_utf8(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace detail

void write_html(const graph::KnowledgeGraph& graph, const GraphView& view, std::ostream& out,
                const RenderOptions& options) {
  const std::string svg = detail::inline_svg(render_bytes(graph, view, RenderFormat::Svg, options));
  std::ostringstream json;
  detail::write_view_json(graph, view, options.title, json);
  const std::string title = options.title.empty() ? "kg graph" : "kg: " + options.title;

  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << detail::html_escape(title) << "</title>\n<style>\n"
      << detail::kViewStyle << "</style>\n</head>\n<body>\n"
      << "<header id=\"kg-bar\">\n"
      << "<div id=\"kg-find\"><input id=\"kg-search\" type=\"search\" placeholder=\"Search an entity or alias\" "
         "autocomplete=\"off\" aria-label=\"Search an entity\">\n<ul id=\"kg-results\" role=\"listbox\"></ul></div>\n"
      << "<button id=\"kg-zoom-in\" title=\"Zoom in\">+</button><button id=\"kg-zoom-out\" title=\"Zoom out\">"
         "&#8722;</button><button id=\"kg-fit\" title=\"Fit the drawing to the window\">Fit</button>\n"
      << "<span id=\"kg-summary\">" << view.nodes.size() << " entities, " << view.edges.size() << " relations"
      << (view.capped ? " (of " + std::to_string(view.matching_relations) + " matching)" : std::string()) << "</span>\n"
      << "</header>\n<main id=\"kg-canvas\">\n" << svg << "</main>\n"
      << "<aside id=\"kg-panel\" aria-live=\"polite\"><p class=\"kg-hint\">Search an entity, or click an entity "
         "or a relation in the drawing. Drag to pan, wheel to zoom.</p></aside>\n"
      << "<script type=\"application/json\" id=\"kg-data\">" << detail::script_safe(json.str()) << "</script>\n"
      << "<script>\n" << detail::kViewScript << "</script>\n</body>\n</html>\n";
  if (!out) throw ExportError("export: writing the HTML view failed");
}

}  // namespace kg::exporter
