#pragma once
// Decides which names denote the same entity. The result is a function of
// the set of names and their counts only, never of the order they came in.

#include <cstdint>
#include <string>
#include <vector>

#include "extract/entity_type.h"

namespace kg::graph {

struct NameForm {
  extract::EntityType type = extract::EntityType::Concept;
  std::string name;
  std::string unit;         // Literal only
  std::uint64_t count = 0;  // how often it was seen
};

// One group of names that denote one entity.
struct NameCluster {
  std::size_t canonical = 0;               // index into the input of the canonical name
  std::vector<std::size_t> members;        // indices into the input, canonical included, sorted
  std::vector<std::string> reasons;        // per member: "" for the canonical name, else "case", "legal-form", "genitive", "short-form" or "misspelling"
};

// Merge rules, all within one entity type (and unit for literals):
// - case: the same name_key ("NOKIA" = "Nokia");
// - legal-form: the same core_key ("Acme AG" = "Acme");
// - genitive: a proper name plus a genitive ending ("Nokias" = "Nokia");
// - short-form: a one-word name of at least 4 letters that is the first word
//   of exactly one longer organisation or product name, or the last word of
//   exactly one longer person name ("Brenavo" = "Brenavo Systems");
// - misspelling: proper names of at least 5 letters with the same first
//   letter and the same digits, one edit apart, or two edits apart when one
//   is a near-anagram of the other ("Xiamo" = "Xiaomi"), where the rarer is
//   seen at most half as often as the more frequent one.
// Canonical name: not a genitive form, not a short form, then the most frequent, then the
// longest, then the byte-wise smallest. Clusters are returned sorted by
// their canonical name's index.
std::vector<NameCluster> resolve_aliases(const std::vector<NameForm>& forms);

}  // namespace kg::graph
