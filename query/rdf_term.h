#pragma once
// RDF terms in their N-Triples form, the form the exporter writes and the
// triple store keys on: "<iri>", "\"text\"", "\"14.7\"^^<...#decimal>",
// "\"Text\"@de", "_:b1". One term has exactly one spelling here, so term
// equality is string equality.

#include <string>
#include <string_view>

namespace kg::query {

inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kRdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kXsdString = "http://www.w3.org/2001/XMLSchema#string";
inline constexpr std::string_view kXsdInteger = "http://www.w3.org/2001/XMLSchema#integer";
inline constexpr std::string_view kXsdDecimal = "http://www.w3.org/2001/XMLSchema#decimal";
inline constexpr std::string_view kXsdDouble = "http://www.w3.org/2001/XMLSchema#double";
inline constexpr std::string_view kXsdBoolean = "http://www.w3.org/2001/XMLSchema#boolean";
inline constexpr std::string_view kRdfLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

enum class TermKind { Iri, Blank, Literal };

// A term taken apart; `value` is unescaped (the IRI, the blank node label or
// the literal's lexical form). `datatype` is the full IRI (xsd:string for a
// plain literal, rdf:langString with a language tag); empty for non-literals.
struct TermParts {
  TermKind kind = TermKind::Iri;
  std::string value;
  std::string datatype;
  std::string lang;
};

// Reads an N-Triples term as this file writes it. Requires a well-formed term.
TermParts parse_term(std::string_view term);

// "<iri>".
std::string iri_term(std::string_view iri);
// A literal with the exporter's escaping; xsd:string is written as a plain
// literal; a non-empty `lang` wins over `datatype` (and is lower-cased).
std::string literal_term(std::string_view value, std::string_view datatype = {}, std::string_view lang = {});

}  // namespace kg::query
