#include "graph/alias_resolver.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "extract/name_spelling.h"
#include "graph/name_key.h"

namespace kg::graph {
namespace {

using extract::EntityType;

class DisjointSets {
 public:
  explicit DisjointSets(std::size_t size) : parent_(size) {
    std::iota(parent_.begin(), parent_.end(), std::size_t{0});
  }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::size_t> parent_;
};

bool is_proper_name_type(EntityType type) {
  return type != EntityType::Concept && type != EntityType::Literal;
}

// Every string reachable from `word` by deleting up to `depth` code points.
void deletion_variants(const std::u32string& word, std::size_t depth, std::vector<std::u32string>& out) {
  out.push_back(word);
  if (depth == 0 || word.size() <= 3) return;
  for (std::size_t i = 0; i < word.size(); ++i) {
    std::u32string shorter = word;
    shorter.erase(i, 1);
    deletion_variants(shorter, depth - 1, out);
  }
}

struct Keyed {
  std::string key;
  std::string core;
  std::u32string letters;  // core as code points
};

bool misspelt(const Keyed& a, std::uint64_t count_a, const Keyed& b, std::uint64_t count_b) {
  if (std::min(count_a, count_b) * 2 > std::max(count_a, count_b)) return false;
  return extract::spelling_variants(a.letters, b.letters);
}

}  // namespace

std::vector<NameCluster> resolve_aliases(const std::vector<NameForm>& forms) {
  const std::size_t n = forms.size();
  std::vector<Keyed> keyed(n);
  for (std::size_t i = 0; i < n; ++i) {
    keyed[i].key = forms[i].type == EntityType::Literal ? forms[i].name : name_key(forms[i].name);
    keyed[i].core = is_proper_name_type(forms[i].type) ? core_key(keyed[i].key) : keyed[i].key;
    keyed[i].letters = to_code_points(keyed[i].core);
  }

  DisjointSets sets(n);
  // case and legal-form: equal cores within a type (and unit).
  std::map<std::tuple<EntityType, std::string, std::string>, std::size_t> by_core;
  for (std::size_t i = 0; i < n; ++i) {
    auto [it, inserted] = by_core.emplace(std::tuple{forms[i].type, forms[i].unit, keyed[i].core}, i);
    if (!inserted) sets.unite(it->second, i);
  }

  // Counts per core (summed over case and legal-form variants).
  std::map<std::tuple<EntityType, std::string, std::string>, std::uint64_t> core_count;
  for (std::size_t i = 0; i < n; ++i) core_count[{forms[i].type, forms[i].unit, keyed[i].core}] += forms[i].count;

  std::vector<bool> is_genitive(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_proper_name_type(forms[i].type)) continue;
    const std::string base = genitive_base(keyed[i].core);
    if (base.empty()) continue;
    auto it = by_core.find({forms[i].type, forms[i].unit, base});
    if (it != by_core.end()) {
      sets.unite(it->second, i);
      is_genitive[i] = true;
    }
  }

  // short-form: a one-word name that is the first word (organisations,
  // products) or the last word (people) of exactly one longer name of the
  // same type ("Brenavo" = "Brenavo Systems", "Lindqvist" = "Eva Lindqvist").
  std::vector<bool> is_short(n, false);
  {
    using Slot = std::tuple<EntityType, std::string, std::string>;  // type, unit, word
    std::map<Slot, std::vector<std::size_t>> longer;  // word -> one representative per distinct multi-word core
    for (const auto& [key, index] : by_core) {
      const EntityType type = std::get<0>(key);
      const std::string& core = std::get<2>(key);
      const std::size_t space = core.find(' ');
      if (!is_proper_name_type(type) || type == EntityType::Location || space == std::string::npos) continue;
      const std::string word = type == EntityType::Person ? core.substr(core.rfind(' ') + 1) : core.substr(0, space);
      longer[{type, std::get<1>(key), word}].push_back(index);
    }
    for (const auto& [key, index] : by_core) {
      const std::string& core = std::get<2>(key);
      if (core.find(' ') != std::string::npos || keyed[index].letters.size() < 4) continue;
      auto it = longer.find({std::get<0>(key), std::get<1>(key), core});
      if (it == longer.end() || it->second.size() != 1) continue;
      sets.unite(it->second.front(), index);
      for (std::size_t i = 0; i < n; ++i)
        if (keyed[i].core == core && forms[i].type == std::get<0>(key)) is_short[i] = true;
    }
  }

  // misspelling: candidates share a deletion variant (up to two deletions on
  // the longer side, one on the shorter), then the exact rule decides.
  std::unordered_map<std::u32string, std::vector<std::size_t>> variants_index;
  std::vector<std::size_t> representatives;  // one form per distinct core
  for (const auto& [key, index] : by_core)
    if (is_proper_name_type(std::get<0>(key)) && keyed[index].letters.size() >= 5) representatives.push_back(index);
  std::vector<std::u32string> variants;
  for (std::size_t index : representatives) {
    variants.clear();
    deletion_variants(keyed[index].letters, 1, variants);
    std::sort(variants.begin(), variants.end());
    variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
    for (auto& variant : variants) variants_index[variant].push_back(index);
  }
  for (std::size_t index : representatives) {
    variants.clear();
    deletion_variants(keyed[index].letters, 2, variants);
    std::sort(variants.begin(), variants.end());
    variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
    for (const auto& variant : variants) {
      auto it = variants_index.find(variant);
      if (it == variants_index.end()) continue;
      for (std::size_t other : it->second) {
        if (other == index || forms[other].type != forms[index].type) continue;
        const auto count_of = [&](std::size_t i) { return core_count[{forms[i].type, forms[i].unit, keyed[i].core}]; };
        if (misspelt(keyed[index], count_of(index), keyed[other], count_of(other))) sets.unite(index, other);
      }
    }
  }

  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < n; ++i) groups[sets.find(i)].push_back(i);

  std::vector<NameCluster> clusters;
  clusters.reserve(groups.size());
  for (auto& [root, members] : groups) {
    std::size_t canonical = members.front();
    auto better = [&](std::size_t a, std::size_t b) {  // is a a better canonical name than b?
      const std::uint64_t ca = core_count[{forms[a].type, forms[a].unit, keyed[a].core}];
      const std::uint64_t cb = core_count[{forms[b].type, forms[b].unit, keyed[b].core}];
      return std::tuple{!is_genitive[a], !is_short[a], ca, forms[a].count, forms[a].name.size(), std::string_view(forms[b].name)} >
             std::tuple{!is_genitive[b], !is_short[b], cb, forms[b].count, forms[b].name.size(), std::string_view(forms[a].name)};
    };
    for (std::size_t member : members)
      if (member != canonical && better(member, canonical)) canonical = member;
    NameCluster cluster;
    cluster.canonical = canonical;
    cluster.members = members;
    for (std::size_t member : members) {
      std::string reason;
      if (member != canonical) {
        if (keyed[member].key == keyed[canonical].key) reason = "case";
        else if (keyed[member].core == keyed[canonical].core) reason = "legal-form";
        else if (is_genitive[member]) reason = "genitive";
        else if (is_short[member]) reason = "short-form";
        else reason = "misspelling";
      }
      cluster.reasons.push_back(std::move(reason));
    }
    clusters.push_back(std::move(cluster));
  }
  std::sort(clusters.begin(), clusters.end(),
            [](const NameCluster& a, const NameCluster& b) { return a.canonical < b.canonical; });
  return clusters;
}

}  // namespace kg::graph
