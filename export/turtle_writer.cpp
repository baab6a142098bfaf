// Turtle and TriG: the quads of rdf_quads.h as the emitter streams them,
// consecutive statements of one subject grouped (";") and of one predicate
// (","), with the prefixes of the JSON-LD context. The terms are the
// N-Triples ones, which are valid Turtle as they stand; an IRI becomes a
// prefixed name only when its local part is a plain PN_LOCAL. Memory does
// not grow with the graph: nothing is collected or sorted.

#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "export/exporters.h"
#include "export/output_buffer.h"
#include "export/rdf_quads.h"
#include "export/rdf_vocabulary.h"

namespace kg::exporter {
namespace {

bool is_ascii_alnum(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

// A subset of the Turtle PN_LOCAL grammar that needs no backslash escapes:
// ASCII letters, digits, '_' and PERCENT anywhere, '-' and '.' inside, never
// '.' last. Anything else ('/', '#', non-ASCII, an empty local part) keeps
// the full IRI; that is always correct, only longer.
bool is_plain_local_name(std::string_view local) {
  if (local.empty() || local.front() == '-' || local.front() == '.' || local.back() == '.') return false;
  for (std::size_t i = 0; i < local.size(); ++i) {
    const char c = local[i];
    if (is_ascii_alnum(c) || c == '_') continue;
    if ((c == '-' || c == '.') && i > 0) continue;
    if (c == '%' && i + 2 < local.size() && is_hex(local[i + 1]) && is_hex(local[i + 2])) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

// "<https://schema.org/name>" -> "schema:name"; literals keep their quotes and
// only their datatype IRI is shortened.
void append_turtle_term(OutputBuffer& out, std::string_view term) {
  if (term.starts_with('"')) {
    // A typed literal ends in its datatype IRI, which holds no '"', so the
    // last "^^< is the real separator; a plain literal ends in '"'.
    if (!term.ends_with('>')) return out.append(term);
    const std::size_t datatype = term.rfind("\"^^<");
    out.append(term.substr(0, datatype + 3));
    return append_turtle_term(out, term.substr(datatype + 3));
  }
  const std::string_view iri = term.substr(1, term.size() - 2);
  // Longest namespace first: stmt/entity/doc do not nest, but be exact anyway.
  std::string_view best_prefix, best_local;
  std::size_t best_length = 0;
  for (const auto& [prefix, space] : rdf::kPrefixes) {
    if (space.size() <= best_length || !iri.starts_with(space)) continue;
    const std::string_view local = iri.substr(space.size());
    if (!is_plain_local_name(local)) continue;
    best_prefix = prefix, best_local = local, best_length = space.size();
  }
  if (best_length == 0) return out.append(term);
  out.append(best_prefix);
  out.put(':');
  out.append(best_local);
}

// Writes the quads as subject blocks, each line indented by `indent`; for
// TriG, each run of one graph as a block in braces. Every graph, the default
// one too, goes in braces: TriG 1.1 allows "{ ... }" for the default graph
// and older parsers (raptor 2.0.15) require it. A graph may have several
// blocks; TriG merges them.
class TurtleSink : public rdf::QuadSink {
 public:
  TurtleSink(OutputBuffer& out, bool trig) : out_(out), trig_(trig), indent_(trig ? "    " : "") {}

  void quad(std::string_view subject, std::string_view predicate, std::string_view object,
            std::string_view graph_name) override {
    if (trig_ && (!in_graph_ || graph_name != graph_)) {
      end_subject();
      if (in_graph_) out_.append("}\n");
      out_.put('\n');
      if (!graph_name.empty()) {
        append_turtle_term(out_, graph_name);
        out_.put(' ');
      }
      out_.append("{\n");
      graph_.assign(graph_name);
      in_graph_ = true;
    } else if (!trig_ && !started_) {
      out_.put('\n');
    }
    started_ = true;
    if (in_subject_ && subject == subject_) {
      if (predicate == predicate_) {
        out_.append(" ,\n");
        out_.append(indent_);
        out_.append("        ");
      } else {
        out_.append(" ;\n");
        out_.append(indent_);
        out_.append("    ");
        append_turtle_term(out_, predicate);
        out_.put(' ');
        predicate_.assign(predicate);
      }
    } else {
      end_subject();
      out_.append(indent_);
      append_turtle_term(out_, subject);
      out_.put('\n');
      out_.append(indent_);
      out_.append("    ");
      append_turtle_term(out_, predicate);
      out_.put(' ');
      subject_.assign(subject);
      predicate_.assign(predicate);
      in_subject_ = true;
    }
    append_turtle_term(out_, object);
  }

  void finish() {
    end_subject();
    if (in_graph_) out_.append("}\n");
  }

 private:
  void end_subject() {
    if (in_subject_) out_.append(" .\n");
    in_subject_ = false;
  }

  OutputBuffer& out_;
  bool trig_;
  std::string_view indent_;
  std::string subject_, predicate_, graph_;
  bool started_ = false, in_subject_ = false, in_graph_ = false;
};

void write_prefixes(OutputBuffer& out) {
  for (const auto& [prefix, space] : rdf::kPrefixes) {
    out.append("@prefix ");
    out.append(prefix);
    out.append(": <");
    out.append(space);
    out.append("> .\n");
  }
}

}  // namespace

void write_turtle(const graph::KnowledgeGraph& graph, std::ostream& out) {
  OutputBuffer buffer(out);
  write_prefixes(buffer);
  TurtleSink sink(buffer, false);
  rdf::QuadEmitter(graph, sink).all();
  sink.finish();
  buffer.finish("Turtle");
}

void write_trig(const graph::KnowledgeGraph& graph, std::ostream& out) {
  OutputBuffer buffer(out);
  write_prefixes(buffer);
  TurtleSink sink(buffer, true);
  // The default graph in one block (entities, documents, statements), then
  // the evidence of each statement in the blocks of its documents.
  rdf::QuadEmitter emitter(graph, sink);
  for (graph::NodeId node = 0; node < graph.entity_count(); ++node) emitter.entity(node);
  emitter.documents();
  for (graph::EdgeId edge = 0; edge < graph.relation_count(); ++edge) emitter.statement(edge);
  for (graph::EdgeId edge = 0; edge < graph.relation_count(); ++edge) emitter.evidence(edge);
  sink.finish();
  buffer.finish("TriG");
}

}  // namespace kg::exporter
