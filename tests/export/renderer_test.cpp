#include <doctest/doctest.h>

#include <filesystem>

#include "export/exporters.h"
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

TEST_CASE("render lays out a graph beyond 150 edges with sfdp") {
  const auto path = testing::temp_path("large.svg");
  render(testing::chain_graph(170), path);
  const std::string svg = testing::read_file(path);
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(svg.find("Firma 169") != std::string::npos);
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
