#pragma once

#include "extract/document.h"

namespace kg::extract {

// Rule-based German tokenizer. Keeps numbers with decimal commas and
// thousands points ("3,6", "12.400"), URLs, e-mail addresses, hyphenated
// compounds ("Nokia-Patente") and known abbreviations ("z.", "Nr.") whole;
// splits off punctuation, quotes, "%" and currency signs. Contractions
// ("im", "zum") stay as written. Invalid UTF-8 bytes separate tokens and
// never become part of one. Stateless and thread-safe.
class Tokenizer {
 public:
  // Replaces sentence.tokens with the tokens of doc.text[sentence.span]:
  // form, span (bytes of doc.text) and space_after.
  void tokenize(Sentence& sentence, const Document& doc) const;
};

}  // namespace kg::extract
