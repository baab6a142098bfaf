// The RDF statements of a graph (the shape of rdf_vocabulary.h) as quads of
// N-Triples terms, streamed to a QuadSink. Terms are built in scratch strings
// that keep their capacity, so after the first few entities no statement
// allocates.

#include "export/rdf_quads.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "export/rdf_vocabulary.h"
#include "export/text_encoding.h"

namespace kg::exporter::rdf {
namespace {

using graph::EdgeId;
using graph::Entity;
using graph::EntityType;
using graph::KnowledgeGraph;
using graph::NodeId;


void append_iri(std::string& out, std::string_view base, std::string_view local) {
  out += '<';
  out += base;
  out += local;
  out += '>';
}

std::string iri(std::string_view base, std::string_view local) {
  std::string out;
  append_iri(out, base, local);
  return out;
}

// IRIs from compact "schema:X" / "kg:X" (type_compact_iri).
std::string expand(std::string_view compact) {
  const std::size_t colon = compact.find(':');
  const std::string_view prefix = compact.substr(0, colon), local = compact.substr(colon + 1);
  return iri(prefix == "schema" ? kSchema : kVocabulary, local);
}

// A literal, typed when `xsd_type` (e.g. "decimal") is given.
void append_literal(std::string& out, std::string_view value, std::string_view xsd_type) {
  append_quoted_literal(out, value);
  if (!xsd_type.empty()) {
    out += "^^<";
    out += kXsd;
    out += xsd_type;
    out += '>';
  }
}

void append_entity_iri(std::string& out, const Entity& entity) {
  out += '<';
  out += kEntityBase;
  append_safe_iri(out, entity.id);  // entity_suffix
  out += '>';
}

void append_document_iri(std::string& out, std::string_view id) {
  out += '<';
  out += kDocumentBase;
  append_percent_encoded(out, id);  // document_suffix
  out += '>';
}

// The object of an edge: the node's IRI or the Literal's typed value.
void append_object(std::string& out, const KnowledgeGraph& graph, EdgeId edge) {
  const Entity& object = graph.entity(graph.object(edge));
  if (has_literal_object(graph, edge))
    append_literal(out, object.name, literal_datatype(object));
  else
    append_entity_iri(out, object);
}

// Hands each quad to a QuadVisitor as std::strings, reusing their storage.
class VisitorSink : public QuadSink {
 public:
  explicit VisitorSink(const QuadVisitor& visit) : visit_(visit) {}
  void quad(std::string_view subject, std::string_view predicate, std::string_view object,
            std::string_view graph_name) override {
    subject_.assign(subject), predicate_.assign(predicate), object_.assign(object), graph_.assign(graph_name);
    visit_(subject_, predicate_, object_, graph_);
  }

 private:
  const QuadVisitor& visit_;
  std::string subject_, predicate_, object_, graph_;
};

}  // namespace

std::string literal_term(std::string_view value, std::string_view xsd_type) {
  std::string out;
  append_literal(out, value, xsd_type);
  return out;
}

std::string object_term(const KnowledgeGraph& graph, EdgeId edge) {
  std::string out;
  append_object(out, graph, edge);
  return out;
}

std::string entity_term(const Entity& entity) {
  std::string out;
  append_entity_iri(out, entity);
  return out;
}

std::string document_term(std::string_view document_id) {
  std::string out;
  append_document_iri(out, document_id);
  return out;
}

QuadEmitter::QuadEmitter(const KnowledgeGraph& graph, QuadSink& sink)
    : graph_(graph),
      sink_(sink),
      type_(iri(kRdf, "type")),
      rdf_subject_(iri(kRdf, "subject")),
      rdf_predicate_(iri(kRdf, "predicate")),
      rdf_object_(iri(kRdf, "object")),
      name_(iri(kSchema, "name")),
      alternate_name_(iri(kSchema, "alternateName")),
      date_published_(iri(kSchema, "datePublished")),
      in_language_(iri(kSchema, "inLanguage")) {
  for (const EntityType type : {EntityType::Organization, EntityType::Person, EntityType::Location,
                                EntityType::Product, EntityType::Concept, EntityType::Literal})
    class_iris_[static_cast<std::size_t>(type)] = expand(type_compact_iri(type));
}

// "<https://w3id.org/kg/ns#name>", cached: the predicates and qualifier keys
// of a graph are a small vocabulary.
const std::string& QuadEmitter::vocabulary(std::string_view name) {
  auto at = vocabulary_.find(name);
  if (at == vocabulary_.end()) at = vocabulary_.emplace(std::string(name), iri(kVocabulary, vocabulary_suffix(name))).first;
  return at->second;
}

const std::string& QuadEmitter::literal(std::string_view value, std::string_view xsd_type) {
  literal_.clear();
  append_literal(literal_, value, xsd_type);
  return literal_;
}

const std::string& QuadEmitter::integer(std::size_t value) {
  char digits[24];
  return literal(std::string_view(digits, static_cast<std::size_t>(
                                              std::to_chars(digits, digits + sizeof digits, value).ptr - digits)),
                 "integer");
}

namespace {

bool is_merged(const graph::Alias& alias) { return alias.reason != "mention"; }

// Aliases are sorted by (form, reason); a form may come with several reasons.
bool new_form(const std::vector<graph::Alias>& aliases, std::size_t i) {
  return i == 0 || aliases[i].form != aliases[i - 1].form;
}

// A form with any merged reason becomes one alias node, at its first merged reason.
bool first_merged(const std::vector<graph::Alias>& aliases, std::size_t i) {
  if (!is_merged(aliases[i])) return false;
  for (std::size_t j = i; j > 0 && aliases[j - 1].form == aliases[i].form; --j)
    if (is_merged(aliases[j - 1])) return false;
  return true;
}

}  // namespace

const std::string& QuadEmitter::alias_iri(const graph::Alias& alias) {
  node_.assign(subject_, 0, subject_.size() - 1);
  node_ += "/alias/";
  append_percent_encoded(node_, alias.form);  // alias_suffix
  node_ += '>';
  return node_;
}

void QuadEmitter::names(const Entity& entity) {
  if (entity.type == EntityType::Literal) return;  // a Literal is written as typed literals
  const auto& aliases = entity.aliases;
  emit(subject_, type_, class_iris_[static_cast<std::size_t>(entity.type)]);
  emit(subject_, name_, literal(entity.name));
  for (std::size_t i = 0; i < aliases.size(); ++i)
    if (new_form(aliases, i)) emit(subject_, alternate_name_, literal(aliases[i].form));
  for (std::size_t i = 0; i < aliases.size(); ++i)
    if (first_merged(aliases, i)) emit(subject_, vocabulary("alias"), alias_iri(aliases[i]));
  emit(subject_, vocabulary("mentions"), integer(entity.mentions));
}

void QuadEmitter::alias_nodes(const Entity& entity) {
  if (entity.type == EntityType::Literal) return;
  const auto& aliases = entity.aliases;
  for (std::size_t i = 0; i < aliases.size(); ++i) {
    if (!first_merged(aliases, i)) continue;
    // Why a name was merged into this entity: one node per form, every reason.
    const std::string& alias = alias_iri(aliases[i]);
    emit(alias, type_, vocabulary("Alias"));
    emit(alias, vocabulary("form"), literal(aliases[i].form));
    for (std::size_t j = i; j < aliases.size() && aliases[j].form == aliases[i].form; ++j)
      if (is_merged(aliases[j]) && (j == i || aliases[j].reason != aliases[j - 1].reason))
        emit(alias, vocabulary("reason"), literal(aliases[j].reason));
  }
}

void QuadEmitter::entity_own(const Entity& entity) {
  subject_.clear();
  append_entity_iri(subject_, entity);
  names(entity);
  alias_nodes(entity);
}

void QuadEmitter::entity(NodeId node) {
  const Entity& entity = graph_.entity(node);
  subject_.clear();
  append_entity_iri(subject_, entity);
  names(entity);
  // The edges, sorted by (predicate, object id). Two Literal objects (another
  // unit, say) may give the same literal term: each term once per predicate.
  const std::string* predicate = nullptr;
  for (const EdgeId edge : graph_.out_edges(node)) {
    const std::string& next = vocabulary(graph_.relation(edge).predicate);
    if (predicate != &next) literal_objects_.clear();
    predicate = &next;
    object_.clear();
    append_object(object_, graph_, edge);
    if (has_literal_object(graph_, edge)) {
      if (std::find(literal_objects_.begin(), literal_objects_.end(), object_) != literal_objects_.end()) continue;
      literal_objects_.push_back(object_);
    }
    emit(subject_, next, object_);
  }
  alias_nodes(entity);
}

void QuadEmitter::document(const graph::DocumentInfo& info) {
  document_.clear();
  append_document_iri(document_, info.id);
  emit(document_, type_, vocabulary("Document"));
  if (!info.date.empty()) emit(document_, date_published_, literal(info.date));
  if (!info.lang.empty()) emit(document_, in_language_, literal(info.lang));
}

void QuadEmitter::documents() {
  // Views into the graph: the ids of documents() and of the evidence.
  std::set<std::string_view> ids;
  for (const graph::DocumentInfo& document : graph_.documents()) ids.insert(document.id);
  for (EdgeId edge = 0; edge < graph_.relation_count(); ++edge)
    for (const graph::Evidence& evidence : graph_.relation(edge).evidence) ids.insert(evidence.doc.str());
  auto info = graph_.documents().begin();  // sorted by id, as `ids`
  for (const std::string_view id : ids) {
    while (info != graph_.documents().end() && info->id < id) ++info;
    if (info != graph_.documents().end() && info->id == id) {
      document(*info);
    } else {  // named only by evidence
      document_.clear();
      append_document_iri(document_, id);
      emit(document_, type_, vocabulary("Document"));
    }
  }
}

void QuadEmitter::set_edge(EdgeId edge) {
  if (have_edge_ && edge_ == edge) return;
  edge_ = edge, have_edge_ = true;
  statement_suffix_.clear();
  append_statement_suffix(statement_suffix_, graph_, edge);
  statement_.clear();
  append_iri(statement_, kStatementBase, statement_suffix_);
}

void QuadEmitter::statement(EdgeId edge) {
  set_edge(edge);
  const graph::Relation& relation = graph_.relation(edge);
  emit(statement_, type_, vocabulary("Statement"));
  subject_.clear();
  append_entity_iri(subject_, graph_.entity(graph_.subject(edge)));
  emit(statement_, rdf_subject_, subject_);
  emit(statement_, rdf_predicate_, vocabulary(relation.predicate));
  object_.clear();
  append_object(object_, graph_, edge);
  emit(statement_, rdf_object_, object_);
  emit(statement_, vocabulary("confidence"), literal(confidence_literal(relation.confidence), "decimal"));
  // The qualifiers plus the unit of a Literal object (statement_qualifiers,
  // without building its map): each key once, so no value repeats.
  const Entity& object = graph_.entity(graph_.object(edge));
  const bool unit = object.type == EntityType::Literal && !object.unit.empty();
  for (const auto& [key, value] : relation.qualifiers) {
    if (unit && key == "unit" && value == object.unit) continue;
    emit(statement_, vocabulary(key), literal(value));
  }
  if (unit) emit(statement_, vocabulary("unit"), literal(object.unit));
}

void QuadEmitter::evidence(EdgeId edge) {
  set_edge(edge);
  const std::vector<graph::Evidence>& records = graph_.relation(edge).evidence;
  // Sorted by document first: one run per document, its links, then its nodes.
  for (std::size_t first = 0; first < records.size();) {
    std::size_t last = first;
    while (last < records.size() && records[last].doc == records[first].doc) ++last;
    document_.clear();
    append_document_iri(document_, records[first].doc);
    if (evidence_nodes_.size() < last - first) evidence_nodes_.resize(last - first);
    for (std::size_t i = first; i < last; ++i) {
      std::string& node = evidence_nodes_[i - first];
      node.clear();
      node += '<';
      node += kStatementBase;
      append_evidence_suffix(node, statement_suffix_, records[i]);
      node += '>';
      emit(statement_, vocabulary("evidence"), node, document_);
    }
    for (std::size_t i = first; i < last; ++i) {
      const graph::Evidence& evidence = records[i];
      const std::string& node = evidence_nodes_[i - first];
      emit(node, type_, vocabulary("Evidence"), document_);
      emit(node, vocabulary("document"), document_, document_);
      emit(node, vocabulary("sentence"), integer(evidence.sentence), document_);
      emit(node, vocabulary("start"), integer(evidence.span.begin), document_);
      emit(node, vocabulary("end"), integer(evidence.span.end), document_);
      emit(node, vocabulary("extractor"), literal(evidence.extractor), document_);
      emit(node, vocabulary("confidence"), literal(confidence_literal(evidence.confidence), "decimal"), document_);
      const std::pair<std::string_view, std::string_view> texts[] = {
          {"quote", evidence.quote},
          {"subjectForm", evidence.subject_form},
          {"objectForm", evidence.object_form},
          {"subjectSurface", evidence.subject_surface},
          {"objectSurface", evidence.object_surface},
          {"cue", evidence.cue}};
      for (const auto& [name, text] : texts)
        if (!text.empty()) emit(node, vocabulary(name), literal(text), document_);
      for (const auto& [key, value] : evidence.qualifiers) emit(node, vocabulary(key), literal(value), document_);
    }
    first = last;
  }
}

void QuadEmitter::all() {
  for (NodeId node = 0; node < graph_.entity_count(); ++node) entity(node);
  documents();
  for (EdgeId edge = 0; edge < graph_.relation_count(); ++edge) {
    statement(edge);
    evidence(edge);
  }
}

void visit_quads(const KnowledgeGraph& graph, const QuadVisitor& visit) {
  VisitorSink sink(visit);
  QuadEmitter(graph, sink).all();
}

std::string vocabulary_term(std::string_view name) { return iri(kVocabulary, vocabulary_suffix(name)); }

void visit_entity_quads(const Entity& entity, const QuadVisitor& visit) {
  static const KnowledgeGraph kNoGraph;
  VisitorSink sink(visit);
  QuadEmitter(kNoGraph, sink).entity_own(entity);
}

void visit_document_quads(const graph::DocumentInfo& document, const QuadVisitor& visit) {
  static const KnowledgeGraph kNoGraph;
  VisitorSink sink(visit);
  QuadEmitter(kNoGraph, sink).document(document);
}

}  // namespace kg::exporter::rdf
