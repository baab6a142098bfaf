// JSON-LD 1.1, streamed, in three document forms (see JsonLdForm) and two
// ways of describing statements (JsonLdOptions::reified_statements). The
// compacted shape with reified statements (see rdf_vocabulary.h for the
// triples):
//
//   {"@context": {prefixes, type and property terms},
//    "@graph": [
//      {"@id": "entity:Organization/Nokia", "@type": "Organization",
//       "name": "Nokia", "alternateName": [...], "mentions": "12",
//       "licenses-to": ["entity:Organization/HMD%20Global"],
//       "market-share": "14.7"},
//      {"@id": "doc:dev-001", "@type": "Document", "datePublished": "2017-07",
//       "inLanguage": "de"},
//      {"@id": "stmt:...", "@type": "Statement", "subject": ..., "predicate":
//       "kg:licenses-to", "object": ..., "confidence": "0.82", "kg:time": "2017"},
//      {"@id": "doc:dev-001",
//       "@graph": [{"@id": "stmt:...", "evidence": [{"@id": "stmt:.../evidence/...",
//                   "@type": "Evidence", "document": "doc:dev-001", ...}]}]}]}
//
// Streamed: entities, documents, then each statement followed by its
// evidence in one node object per document (the named graph of the
// document; JSON-LD merges the node objects and graphs that share an @id),
// so memory does not grow with the number of statements.
//
// Without reification a statement is the named graph that holds its edge,
// and its annotations describe that graph (no rdf:Statement, rdf:subject,
// rdf:predicate, rdf:object; the evidence is in the default graph):
//
//      {"@id": "stmt:...", "confidence": "0.82", "kg:time": "2017",
//       "evidence": [{"@id": ".../evidence/...", "@type": "Evidence", ...}],
//       "@graph": [{"@id": "entity:Organization/Nokia",
//                   "licenses-to": ["entity:Organization/HMD%20Global"]}]}
//
// The flattened form embeds no node in another (aliases and evidence become
// node objects of their own, referenced by @id); the expanded form has no
// context, full IRIs and every value in an array of value or node objects,
// exactly what a JSON-LD processor's expand() makes of the compacted form.
// Numbers are strings coerced by the context (or typed value objects), so a
// processor emits exactly the lexical forms of the N-Quads writer.

#include <set>
#include <string_view>
#include <string>
#include <vector>

#include "export/exporters.h"
#include "export/json_stream.h"
#include "export/jsonld_terms.h"
#include "export/rdf_vocabulary.h"
#include "extract/predicates.h"

namespace kg::exporter {
namespace {

using graph::EdgeId;
using graph::Entity;
using graph::EntityType;
using graph::Evidence;
using graph::KnowledgeGraph;
using graph::NodeId;
using jsonld::Coercion;

std::string entity_id(const Entity& entity) { return "entity:" + rdf::entity_suffix(entity); }
std::string document_id(std::string_view id) { return "doc:" + rdf::document_suffix(id); }

// A property value before it is written in the form of the document.
struct Value {
  enum class Kind { Id, String, Typed } kind;
  std::string text;      // compact IRI for Id, the lexical form otherwise
  std::string datatype;  // compact IRI ("xsd:decimal") for Typed
};

Value id_value(std::string compact) { return {Value::Kind::Id, std::move(compact), {}}; }
Value string_value(std::string_view text) { return {Value::Kind::String, std::string(text), {}}; }

// Writes node objects in one of the three forms: the key of a property, how
// its values are spelled and whether a lone value is an array.
class NodeWriter {
 public:
  NodeWriter(JsonStream& json, JsonLdForm form) : json_(json), expanded_(form == JsonLdForm::Expanded) {}

  JsonStream& json() { return json_; }
  bool expanded() const { return expanded_; }

  void begin(std::string_view compact_id) {
    json_.start_object();
    json_.member("@id", expanded_ ? jsonld::expand_iri(compact_id) : std::string(compact_id));
  }
  void end() { json_.end_object(); }

  void type(std::string_view type_term) {
    if (!expanded_) return json_.member("@type", type_term);
    json_.key("@type");
    json_.start_array();
    json_.string(jsonld::expand_iri(jsonld::find_term(type_term)->compact_iri));
    json_.end_array();
  }

  // `name` is a term of the context or a compact IRI ("kg:time").
  // `force_array` keeps a lone compact value in an array.
  void property(std::string_view name, const std::vector<Value>& values, bool force_array = false) {
    if (values.empty()) return;
    const jsonld::Term* term = jsonld::find_term(name);
    key(name);
    if (!expanded_ && values.size() == 1 && !force_array) return value(term, values.front());
    json_.start_array();
    for (const Value& v : values) value(term, v);
    json_.end_array();
  }
  void property(std::string_view name, Value v) { property(name, std::vector<Value>{std::move(v)}); }

  // The key of a property whose value the caller writes (embedded nodes, @graph).
  void key(std::string_view name) {
    const jsonld::Term* term = jsonld::find_term(name);
    if (!expanded_) return json_.key(name);
    json_.key(jsonld::expand_iri(term ? std::string_view(term->compact_iri) : name));
  }

 private:
  void value(const jsonld::Term* term, const Value& v) {
    const Coercion coercion = term ? term->coercion : Coercion::None;
    if (!expanded_) {
      const bool coerced = (v.kind == Value::Kind::Id && coercion == Coercion::Id) ||
                           (v.kind == Value::Kind::String && coercion == Coercion::None) ||
                           (v.kind == Value::Kind::Typed && coercion == Coercion::Decimal && v.datatype == "xsd:decimal") ||
                           (v.kind == Value::Kind::Typed && coercion == Coercion::Integer && v.datatype == "xsd:integer");
      if (coerced) return json_.string(v.text);
    }
    json_.start_object();
    if (v.kind == Value::Kind::Id) {
      json_.member("@id", expanded_ ? jsonld::expand_iri(v.text) : v.text);
    } else {
      // expand() writes @type before @value; key order means nothing in JSON-LD.
      if (v.kind == Value::Kind::Typed) json_.member("@type", expanded_ ? jsonld::expand_iri(v.datatype) : v.datatype);
      json_.member("@value", v.text);
    }
    json_.end_object();
  }

  JsonStream& json_;
  bool expanded_;
};

Value typed_value(std::string text, std::string_view datatype) {
  return {Value::Kind::Typed, std::move(text), std::string(datatype)};
}

// The object of `edge`: a node reference or a (typed) literal.
Value object_value(const KnowledgeGraph& graph, EdgeId edge) {
  const Entity& object = graph.entity(graph.object(edge));
  if (!rdf::has_literal_object(graph, edge)) return id_value(entity_id(object));
  if (rdf::literal_datatype(object) == "decimal") return typed_value(object.name, "xsd:decimal");
  return string_value(object.name);
}

// The key of a predicate: its term, or a compact IRI outside SCHEMA.md.
std::string predicate_key(std::string_view predicate) {
  if (extract::find_predicate(predicate)) return std::string(predicate);
  return "kg:" + rdf::vocabulary_suffix(predicate);
}

// Each run of one predicate among `edges` (sorted by predicate, object) as one property.
void write_edges(NodeWriter& writer, const KnowledgeGraph& graph, const std::vector<EdgeId>& edges) {
  for (std::size_t first = 0; first < edges.size();) {
    const std::string& predicate = graph.relation(edges[first]).predicate;
    std::vector<Value> objects;
    for (; first < edges.size() && graph.relation(edges[first]).predicate == predicate; ++first)
      objects.push_back(object_value(graph, edges[first]));
    writer.property(predicate_key(predicate), objects, true);
  }
}

class GraphWriter {
 public:
  GraphWriter(JsonStream& json, const KnowledgeGraph& graph, const JsonLdOptions& options)
      : writer_(json, options.form), graph_(graph), options_(options),
        flattened_(options.form == JsonLdForm::Flattened) {}

  void write_nodes() {
    for (NodeId node = 0; node < graph_.entity_count(); ++node) write_entity(node);
    write_documents();
    for (EdgeId edge = 0; edge < graph_.relation_count(); ++edge) write_statement(edge);
  }

 private:
  void write_alias(const Entity& entity, const graph::Alias& alias) {
    writer_.begin("entity:" + rdf::alias_suffix(entity, alias));
    writer_.type("Alias");
    writer_.property("form", string_value(alias.form));
    writer_.property("reason", string_value(alias.reason));
    writer_.end();
  }

  void write_entity(NodeId node) {
    const Entity& entity = graph_.entity(node);
    const std::vector<EdgeId> edges = graph_.out_edges(node);
    // A Literal is a value, not a node; it only gets an @id should it ever be a subject.
    const bool literal = entity.type == EntityType::Literal;
    if (literal && edges.empty()) return;
    writer_.begin(entity_id(entity));
    std::vector<const graph::Alias*> merged;
    if (!literal) {
      writer_.type(extract::to_string(entity.type));
      writer_.property("name", string_value(entity.name));
      std::vector<Value> forms;
      for (const graph::Alias& alias : entity.aliases) {
        forms.push_back(string_value(alias.form));
        if (alias.reason != "mention") merged.push_back(&alias);
      }
      writer_.property("alternateName", forms);
      if (!merged.empty() && flattened_) {
        std::vector<Value> ids;
        for (const graph::Alias* alias : merged) ids.push_back(id_value("entity:" + rdf::alias_suffix(entity, *alias)));
        writer_.property("alias", ids, true);
      } else if (!merged.empty()) {
        writer_.key("alias");
        writer_.json().start_array();
        for (const graph::Alias* alias : merged) write_alias(entity, *alias);
        writer_.json().end_array();
      }
      writer_.property("mentions", typed_value(std::to_string(entity.mentions), "xsd:integer"));
    }
    write_edges(writer_, graph_, edges);
    writer_.end();
    if (flattened_)
      for (const graph::Alias* alias : merged) write_alias(entity, *alias);
  }

  // "stmt:<statement suffix>", kept for the edge last asked about: the
  // statement node, its evidence graphs and evidence ids all start with it.
  const std::string& statement_id(EdgeId edge) {
    if (!have_statement_ || statement_edge_ != edge) {
      statement_id_.assign("stmt:");
      rdf::append_statement_suffix(statement_id_, graph_, edge);
      statement_edge_ = edge, have_statement_ = true;
    }
    return statement_id_;
  }

  std::string evidence_id(EdgeId edge, const Evidence& evidence) {
    std::string id = "stmt:";
    rdf::append_evidence_suffix(id, std::string_view(statement_id(edge)).substr(5), evidence);
    return id;
  }

  void write_evidence(EdgeId edge, const Evidence& evidence) {
    writer_.begin(evidence_id(edge, evidence));
    writer_.type("Evidence");
    writer_.property("document", id_value(document_id(evidence.doc)));
    writer_.property("sentence", typed_value(std::to_string(evidence.sentence), "xsd:integer"));
    writer_.property("start", typed_value(std::to_string(evidence.span.begin), "xsd:integer"));
    writer_.property("end", typed_value(std::to_string(evidence.span.end), "xsd:integer"));
    writer_.property("extractor", string_value(evidence.extractor));
    writer_.property("confidence", typed_value(rdf::confidence_literal(evidence.confidence), "xsd:decimal"));
    const std::pair<std::string_view, std::string_view> texts[] = {
        {"quote", evidence.quote},
        {"subjectForm", evidence.subject_form},
        {"objectForm", evidence.object_form},
        {"subjectSurface", evidence.subject_surface},
        {"objectSurface", evidence.object_surface},
        {"cue", evidence.cue}};
    for (const auto& [name, text] : texts)
      if (!text.empty()) writer_.property(name, string_value(text));
    for (const auto& [key, value] : evidence.qualifiers)
      writer_.property("kg:" + rdf::vocabulary_suffix(key), string_value(value));
    writer_.end();
  }

  // "evidence": the evidence nodes of `edge` in [first, last), embedded or by reference.
  template <typename Iterator>
  void write_evidence_links(EdgeId edge, Iterator first, Iterator last) {
    if (first == last) return;
    if (flattened_) {
      std::vector<Value> ids;
      for (Iterator at = first; at != last; ++at) ids.push_back(id_value(evidence_id(edge, **at)));
      return writer_.property("evidence", ids, true);
    }
    writer_.key("evidence");
    writer_.json().start_array();
    for (Iterator at = first; at != last; ++at) write_evidence(edge, **at);
    writer_.json().end_array();
  }

  // A document node: type, date, language. Its named graph (the evidence)
  // is written statement by statement, see write_evidence_graphs.
  void write_document(std::string_view id, const graph::DocumentInfo* info) {
    writer_.begin(document_id(id));
    writer_.type("Document");
    if (info && !info->date.empty()) writer_.property("datePublished", string_value(info->date));
    if (info && !info->lang.empty()) writer_.property("inLanguage", string_value(info->lang));
    writer_.end();
  }

  void write_documents() {
    // Views into the graph: the ids of documents() and of the evidence.
    std::set<std::string_view> ids;
    for (const graph::DocumentInfo& document : graph_.documents()) ids.insert(document.id);
    for (EdgeId edge = 0; edge < graph_.relation_count(); ++edge)
      for (const Evidence& evidence : graph_.relation(edge).evidence) ids.insert(evidence.doc.str());
    auto info = graph_.documents().begin();  // sorted by id, as `ids`
    for (const std::string_view id : ids) {
      while (info != graph_.documents().end() && info->id < id) ++info;
      write_document(id, info != graph_.documents().end() && info->id == id ? &*info : nullptr);
    }
  }

  // With reified statements, the evidence of `edge` in the named graphs of
  // its documents: per document one node object {"@id": doc, "@graph":
  // [statement with its kg:evidence]}. A document thus appears once per
  // statement it supports; JSON-LD merges node objects and named graphs of
  // one @id, so no index of evidence by document is needed.
  void write_evidence_graphs(EdgeId edge) {
    const std::vector<Evidence>& evidence = graph_.relation(edge).evidence;
    for (std::size_t first = 0; first < evidence.size();) {  // sorted by document
      std::size_t last = first;
      while (last < evidence.size() && evidence[last].doc == evidence[first].doc) ++last;
      std::vector<const Evidence*> records;
      for (std::size_t i = first; i < last; ++i) records.push_back(&evidence[i]);
      writer_.begin(document_id(evidence[first].doc));
      writer_.json().key("@graph");
      writer_.json().start_array();
      writer_.begin(statement_id(edge));
      write_evidence_links(edge, records.begin(), records.end());
      writer_.end();
      if (flattened_)
        for (const Evidence* record : records) write_evidence(edge, *record);
      writer_.json().end_array();
      writer_.end();
      first = last;
    }
  }

  void write_statement(EdgeId edge) {
    const graph::Relation& relation = graph_.relation(edge);
    writer_.begin(statement_id(edge));
    const Entity& subject = graph_.entity(graph_.subject(edge));
    if (options_.reified_statements) {
      writer_.type("Statement");
      writer_.property("subject", id_value(entity_id(subject)));
      writer_.property("predicate", id_value("kg:" + rdf::vocabulary_suffix(relation.predicate)));
      writer_.property("object", object_value(graph_, edge));
    }
    writer_.property("confidence", typed_value(rdf::confidence_literal(relation.confidence), "xsd:decimal"));
    for (const auto& [key, values] : rdf::statement_qualifiers(graph_, edge)) {
      std::vector<Value> strings;
      for (const std::string& value : values) strings.push_back(string_value(value));
      writer_.property("kg:" + rdf::vocabulary_suffix(key), strings);
    }
    if (!options_.reified_statements) {
      std::vector<const Evidence*> records;
      for (const Evidence& evidence : relation.evidence) records.push_back(&evidence);
      write_evidence_links(edge, records.begin(), records.end());
      writer_.json().key("@graph");
      writer_.json().start_array();
      writer_.begin(entity_id(subject));
      write_edges(writer_, graph_, {edge});
      writer_.end();
      writer_.json().end_array();
    }
    writer_.end();
    if (!options_.reified_statements && flattened_)
      for (const Evidence& evidence : relation.evidence) write_evidence(edge, evidence);
    if (options_.reified_statements) write_evidence_graphs(edge);
  }

  NodeWriter writer_;
  std::string statement_id_;
  EdgeId statement_edge_ = 0;
  bool have_statement_ = false;
  const KnowledgeGraph& graph_;
  const JsonLdOptions& options_;
  bool flattened_;
};

}  // namespace

void write_jsonld(const KnowledgeGraph& graph, std::ostream& out, const JsonLdOptions& options) {
  JsonStream json(out);
  GraphWriter writer(json, graph, options);
  if (options.form == JsonLdForm::Expanded) {
    json.start_array();
    writer.write_nodes();
    json.end_array();
  } else {
    json.start_object();
    jsonld::write_context(json);
    json.key("@graph");
    json.start_array();
    writer.write_nodes();
    json.end_array();
    json.end_object();
  }
  json.raw("\n");
  json.finish();
}

}  // namespace kg::exporter
