#include <doctest/doctest.h>

#include "extract/utf8.h"
#include "extract/utf8_validator.h"
#include "test_helpers.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Utf8Validator reports an invalid byte in the middle with its byte offset and goes on") {
  Document doc = make_document("Velantis AG \xFF liefert Chips an Merivo.");
  doc.offset = 1000;
  CHECK(Utf8Validator().validate(doc) == 1);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].offset == 1012);
  CHECK(doc.diagnostics[0].message == "invalid UTF-8 byte 0xFF");
  CHECK(doc.diagnostics[0].excerpt.find("\\xFF") != std::string::npos);
  CHECK(doc.diagnostics[0].source == "test");
}

TEST_CASE("Utf8Validator accepts German text and rejects truncated, overlong and surrogate sequences") {
  Document good = make_document("Münchner Größe „Zitat“ – 5 €");
  CHECK(Utf8Validator().validate(good) == 0);
  CHECK(good.diagnostics.empty());
  Document bad = make_document(std::string("a\xC3") + " \xC0\xAF \xED\xA0\x80");
  CHECK(Utf8Validator().validate(bad) == 6);
  CHECK(bad.diagnostics[0].offset == 1);
  CHECK(bad.diagnostics[0].message == "invalid UTF-8 byte 0xC3");
}

TEST_CASE("Utf8Validator caps the number of diagnostics for binary input") {
  Document doc = make_document(std::string(5000, '\xFE'));
  CHECK(Utf8Validator().validate(doc) == 5000);
  CHECK(doc.diagnostics.size() == Utf8Validator::kMaxDiagnostics + 1);
}

TEST_CASE("A document with an invalid byte is still split, tokenised and extracted") {
  Document doc;
  const auto statements = run_pipeline("Die Velantis AG hat die Firma Merivo \x80 übernommen. Das war gut.", &doc);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].offset == 37);
  REQUIRE(doc.sentences.size() == 2);
  for (const Token& token : doc.sentences[0].tokens) CHECK(token.form.find('\x80') == std::string::npos);
  CHECK(find_statement(statements, "Velantis AG", "acquired", "Merivo"));
}

TEST_CASE("utf8 helpers lower-case umlauts and cut at character boundaries") {
  CHECK(to_lower("ÄÖÜ Straße") == "äöü straße");
  CHECK(truncate_utf8("aü", 2) == "a");
  CHECK(truncate_utf8("aü", 3) == "aü");
  CHECK(printable_excerpt("a\x01" "b", 0, 3) == "a b");
}
