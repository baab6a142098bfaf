#include "export/jsonld_terms.h"

#include <array>
#include <map>
#include <utility>

#include "export/rdf_vocabulary.h"
#include "extract/predicates.h"

namespace kg::exporter::jsonld {
namespace {

std::vector<Term> make_terms() {
  std::vector<Term> terms;
  using graph::EntityType;
  for (const EntityType type : {EntityType::Organization, EntityType::Person, EntityType::Location,
                                EntityType::Product, EntityType::Concept})
    terms.push_back({std::string(extract::to_string(type)), std::string(rdf::type_compact_iri(type))});
  const std::initializer_list<Term> fixed{
      {"Document", "kg:Document"},
      {"Statement", "kg:Statement"},
      {"Evidence", "kg:Evidence"},
      {"Alias", "kg:Alias"},
      {"alias", "kg:alias", Coercion::Id},
      {"form", "kg:form"},
      {"reason", "kg:reason"},
      {"name", "schema:name"},
      {"alternateName", "schema:alternateName"},
      {"datePublished", "schema:datePublished"},
      {"inLanguage", "schema:inLanguage"},
      {"mentions", "kg:mentions", Coercion::Integer},
      {"subject", "rdf:subject", Coercion::Id},
      {"predicate", "rdf:predicate", Coercion::Id},
      {"object", "rdf:object", Coercion::Id},
      {"confidence", "kg:confidence", Coercion::Decimal},
      {"evidence", "kg:evidence", Coercion::Id},
      {"document", "kg:document", Coercion::Id},
      {"sentence", "kg:sentence", Coercion::Integer},
      {"start", "kg:start", Coercion::Integer},
      {"end", "kg:end", Coercion::Integer},
      {"extractor", "kg:extractor"},
      {"quote", "kg:quote"},
      {"subjectForm", "kg:subjectForm"},
      {"objectForm", "kg:objectForm"},
      {"subjectSurface", "kg:subjectSurface"},
      {"objectSurface", "kg:objectSurface"},
      {"cue", "kg:cue"},
  };
  terms.insert(terms.end(), fixed);
  for (const extract::PredicateInfo& predicate : extract::predicates())
    terms.push_back({std::string(predicate.name), "kg:" + rdf::vocabulary_suffix(predicate.name),
                     predicate.literal_object ? Coercion::Decimal : Coercion::Id});
  return terms;
}

std::string_view coercion_type(Coercion coercion) {
  switch (coercion) {
    case Coercion::Id: return "@id";
    case Coercion::Decimal: return "xsd:decimal";
    case Coercion::Integer: return "xsd:integer";
    case Coercion::None: break;
  }
  return {};
}

}  // namespace

const std::vector<Term>& terms() {
  static const std::vector<Term> all = make_terms();
  return all;
}

const Term* find_term(std::string_view name) {
  static const std::map<std::string, const Term*, std::less<>> by_name = [] {
    std::map<std::string, const Term*, std::less<>> map;
    for (const Term& term : terms()) map.emplace(term.name, &term);
    return map;
  }();
  const auto found = by_name.find(name);
  return found == by_name.end() ? nullptr : found->second;
}

std::string expand_iri(std::string_view compact_iri) {
  const std::size_t colon = compact_iri.find(':');
  if (colon != std::string_view::npos)
    for (const auto& [prefix, space] : rdf::kPrefixes)
      if (compact_iri.substr(0, colon) == prefix) return std::string(space) + std::string(compact_iri.substr(colon + 1));
  return std::string(compact_iri);
}

void write_context(JsonStream& json) {
  json.key("@context");
  json.start_object();
  json.key("@version");
  json.number(1.1);
  for (const auto& [prefix, space] : rdf::kPrefixes) json.member(prefix, space);
  for (const Term& term : terms()) {
    if (term.coercion == Coercion::None) {
      json.member(term.name, term.compact_iri);
      continue;
    }
    json.key(term.name);
    json.start_object();
    json.member("@id", term.compact_iri);
    json.member("@type", coercion_type(term.coercion));
    json.end_object();
  }
  json.end_object();
}

}  // namespace kg::exporter::jsonld
