#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include <rapidjson/document.h>

#include "browser.h"
#include "export/exporters.h"
#include "export/graph_view.h"
#include "export/html_assets.h"
#include "export/html_view.h"
#include "export/text_encoding.h"
#include "export_fixtures.h"
#include "graph/graph_builder.h"

namespace kg::exporter {
namespace {

using extract::EntityType;

std::size_t count(const std::string& text, std::string_view part) {
  std::size_t found = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++found;
  return found;
}

std::string html_of(const graph::KnowledgeGraph& graph) {
  std::ostringstream out;
  write_html(graph, whole_view(graph), out);
  return out.str();
}

// The hostile names, plus names that try to end the script or inject markup.
graph::KnowledgeGraph injection_graph() {
  graph::GraphBuilder builder;
  std::vector<std::string> names = {"</script><script>document.body.dataset.pwned='1'</script>",
                                    "<img src=x onerror=\"document.body.dataset.pwned='2'\">",
                                    "\"'><svg onload=\"document.body.dataset.pwned='3'\">", "<!-- Kommentar AG"};
  for (const testing::HostileName& hostile : testing::hostile_names()) names.push_back(hostile.name);
  std::size_t sentence = 0;
  for (const std::string& name : names) {
    auto s = testing::statement("doc </script>", name, EntityType::Organization, "partner-of", "Anchor",
                                EntityType::Organization, 0.5, ++sentence);
    s.evidence = "Zitat: " + name + " </script> & <b>";
    s.qualifiers = {{"time", name}, {"source", "IDC"}};
    builder.add(s);
  }
  return builder.build();
}

TEST_CASE("script_safe leaves no '<', '>' or '&' in JSON, so no </script> or <!-- can end the script") {
  CHECK(detail::script_safe(R"({"a":"</script><!-- & x"})") ==
        R"({"a":"\u003c/script\u003e\u003c!-- \u0026 x"})");
}

TEST_CASE("inline_svg drops the XML declaration, the DOCTYPE and comments") {
  const std::string svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"x\" \"y\">\n<!-- Generated -->\n"
                          "<svg width=\"1pt\"><!-- a&#45;&gt;b -->\n<g id=\"n1\"/></svg>\n";
  CHECK(detail::inline_svg(svg) == "<svg width=\"1pt\"><g id=\"n1\"/></svg>\n");
  CHECK_THROWS_AS(detail::inline_svg("<html/>"), ExportError);
}

TEST_CASE("html_escape escapes markup and quotes and repairs UTF-8") {
  CHECK(detail::html_escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(detail::html_escape("bad\xC3") == "bad\uFFFD");
}

TEST_CASE("the view script and style contain nothing that would end their elements early") {
  CHECK(std::string(detail::kViewScript).find("</") == std::string::npos);
  CHECK(std::string(detail::kViewScript).find("<!--") == std::string::npos);
  CHECK(std::string(detail::kViewStyle).find("</") == std::string::npos);
}

TEST_CASE("write_html writes one self-contained page: inline SVG with element ids, data and script, no URL") {
  const std::string html = html_of(testing::sample_graph());
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(count(html, "<svg") == 1);
  CHECK(html.find("<?xml") == std::string::npos);
  CHECK(count(html, "<script") == 2);
  CHECK(count(html, "</script>") == 2);
  CHECK(html.find("class=\"node\"") != std::string::npos);
  CHECK(html.find("id=\"e0\"") != std::string::npos);
  // Nothing is fetched at view time: no src, no stylesheet link, no http(s) but XML namespaces.
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  std::string rest = html;
  for (const char* name_space : {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"})
    for (std::size_t at = rest.find(name_space); at != std::string::npos; at = rest.find(name_space))
      rest.erase(at, std::string_view(name_space).size());
  CHECK(rest.find("http:") == std::string::npos);
  CHECK(rest.find("https:") == std::string::npos);
}

TEST_CASE("write_html's data hold every name, alias, relation and evidence sentence as valid JSON") {
  const graph::KnowledgeGraph graph = injection_graph();
  const std::string html = html_of(graph);
  const std::string open = "<script type=\"application/json\" id=\"kg-data\">";
  const std::size_t start = html.find(open);
  REQUIRE(start != std::string::npos);
  const std::size_t end = html.find("</script>", start);
  const std::string json = html.substr(start + open.size(), end - start - open.size());
  CHECK(json.find('<') == std::string::npos);
  rapidjson::Document data;
  data.Parse(json.data(), json.size());
  REQUIRE_FALSE(data.HasParseError());
  std::multiset<std::string> names, expected;
  for (const auto& entity : data["entities"].GetArray())
    names.insert(std::string(entity["name"].GetString(), entity["name"].GetStringLength()));
  for (graph::NodeId node = 0; node < graph.entity_count(); ++node)
    expected.insert(to_valid_utf8(graph.entity(node).name));
  CHECK(names == expected);
  CHECK(data["relations"].Size() == graph.relation_count());
  const auto& first = data["relations"][0];
  CHECK(std::string(first["predicate"].GetString()) == "partner-of");
  CHECK(first["reported"].GetBool());
  CHECK(std::string(first["evidence"][0]["quote"].GetString()).find("</script> & <b>") != std::string::npos);
  CHECK(std::string(first["evidence"][0]["doc"].GetString()) == "doc </script>");
}

TEST_CASE("the HTML view in headless Chromium: hostile names stay text, and search finds them") {
  if (!testing::require_chromium()) return;
  const auto page = testing::temp_path("hostile.html");
  const graph::KnowledgeGraph graph = injection_graph();
  render(graph, whole_view(graph), page, RenderFormat::Html);
  const std::string dom = testing::dump_dom(page, "test-search=%3Cimg%20src&test-click-edge");
  REQUIRE_MESSAGE(!dom.empty(), "chromium --dump-dom failed");
  CHECK(dom.find("data-pwned") == std::string::npos);
  CHECK(count(dom, "<script") == 2);
  CHECK(count(dom, "<img") == 0);
  CHECK(dom.find("data-kg-test=\"entity ") != std::string::npos);
  CHECK(dom.find("; relation ") != std::string::npos);
  const std::string panel = testing::element_text(dom, "aside", "kg-panel");
  CHECK(panel.find("Evidence (1 sentence)") != std::string::npos);
  CHECK(panel.find("onerror") != std::string::npos);  // the name, shown as text
}

}  // namespace
}  // namespace kg::exporter
