#include "graph/statement_names.h"

#include <map>
#include <tuple>

#include "graph/alias_resolver.h"

namespace kg::graph {

void resolve_statement_names(std::vector<extract::Statement>& statements) {
  using Key = std::tuple<extract::EntityType, std::string, std::string>;  // type, name, unit
  std::map<Key, std::uint64_t> counts;
  auto key_of = [](const extract::Term& term) {
    return Key{term.type, term.name, term.type == extract::EntityType::Literal ? term.unit : ""};
  };
  for (const auto& statement : statements) {
    ++counts[key_of(statement.subject)];
    ++counts[key_of(statement.object)];
  }
  std::vector<NameForm> forms;
  forms.reserve(counts.size());
  for (const auto& [key, count] : counts) forms.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
  std::map<Key, std::string> canonical;
  for (const NameCluster& cluster : resolve_aliases(forms))
    for (std::size_t member : cluster.members)
      if (member != cluster.canonical) {
        const NameForm& form = forms[member];
        canonical[{form.type, form.name, form.unit}] = forms[cluster.canonical].name;
      }
  if (canonical.empty()) return;
  for (auto& statement : statements)
    for (extract::Term* term : {&statement.subject, &statement.object})
      if (auto it = canonical.find(key_of(*term)); it != canonical.end()) {
        if (term->surface.empty()) term->surface = term->name;
        term->name = it->second;
      }
}

}  // namespace kg::graph
