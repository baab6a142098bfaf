#include "graph/graph_builder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "extract/predicates.h"
#include "graph/alias_resolver.h"
#include "graph/knowledge_graph_impl.h"
#include "graph/text_pool.h"

namespace kg::graph {
namespace {

constexpr std::size_t kMaxQuoteBytes = 400;

struct FormKey {
  EntityType type = EntityType::Concept;
  std::string name;
  std::string unit;
  auto operator<=>(const FormKey&) const = default;
};

struct FormStats {
  std::uint64_t count = 0;
  std::map<std::string, std::uint64_t> surfaces;  // mentions as written, other than the name
};

struct EdgeKey {
  FormKey subject;
  std::string predicate;
  FormKey object;
  auto operator<=>(const EdgeKey&) const = default;
};

std::string shorten(const std::string& text) {
  if (text.size() <= kMaxQuoteBytes) return text;
  std::size_t cut = kMaxQuoteBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return text.substr(0, cut) + "…";
}

auto evidence_identity(const Evidence& e) {
  return std::tie(e.doc, e.sentence, e.span.begin, e.span.end, e.extractor, e.subject_form, e.object_form);
}

// Among duplicates of one piece of evidence keep a deterministic choice.
bool evidence_before(const Evidence& a, const Evidence& b) {
  if (evidence_identity(a) != evidence_identity(b)) return evidence_identity(a) < evidence_identity(b);
  return std::tie(b.confidence, b.qualifiers, b.quote) < std::tie(a.confidence, a.qualifiers, a.quote);
}

// Sorts and keeps one record per identity.
void deduplicate(std::vector<Evidence>& evidence) {
  std::sort(evidence.begin(), evidence.end(), evidence_before);
  evidence.erase(std::unique(evidence.begin(), evidence.end(),
                             [](const Evidence& a, const Evidence& b) {
                               return evidence_identity(a) == evidence_identity(b);
                             }),
                 evidence.end());
}

Relation combine(const std::string& predicate, std::vector<Evidence> evidence) {
  std::sort(evidence.begin(), evidence.end(), evidence_before);
  Relation relation;
  relation.predicate = predicate;
  const auto* info = extract::find_predicate(predicate);
  relation.symmetric = info && info->symmetric;
  // Noisy-or: independent pieces of evidence; the product runs over the
  // sorted list, so the floating-point result does not depend on input order.
  double disbelief = 1.0;
  std::map<std::string, std::pair<double, std::string>> best;  // qualifier -> (confidence, value)
  for (const Evidence& e : evidence) {
    disbelief *= 1.0 - std::clamp(e.confidence, 0.0, 1.0);
    for (const auto& [key, value] : e.qualifiers) {
      auto [it, inserted] = best.emplace(key, std::pair{e.confidence, value});
      if (!inserted && (e.confidence > it->second.first ||
                        (e.confidence == it->second.first && value < it->second.second)))
        it->second = {e.confidence, value};
    }
  }
  relation.confidence = std::round((1.0 - disbelief) * 1e6) / 1e6;
  for (auto& [key, chosen] : best) relation.qualifiers[key] = chosen.second;
  relation.evidence = std::move(evidence);
  return relation;
}

}  // namespace

struct GraphBuilder::State {
  std::map<EdgeKey, std::vector<Evidence>> edges;
  TextPool texts;  // document ids, extractor names and quotes, each held once
  std::map<std::string, DocumentInfo> documents;
  std::size_t statements = 0;

  // Symmetric statements are oriented by their names here, so that the same
  // evidence said either way round deduplicates before names are resolved.
  void add_evidence(EdgeKey key, Evidence evidence) {
    const auto* info = extract::find_predicate(key.predicate);
    if (info && info->symmetric && key.object < key.subject) {
      std::swap(key.subject, key.object);
      std::swap(evidence.subject_form, evidence.object_form);
      std::swap(evidence.subject_surface, evidence.object_surface);
    }
    edges[std::move(key)].push_back(std::move(evidence));
    ++statements;
  }
};

GraphBuilder::GraphBuilder() : state_(std::make_unique<State>()) {}
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;
GraphBuilder& GraphBuilder::operator=(GraphBuilder&&) noexcept = default;

std::size_t GraphBuilder::statement_count() const { return state_->statements; }

void GraphBuilder::add(const extract::Statement& statement) {
  if (statement.subject.name.empty() || statement.object.name.empty()) return;
  if (!extract::find_predicate(statement.predicate)) return;
  auto key_of = [](const extract::Term& term) {
    return FormKey{term.type, term.name, term.type == EntityType::Literal ? term.unit : ""};
  };
  auto surface_of = [](const extract::Term& term) { return term.surface == term.name ? std::string() : term.surface; };
  Evidence evidence;
  evidence.doc = state_->texts.intern(statement.doc);
  evidence.sentence = statement.sentence;
  evidence.span = statement.span;
  evidence.extractor = state_->texts.intern(statement.extractor);
  evidence.confidence = std::clamp(statement.confidence, 0.0, 1.0);
  evidence.quote = state_->texts.intern(shorten(statement.evidence));
  evidence.subject_form = statement.subject.name;
  evidence.object_form = statement.object.name;
  evidence.subject_surface = surface_of(statement.subject);
  evidence.object_surface = surface_of(statement.object);
  evidence.cue = statement.cue;
  evidence.qualifiers = statement.qualifiers;
  state_->add_evidence({key_of(statement.subject), statement.predicate, key_of(statement.object)}, std::move(evidence));
}

void GraphBuilder::add(const DocumentInfo& document) {
  // The same id seen twice keeps the smallest record, whatever the order.
  auto [it, inserted] = state_->documents.emplace(document.id, document);
  if (!inserted && std::tie(document.date, document.lang) < std::tie(it->second.date, it->second.lang))
    it->second = document;
}

void GraphBuilder::add(const KnowledgeGraph& graph) {
  for (const DocumentInfo& document : graph.documents()) add(document);
  for (EdgeId edge = 0; edge < graph.relation_count(); ++edge) {
    const Entity& subject = graph.entity(graph.subject(edge));
    const Entity& object = graph.entity(graph.object(edge));
    const Relation& relation = graph.relation(edge);
    for (const Evidence& evidence : relation.evidence) {
      EdgeKey key{{subject.type, evidence.subject_form, subject.type == EntityType::Literal ? subject.unit : ""},
                  relation.predicate,
                  {object.type, evidence.object_form, object.type == EntityType::Literal ? object.unit : ""}};
      state_->add_evidence(std::move(key), evidence);
    }
  }
}

KnowledgeGraph GraphBuilder::build() {
  State state = std::move(*state_);
  *state_ = State{};

  // 1. Distinct evidence, and from it how often each name was used.
  std::map<FormKey, FormStats> form_stats;
  for (auto& [key, evidence] : state.edges) {
    deduplicate(evidence);
    for (const Evidence& e : evidence) {
      auto& subject = form_stats[key.subject];
      ++subject.count;
      if (!e.subject_surface.empty()) ++subject.surfaces[e.subject_surface];
      auto& object = form_stats[key.object];
      ++object.count;
      if (!e.object_surface.empty()) ++object.surfaces[e.object_surface];
    }
  }

  // 2. Names -> entities.
  std::vector<NameForm> forms;
  std::vector<const FormStats*> stats;
  forms.reserve(form_stats.size());
  for (const auto& [key, value] : form_stats) {
    forms.push_back({key.type, key.name, key.unit, value.count});
    stats.push_back(&value);
  }
  const std::vector<NameCluster> clusters = resolve_aliases(forms);

  std::vector<Entity> entities;
  std::vector<std::size_t> entity_of_form(forms.size());
  entities.reserve(clusters.size());
  for (const NameCluster& cluster : clusters) {
    const NameForm& canonical = forms[cluster.canonical];
    Entity entity;
    entity.name = canonical.name;
    entity.type = canonical.type;
    entity.unit = canonical.unit;
    entity.id = entity_id(entity.type, entity.name, entity.unit);
    std::map<std::string, std::pair<std::string, std::uint64_t>> aliases;  // form -> (reason, count)
    std::map<std::string, std::uint64_t> mentions;
    for (std::size_t k = 0; k < cluster.members.size(); ++k) {
      const std::size_t member = cluster.members[k];
      entity_of_form[member] = entities.size();
      entity.mentions += forms[member].count;
      if (member != cluster.canonical) aliases[forms[member].name] = {cluster.reasons[k], forms[member].count};
      for (const auto& [surface, count] : stats[member]->surfaces) mentions[surface] += count;
    }
    for (const auto& [form, reason_count] : aliases)
      entity.aliases.push_back({form, reason_count.first, reason_count.second});
    for (const auto& [surface, count] : mentions)
      if (surface != entity.name && !aliases.contains(surface)) entity.aliases.push_back({surface, "mention", count});
    std::sort(entity.aliases.begin(), entity.aliases.end(),
              [](const Alias& a, const Alias& b) { return std::tie(a.form, a.reason) < std::tie(b.form, b.reason); });
    entities.push_back(std::move(entity));
  }

  // Number entities in id order.
  std::vector<std::size_t> order(entities.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return entities[a].id < entities[b].id; });
  std::vector<NodeId> node_of_entity(entities.size());
  std::vector<Entity> sorted_entities;
  sorted_entities.reserve(entities.size());
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    node_of_entity[order[rank]] = static_cast<NodeId>(rank);
    sorted_entities.push_back(std::move(entities[order[rank]]));
  }
  std::map<FormKey, NodeId> node_of_form;
  {
    std::size_t i = 0;
    for (const auto& [key, value] : form_stats) node_of_form.emplace(key, node_of_entity[entity_of_form[i++]]);
  }

  // 3. Statements -> edges, symmetric ones with the smaller node first.
  std::map<std::tuple<NodeId, std::string, NodeId>, std::vector<Evidence>> grouped;
  // Entries are erased as they are moved, so evidence is never held twice.
  for (auto it = state.edges.begin(); it != state.edges.end(); it = state.edges.erase(it)) {
    auto& [key, evidence] = *it;
    NodeId s = node_of_form.at(key.subject), o = node_of_form.at(key.object);
    const auto* info = extract::find_predicate(key.predicate);
    const bool swap = info && info->symmetric && o < s;
    if (swap)
      for (Evidence& e : evidence) {
        std::swap(e.subject_form, e.object_form);
        std::swap(e.subject_surface, e.object_surface);
      }
    auto& target = grouped[{swap ? o : s, key.predicate, swap ? s : o}];
    if (target.empty()) target = std::move(evidence);
    else target.insert(target.end(), std::make_move_iterator(evidence.begin()), std::make_move_iterator(evidence.end()));
  }
  std::vector<EdgeDraft> edges;
  edges.reserve(grouped.size());
  for (auto it = grouped.begin(); it != grouped.end(); it = grouped.erase(it)) {
    const auto& [s, predicate, o] = it->first;
    edges.push_back({s, o, combine(predicate, std::move(it->second))});
  }

  std::vector<DocumentInfo> documents;
  for (auto& [id, document] : state.documents) documents.push_back(std::move(document));
  return assemble_graph(std::move(sorted_entities), std::move(edges), std::move(documents));
}

}  // namespace kg::graph
