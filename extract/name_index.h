#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/document.h"

namespace kg::extract {

// The names of one document and their short forms: "Lorantis" -> "Lorantis
// Mobile", "Quell" -> "Marta Quell", "Xiaomis" -> "Xiaomi". Built per
// document; not shared between threads.
class NameIndex {
 public:
  struct Entry {
    std::string name;  // canonical: the name as first written in full
    EntityType type = EntityType::Organization;
  };

  // Registers a mention's text as a name and its short forms (the first word
  // of an organisation's name, the last word of a person's name). Earlier
  // registrations win.
  void add(const Mention& mention);

  // The entry for a surface form (also with a genitive "s" or "'s"), or nullptr.
  const Entry* find(std::string_view surface) const;

  // The closest entry whose name is a spelling variant of `surface`
  // (spelling_variants, two edits allowed from 8 letters): a misspelling
  // ("Qaundor" for "Quandor", "Xiamo" for "Xiaomi"); nullptr if none.
  const Entry* find_similar(std::string_view surface) const;

  // The entry for the part before the first hyphen of a compound
  // ("Nokia-Patente" -> Nokia), or nullptr.
  // With `fuzzy`, a misspelt prefix ("Qaundor-Gründerin") is tried too.
  const Entry* find_prefix(std::string_view form, bool fuzzy = true) const;

  bool empty() const { return entries_.empty(); }

 private:
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace kg::extract
