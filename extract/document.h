#pragma once
// The pipeline's data: Document -> Sentences -> Tokens -> Mentions.
// Plain structs; each stage fills the fields it owns and never erases others.

#include <cstddef>
#include <string>
#include <vector>

#include "extract/entity_type.h"

namespace kg::extract {

// Half-open range [begin, end) of byte offsets into Document::text.
struct Span {
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;    // bytes, one past the last
  std::size_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

// One syntactic word. Field names follow Universal Dependencies.
struct Token {
  std::string form;    // the word as written (UTF-8)
  std::string lemma;   // base form; empty until a stage fills it
  std::string upos;    // universal part of speech; empty until tagged
  std::string feats;   // UD features "Case=Nom|Number=Sing"; may be empty
  int head = -1;       // index of the head token in the sentence; -1 = unparsed, 0-based, root points to itself
  std::string deprel;  // UD relation to the head; empty until parsed
  Span span;           // bytes of Document::text
  bool space_after = true;  // whitespace follows in the original text
  std::size_t compound_head = 0;  // bytes into form where the head of a hyphenated compound starts ("Nokia-Patente" -> 6); 0 if none
};

// A name (or a description) found in a sentence.
struct Mention {
  Span span;                   // bytes of Document::text
  std::size_t first_token = 0; // index into Sentence::tokens
  std::size_t end_token = 0;   // one past the last token
  EntityType type = EntityType::Organization;
  double score = 0.0;          // recogniser confidence in [0, 1]
  std::string text;            // surface form as written
  // A word derived from a name rather than the name itself: an adjective or
  // demonym ("finnische", "Berliner"); `type` is the type of that name.
  bool derived = false;
  std::string base;            // for a derived mention, the name it derives from ("Finnland"); empty when unknown
};

// A word as written that stands for several syntactic words, as UD's
// multiword tokens: "im" = "in" + "dem". Its syntactic words are
// tokens[first, end) of the sentence and all share its span.
struct MultiwordToken {
  std::size_t first = 0;  // index into Sentence::tokens
  std::size_t end = 0;    // one past the last
  std::string form;       // as written
  Span span;              // bytes of Document::text
  bool space_after = true;
};

struct Sentence {
  Span span;  // bytes of Document::text
  std::vector<Token> tokens;  // syntactic words
  std::vector<MultiwordToken> multiword_tokens;  // in text order, may be empty
  std::vector<Mention> mentions;
};

// A problem in the input data; processing goes on after it.
struct Diagnostic {
  std::string source;       // file name, "-" for standard input
  std::size_t line = 0;     // 1-based line of the source, 0 when unknown
  std::size_t offset = 0;   // byte offset into the source (or document text)
  std::string message;      // what is wrong
  std::string excerpt;      // the offending input, shortened and printable
};

// A document, or one chunk of a long document. Spans of tokens, mentions and
// statements are bytes of `text`; add `offset` for bytes of the whole source
// document.
struct Document {
  std::string id;            // document id (file path or JSONL "id")
  std::string lang = "de";   // ISO 639-1
  std::string date;          // publication date "YYYY", "YYYY-MM" or "YYYY-MM-DD"; may be empty
  std::string text;          // original UTF-8 text, untouched (invalid bytes kept)
  std::size_t offset = 0;    // bytes: where `text` starts within the whole source document
  std::size_t first_sentence = 0;  // index of sentences[0] within the whole document
  std::vector<Sentence> sentences;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace kg::extract
