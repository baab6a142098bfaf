#include <doctest/doctest.h>

#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"
#include "test_helpers.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {
Sentence tokenize(const Document& doc) {
  Sentence sentence;
  sentence.span = {0, doc.text.size()};
  Tokenizer().tokenize(sentence, doc);
  return sentence;
}
}  // namespace

TEST_CASE("Tokenizer keeps numbers, percent and currency signs, compounds and contractions as written") {
  const Document doc = make_document("Die Nokia-Patente kosten 3,6 Mio. € bzw. 12.400 $ (14,7%) im Jahr.");
  const Sentence sentence = tokenize(doc);
  CHECK(forms(sentence) == std::vector<std::string>{"Die", "Nokia-Patente", "kosten", "3,6", "Mio.", "€", "bzw.",
                                                    "12.400", "$", "(", "14,7", "%", ")", "im", "Jahr", "."});
}

TEST_CASE("Tokenizer gives byte spans into the document and space_after") {
  Document doc = make_document("xx „Größe“, ok");
  Sentence sentence;
  sentence.span = {3, doc.text.size()};
  Tokenizer().tokenize(sentence, doc);
  REQUIRE(sentence.tokens.size() == 5);
  CHECK(sentence.tokens[0].form == "„");
  CHECK(sentence.tokens[0].span == Span{3, 6});
  CHECK(sentence.tokens[1].form == "Größe");
  CHECK(sentence.tokens[1].span == Span{6, 13});
  CHECK_FALSE(sentence.tokens[1].space_after);
  CHECK(sentence.tokens[3].form == ",");
  CHECK(sentence.tokens[3].space_after);
  CHECK(doc.text.substr(sentence.tokens[4].span.begin, sentence.tokens[4].span.size()) == "ok");
}

TEST_CASE("Tokenizer keeps URLs and e-mail addresses whole without trailing punctuation") {
  const Document doc = make_document("Siehe https://example.com/a?b=1, www.velantis.de. Mail: presse@velantis.de!");
  CHECK(forms(tokenize(doc)) == std::vector<std::string>{"Siehe", "https://example.com/a?b=1", ",", "www.velantis.de",
                                                         ".", "Mail", ":", "presse@velantis.de", "!"});
}

TEST_CASE("Tokenizer keeps the hyphen of a truncated compound and legal forms with slashes") {
  const Document doc = make_document("Hard- und Software von Nordwest A/S und AT&T.");
  CHECK(forms(tokenize(doc)) ==
        std::vector<std::string>{"Hard-", "und", "Software", "von", "Nordwest", "A/S", "und", "AT&T", "."});
}

TEST_CASE("Tokenizer skips invalid bytes and splits at them") {
  const Document doc = make_document("Mer\xFFivo AG");
  CHECK(forms(tokenize(doc)) == std::vector<std::string>{"Mer", "ivo", "AG"});
}
