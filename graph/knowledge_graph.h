#pragma once
// The merged graph of entities and statements. Immutable once built (see
// GraphBuilder), so a KnowledgeGraph is safe to share across threads and
// cheap to copy (the data are shared).

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/entity_type.h"
#include "graph/shared_text.h"

namespace kg::graph {

using extract::EntityType;

// Dense ids: nodes are numbered in the order of Entity::id, edges in the order
// of (subject id, predicate, object id), so iterating 0..count-1 is sorted.
using NodeId = std::uint32_t;
using EdgeId = std::uint32_t;

// Another form under which an entity was seen, and why it belongs to it.
struct Alias {
  std::string form;    // as written
  std::string reason;  // "case", "legal-form", "genitive", "misspelling" (merged names) or "mention" (a surface form or description the extractor resolved)
  std::uint64_t count = 0;  // evidence records that used it
};

struct Entity {
  std::string id;    // content-derived, IRI-safe: "<type>/<percent-encoded name>", e.g. "Organization/HMD%20Global"
  std::string name;  // canonical name; for a Literal its normalised value
  EntityType type = EntityType::Concept;
  std::string unit;  // Literal only ("percent", "EUR", ...)
  std::vector<Alias> aliases;  // sorted by form; never contains `name`
  std::uint64_t mentions = 0;  // evidence records that referred to it (as subject or object)
};

// One piece of provenance of a statement.
struct Evidence {
  SharedText doc;
  std::size_t sentence = 0;  // 0-based sentence index within the document
  extract::Span span;        // bytes of the source document
  SharedText extractor;
  double confidence = 0.0;
  SharedText quote;          // the evidence sentence (shortened to at most 400 bytes)
  std::string subject_form;  // the subject's name as the extractor gave it
  std::string object_form;   // the object's name as the extractor gave it
  std::string subject_surface;  // the subject as written when it differs from subject_form ("der Konzern"), else empty
  std::string object_surface;   // likewise for the object
  std::string cue;              // the word of the quote that triggered the extractor ("erworben"); may be empty
  std::map<std::string, std::string> qualifiers;
};

// An edge: one (subject, predicate, object) with all its evidence.
struct Relation {
  std::string predicate;
  double confidence = 0.0;  // 1 - prod(1 - c_i) over the distinct evidence records
  std::map<std::string, std::string> qualifiers;  // per key, the value of the most confident evidence
  std::vector<Evidence> evidence;  // sorted by (doc, sentence, span, extractor), unique
  bool symmetric = false;          // stored once, subject id < object id
};

struct DocumentInfo {
  std::string id;
  std::string date;  // may be empty
  std::string lang;
  bool operator==(const DocumentInfo&) const = default;
};

// Why two names became one node; kept for stats and exports.
struct MergeRecord {
  std::string entity_id;  // the node they merged into
  std::string form;       // the merged name
  std::string reason;     // "case", "legal-form", "genitive", "misspelling"
};

class KnowledgeGraph {
 public:
  KnowledgeGraph();  // empty graph

  std::size_t entity_count() const;
  std::size_t relation_count() const;
  const Entity& entity(NodeId node) const;       // requires node < entity_count()
  const Relation& relation(EdgeId edge) const;   // requires edge < relation_count()
  NodeId subject(EdgeId edge) const;
  NodeId object(EdgeId edge) const;
  std::vector<EdgeId> out_edges(NodeId node) const;  // sorted
  std::vector<EdgeId> in_edges(NodeId node) const;   // sorted

  // The node whose name or alias is `name` (exact, then case-insensitive).
  std::optional<NodeId> find(std::string_view name) const;
  // The node with this Entity::id.
  std::optional<NodeId> find_id(std::string_view id) const;

  // Nodes within `depth` hops of `start`, following edges both ways; sorted.
  std::vector<NodeId> neighbourhood(NodeId start, std::size_t depth) const;

  // The graph restricted to `nodes` and to edges between them whose
  // confidence is at least `min_confidence`. Nodes keep their ids' order.
  KnowledgeGraph subgraph(const std::vector<NodeId>& nodes, double min_confidence) const;

  const std::vector<DocumentInfo>& documents() const;  // sorted by id
  const std::vector<MergeRecord>& merges() const;      // sorted

  struct Impl;
  explicit KnowledgeGraph(std::shared_ptr<const Impl> impl);
  const Impl& impl() const { return *impl_; }

 private:
  std::shared_ptr<const Impl> impl_;
};

}  // namespace kg::graph
