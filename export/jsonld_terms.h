#pragma once
// The JSON-LD context of kg's graph: prefixes, class names and property
// terms with their coercion. The compacted and flattened forms write it as
// "@context" and use the terms; the expanded form uses it to write full IRIs.

#include <string>
#include <string_view>
#include <vector>

#include "export/json_stream.h"

namespace kg::exporter::jsonld {

// How the context coerces a term's string values.
enum class Coercion { None, Id, Decimal, Integer };

struct Term {
  std::string name;         // "confidence", "Organization", "licenses-to"
  std::string compact_iri;  // "kg:confidence", "schema:Organization"
  Coercion coercion = Coercion::None;
};

// Every term of the context, prefixes excluded, in the context's order.
const std::vector<Term>& terms();
// The term named `name`, or nullptr (qualifiers, predicates outside SCHEMA.md).
const Term* find_term(std::string_view name);

// "kg:confidence" -> "https://w3id.org/kg/ns#confidence" for the context's
// prefixes (rdf, xsd, schema, kg, entity, doc, stmt); anything else unchanged.
std::string expand_iri(std::string_view compact_iri);

// "@context": {...} as a member of the open object.
void write_context(JsonStream& json);

}  // namespace kg::exporter::jsonld
