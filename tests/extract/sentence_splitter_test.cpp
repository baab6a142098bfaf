#include <doctest/doctest.h>

#include <chrono>

#include "extract/sentence_splitter.h"
#include "test_helpers.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {
std::vector<std::string> split(const std::string& text) {
  Document doc = make_document(text);
  SentenceSplitter().split(doc);
  return sentence_texts(doc);
}
}  // namespace

TEST_CASE("SentenceSplitter keeps abbreviations, initials and ordinals inside a sentence") {
  const auto sentences = split(
      "Der Konzern liefert z. B. Chips an Firmen wie Merivo bzw. Velantis. Dr. Anna Falk leitet ca. 40 Teams. "
      "Am 3. Juli legt Prof. J. Weber die Zahlen vor. Es folgt Nr. 5.");
  REQUIRE(sentences.size() == 4);
  CHECK(sentences[0] == "Der Konzern liefert z. B. Chips an Firmen wie Merivo bzw. Velantis.");
  CHECK(sentences[1] == "Dr. Anna Falk leitet ca. 40 Teams.");
  CHECK(sentences[2] == "Am 3. Juli legt Prof. J. Weber die Zahlen vor.");
}

TEST_CASE("SentenceSplitter does not split decimal commas, thousands points or amounts in Mio.") {
  const auto sentences = split("Der Umsatz stieg auf 3,6 Mio. Euro bei 5.000 Mitarbeitern. Danach kam 2018.");
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0] == "Der Umsatz stieg auf 3,6 Mio. Euro bei 5.000 Mitarbeitern.");
}

TEST_CASE("SentenceSplitter keeps a closing quote with the sentence that ends inside it") {
  const auto sentences = split("„Wir wachsen.“ Der Chef lachte. \"Gut so.\", sagte er. \"Erstens. Zweitens.\"");
  REQUIRE(sentences.size() == 5);
  CHECK(sentences[0] == "„Wir wachsen.“");
  CHECK(sentences[2] == "\"Gut so.\", sagte er.");
  CHECK(sentences[3] == "\"Erstens.");
  CHECK(sentences[4] == "Zweitens.\"");
}

TEST_CASE("SentenceSplitter makes a headline before a blank line its own sentence") {
  const auto sentences = split("Merivo wächst weiter\n\nDer Hersteller meldet Rekorde.\nUnd mehr.");
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0] == "Merivo wächst weiter");
  CHECK(sentences[1] == "Der Hersteller meldet Rekorde.");
}

TEST_CASE("SentenceSplitter reads a date header of the first chunk and leaves it out of the sentences") {
  Document doc = make_document("date 2017-07\nMerivo wächst.");
  SentenceSplitter().split(doc);
  CHECK(doc.date == "2017-07");
  REQUIRE(doc.sentences.size() == 1);
  CHECK(sentence_texts(doc)[0] == "Merivo wächst.");

  Document dated = make_document(" date 2019-05-02 Merivo wächst.");
  dated.date = "2020";
  SentenceSplitter().split(dated);
  CHECK(dated.date == "2020");
  CHECK(sentence_texts(dated)[0] == "Merivo wächst.");

  Document chunk = make_document("date 2017-07 Merivo wächst.");
  chunk.offset = 500;
  SentenceSplitter().split(chunk);
  CHECK(chunk.date.empty());
  CHECK(sentence_texts(chunk)[0] == "date 2017-07 Merivo wächst.");
}

TEST_CASE("SentenceSplitter gives nothing for empty and white-space-only documents") {
  CHECK(split("").empty());
  CHECK(split(" \n\t\n ").empty());
}

TEST_CASE("SentenceSplitter cuts a 1 MB text without punctuation quickly, with diagnostics") {
  std::string text;
  while (text.size() < (1u << 20)) text += "wort ";
  Document doc = make_document(text);
  doc.offset = 7;
  const auto start = std::chrono::steady_clock::now();
  SentenceSplitter().split(doc);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 0.5);
  REQUIRE(doc.sentences.size() > 100);
  for (const Sentence& sentence : doc.sentences) CHECK(sentence.span.size() <= 20000);
  REQUIRE_FALSE(doc.diagnostics.empty());
  CHECK(doc.diagnostics[0].message == "sentence too long: split after 1999 bytes");
  CHECK(doc.diagnostics[0].offset == 7 + 1999);
}

TEST_CASE("SentenceSplitter cuts an overlong word at a character boundary") {
  std::string text;
  while (text.size() < 50000) text += "ä";
  Document doc = make_document(text);
  SentenceSplitter().split(doc);
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].span.end % 2 == 0);
  CHECK(doc.diagnostics[0].message.starts_with("sentence too long: split after "));
}
