#include "query/result_writer.h"

#include <array>
#include <utility>

#include "export/rdf_vocabulary.h"
#include "export/text_encoding.h"
#include "query/rdf_term.h"

namespace kg::query {
namespace {

void write_json_term(std::string_view term, std::ostream& out) {
  const TermParts parts = parse_term(term);
  out << "{\"type\":";
  switch (parts.kind) {
    case TermKind::Iri: out << "\"uri\""; break;
    case TermKind::Blank: out << "\"bnode\""; break;
    case TermKind::Literal: out << "\"literal\""; break;
  }
  out << ",\"value\":";
  exporter::write_json_string(out, parts.value);
  if (!parts.lang.empty()) {
    out << ",\"xml:lang\":";
    exporter::write_json_string(out, parts.lang);
  } else if (parts.kind == TermKind::Literal && parts.datatype != kXsdString) {
    out << ",\"datatype\":";
    exporter::write_json_string(out, parts.datatype);
  }
  out << '}';
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string compact_iri(std::string_view iri) {
  for (const auto& [prefix, space] : exporter::rdf::kQueryPrefixes)
    if (iri.starts_with(space) && iri.size() > space.size())
      return std::string(prefix) + ':' + std::string(iri.substr(space.size()));
  return "<" + std::string(iri) + ">";
}

}  // namespace

void write_results_json(const QueryResult& result, std::ostream& out) {
  if (result.is_ask) {
    out << "{\"head\":{},\"boolean\":" << (result.boolean ? "true" : "false") << "}\n";
    return;
  }
  out << "{\"head\":{\"vars\":[";
  for (std::size_t i = 0; i < result.variables.size(); ++i) {
    if (i) out << ',';
    exporter::write_json_string(out, result.variables[i]);
  }
  out << "]},\"results\":{\"bindings\":[";
  for (std::size_t r = 0; r < result.rows.size(); ++r) {
    out << (r ? ",\n" : "\n") << '{';
    bool first = true;
    for (std::size_t i = 0; i < result.variables.size(); ++i) {
      if (result.rows[r][i].empty()) continue;
      if (!first) out << ',';
      first = false;
      exporter::write_json_string(out, result.variables[i]);
      out << ':';
      write_json_term(result.rows[r][i], out);
    }
    out << '}';
  }
  out << "\n]}}\n";
}

void write_results_csv(const QueryResult& result, std::ostream& out) {
  if (result.is_ask) {
    out << (result.boolean ? "true" : "false") << "\r\n";
    return;
  }
  for (std::size_t i = 0; i < result.variables.size(); ++i) out << (i ? "," : "") << csv_field(result.variables[i]);
  out << "\r\n";
  for (const auto& row : result.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out << ',';
      if (row[i].empty()) continue;
      const TermParts parts = parse_term(row[i]);
      out << csv_field(parts.kind == TermKind::Blank ? "_:" + parts.value : parts.value);
    }
    out << "\r\n";
  }
}

void write_results_tsv(const QueryResult& result, std::ostream& out) {
  if (result.is_ask) {
    out << (result.boolean ? "true" : "false") << '\n';
    return;
  }
  for (std::size_t i = 0; i < result.variables.size(); ++i) out << (i ? "\t?" : "?") << result.variables[i];
  out << '\n';
  // N-Triples terms hold no raw tab or newline: they are escaped.
  for (const auto& row : result.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "\t" : "") << row[i];
    out << '\n';
  }
}

std::string display_term(std::string_view term) {
  if (term.empty()) return "";
  const TermParts parts = parse_term(term);
  switch (parts.kind) {
    case TermKind::Iri: return compact_iri(parts.value);
    case TermKind::Blank: return "_:" + parts.value;
    case TermKind::Literal: break;
  }
  if (!parts.lang.empty()) return '"' + parts.value + "\"@" + parts.lang;
  if (parts.datatype == kXsdString || parts.datatype == kXsdInteger || parts.datatype == kXsdDecimal ||
      parts.datatype == kXsdDouble || parts.datatype == kXsdBoolean)
    return parts.value;
  return '"' + parts.value + "\"^^" + compact_iri(parts.datatype);
}

}  // namespace kg::query
