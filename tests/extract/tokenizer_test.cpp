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

TEST_CASE("Tokenizer keeps numbers, percent and currency signs and compounds as written") {
  const Document doc = make_document("Die Nokia-Patente kosten 3,6 Mio. € bzw. 12.400 $ (14,7%) pro Jahr.");
  const Sentence sentence = tokenize(doc);
  CHECK(forms(sentence) == std::vector<std::string>{"Die", "Nokia-Patente", "kosten", "3,6", "Mio.", "€", "bzw.",
                                                    "12.400", "$", "(", "14,7", "%", ")", "pro", "Jahr", "."});
  CHECK(sentence.tokens[1].compound_head == 6);  // "Patente"
  CHECK(sentence.tokens[2].compound_head == 0);
}

TEST_CASE("Tokenizer splits contractions into two syntactic words under one multiword token") {
  const Document doc = make_document("Im Werk zur Not vom Band.");
  const Sentence sentence = tokenize(doc);
  CHECK(forms(sentence) == std::vector<std::string>{"In", "dem", "Werk", "zu", "der", "Not", "von", "dem", "Band", "."});
  REQUIRE(sentence.multiword_tokens.size() == 3);
  const MultiwordToken& im = sentence.multiword_tokens[0];
  CHECK(im.form == "Im");
  CHECK(im.first == 0);
  CHECK(im.end == 2);
  CHECK(im.span == Span{0, 2});
  CHECK(sentence.tokens[0].span == im.span);
  CHECK(sentence.tokens[1].span == im.span);
  CHECK(sentence.multiword_tokens[2].form == "vom");
  CHECK(sentence.multiword_tokens[2].first == 6);
}

TEST_CASE("Tokenizer keeps multi-character punctuation and ordinals whole") {
  const Document doc = make_document("Er sagte ``gut'' -- am 3. Juli :-) ... ok.");
  CHECK(forms(tokenize(doc)) == std::vector<std::string>{"Er", "sagte", "``", "gut", "''", "--", "an", "dem", "3.",
                                                         "Juli", ":-)", "...", "ok", "."});
}

TEST_CASE("Tokenizer splits hyphenated compounds as UD German does when asked") {
  const Document doc = make_document("Der US-Präsident lobt Staats- und 527-1 Modelle.");
  Sentence sentence;
  sentence.span = {0, doc.text.size()};
  Tokenizer(TokenizerOptions{.split_contractions = true, .split_compounds = true}).tokenize(sentence, doc);
  CHECK(forms(sentence) == std::vector<std::string>{"Der", "US", "-", "Präsident", "lobt", "Staats", "-", "und",
                                                    "527-1", "Modelle", "."});
  CHECK_FALSE(sentence.tokens[1].space_after);
  CHECK_FALSE(sentence.tokens[2].space_after);
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
