#include "extract/name_index.h"

#include <algorithm>
#include <vector>

#include "extract/german_lexicon.h"
#include "extract/name_spelling.h"
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

const NameIndex::Entry* NameIndex::find_similar(std::string_view surface) const {
  constexpr std::size_t kMaxEntries = 1000;  // bounded work on documents with very many names
  constexpr std::size_t kTwoEditsFrom = 8;    // code points: long names take a second typo
  if (surface.size() < 5 || entries_.size() > kMaxEntries) return nullptr;
  const std::u32string wanted = to_code_points(surface);
  const Entry* best = nullptr;
  std::size_t best_distance = 3;
  for (const auto& [form, entry] : entries_) {
    if (form.size() < 5 || form[0] != surface[0]) continue;
    const std::u32string letters = to_code_points(form);
    if (!spelling_variants(letters, wanted, kTwoEditsFrom)) continue;
    const std::size_t distance = edit_distance(letters, wanted, 2);
    if (distance < best_distance) best = &entry, best_distance = distance;
  }
  return best;
}

}  // namespace kg::extract
