#pragma once
// The document-level step of named-entity recognition. A recogniser looks
// at one sentence at a time, so it may type one company as Organization in
// one sentence and as Person in the next, and miss the short form
// "Lorantis" of "Lorantis Mobile" or the genitive "Xiaomis". This step sees
// the whole document.

#include <cstddef>

#include "extract/document.h"

namespace kg::extract {

// A mention of tokens [first, end) of `sentence`: span from the tokens, text
// as written (forms joined by a space where white space follows).
Mention make_mention(const Sentence& sentence, std::size_t first, std::size_t end, EntityType type, double score);

struct DocumentNamesOptions {
  // News introduce a person by the full name before the surname alone.
  // When set, a single word typed Person that the document never writes as
  // the surname of a full name, and that is no known first name, takes the
  // other type its mentions are given, or Organization, unless the
  // recogniser gave one of its mentions Person with a score of 0.9 or more. Right for news
  // articles; wrong for isolated sentences (GermEval), which often name a
  // person by the surname alone.
  bool full_names_first = true;
};

// Makes the names of one document consistent. Works on any Document whose
// sentences have mentions (from EntityRecognizer, NameSpotter or a test);
// stateless and thread-safe.
class DocumentNames {
 public:
  explicit DocumentNames(DocumentNamesOptions options = {}) : options_(options) {}

  // unify_types, then propagate.
  void resolve(Document& doc) const;

  // Gives every mention of one name the same type: the type whose votes sum
  // highest. Each mention votes for its type with its score; a full name
  // also votes for its short form where that stands alone (the first word
  // of an organisation, the surname of a person), and a role or class
  // compound ("LinkedIn-Chef", "Pyrion-Tochter") votes Organization for
  // the name before the hyphen. Mentions of one name are those with the
  // same text, a genitive ("Xiaomis", "Lorantis'") and a misspelling one
  // or two letters off ("Qaundor", NameIndex::find_similar) counting for
  // the name. A tie goes to the type seen first. Derived mentions
  // ("finnische") and Concept and Literal mentions take no part.
  void unify_types(Document& doc) const;

  // Marks further occurrences of the names found with a score of at least
  // 0.5 (Locations and one-word names that the lexicon knows as common
  // nouns, such as "Euro", excepted) in tokens no mention covers: the name itself
  // wherever it stands (also sentence-initially, where a recogniser is
  // least sure), its genitive, and the short forms NameIndex knows (the
  // first word of an organisation's name, the surname of a person); the
  // longest name wins. The new mentions take the name's type and score 0.6;
  // each sentence's mentions stay ordered by position.
  void propagate(Document& doc) const;

 private:
  DocumentNamesOptions options_;
};

}  // namespace kg::extract
