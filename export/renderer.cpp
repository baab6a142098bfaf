// render(): lays out and draws through gvc in-process (no `dot` program), then
// writes the bytes atomically.

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>

#include <graphviz/gvc.h>

#include "export/dot_graph.h"
#include "export/exporters.h"
#include "graph/atomic_file.h"

namespace kg::exporter {
namespace {

// Beyond this many edges "dot" gets slow and unreadable; "sfdp" scales.
constexpr std::size_t kMaxEdgesForDot = 150;

constexpr std::array<std::string_view, 2> kRenderFormats{"svg", "png"};

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

std::string render_format(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  if (!extension.empty()) extension.erase(0, 1);
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (std::find(kRenderFormats.begin(), kRenderFormats.end(), extension) != kRenderFormats.end())
    return extension;
  throw ExportError("export: cannot render " + path.string() + ": unknown extension '" +
                    path.extension().string() + "'; valid extensions: .svg, .png");
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

void render(const graph::KnowledgeGraph& graph, const std::filesystem::path& path,
            const RenderOptions& options) {
  const std::string format = render_format(path);
  const bool large = graph.relation_count() > kMaxEdgesForDot;
  const std::string engine = !options.layout.empty() ? options.layout : large ? "sfdp" : "dot";

  ContextPtr context(gvContext());
  if (!context) throw ExportError("export: cannot start Graphviz (gvContext failed)");
  // Only dot and fdp draw clusters; elsewhere the legend nodes would float
  // among the entities.
  const detail::AgraphPtr dot = detail::build_dot_graph(graph, engine == "dot" || engine == "fdp");
  if (engine != "dot") {
    // Force-directed layouts: remove overlaps without shrinking the fonts.
    set(dot.get(), "overlap", "prism");
    set(dot.get(), "sep", "+8");
    set(dot.get(), "outputorder", "edgesfirst");
  }
  {
    const QuietErrors quiet;
    if (gvLayout(context.get(), dot.get(), engine.c_str()) != 0)
      throw ExportError("export: Graphviz layout '" + engine + "' failed" + QuietErrors::last());
  }
  LayoutGuard layout(context.get(), dot.get());

  char* bytes = nullptr;
  unsigned int length = 0;
  const int status = gvRenderData(context.get(), dot.get(), format.c_str(), &bytes, &length);
  const std::unique_ptr<char, RenderDataFree> data(bytes);
  if (status != 0 || !data || length == 0)
    throw ExportError("export: Graphviz cannot render " + format + " for " + path.string() +
                      QuietErrors::last());

  try {
    graph::AtomicFile file(path);
    file.stream().write(data.get(), static_cast<std::streamsize>(length));
    file.commit();
  } catch (const graph::OutputError& error) {
    throw ExportError(std::string("export: ") + error.what());
  }
}

}  // namespace kg::exporter
