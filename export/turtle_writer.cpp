// Turtle and TriG: the quads of rdf_quads.h, grouped by subject (";") and by
// predicate (","), with the prefixes of the JSON-LD context. The terms are
// the N-Triples ones, which are valid Turtle as they stand; an IRI becomes a
// prefixed name only when its local part is a plain PN_LOCAL.

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "export/exporters.h"
#include "export/rdf_quads.h"
#include "export/rdf_vocabulary.h"

namespace kg::exporter {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kPrefixes{{
    {"rdf", rdf::kRdf},
    {"xsd", rdf::kXsd},
    {"schema", rdf::kSchema},
    {"kg", rdf::kVocabulary},
    {"entity", rdf::kEntityBase},
    {"doc", rdf::kDocumentBase},
    {"stmt", rdf::kStatementBase},
}};

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
std::string turtle_term(std::string_view term) {
  if (term.starts_with('"')) {
    // A typed literal ends in its datatype IRI, which holds no '"', so the
    // last "^^< is the real separator; a plain literal ends in '"'.
    if (!term.ends_with('>')) return std::string(term);
    const std::size_t datatype = term.rfind("\"^^<");
    return std::string(term.substr(0, datatype + 3)) + turtle_term(term.substr(datatype + 3));
  }
  const std::string_view iri = term.substr(1, term.size() - 2);
  // Longest namespace first: stmt/entity/doc do not nest, but be exact anyway.
  std::string best;
  std::size_t best_length = 0;
  for (const auto& [prefix, space] : kPrefixes) {
    if (space.size() <= best_length || !iri.starts_with(space)) continue;
    const std::string_view local = iri.substr(space.size());
    if (!is_plain_local_name(local)) continue;
    best = std::string(prefix) + ':' + std::string(local);
    best_length = space.size();
  }
  return best.empty() ? std::string(term) : best;
}

void write_prefixes(std::ostream& out) {
  for (const auto& [prefix, space] : kPrefixes) out << "@prefix " << prefix << ": <" << space << "> .\n";
}

// Writes quads[begin, end) (one graph, sorted) as subject blocks, each line
// indented by `indent`.
void write_triples(const std::vector<rdf::Quad>& quads, std::size_t begin, std::size_t end,
                   std::string_view indent, std::ostream& out) {
  for (std::size_t i = begin; i < end; ++i) {
    const rdf::Quad& quad = quads[i];
    const bool same_subject = i > begin && quads[i - 1].subject == quad.subject;
    const bool same_predicate = same_subject && quads[i - 1].predicate == quad.predicate;
    if (same_predicate) {
      out << " ,\n" << indent << "        " << turtle_term(quad.object);
    } else if (same_subject) {
      out << " ;\n" << indent << "    " << turtle_term(quad.predicate) << ' ' << turtle_term(quad.object);
    } else {
      if (i > begin) out << " .\n";
      out << indent << turtle_term(quad.subject) << '\n'
          << indent << "    " << turtle_term(quad.predicate) << ' ' << turtle_term(quad.object);
    }
  }
  if (end > begin) out << " .\n";
}

// The quads sorted by (graph, subject, predicate, object); the default graph first.
std::vector<rdf::Quad> by_graph(std::vector<rdf::Quad> quads, bool named_graphs) {
  if (!named_graphs)
    for (rdf::Quad& quad : quads) quad.graph_name.clear();
  std::sort(quads.begin(), quads.end(), [](const rdf::Quad& a, const rdf::Quad& b) {
    return std::tie(a.graph_name, a.subject, a.predicate, a.object) <
           std::tie(b.graph_name, b.subject, b.predicate, b.object);
  });
  quads.erase(std::unique(quads.begin(), quads.end()), quads.end());
  return quads;
}

}  // namespace

void write_turtle(const graph::KnowledgeGraph& graph, std::ostream& out) {
  const std::vector<rdf::Quad> quads = by_graph(rdf::collect_quads(graph), false);
  write_prefixes(out);
  if (!quads.empty()) out << '\n';
  write_triples(quads, 0, quads.size(), "", out);
  if (!out) throw ExportError("export: writing Turtle failed");
}

void write_trig(const graph::KnowledgeGraph& graph, std::ostream& out) {
  const std::vector<rdf::Quad> quads = by_graph(rdf::collect_quads(graph), true);
  write_prefixes(out);
  // Every graph, the default one too, in braces: TriG 1.1 allows "{ ... }"
  // for the default graph and older parsers (raptor 2.0.15) require it.
  for (std::size_t begin = 0; begin < quads.size();) {
    std::size_t end = begin;
    while (end < quads.size() && quads[end].graph_name == quads[begin].graph_name) ++end;
    out << '\n';
    if (!quads[begin].graph_name.empty()) out << turtle_term(quads[begin].graph_name) << ' ';
    out << "{\n";
    write_triples(quads, begin, end, "    ", out);
    out << "}\n";
    begin = end;
  }
  if (!out) throw ExportError("export: writing TriG failed");
}

}  // namespace kg::exporter
