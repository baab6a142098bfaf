#include "export/dot_graph.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ostream>
#include <set>
#include <vector>

#include <graphviz/cgraph.h>

#include "export/exporters.h"
#include "export/text_encoding.h"

namespace kg::exporter::detail {
namespace {

using graph::EdgeId;
using graph::Entity;
using graph::EntityType;
using graph::NodeId;

constexpr const char* kFont = "Helvetica,Arial,sans-serif";

// agwrite's channel is a std::ostream*; we never read through this discipline.
int read_nothing(void*, char*, int) { return 0; }
int put_string(void* channel, const char* text) {
  auto& out = *static_cast<std::ostream*>(channel);
  out.write(text, static_cast<std::streamsize>(std::strlen(text)));
  return out ? 0 : EOF;
}
int flush_stream(void* channel) {
  auto& out = *static_cast<std::ostream*>(channel);
  out.flush();
  return out ? 0 : EOF;
}
Agiodisc_t kStreamIo = {read_nothing, put_string, flush_stream};
Agdisc_t kStreamDiscipline = {&AgMemDisc, &AgIdDisc, &kStreamIo};

struct TypeStyle {
  const char* shape;
  const char* fill;
};

TypeStyle style_of(EntityType type) {
  switch (type) {
    case EntityType::Organization: return {"box", "#cfe2f3"};
    case EntityType::Person: return {"ellipse", "#fce5cd"};
    case EntityType::Location: return {"house", "#d9ead3"};
    case EntityType::Product: return {"component", "#fff2cc"};
    case EntityType::Concept: return {"note", "#ead1dc"};
    case EntityType::Literal: return {"plaintext", "white"};
  }
  return {"box", "white"};
}

// cgraph takes char* everywhere but copies what it keeps.
char* chars(std::string& text) { return text.data(); }

void set(void* object, const char* name, std::string value) {
  std::string key = name, empty;
  agsafeset(object, chars(key), chars(value), chars(empty));
}

void declare(Agraph_t* graph, int kind, const char* name, const char* value) {
  std::string key = name, fallback = value;
  agattr(graph, kind, chars(key), chars(fallback));
}

// Declared up front so that the attribute header of the DOT text is fixed.
void declare_attributes(Agraph_t* graph) {
  declare(graph, AGRAPH, "rankdir", "LR");
  declare(graph, AGRAPH, "fontname", kFont);
  declare(graph, AGRAPH, "label", "");
  declare(graph, AGRAPH, "style", "");
  declare(graph, AGNODE, "label", "");
  declare(graph, AGNODE, "shape", "box");
  declare(graph, AGNODE, "style", "filled");
  declare(graph, AGNODE, "fillcolor", "white");
  declare(graph, AGNODE, "fontname", kFont);
  declare(graph, AGNODE, "fontsize", "12");
  declare(graph, AGNODE, "tooltip", "");
  declare(graph, AGEDGE, "label", "");
  declare(graph, AGEDGE, "fontname", kFont);
  declare(graph, AGEDGE, "fontsize", "10");
  declare(graph, AGEDGE, "penwidth", "1");
  declare(graph, AGEDGE, "dir", "forward");
  declare(graph, AGEDGE, "tooltip", "");
}

std::string node_label(const Entity& entity) {
  if (entity.type == EntityType::Literal && !entity.unit.empty()) return entity.name + ' ' + entity.unit;
  return entity.name;
}

std::string node_tooltip(const Entity& entity) {
  std::string tooltip = node_label(entity) + " (" + std::string(extract::to_string(entity.type)) + ")";
  if (!entity.aliases.empty()) {
    tooltip += "\nalso: ";
    for (std::size_t i = 0; i < entity.aliases.size(); ++i)
      tooltip += (i ? "; " : "") + entity.aliases[i].form;
  }
  tooltip += '\n' + std::to_string(entity.mentions) + (entity.mentions == 1 ? " mention" : " mentions");
  return tooltip;
}

std::string edge_label(const graph::Relation& relation) {
  std::string details;
  const auto qualifier = [&](const char* key) -> std::string {
    const auto found = relation.qualifiers.find(key);
    return found == relation.qualifiers.end() ? std::string() : found->second;
  };
  if (const std::string time = qualifier("time"); !time.empty()) details = time;
  if (const std::string quantity = qualifier("quantity"); !quantity.empty()) {
    if (!details.empty()) details += ", ";
    details += quantity;
    if (const std::string unit = qualifier("unit"); !unit.empty()) details += ' ' + unit;
  }
  return details.empty() ? relation.predicate : relation.predicate + '\n' + details;
}

// In [0, 1]; NaN as 0.
double clamped(double confidence) { return confidence >= 0.0 ? std::min(confidence, 1.0) : 0.0; }

std::string edge_tooltip(const graph::Relation& relation) {
  return std::to_string(relation.evidence.size()) + " evidence, confidence " +
         format_decimal(clamped(relation.confidence), 2);
}

Agnode_t* add_node(Agraph_t* graph, std::string name) {
  Agnode_t* node = agnode(graph, chars(name), 1);
  if (!node) throw ExportError("export: cgraph cannot create node " + name);
  return node;
}

void add_legend(Agraph_t* graph, const std::set<EntityType>& types) {
  if (types.empty()) return;
  std::string name = "cluster_legend";
  Agraph_t* legend = agsubg(graph, chars(name), 1);
  if (!legend) throw ExportError("export: cgraph cannot create the legend subgraph");
  set(legend, "label", "Legend");
  set(legend, "style", "dashed");
  for (const EntityType type : types) {
    const std::string type_name(extract::to_string(type));
    Agnode_t* node = add_node(legend, "legend_" + type_name);
    const TypeStyle style = style_of(type);
    set(node, "label", type_name);
    set(node, "shape", style.shape);
    set(node, "fillcolor", style.fill);
    set(node, "tooltip", "entity type " + type_name);
  }
}

}  // namespace

void AgraphCloser::operator()(Agraph_s* graph) const {
  if (graph) agclose(graph);
}

std::string escape_label(std::string_view text) {
  const std::string valid = to_valid_utf8(text);
  std::string out;
  out.reserve(valid.size());
  for (const char c : valid) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '&') {
      out += "&amp;";  // Graphviz decodes HTML entities in every label
    } else if ((byte < 0x20 && c != '\n') || byte == 0x7F) {
      // U+2400 + byte (U+2421 for DEL), as UTF-8: E2 90 80+x.
      const unsigned picture = byte == 0x7F ? 0x21 : byte;
      out += '\xE2';
      out += static_cast<char>(0x90 + (picture >> 6));
      out += static_cast<char>(0x80 | (picture & 0x3F));
    } else {
      out += c;
    }
  }
  return out;
}

AgraphPtr build_dot_graph(const graph::KnowledgeGraph& graph, bool legend) {
  std::string name = "kg";
  AgraphPtr dot(agopen(chars(name), Agdirected, &kStreamDiscipline));
  if (!dot) throw ExportError("export: cgraph cannot open a graph");
  declare_attributes(dot.get());

  std::vector<Agnode_t*> nodes(graph.entity_count());
  std::set<EntityType> types;
  for (NodeId id = 0; id < graph.entity_count(); ++id) {
    const Entity& entity = graph.entity(id);
    // Entity ids are unique and never empty; the fallback only guards that.
    // (insert, not "n" + ...: GCC 12 warns falsely about the latter, -Wrestrict.)
    std::string node_name = entity.id;
    if (node_name.empty()) node_name = std::to_string(id).insert(0, 1, 'n');
    Agnode_t* node = add_node(dot.get(), std::move(node_name));
    const TypeStyle style = style_of(entity.type);
    set(node, "label", escape_label(node_label(entity)));
    set(node, "shape", style.shape);
    set(node, "fillcolor", style.fill);
    set(node, "tooltip", escape_label(node_tooltip(entity)));
    nodes[id] = node;
    types.insert(entity.type);
  }
  for (EdgeId id = 0; id < graph.relation_count(); ++id) {
    const graph::Relation& relation = graph.relation(id);
    Agedge_t* edge = agedge(dot.get(), nodes[graph.subject(id)], nodes[graph.object(id)], nullptr, 1);
    if (!edge) throw ExportError("export: cgraph cannot create edge " + relation.predicate);
    set(edge, "label", escape_label(edge_label(relation)));
    set(edge, "penwidth", format_decimal(1.0 + 3.0 * clamped(relation.confidence), 2));
    set(edge, "tooltip", escape_label(edge_tooltip(relation)));
    if (relation.symmetric) set(edge, "dir", "none");
  }
  if (legend) add_legend(dot.get(), types);
  return dot;
}

}  // namespace kg::exporter::detail
