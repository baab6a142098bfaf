#pragma once
// Internal to the HTML view (export/html_*.cpp): the pieces write_html puts
// together, declared here so that the tests can check each escaping step.

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "export/graph_view.h"
#include "graph/knowledge_graph.h"

namespace kg::exporter::detail {

// At most this many evidence records per relation go into the page; the
// rest are counted ("and 12 more: kg explain …").
inline constexpr std::size_t kMaxEvidenceInPage = 20;

// The view's data for the page's script:
//   {"title", "entities":[{"id","name","type","unit","aliases":[[form,reason]],
//     "mentions","relations":[edge ids drawn],"hidden"}],
//    "relations":[{"id","subject","object","predicate","confidence","symmetric",
//     "reported","qualifiers":{…},"evidence":[{"doc","date","sentence","quote",
//     "extractor","confidence","subject","object"}],"more_evidence"}]}
// "id" is the NodeId or EdgeId that names the SVG elements n<id> and e<id>;
// "hidden" counts an entity's relations that the view leaves out.
void write_view_json(const graph::KnowledgeGraph& graph, const GraphView& view, std::string_view title,
                     std::ostream& out);

// JSON that can sit inside <script type="application/json">: '<', '>' and
// '&' (which occur only inside strings) become \u003c, \u003e and \u0026, so
// neither "</script>" nor "<!--" can appear.
std::string script_safe(std::string json);

// Graphviz's SVG document as an element to put inside HTML: the XML
// declaration, DOCTYPE and comments removed. Throws ExportError when it
// holds no <svg element.
std::string inline_svg(std::string_view svg);

// `text` for HTML element content or a quoted attribute: & < > " ' as
// entities, invalid UTF-8 as U+FFFD.
std::string html_escape(std::string_view text);

}  // namespace kg::exporter::detail
