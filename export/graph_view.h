#pragma once
// What a drawing shows: the entities and relations of a graph that pass the
// filters of `kg render` (focus and depth, predicates, entity types,
// confidence, date), cut to a size that can still be read.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::exporter {

// Past this many relations one drawing is a hairball (labels overlap at
// any zoom that fits the page); select_view cuts a focused view instead.
inline constexpr std::size_t kLegibleRelations = 100;

struct ViewFilter {
  std::optional<graph::NodeId> focus;  // only what lies within `depth` hops of it (along kept relations)
  std::size_t depth = 1;
  std::vector<std::string> predicates;   // relations of these predicates only; empty: all
  std::vector<graph::EntityType> types;  // entities of these types only; empty: all (the focus always stays)
  double min_confidence = 0.0;
  // "YYYY", "YYYY-Qn", "YYYY-MM" or "YYYY-MM-DD": only relations known on or
  // after that day, from a dated evidence document or a `time` qualifier
  // whose period ends then or later. Empty: no date filter.
  std::string since;
  std::size_t max_relations = kLegibleRelations;  // 0: no cap
};

struct GraphView {
  std::vector<graph::NodeId> nodes;  // sorted
  std::vector<graph::EdgeId> edges;  // sorted; both ends in `nodes`
  std::optional<graph::NodeId> focus;  // the given focus, or the centre chosen by the cap
  std::size_t matching_relations = 0;  // relations that passed the filters, before the cap
  bool capped = false;                 // fewer relations shown than matched
};

// Every entity and relation.
GraphView whole_view(const graph::KnowledgeGraph& graph);

// The relations that pass every filter, and their entities (plus the
// focus). Past `max_relations` the view is cut around its focus, or, without
// one, around the best-connected entity: entities are added ring by ring
// (best connected first within a ring) while the relations among them stay
// within the cap. With a focus, only the neighbourhood is visited, so the
// cost does not grow with the graph. Throws ExportError for an invalid
// `since`.
GraphView select_view(const graph::KnowledgeGraph& graph, const ViewFilter& filter);

// The first day of a date or period ("2017-Q2" -> "2017-04-01") or its
// last ("2017-Q2" -> "2017-06-31", every month ends on the 31st, which
// orders correctly), as "YYYY-MM-DD"; empty when `text` is none of the forms
// of ViewFilter::since (or "YYYY-Hn").
std::string period_start(std::string_view text);
std::string period_end(std::string_view text);

}  // namespace kg::exporter
