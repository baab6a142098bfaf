#pragma once
// Splits SPARQL text into tokens with their line and column.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "query/sparql_query.h"

namespace kg::query {

// A query that is malformed or outside the supported subset. The message
// starts with "query: line L, column C: " and names the construct.
class SparqlError : public std::runtime_error {
 public:
  SparqlError(SourcePosition position, const std::string& message);
  SourcePosition position;
};

enum class TokenKind {
  End,
  Iri,           // <...>: text is the IRI
  PrefixedName,  // pfx:local or pfx: as written
  Variable,      // ?x or $x: text is the name
  String,        // text is the unescaped value
  LangTag,       // @de: text is "de"
  Integer, Decimal, Double,
  Word,          // keywords, 'a', true, false
  BlankNode,     // _:label
  Punct,         // { } ( ) [ ] . , ; * = != < > <= >= && || ! + - / ^ ^^ | ?
};

struct Token {
  TokenKind kind = TokenKind::End;
  std::string text;
  SourcePosition position;
};

// All tokens of `text`, ending with one End token. Throws SparqlError for a
// character or string that cannot start a token.
std::vector<Token> tokenize_sparql(std::string_view text);

}  // namespace kg::query
