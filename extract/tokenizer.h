#pragma once

#include "extract/document.h"

namespace kg::extract {

struct TokenizerOptions {
  // Contractions become UD multiword tokens of two syntactic words:
  // "im" = "in" + "dem", "zur" = "zu" + "der".
  bool split_contractions = true;
  // Hyphenated compounds as UD German GSD writes them: "US-Präsident" as
  // "US", "-", "Präsident". Off: one token whose compound_head marks the head.
  bool split_compounds = false;
};

// Rule-based German tokenizer. Keeps numbers with decimal commas and
// thousands points ("3,6", "12.400"), ordinals ("3."), URLs, e-mail
// addresses, hyphenated compounds ("Nokia-Patente", unless split_compounds)
// and known abbreviations ("z.", "Nr.") whole; splits off punctuation,
// quotes, "%" and currency signs; keeps multi-character punctuation ("``",
// "--", "...", ":-)") together. Invalid UTF-8 bytes separate tokens and
// never become part of one. Stateless and thread-safe.
class Tokenizer {
 public:
  explicit Tokenizer(TokenizerOptions options = {}) : options_(options) {}

  // Replaces sentence.tokens with the tokens of doc.text[sentence.span]:
  // form, span (bytes of doc.text) and space_after.
  void tokenize(Sentence& sentence, const Document& doc) const;

 private:
  void add_token(Sentence& sentence, const Document& doc, std::size_t begin, std::size_t end) const;

  TokenizerOptions options_;
};

}  // namespace kg::extract
