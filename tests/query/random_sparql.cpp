#include "random_sparql.h"

#include <algorithm>
#include <cctype>

#include "extract/statement.h"
#include "graph/graph_builder.h"
#include "query/expression_evaluator.h"
#include "query/rdf_term.h"

namespace kg::query::testing {
namespace {

using extract::EntityType;

struct Name {
  const char* text;
  EntityType type;
};

const std::vector<Name>& names() {
  static const std::vector<Name> pool{
      {"Nokia", EntityType::Organization},       {"Xiaomi", EntityType::Organization},
      {"HMD Global", EntityType::Organization},  {"Apple", EntityType::Organization},
      {"Ölwerk \"Süd\" AG", EntityType::Organization}, {"Back\\slash Inc", EntityType::Organization},
      {"Voltaris", EntityType::Organization},    {"Parcelwerk", EntityType::Organization},
      {"Rajeev Suri", EntityType::Person},       {"Anna Müller", EntityType::Person},
      {"Finnland", EntityType::Location},        {"Peking", EntityType::Location},
      {"München", EntityType::Location},         {"Mi Band", EntityType::Product},
      {"Galaxy\tS8", EntityType::Product},       {"Wearables", EntityType::Concept},
      {"Patente", EntityType::Concept},          {"Internet der Dinge", EntityType::Concept}};
  return pool;
}

const std::vector<const char*>& predicates() {
  static const std::vector<const char*> pool{"partner-of", "licenses-to", "acquired", "invests-in", "supplies",
                                             "competitor-of", "produces", "develops", "headquartered-in",
                                             "ceo-of", "employee-of", "instance-of", "located-in"};
  return pool;
}

bool ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

graph::KnowledgeGraph random_graph(std::uint32_t seed, std::size_t statements) {
  std::mt19937 random(seed);
  auto pick = [&](std::size_t size) { return std::uniform_int_distribution<std::size_t>(0, size - 1)(random); };
  graph::GraphBuilder builder;
  const char* dates[] = {"2017-07", "", "2018-01-15", ""};
  for (int d = 0; d < 5; ++d)
    builder.add(graph::DocumentInfo{"doc-" + std::to_string(d), dates[d % 4], d % 3 ? "de" : "en"});
  const char* literals[] = {"14.7", "3600000", "0.5", "rund 3 Mrd.", "12", "etwa 40"};
  const char* units[] = {"percent", "units", "EUR", "employees"};
  for (std::size_t i = 0; i < statements; ++i) {
    extract::Statement statement;
    statement.doc = "doc-" + std::to_string(pick(5));
    const Name& subject = names()[pick(names().size())];
    statement.subject = {subject.text, subject.type, "", ""};
    if (pick(5) == 0) {
      statement.predicate = pick(2) ? "market-share" : "revenue";
      statement.object = {literals[pick(6)], EntityType::Literal, units[pick(4)], ""};
    } else {
      statement.predicate = predicates()[pick(predicates().size())];
      const Name& object = names()[pick(names().size())];
      if (object.text == subject.text) continue;
      statement.object = {object.text, object.type, "", ""};
    }
    statement.confidence = 0.3 + 0.05 * static_cast<double>(pick(13));
    statement.sentence = pick(20);
    statement.span = {statement.sentence * 50, statement.sentence * 50 + 30};
    statement.extractor = pick(2) ? "cue" : "parser";
    statement.evidence = "Satz " + std::to_string(statement.sentence) + " über " + subject.text;
    if (pick(3) == 0) statement.qualifiers["time"] = pick(2) ? "2017-Q1" : "2018";
    if (pick(4) == 0) statement.qualifiers["source"] = "IDC";
    builder.add(statement);
  }
  return builder.build();
}

QueryGenerator::QueryGenerator(const TripleStore& store, std::uint32_t seed) : store_(store), random_(seed) {
  store.scan({}, [&](const TripleStore::Triple& triple) { triples_.push_back(triple); });
  for (const auto& triple : triples_)
    if (std::find(predicates_.begin(), predicates_.end(), triple.predicate) == predicates_.end())
      predicates_.push_back(triple.predicate);
}

std::vector<QueryGenerator::Pattern> QueryGenerator::connected_patterns(std::size_t count) {
  std::vector<Pattern> patterns;
  const auto& first = triples_[pick(triples_.size())];
  patterns.push_back({{first.subject, first.predicate, first.object}});
  for (std::size_t i = 1; i < count; ++i) {
    std::vector<TermId> anchors;
    for (const Pattern& pattern : patterns)
      for (const TermId term : {pattern.terms[0], pattern.terms[2]})
        if (store_.term(term).starts_with('<')) anchors.push_back(term);
    if (anchors.empty()) break;
    const TermId anchor = anchors[pick(anchors.size())];
    IdPattern lookup;
    (chance(0.5) ? lookup.subject : lookup.object) = anchor;
    std::vector<TripleStore::Triple> candidates;
    store_.scan(lookup, [&](const TripleStore::Triple& triple) { candidates.push_back(triple); });
    if (candidates.empty()) continue;
    const auto& next = candidates[pick(candidates.size())];
    patterns.push_back({{next.subject, next.predicate, next.object}});
  }
  return patterns;
}

std::string QueryGenerator::term_text(TermId id, std::vector<TermId>& variables, std::vector<std::string>& names,
                                      double probability) {
  const auto it = std::find(variables.begin(), variables.end(), id);
  if (it != variables.end()) return "?" + names[static_cast<std::size_t>(it - variables.begin())];
  if (!chance(probability)) return std::string(store_.term(id));
  variables.push_back(id);
  names.push_back("v" + std::to_string(names.size()));
  return "?" + names.back();
}

std::string QueryGenerator::filter(const std::string& variable, TermId seed_value) {
  if (seed_value == kUnbound) return chance(0.5) ? "bound(" + variable + ")" : "!bound(" + variable + ")";
  const std::string term(store_.term(seed_value));
  const Value value = make_value(term);
  // A short ASCII piece of the value's text for contains/strstarts/regex.
  const std::string& text = value.parts.value;
  std::string piece;
  if (!text.empty()) {
    std::size_t start = pick(text.size());
    while (start < text.size() && !ascii_alnum(text[start])) ++start;
    for (std::size_t i = start; i < text.size() && i < start + 1 + pick(3) && ascii_alnum(text[i]); ++i)
      piece += text[i];
  }
  const std::string quoted = literal_term(piece);
  static const char* kComparisons[] = {"=", "!=", "<", ">", "<=", ">="};
  const std::string comparison = kComparisons[pick(6)];
  std::string expression;
  switch (pick(value.parts.kind == TermKind::Literal ? 9 : 6)) {
    case 0: expression = variable + " " + comparison + " " + term; break;
    case 1: expression = "contains(str(" + variable + "), " + quoted + ")"; break;
    case 2: expression = "strstarts(str(" + variable + "), " + literal_term(text.substr(0, 1 + pick(4))) + ")"; break;
    case 3: expression = "regex(str(" + variable + "), \"" + piece + "\"" + (chance(0.5) ? ", \"i\")" : ")"); break;
    case 4: expression = variable + " " + comparison + " " + std::to_string(pick(50)); break;  // often ill-typed
    case 5: expression = "contains(" + variable + ", " + quoted + ")"; break;  // an error on IRIs
    case 6: expression = "lang(" + variable + ") = \"\""; break;
    case 7: expression = variable + " " + comparison + " " + literal_term(piece.empty() ? "M" : piece); break;
    default: expression = "strstarts(" + variable + ", " + quoted + ")"; break;
  }
  const std::size_t shape = pick(6);
  if (shape == 0) return "!(" + expression + ")";
  if (shape == 1) return "(" + expression + ") || " + variable + " = " + term;
  if (shape == 2) return "(" + expression + ") && bound(" + variable + ")";
  return expression;
}

std::string QueryGenerator::next() {
  std::vector<TermId> variables;
  std::vector<std::string> names;
  auto bgp = [&](std::size_t count) {
    std::string text;
    for (const Pattern& pattern : connected_patterns(count)) {
      text += term_text(pattern.terms[0], variables, names, names.empty() ? 1.0 : 0.7) + " ";
      text += term_text(pattern.terms[1], variables, names, 0.15) + " ";
      text += term_text(pattern.terms[2], variables, names, 0.6) + " .\n";
    }
    return text;
  };
  std::string where = bgp(1 + pick(3));
  if (chance(0.45)) {
    const std::size_t v = pick(names.size());
    where += "FILTER(" + filter("?" + names[v], variables[v]) + ")\n";
  }
  if (chance(0.35)) {
    std::vector<std::size_t> resources;
    for (std::size_t v = 0; v < names.size(); ++v)
      if (variables[v] != kUnbound && store_.term(variables[v]).starts_with('<')) resources.push_back(v);
    if (!resources.empty()) {
      const std::size_t v = resources[pick(resources.size())];
      const TermId predicate = predicates_[pick(predicates_.size())];
      // A value the predicate has, for an inner filter.
      TermId sample = kUnbound;
      store_.scan({std::nullopt, predicate, std::nullopt}, [&](const TripleStore::Triple& triple) {
        if (sample == kUnbound || chance(0.05)) sample = triple.object;
      });
      const std::string optional_variable = "o" + std::to_string(names.size());
      where += "OPTIONAL { ?" + names[v] + " " + std::string(store_.term(predicate)) + " ?" + optional_variable;
      if (chance(0.3)) where += " FILTER(" + filter("?" + optional_variable, sample) + ")";
      where += " }\n";
      variables.push_back(kUnbound);
      names.push_back(optional_variable);
      if (chance(0.3)) where += "FILTER(" + filter("?" + optional_variable, kUnbound) + ")\n";
    }
  }
  if (chance(0.2)) where = "{ " + where + "} UNION {\n" + bgp(1 + pick(2)) + "}\n";

  if (chance(0.05)) return "ASK {\n" + where + "}";
  const std::string group = names[pick(names.size())];
  if (chance(0.2)) {
    const std::string counted = names[pick(names.size())];
    const std::size_t kind = pick(3);
    const std::string count = kind == 0 ? "COUNT(*)" : kind == 1 ? "COUNT(?" + counted + ")" : "COUNT(DISTINCT ?" + counted + ")";
    if (chance(0.3)) return "SELECT (" + count + " AS ?n) WHERE {\n" + where + "}";
    std::string text = "SELECT ?" + group + " (" + count + " AS ?n) WHERE {\n" + where + "} GROUP BY ?" + group;
    if (chance(0.5)) text += " ORDER BY DESC(?n) ?" + group + (chance(0.5) ? " LIMIT 3" : "");
    return text;
  }
  std::vector<std::string> projected;
  for (const std::string& name : names)
    if (chance(0.6)) projected.push_back(name);
  if (projected.empty()) projected.push_back(names[0]);
  const bool star = chance(0.15);
  if (star) projected = names;
  std::string text = std::string("SELECT ") + (chance(0.4) ? "DISTINCT " : "");
  if (star) text += "*";
  for (std::size_t i = 0; i < projected.size() && !star; ++i) text += (i ? " ?" : "?") + projected[i];
  text += " WHERE {\n" + where + "}";
  if (chance(0.35)) {
    std::shuffle(projected.begin(), projected.end(), random_);
    text += " ORDER BY";
    for (const std::string& name : projected) text += chance(0.5) ? " DESC(?" + name + ")" : " ?" + name;
    if (chance(0.5)) text += " LIMIT " + std::to_string(1 + pick(5));
    if (chance(0.3)) text += " OFFSET " + std::to_string(pick(3));
  }
  return text;
}

}  // namespace kg::query::testing
