// render(): lays out and draws through gvc in-process (no `dot` program), then
// writes the bytes atomically; the engine is chosen by the size of the view.

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <sstream>
#include <string>

#include <graphviz/gvc.h>

#include "export/dot_graph.h"
#include "export/exporters.h"
#include "export/graph_view.h"
#include "graph/atomic_file.h"

namespace kg::exporter {
namespace {

constexpr std::array<std::pair<std::string_view, RenderFormat>, 4> kRenderFormats{
    {{"svg", RenderFormat::Svg}, {"png", RenderFormat::Png}, {"pdf", RenderFormat::Pdf}, {"html", RenderFormat::Html}}};

struct ContextCloser {
  void operator()(GVC_t* context) const { gvFreeContext(context); }
};
using ContextPtr = std::unique_ptr<GVC_t, ContextCloser>;

// Frees a layout on every path out of render(); declared after the graph so
// it runs before agclose.
class LayoutGuard {
 public:
  LayoutGuard(GVC_t* context, Agraph_t* graph) : context_(context), graph_(graph) {}
  ~LayoutGuard() { gvFreeLayout(context_, graph_); }
  LayoutGuard(const LayoutGuard&) = delete;
  LayoutGuard& operator=(const LayoutGuard&) = delete;

 private:
  GVC_t* context_;
  Agraph_t* graph_;
};

struct RenderDataFree {
  void operator()(char* data) const { gvFreeRenderData(data); }
};

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

const char* gvc_format(RenderFormat format) {
  switch (format) {
    case RenderFormat::Png: return "png";
    case RenderFormat::Pdf: return "pdf";
    default: return "svg";
  }
}

void set(Agraph_t* graph, const char* name, const char* value) {
  std::string key = name, text = value, empty;
  agsafeset(graph, key.data(), text.data(), empty.data());
}

// Graphviz prints errors to stderr; while this lives they are kept for
// aglasterr() instead, so that they reach the ExportError message.
class QuietErrors {
 public:
  QuietErrors() : previous_(agseterr(AGMAX)) {}
  ~QuietErrors() { agseterr(previous_); }
  QuietErrors(const QuietErrors&) = delete;
  QuietErrors& operator=(const QuietErrors&) = delete;

  static std::string last() {
    const char* message = aglasterr();
    std::string text = message ? message : "";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text.empty() ? text : ": " + text;
  }

 private:
  agerrlevel_t previous_;
};

}  // namespace

RenderFormat parse_render_format(std::string_view name) {
  for (const auto& [known, format] : kRenderFormats)
    if (name == known) return format;
  throw ExportError("export: unknown render format '" + std::string(name) + "'; valid formats: svg, png, pdf, html");
}

RenderFormat render_format_of(const std::filesystem::path& path) {
  std::string extension = lower(path.extension().string());
  if (!extension.empty()) extension.erase(0, 1);
  if (extension == "htm") extension = "html";
  for (const auto& [known, format] : kRenderFormats)
    if (extension == known) return format;
  throw ExportError("export: cannot render " + path.string() + ": unknown extension '" +
                    path.extension().string() + "'; valid extensions: .svg, .png, .pdf, .html");
}

std::string choose_layout(const GraphView& view, const RenderOptions& options) {
  if (!options.layout.empty()) return options.layout;
  const std::size_t relations = view.edges.size();
  // Clusters: dot at any size (their edge labels go beside the edges, which
  // keeps dot fast); Graphviz 2.42's fdp, the other engine that draws
  // clusters, reads freed memory (valgrind) and scatters them.
  if (relations <= kMaxRelationsForDot || options.clustering != Clustering::None) return "dot";
  return relations <= kMaxRelationsForNeato ? "neato" : "sfdp";
}

std::string render_bytes(const graph::KnowledgeGraph& graph, const GraphView& view, RenderFormat format,
                         const RenderOptions& options) {
  if (format == RenderFormat::Html) throw ExportError("export: render_bytes draws SVG, PNG or PDF; use write_html");
  const std::string engine = choose_layout(view, options);
  ContextPtr context(gvContext());
  if (!context) throw ExportError("export: cannot start Graphviz (gvContext failed)");

  detail::DrawStyle style;
  // Graphviz 2.42's fdp, with clusters and any legend (a root label or a
  // legend cluster), at times spreads the drawing over 20,000 points: fdp
  // drawings (clusters past kMaxRelationsForDot) go without a legend.
  style.legend = options.legend && engine != "fdp" ? detail::DrawStyle::Legend::Label
                                                   : detail::DrawStyle::Legend::None;
  style.clustering = options.clustering;
  style.title = options.title;
  style.element_ids = format == RenderFormat::Svg;
  const detail::AgraphPtr dot = detail::build_dot_graph(graph, view, style);
  set(dot.get(), "outputorder", "edgesfirst");
  set(dot.get(), "pad", "0.3");
  if (engine == "dot" && options.clustering != Clustering::None) {
    // Graphviz 2.42's dot frees a reallocated rank array twice when labelled
    // edges run within a rank inside clusters (flat_edges; valgrind shows it
    // in views of 40 relations, larger ones abort): with clusters the labels
    // go beside the edges, those that fit somewhere (the tooltips keep all).
    set(dot.get(), "forcelabels", "false");
    detail::move_edge_labels_aside(dot.get());
  }
  if (engine != "dot") {
    // Force-directed layouts: remove node overlaps without shrinking the
    // fonts, keep edges off the nodes, and let Graphviz place the edge
    // labels where they do not cover nodes or other labels (xlabel).
    set(dot.get(), "start", "1");  // a fixed seed: the same graph gives the same drawing
    set(dot.get(), "overlap", "prism");
    set(dot.get(), "sep", "+14");
    set(dot.get(), "esep", "+6");
    set(dot.get(), "splines", "false");  // routing around nodes (true) takes seconds past 150 relations
    set(dot.get(), "forcelabels", "false");  // a label that fits nowhere is left out (the tooltip keeps it)
    detail::move_edge_labels_aside(dot.get());
  }
  {
    const QuietErrors quiet;
    if (gvLayout(context.get(), dot.get(), engine.c_str()) != 0)
      throw ExportError("export: Graphviz layout '" + engine + "' failed" + QuietErrors::last());
  }
  LayoutGuard layout(context.get(), dot.get());

  char* bytes = nullptr;
  unsigned int length = 0;
  const char* name = gvc_format(format);
  const int status = gvRenderData(context.get(), dot.get(), name, &bytes, &length);
  const std::unique_ptr<char, RenderDataFree> data(bytes);
  if (status != 0 || !data || length == 0)
    throw ExportError(std::string("export: Graphviz cannot render ") + name + QuietErrors::last());
  return std::string(data.get(), length);
}

void render(const graph::KnowledgeGraph& graph, const GraphView& view, const std::filesystem::path& path,
            RenderFormat format, const RenderOptions& options) {
  try {
    graph::AtomicFile file(path);
    if (format == RenderFormat::Html) {
      write_html(graph, view, file.stream(), options);
    } else {
      const std::string bytes = render_bytes(graph, view, format, options);
      file.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    file.commit();
  } catch (const graph::OutputError& error) {
    throw ExportError(std::string("export: ") + error.what());
  }
}

void render(const graph::KnowledgeGraph& graph, const std::filesystem::path& path, const RenderOptions& options) {
  const RenderFormat format = render_format_of(path);
  render(graph, whole_view(graph), path, format, options);
}

}  // namespace kg::exporter
