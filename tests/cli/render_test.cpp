#include <doctest/doctest.h>

#include <filesystem>

#include "../export/browser.h"
#include "run_kg.h"

using kg::test::run_kg;
using kg::test::scratch_dir;

namespace {

const std::string kSamples = std::string(KG_SOURCE_DIR) + "/samples";

// The graph of samples/, built once per test binary run.
std::string sample_graph_file() {
  static const std::string path = [] {
    const std::string dir = scratch_dir("render-samples");
    const auto built = run_kg({"build", kSamples, "-o", dir + "/g.kg", "--quiet"});
    REQUIRE_MESSAGE(built.exit_code <= 1, built.err);
    return dir + "/g.kg";
  }();
  return path;
}

std::size_t count(const std::string& text, std::string_view part) {
  std::size_t found = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++found;
  return found;
}

}  // namespace

TEST_CASE("kg render --format html writes a page where a search for Xiaomi shows its statements and evidence") {
  const std::string dir = scratch_dir("render-html");
  const auto rendered = run_kg({"render", sample_graph_file(), "-o", dir + "/graph.html"});
  REQUIRE_MESSAGE(rendered.exit_code == 0, rendered.err);
  CHECK(rendered.err.find("kg: wrote " + dir + "/graph.html") != std::string::npos);
  if (!kg::exporter::testing::require_chromium()) return;
  const std::string dom = kg::exporter::testing::dump_dom(dir + "/graph.html", "test-search=Xiaomi");
  REQUIRE_MESSAGE(!dom.empty(), "chromium --dump-dom failed");
  CHECK(dom.find("data-kg-test=\"entity Xiaomi\"") != std::string::npos);
  const std::string panel = kg::exporter::testing::element_text(dom, "aside", "kg-panel");
  CAPTURE(panel);
  CHECK(panel.find(" | Xiaomi | ") != std::string::npos);
  CHECK(panel.find("Xiamo") != std::string::npos);  // a merged misspelling, shown as an alias
  CHECK(panel.find("Nokia — partner-of — Xiaomi") != std::string::npos);
  CHECK(panel.find("Xiaomi — market-share → 14.7 percent") != std::string::npos);
  CHECK(panel.find("per IDC") != std::string::npos);

  // Clicking the edge of Xiaomi's first statement shows its evidence sentences.
  const std::string edge = kg::exporter::testing::dump_dom(dir + "/graph.html", "test-search=Xiaomi&test-click-edge");
  CHECK(edge.find("data-kg-test=\"entity Xiaomi; relation ") != std::string::npos);
  const std::string evidence = kg::exporter::testing::element_text(edge, "aside", "kg-panel");
  CAPTURE(evidence);
  CHECK(evidence.find("Evidence (") != std::string::npos);
  CHECK(evidence.find("nokia-xiaomi") != std::string::npos);  // the document
  CHECK(evidence.find("| mark |") == std::string::npos);
  CHECK(count(edge, "<mark>") >= 1);  // subject or object marked in the sentence

  // The screenshot is kept as a test artefact (build/test-artefacts/).
  const auto png = kg::exporter::testing::artefact_path("html-view-xiaomi.png");
  CHECK(kg::exporter::testing::screenshot(dir + "/graph.html", "test-search=Xiaomi", png));
  CHECK(kg::test::read_file(png.string()).substr(1, 3) == "PNG");
}

TEST_CASE("kg render filters by predicate, type, confidence and date, and writes PDF on request") {
  const std::string dir = scratch_dir("render-filters");
  const std::string graph = sample_graph_file();
  auto result = run_kg({"render", graph, "-o", dir + "/p.svg", "--predicate", "partner-of,licenses-to"});
  REQUIRE_MESSAGE(result.exit_code == 0, result.err);
  std::string svg = kg::test::read_file(dir + "/p.svg");
  CHECK(svg.find(">partner&#45;of") != std::string::npos);
  CHECK(svg.find(">licenses&#45;to") != std::string::npos);
  CHECK(svg.find(">headquartered&#45;in") == std::string::npos);
  result = run_kg({"render", graph, "-o", dir + "/t.svg", "--type", "Person,Organization", "--cluster", "type"});
  REQUIRE_MESSAGE(result.exit_code == 0, result.err);
  svg = kg::test::read_file(dir + "/t.svg");
  CHECK(svg.find("cluster_type_Person") != std::string::npos);
  CHECK(svg.find("cluster_type_Location") == std::string::npos);
  result = run_kg({"render", graph, "-o", dir + "/none.svg", "--since", "2031"});
  CHECK(result.exit_code == 0);
  CHECK(result.err.find("no relation matches") != std::string::npos);
  result = run_kg({"render", graph, "-o", dir + "/out.bin", "--format", "pdf", "--min-confidence", "0.8"});
  REQUIRE_MESSAGE(result.exit_code == 0, result.err);
  CHECK(kg::test::read_file(dir + "/out.bin").rfind("%PDF-", 0) == 0);
}

TEST_CASE("kg render warns and draws a focused view when the graph is too big for one drawing") {
  const std::string dir = scratch_dir("render-cap");
  const auto result = run_kg({"render", sample_graph_file(), "-o", dir + "/c.svg", "--max-relations", "8"});
  REQUIRE_MESSAGE(result.exit_code == 0, result.err);
  CHECK(result.err.find("kg: warning: ") != std::string::npos);
  CHECK(result.err.find("too many to draw legibly; drawing 8 of them around") != std::string::npos);
  CHECK(result.err.find("--max-relations 0") != std::string::npos);
  const std::string svg = kg::test::read_file(dir + "/c.svg");
  CHECK(count(svg, "class=\"edge\"") == 8);
  CHECK(svg.find("(8 of ") != std::string::npos);  // the title says it is a part
}

TEST_CASE("kg render --focus reads only the neighbourhood and draws it") {
  const std::string dir = scratch_dir("render-focus");
  const auto result = run_kg({"render", sample_graph_file(), "-o", dir + "/f.svg", "--focus", "xiaomi", "--depth", "1"});
  REQUIRE_MESSAGE(result.exit_code == 0, result.err);
  const std::string svg = kg::test::read_file(dir + "/f.svg");
  CHECK(svg.find(">Xiaomi, 1 hop</text>") != std::string::npos);
  CHECK(svg.find(">Nokia</text>") != std::string::npos);
  CHECK(svg.find(">HMD Global</text>") == std::string::npos);  // two hops away
}

TEST_CASE("kg render refuses unknown predicates, types, dates, clusters and formats with the valid choices") {
  const std::string graph = sample_graph_file();
  const std::string out = scratch_dir("render-usage") + "/x.svg";
  auto result = run_kg({"render", graph, "-o", out, "--predicate", "buys"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("unknown predicate 'buys'; predicates: partner-of,") != std::string::npos);
  result = run_kg({"render", graph, "-o", out, "--type", "Company"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("types: Organization, Person") != std::string::npos);
  result = run_kg({"render", graph, "-o", out, "--since", "last year"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("'last year'") != std::string::npos);
  result = run_kg({"render", graph, "-o", out, "--cluster", "colour"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("type, document or none") != std::string::npos);
  result = run_kg({"render", graph, "-o", scratch_dir("render-usage") + "/x.gif"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find(".svg, .png, .pdf, .html") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out));
}
