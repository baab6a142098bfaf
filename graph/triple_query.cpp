#include "graph/triple_query.h"

#include <algorithm>
#include <optional>

#include "extract/predicates.h"

namespace kg::graph {
namespace {

bool is_variable(std::string_view part) { return part.size() > 1 && part.front() == '?'; }

}  // namespace

std::string display_name(const Entity& entity) {
  return entity.unit.empty() ? entity.name : entity.name + " " + entity.unit;
}

TriplePattern parse_triple_pattern(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
      continue;
    }
    std::string part;
    if (text[i] == '\'' || text[i] == '"') {
      const char quote = text[i];
      const std::size_t close = text.find(quote, i + 1);
      if (close == std::string_view::npos)
        throw QueryError("query: unterminated quote starting at column " + std::to_string(i + 1));
      part = std::string(text.substr(i + 1, close - i - 1));
      i = close + 1;
    } else {
      const std::size_t end = std::min(text.find_first_of(" \t", i), text.size());
      part = std::string(text.substr(i, end - i));
      i = end;
    }
    if (parts.size() == 3)
      throw QueryError("query: more than three parts (subject predicate object) at column " + std::to_string(i - part.size() + 1));
    parts.push_back(std::move(part));
  }
  if (parts.size() != 3)
    throw QueryError("query: expected 'SUBJECT PREDICATE OBJECT', each a name or ?variable; got " +
                     std::to_string(parts.size()) + " part(s)");
  if (!is_variable(parts[1]) && !extract::find_predicate(parts[1]))
    throw QueryError("query: unknown predicate '" + parts[1] + "' (see SCHEMA.md, e.g. partner-of, acquired)");
  return {parts[0], parts[1], parts[2]};
}

QueryResult PatternMatcher::match(const KnowledgeGraph& graph, const TriplePattern& pattern) const {
  QueryResult result;
  for (const std::string* part : {&pattern.subject, &pattern.predicate, &pattern.object})
    if (is_variable(*part) && std::find(result.variables.begin(), result.variables.end(), *part) == result.variables.end())
      result.variables.push_back(*part);

  auto resolve = [&](const std::string& part) -> std::optional<NodeId> {
    if (auto node = graph.find(part)) return node;
    result.notes.push_back("no entity named '" + part + "'");
    return std::nullopt;
  };
  std::optional<NodeId> subject, object;
  if (!is_variable(pattern.subject) && !(subject = resolve(pattern.subject))) return result;
  if (!is_variable(pattern.object) && !(object = resolve(pattern.object))) return result;

  std::vector<EdgeId> candidates;
  if (subject) candidates = graph.out_edges(*subject);
  else if (object) candidates = graph.in_edges(*object);
  else for (EdgeId e = 0; e < graph.relation_count(); ++e) candidates.push_back(e);

  auto consider = [&](NodeId s, NodeId o, const Relation& relation) {
    if (subject && s != *subject) return;
    if (object && o != *object) return;
    if (!is_variable(pattern.predicate) && relation.predicate != pattern.predicate) return;
    std::vector<std::pair<std::string, std::string>> bound;
    auto bind = [&](const std::string& variable, const std::string& value) {
      for (const auto& [name, existing] : bound)
        if (name == variable) return existing == value;
      bound.emplace_back(variable, value);
      return true;
    };
    if (is_variable(pattern.subject) && !bind(pattern.subject, display_name(graph.entity(s)))) return;
    if (is_variable(pattern.predicate) && !bind(pattern.predicate, relation.predicate)) return;
    if (is_variable(pattern.object) && !bind(pattern.object, display_name(graph.entity(o)))) return;
    std::vector<std::string> row;
    for (const auto& variable : result.variables)
      for (const auto& [name, value] : bound)
        if (name == variable) row.push_back(value);
    result.rows.push_back(std::move(row));
  };
  for (EdgeId edge : candidates) {
    const Relation& relation = graph.relation(edge);
    consider(graph.subject(edge), graph.object(edge), relation);
    // A symmetric relation holds both ways.
    if (relation.symmetric) consider(graph.object(edge), graph.subject(edge), relation);
  }
  if (subject) {
    // Symmetric edges stored with the bound entity as object.
    for (EdgeId edge : graph.in_edges(*subject))
      if (graph.relation(edge).symmetric) consider(graph.object(edge), graph.subject(edge), graph.relation(edge));
  } else if (object) {
    for (EdgeId edge : graph.out_edges(*object))
      if (graph.relation(edge).symmetric) consider(graph.object(edge), graph.subject(edge), graph.relation(edge));
  }
  std::sort(result.rows.begin(), result.rows.end());
  result.rows.erase(std::unique(result.rows.begin(), result.rows.end()), result.rows.end());
  return result;
}

}  // namespace kg::graph
