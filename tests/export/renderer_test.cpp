#include <doctest/doctest.h>

#include <filesystem>

#include "export/exporters.h"
#include "export/graph_view.h"
#include "export_fixtures.h"

namespace kg::exporter {
namespace {

TEST_CASE("render writes an SVG for a .svg path") {
  const auto path = testing::temp_path("graph.svg");
  render(testing::hostile_graph(), path);
  const std::string svg = testing::read_file(path);
  REQUIRE(!svg.empty());
  CHECK((svg.rfind("<?xml", 0) == 0 || svg.rfind("<svg", 0) == 0));
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(svg.find("Say &quot;Hi&quot; GmbH") != std::string::npos);
}

TEST_CASE("render writes a PNG for a .png path") {
  const auto path = testing::temp_path("graph.PNG");
  render(testing::sample_graph(), path);
  const std::string png = testing::read_file(path);
  REQUIRE(png.size() > 8);
  CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST_CASE("render lays out a graph beyond 400 edges with sfdp") {
  const auto path = testing::temp_path("large.svg");
  render(testing::chain_graph(420), path);
  const std::string svg = testing::read_file(path);
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(svg.find("Firma 419") != std::string::npos);
}

TEST_CASE("render writes a PDF for a .pdf path") {
  const auto path = testing::temp_path("graph.pdf");
  render(testing::sample_graph(), path);
  CHECK(testing::read_file(path).rfind("%PDF-", 0) == 0);
}

TEST_CASE("choose_layout takes dot for small views and clusters, neato beyond, sfdp for large ones") {
  GraphView view;
  view.edges.resize(kMaxRelationsForDot);
  RenderOptions options;
  CHECK(choose_layout(view, options) == "dot");
  view.edges.resize(kMaxRelationsForDot + 1);
  CHECK(choose_layout(view, options) == "neato");
  view.edges.resize(kMaxRelationsForNeato + 1);
  CHECK(choose_layout(view, options) == "sfdp");
  options.clustering = Clustering::Type;
  CHECK(choose_layout(view, options) == "dot");
  options.layout = "circo";
  CHECK(choose_layout(view, options) == "circo");
}

TEST_CASE("render's SVG has the legend, ids for every entity and relation, and dashed reported edges") {
  const graph::KnowledgeGraph graph = testing::sample_graph();
  const std::string svg = render_bytes(graph, whole_view(graph), RenderFormat::Svg, {});
  CHECK(svg.find("dashed: reported by a source") != std::string::npos);
  CHECK(svg.find(">Organization</text>") != std::string::npos);
  for (graph::NodeId node = 0; node < graph.entity_count(); ++node)
    CHECK(svg.find("<g id=\"n" + std::to_string(node) + "\" class=\"node\"") != std::string::npos);
  for (graph::EdgeId edge = 0; edge < graph.relation_count(); ++edge)
    CHECK(svg.find("<g id=\"e" + std::to_string(edge) + "\" class=\"edge\"") != std::string::npos);
  CHECK(svg.find("stroke-dasharray") != std::string::npos);  // market-share per IDC
  CHECK(svg.find("2017&#45;Q1, 3.6 million units") != std::string::npos);
  RenderOptions bare;
  bare.legend = false;
  CHECK(render_bytes(graph, whole_view(graph), RenderFormat::Svg, bare).find("dashed: reported") == std::string::npos);
}

TEST_CASE("render draws one cluster per entity type or per document on request") {
  const graph::KnowledgeGraph graph = testing::sample_graph();
  RenderOptions options;
  options.clustering = Clustering::Type;
  const std::string by_type = render_bytes(graph, whole_view(graph), RenderFormat::Svg, options);
  CHECK(by_type.find("<title>cluster_type_Organization</title>") != std::string::npos);
  CHECK(by_type.find("<title>cluster_type_Person</title>") != std::string::npos);
  options.clustering = Clustering::Document;
  const std::string by_document = render_bytes(graph, whole_view(graph), RenderFormat::Svg, options);
  CHECK(by_document.find("<title>cluster_doc_0</title>") != std::string::npos);
  CHECK(by_document.find(">dev&#45;001 (2017&#45;07)</text>") != std::string::npos);
  CHECK(by_document.find(">dev&#45;002</text>") != std::string::npos);
}

TEST_CASE("render of a focused view marks the focus and draws only the view") {
  const graph::KnowledgeGraph graph = testing::sample_graph();
  ViewFilter filter;
  filter.focus = graph.find("Rajeev Suri");
  const GraphView view = select_view(graph, filter);
  RenderOptions options;
  options.title = "Rajeev Suri, 1 hop";
  const std::string svg = render_bytes(graph, view, RenderFormat::Svg, options);
  CHECK(svg.find(">Rajeev Suri, 1 hop</text>") != std::string::npos);
  CHECK(svg.find(">Nokia</text>") != std::string::npos);
  CHECK(svg.find(">Xiaomi</text>") == std::string::npos);
  CHECK(svg.find("stroke-width=\"3\"") != std::string::npos);  // the focus's border
}

TEST_CASE("parse_render_format and render_format_of name the valid formats when they refuse one") {
  CHECK(parse_render_format("pdf") == RenderFormat::Pdf);
  CHECK(render_format_of("x/graph.HTM") == RenderFormat::Html);
  CHECK_THROWS_WITH_AS(parse_render_format("gif"), doctest::Contains("svg, png, pdf, html"), ExportError);
}

TEST_CASE("render refuses a .gif path, naming the valid extensions, and writes nothing") {
  const auto path = testing::temp_path("graph.gif");
  CHECK_THROWS_WITH_AS(render(testing::sample_graph(), path),
                       doctest::Contains("export: cannot render"), ExportError);
  try {
    render(testing::sample_graph(), path);
  } catch (const ExportError& error) {
    const std::string message = error.what();
    CHECK(message.find(".svg") != std::string::npos);
    CHECK(message.find(".png") != std::string::npos);
    CHECK(message.find(".html") != std::string::npos);
    CHECK(message.find("'.gif'") != std::string::npos);
  }
  CHECK(!std::filesystem::exists(path));
}

TEST_CASE("render refuses an unknown layout engine") {
  RenderOptions options;
  options.layout = "no-such-engine";
  CHECK_THROWS_WITH_AS(render(testing::sample_graph(), testing::temp_path("graph.svg"), options),
                       doctest::Contains("export: Graphviz layout 'no-such-engine' failed"), ExportError);
}

TEST_CASE("render into a missing directory throws an ExportError naming the path") {
  const auto path = testing::temp_path("missing") / "graph.svg";
  CHECK_THROWS_WITH_AS(render(testing::sample_graph(), path), doctest::Contains(path.string().c_str()), ExportError);
}

}  // namespace
}  // namespace kg::exporter
