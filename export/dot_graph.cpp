#include "export/dot_graph.h"

#include <algorithm>
#include <cstdlib>
#include <map>
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

// "3600000" -> "3.6 million", "2500000000" -> "2.5 billion"; others as given.
std::string readable_quantity(const std::string& quantity) {
  if (!is_decimal(quantity)) return quantity;
  const double value = std::strtod(quantity.c_str(), nullptr);
  if (value >= 1e9) return format_decimal(value / 1e9, 2) + " billion";
  if (value >= 1e6) return format_decimal(value / 1e6, 2) + " million";
  return quantity;
}

std::string node_label(const Entity& entity) {
  if (entity.type == EntityType::Literal) {
    const std::string value = readable_quantity(entity.name);
    return entity.unit.empty() ? value : value + ' ' + entity.unit;
  }
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

// cluster_type_<Type> per type, or cluster_doc_<n> per document, for each
// entity of view.nodes (by position); empty without clustering. An entity
// goes to the document with most of its drawn evidence (the first by id
// among equals); one without drawn evidence stays outside.
std::vector<Agraph_t*> add_clusters(Agraph_t* dot, const graph::KnowledgeGraph& graph, const GraphView& view,
                                    Clustering clustering) {
  std::vector<Agraph_t*> clusters;
  if (clustering == Clustering::None) return clusters;
  clusters.assign(view.nodes.size(), nullptr);
  std::map<std::string, Agraph_t*> by_name;
  const auto cluster = [&](std::string name, const std::string& label) {
    auto [found, added] = by_name.try_emplace(name, nullptr);
    if (added) {
      found->second = agsubg(dot, chars(name), 1);
      if (!found->second) throw ExportError("export: cgraph cannot create the subgraph " + name);
      set(found->second, "label", escape_label(label));
      set(found->second, "style", "rounded");
    }
    return found->second;
  };
  if (clustering == Clustering::Type) {
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
      const std::string type(extract::to_string(graph.entity(view.nodes[i]).type));
      clusters[i] = cluster("cluster_type_" + type, type);
    }
    return clusters;
  }
  std::map<NodeId, std::map<std::string, std::size_t>> counts;  // node -> document -> evidence
  for (const EdgeId edge : view.edges)
    for (const graph::Evidence& evidence : graph.relation(edge).evidence) {
      ++counts[graph.subject(edge)][evidence.doc.str()];
      ++counts[graph.object(edge)][evidence.doc.str()];
    }
  std::map<std::string, std::string> dates;
  for (const graph::DocumentInfo& document : graph.documents()) dates[document.id] = document.date;
  std::map<std::string, std::size_t> numbers;  // document -> cluster number, in id order
  for (const auto& [node, documents] : counts)
    for (const auto& [document, count] : documents) numbers.emplace(document, 0);
  std::size_t number = 0;
  for (auto& [document, n] : numbers) n = number++;
  for (std::size_t i = 0; i < view.nodes.size(); ++i) {
    const auto found = counts.find(view.nodes[i]);
    if (found == counts.end()) continue;
    const auto best = std::max_element(found->second.begin(), found->second.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    const std::string& date = dates[best->first];
    clusters[i] = cluster("cluster_doc_" + std::to_string(numbers[best->first]),
                          date.empty() ? best->first : best->first + " (" + date + ")");
  }
  return clusters;
}

// Text for an HTML-like label: & < > " as entities, invalid UTF-8 as U+FFFD.
std::string html_text(std::string_view text) {
  std::string out;
  for (const char c : to_valid_utf8(text)) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) out += ' ';
    else out += c;
  }
  return out;
}

// The graph's label: the title, the entity types' colours and the edge styles.
void add_label_legend(Agraph_t* dot, const std::set<EntityType>& types, const std::string& title) {
  if (types.empty()) return;
  const std::string columns = std::to_string(types.size());
  std::string table = R"(<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="3" CELLPADDING="4">)";
  if (!title.empty())
    table += "<TR><TD BORDER=\"0\" COLSPAN=\"" + columns + "\"><B>" + html_text(title) + "</B></TD></TR>";
  table += "<TR>";
  for (const EntityType type : types)
    table += std::string("<TD BGCOLOR=\"") + style_of(type).fill + "\">" + std::string(extract::to_string(type)) + "</TD>";
  table += "</TR><TR><TD BORDER=\"0\" COLSPAN=\"" + columns +
           "\">solid: stated · dashed: reported by a source · thicker: more confident</TD></TR></TABLE>";
  char* html = agstrdup_html(dot, chars(table));
  std::string key = "label", empty;
  agsafeset(dot, chars(key), html, chars(empty));
  agstrfree(dot, html);
  set(dot, "labelloc", "t");
  set(dot, "labeljust", "l");
  set(dot, "fontsize", "12");
}

}  // namespace

bool is_reported(const graph::Relation& relation) {
  const auto modality = relation.qualifiers.find("modality");
  if (modality != relation.qualifiers.end() && modality->second == "reported") return true;
  const auto source = relation.qualifiers.find("source");
  return source != relation.qualifiers.end() && !source->second.empty();
}

std::string edge_label(const graph::Relation& relation) {
  const auto qualifier = [&](const char* key) -> std::string {
    const auto found = relation.qualifiers.find(key);
    return found == relation.qualifiers.end() ? std::string() : found->second;
  };
  std::vector<std::string> details;
  if (std::string time = qualifier("time"); !time.empty()) details.push_back(std::move(time));
  if (const std::string quantity = qualifier("quantity"); !quantity.empty()) {
    const std::string unit = qualifier("unit");
    details.push_back(readable_quantity(quantity) + (unit.empty() ? "" : " " + unit));
  }
  if (const std::string source = qualifier("source"); !source.empty()) details.push_back("per " + source);
  std::string label = relation.predicate;
  for (std::size_t i = 0; i < details.size(); ++i) label += (i ? ", " : "\n") + details[i];
  return label;
}

void move_edge_labels_aside(Agraph_t* graph) {
  std::string label = "label", xlabel = "xlabel", empty;
  Agsym_t* from = agattr(graph, AGEDGE, chars(label), nullptr);
  if (!from) return;
  Agsym_t* to = agattr(graph, AGEDGE, chars(xlabel), chars(empty));
  for (Agnode_t* node = agfstnode(graph); node; node = agnxtnode(graph, node))
    for (Agedge_t* edge = agfstout(graph, node); edge; edge = agnxtout(graph, edge)) {
      std::string text = agxget(edge, from);
      agxset(edge, to, chars(text));
      agxset(edge, from, chars(empty));
    }
}

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
  DrawStyle style;
  style.legend = legend ? DrawStyle::Legend::Cluster : DrawStyle::Legend::None;
  return build_dot_graph(graph, whole_view(graph), style);
}

AgraphPtr build_dot_graph(const graph::KnowledgeGraph& graph, const GraphView& view, const DrawStyle& style) {
  std::string name = "kg";
  AgraphPtr dot(agopen(chars(name), Agdirected, &kStreamDiscipline));
  if (!dot) throw ExportError("export: cgraph cannot open a graph");
  declare_attributes(dot.get());
  if (style.element_ids) {
    declare(dot.get(), AGNODE, "id", "");
    declare(dot.get(), AGEDGE, "id", "");
  }

  const std::vector<Agraph_t*> clusters = add_clusters(dot.get(), graph, view, style.clustering);
  std::vector<Agnode_t*> nodes(graph.entity_count(), nullptr);
  std::set<EntityType> types;
  for (std::size_t i = 0; i < view.nodes.size(); ++i) {
    const NodeId id = view.nodes[i];
    const Entity& entity = graph.entity(id);
    // Entity ids are unique and never empty; the fallback only guards that.
    // (insert, not "n" + ...: GCC 12 warns falsely about the latter, -Wrestrict.)
    std::string node_name = entity.id;
    if (node_name.empty()) node_name = std::to_string(id).insert(0, 1, 'n');
    Agnode_t* node = add_node(clusters.empty() || !clusters[i] ? dot.get() : clusters[i], std::move(node_name));
    const TypeStyle type_style = style_of(entity.type);
    set(node, "label", escape_label(node_label(entity)));
    set(node, "shape", type_style.shape);
    set(node, "fillcolor", type_style.fill);
    set(node, "tooltip", escape_label(node_tooltip(entity)));
    if (style.element_ids) set(node, "id", std::to_string(id).insert(0, 1, 'n'));
    if (view.focus == id) set(node, "penwidth", "3");
    nodes[id] = node;
    types.insert(entity.type);
  }
  for (const EdgeId id : view.edges) {
    const graph::Relation& relation = graph.relation(id);
    Agnode_t* tail = nodes[graph.subject(id)];
    Agnode_t* head = nodes[graph.object(id)];
    if (!tail || !head) throw ExportError("export: a drawn relation's entity is not in the view");
    Agedge_t* edge = agedge(dot.get(), tail, head, nullptr, 1);
    if (!edge) throw ExportError("export: cgraph cannot create edge " + relation.predicate);
    set(edge, "label", escape_label(edge_label(relation)));
    set(edge, "penwidth", format_decimal(0.8 + 2.2 * clamped(relation.confidence), 2));
    set(edge, "tooltip", escape_label(edge_tooltip(relation)));
    if (relation.symmetric) set(edge, "dir", "none");
    if (is_reported(relation)) set(edge, "style", "dashed");
    if (style.element_ids) set(edge, "id", std::to_string(id).insert(0, 1, 'e'));
  }
  if (style.legend == DrawStyle::Legend::Cluster) add_legend(dot.get(), types);
  if (style.legend == DrawStyle::Legend::Label) add_label_legend(dot.get(), types, style.title);
  return dot;
}

}  // namespace kg::exporter::detail
