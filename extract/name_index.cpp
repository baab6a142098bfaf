#include "extract/name_index.h"

#include <algorithm>
#include <vector>

#include "extract/german_lexicon.h"
#include "extract/utf8.h"

namespace kg::extract {

void NameIndex::add(const Mention& mention) {
  if (mention.text.empty() || mention.type == EntityType::Concept || mention.type == EntityType::Literal) return;
  const Entry entry{mention.text, mention.type};
  entries_.emplace(mention.text, entry);
  const std::size_t space = mention.text.find(' ');
  if (space == std::string::npos) return;
  const std::string first = mention.text.substr(0, space);
  const std::string last = mention.text.substr(mention.text.rfind(' ') + 1);
  // A person is referred to by the surname; an organisation by the first
  // or last word ("Lorantis" of "Lorantis Mobile", "Brevi" of "Officine Brevi").
  for (const std::string* short_form_pointer : {&last, &first}) {
    const std::string& short_form = *short_form_pointer;
    if (mention.type == EntityType::Person && short_form_pointer != &last) break;
    const std::string lower = to_lower(short_form);
    if (short_form.size() < 3 || GermanLexicon::is_function_word(lower) || GermanLexicon::is_legal_form(short_form) ||
        GermanLexicon::is_name_part(short_form) || GermanLexicon::noun_match(lower) == NounMatch::Exact ||
        (short_form[0] >= '0' && short_form[0] <= '9'))
      continue;
    entries_.emplace(short_form, entry);
  }
}

const NameIndex::Entry* NameIndex::find(std::string_view surface) const {
  if (auto it = entries_.find(std::string(surface)); it != entries_.end()) return &it->second;
  for (std::string_view ending : {"'s", "’s", "s"}) {
    if (surface.size() > ending.size() + 2 && surface.ends_with(ending)) {
      const std::string stem(surface.substr(0, surface.size() - ending.size()));
      if (auto it = entries_.find(stem); it != entries_.end()) return &it->second;
    }
  }
  return nullptr;
}

const NameIndex::Entry* NameIndex::find_prefix(std::string_view form, bool fuzzy) const {
  const std::size_t hyphen = form.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return nullptr;
  const std::string_view prefix = form.substr(0, hyphen);
  if (const Entry* entry = find(prefix)) return entry;
  return fuzzy ? find_similar(prefix) : nullptr;
}

namespace {

// Levenshtein distance, giving up above `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[b.size()];
}

}  // namespace

const NameIndex::Entry* NameIndex::find_similar(std::string_view surface) const {
  constexpr std::size_t kMaxEntries = 1000;  // bounded work on documents with very many names
  if (surface.size() < 5 || entries_.size() > kMaxEntries) return nullptr;
  const std::size_t limit = surface.size() >= 8 ? 2 : 1;
  const Entry* best = nullptr;
  std::size_t best_distance = limit + 1;
  for (const auto& [form, entry] : entries_) {
    if (form.size() < 5 || form[0] != surface[0] || form == surface) continue;
    const std::size_t distance = edit_distance(form, surface, limit);
    if (distance < best_distance) best = &entry, best_distance = distance;
  }
  return best;
}

}  // namespace kg::extract
