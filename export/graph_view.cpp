#include "export/graph_view.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <set>
#include <unordered_map>

#include "export/exporters.h"

namespace kg::exporter {
namespace {

using graph::EdgeId;
using graph::NodeId;

bool digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view text) {
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

std::string two_digits(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

// {first month, last month, day} of a period, or {0, 0, ""} when `text` is none.
struct Period {
  std::string year;
  int first_month = 0, last_month = 0;
  std::string day;
};

std::optional<Period> parse_period(std::string_view text) {
  if (text.size() < 4 || !digits(text.substr(0, 4))) return std::nullopt;
  Period period{std::string(text.substr(0, 4)), 1, 12, ""};
  if (text.size() == 4) return period;
  if (text[4] != '-') return std::nullopt;
  const std::string_view rest = text.substr(5);
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H') && rest[1] >= '1' &&
      rest[1] <= (rest[0] == 'Q' ? '4' : '2')) {
    const int months = rest[0] == 'Q' ? 3 : 6, ordinal = rest[1] - '0';
    period.first_month = months * (ordinal - 1) + 1;
    period.last_month = months * ordinal;
    return period;
  }
  if (rest.size() < 2 || !digits(rest.substr(0, 2))) return std::nullopt;
  const int month = number(rest.substr(0, 2));
  if (month < 1 || month > 12) return std::nullopt;
  period.first_month = period.last_month = month;
  if (rest.size() == 2) return period;
  if (rest.size() != 5 || rest[2] != '-' || !digits(rest.substr(3)) || number(rest.substr(3)) < 1 ||
      number(rest.substr(3)) > 31)
    return std::nullopt;
  period.day = std::string(rest.substr(3));
  return period;
}

// Which relations and entities pass the filters.
class RelationTest {
 public:
  RelationTest(const graph::KnowledgeGraph& graph, const ViewFilter& filter)
      : graph_(graph), filter_(filter), predicates_(filter.predicates.begin(), filter.predicates.end()),
        types_(filter.types.begin(), filter.types.end()) {
    if (filter.since.empty()) return;
    since_ = period_start(filter.since);
    if (since_.empty())
      throw ExportError("export: --since expects YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, not '" + filter.since + "'");
    for (const graph::DocumentInfo& document : graph.documents())
      if (const std::string end = period_end(document.date); !end.empty()) document_end_.emplace(document.id, end);
  }

  bool entity(NodeId node) const {
    return types_.empty() || types_.contains(graph_.entity(node).type) || node == filter_.focus;
  }

  bool relation(EdgeId edge) const {
    const graph::Relation& relation = graph_.relation(edge);
    if (!(relation.confidence >= filter_.min_confidence)) return false;
    if (!predicates_.empty() && !predicates_.contains(relation.predicate)) return false;
    if (!entity(graph_.subject(edge)) || !entity(graph_.object(edge))) return false;
    return since_.empty() || recent(relation);
  }

 private:
  bool recent(const graph::Relation& relation) const {
    if (const auto time = relation.qualifiers.find("time"); time != relation.qualifiers.end()) {
      const std::string end = period_end(time->second);
      if (!end.empty() && end >= since_) return true;
    }
    for (const graph::Evidence& evidence : relation.evidence)
      if (const auto found = document_end_.find(evidence.doc.str()); found != document_end_.end() && found->second >= since_)
        return true;
    return false;
  }

  const graph::KnowledgeGraph& graph_;
  const ViewFilter& filter_;
  std::set<std::string, std::less<>> predicates_;
  std::set<graph::EntityType> types_;
  std::string since_;
  std::unordered_map<std::string, std::string> document_end_;
};

// A node's kept relations, each with the entity at its other end.
using Incident = std::vector<std::pair<EdgeId, NodeId>>;
using IncidentOf = std::function<const Incident&(NodeId)>;

// In a cut view, at most this many relations between one pair of entities
// (the most confident): more parallel edges cannot be told apart.
constexpr std::size_t kMaxRelationsPerPair = 3;
// In a cut view, at most this many relations join an entity to those drawn
// before it, those to the centre first, then the most confident: hubs that
// all relate to each other would otherwise fill the cap with a mesh of few
// entities.
constexpr std::size_t kMaxRelationsPerEntity = 4;

// Entities ring by ring around `centre` (at most `depth` rings), best
// connected first within a ring, each added while the relations to those
// already added keep the total within `cap` (0: no cap, and every relation
// among them is kept).
GraphView grow(const graph::KnowledgeGraph& graph, NodeId centre, std::size_t depth, std::size_t cap,
               const IncidentOf& incident) {
  GraphView view;
  view.focus = centre;
  std::unordered_map<NodeId, bool> seen{{centre, true}};  // true: added
  std::vector<NodeId> ring{centre};
  for (std::size_t hop = 0; !ring.empty() && hop <= depth; ++hop) {
    std::stable_sort(ring.begin(), ring.end(), [&](NodeId a, NodeId b) {
      return incident(a).size() != incident(b).size() ? incident(a).size() > incident(b).size() : a < b;
    });
    std::vector<NodeId> added;
    for (const NodeId node : ring) {
      std::vector<std::pair<NodeId, EdgeId>> links;  // (other end, relation)
      for (const auto& [edge, other] : incident(node))
        if (const auto found = seen.find(other); found != seen.end() && found->second) links.emplace_back(other, edge);
      std::sort(links.begin(), links.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        const double ca = graph.relation(a.second).confidence, cb = graph.relation(b.second).confidence;
        return ca != cb ? ca > cb : a.second < b.second;
      });
      links.erase(std::unique(links.begin(), links.end()), links.end());
      std::vector<std::pair<NodeId, EdgeId>> chosen;
      for (std::size_t i = 0; i < links.size(); ++i) {
        std::size_t same = 0;
        while (same < i && links[i - same - 1].first == links[i].first) ++same;
        if (cap == 0 || same < kMaxRelationsPerPair) chosen.push_back(links[i]);
      }
      if (cap > 0 && chosen.size() > kMaxRelationsPerEntity) {
        std::stable_sort(chosen.begin(), chosen.end(), [&](const auto& a, const auto& b) {
          if ((a.first == centre) != (b.first == centre)) return a.first == centre;
          return graph.relation(a.second).confidence > graph.relation(b.second).confidence;
        });
        chosen.resize(kMaxRelationsPerEntity);
      }
      std::vector<EdgeId> edges;
      for (const auto& link : chosen) edges.push_back(link.second);
      std::sort(edges.begin(), edges.end());
      if (hop > 0 && edges.empty()) continue;  // its way in was cut
      if (cap > 0 && view.edges.size() + edges.size() > cap) {
        view.capped = true;
        continue;
      }
      seen[node] = true;
      added.push_back(node);
      view.nodes.push_back(node);
      view.edges.insert(view.edges.end(), edges.begin(), edges.end());
    }
    if (cap > 0 && view.edges.size() >= cap) break;
    std::vector<NodeId> next;
    for (const NodeId node : added)
      for (const auto& [edge, other] : incident(node))
        if (seen.emplace(other, false).second) next.push_back(other);
    ring = std::move(next);
  }
  std::sort(view.nodes.begin(), view.nodes.end());
  std::sort(view.edges.begin(), view.edges.end());
  return view;
}

}  // namespace

std::string period_start(std::string_view text) {
  const auto period = parse_period(text);
  if (!period) return {};
  return period->year + '-' + two_digits(period->first_month) + '-' + (period->day.empty() ? "01" : period->day);
}

std::string period_end(std::string_view text) {
  const auto period = parse_period(text);
  if (!period) return {};
  return period->year + '-' + two_digits(period->last_month) + '-' + (period->day.empty() ? "31" : period->day);
}

GraphView whole_view(const graph::KnowledgeGraph& graph) {
  GraphView view;
  for (NodeId node = 0; node < graph.entity_count(); ++node) view.nodes.push_back(node);
  for (EdgeId edge = 0; edge < graph.relation_count(); ++edge) view.edges.push_back(edge);
  view.matching_relations = view.edges.size();
  return view;
}

GraphView select_view(const graph::KnowledgeGraph& graph, const ViewFilter& filter) {
  const RelationTest test(graph, filter);
  if (filter.focus) {
    // Only the neighbourhood is visited: the incident lists are built on demand.
    std::unordered_map<NodeId, Incident> cache;
    const IncidentOf incident = [&](NodeId node) -> const Incident& {
      auto [found, added] = cache.try_emplace(node);
      if (added) {
        for (const EdgeId edge : graph.out_edges(node))
          if (test.relation(edge)) found->second.emplace_back(edge, graph.object(edge));
        for (const EdgeId edge : graph.in_edges(node))
          if (test.relation(edge)) found->second.emplace_back(edge, graph.subject(edge));
      }
      return found->second;
    };
    GraphView view = grow(graph, *filter.focus, filter.depth, 0, incident);
    view.matching_relations = view.edges.size();
    if (filter.max_relations == 0 || view.edges.size() <= filter.max_relations) return view;
    GraphView cut = grow(graph, *filter.focus, filter.depth, filter.max_relations, incident);
    cut.matching_relations = view.matching_relations;
    cut.capped = true;
    return cut;
  }

  std::vector<EdgeId> edges;
  std::vector<std::size_t> degree(graph.entity_count(), 0);
  for (EdgeId edge = 0; edge < graph.relation_count(); ++edge)
    if (test.relation(edge)) {
      edges.push_back(edge);
      ++degree[graph.subject(edge)], ++degree[graph.object(edge)];
    }
  if (filter.max_relations == 0 || edges.size() <= filter.max_relations) {
    GraphView view;
    for (NodeId node = 0; node < graph.entity_count(); ++node)
      if (degree[node] > 0) view.nodes.push_back(node);
    view.edges = std::move(edges);
    view.matching_relations = view.edges.size();
    return view;
  }
  // Too many: a view around the best-connected entity (the lowest id among equals).
  const auto centre = static_cast<NodeId>(std::max_element(degree.begin(), degree.end()) - degree.begin());
  std::vector<Incident> lists(graph.entity_count());
  for (const EdgeId edge : edges) {
    lists[graph.subject(edge)].emplace_back(edge, graph.object(edge));
    lists[graph.object(edge)].emplace_back(edge, graph.subject(edge));
  }
  const IncidentOf incident = [&](NodeId node) -> const Incident& { return lists[node]; };
  GraphView view = grow(graph, centre, static_cast<std::size_t>(-1), filter.max_relations, incident);
  view.matching_relations = edges.size();
  view.capped = true;
  return view;
}

}  // namespace kg::exporter
