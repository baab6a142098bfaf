// Any byte sequence gives sentences and tokens without a crash, and every
// byte is accounted for: inside a token, white space between tokens, part of
// a date header, or invalid UTF-8 reported by a diagnostic.

#include <doctest/doctest.h>

#include <chrono>
#include <random>
#include <string>

#include "extract/pipeline.h"
#include "extract/utf8.h"
#include "test_helpers.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

// The first uncovered byte of doc.text with a reason, or "" when every byte
// is covered and the tokens are well-formed.
std::string check_coverage(const Document& doc, std::size_t header_end) {
  std::vector<bool> covered(doc.text.size(), false);
  for (std::size_t i = 0; i < header_end; ++i) covered[i] = true;
  std::size_t previous_end = header_end;
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.span.begin < previous_end || sentence.span.end > doc.text.size())
      return "sentence span out of order at byte " + std::to_string(sentence.span.begin);
    previous_end = sentence.span.end;
    std::size_t token_end = sentence.span.begin;
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
      const Token& token = sentence.tokens[t];
      const bool in_multiword = std::any_of(sentence.multiword_tokens.begin(), sentence.multiword_tokens.end(),
                                            [&](const MultiwordToken& m) { return m.first <= t && t < m.end; });
      if (token.span.begin < sentence.span.begin || token.span.end > sentence.span.end || token.span.size() == 0)
        return "token outside its sentence at byte " + std::to_string(token.span.begin);
      if (!in_multiword) {
        if (token.span.begin < token_end) return "tokens overlap at byte " + std::to_string(token.span.begin);
        if (doc.text.compare(token.span.begin, token.span.size(), token.form) != 0)
          return "token form differs from its bytes at " + std::to_string(token.span.begin);
      }
      token_end = token.span.end;
      for (std::size_t i = token.span.begin; i < token.span.end; ++i) covered[i] = true;
    }
  }
  bool capped = false;
  for (const Diagnostic& diagnostic : doc.diagnostics) {
    if (diagnostic.message.rfind("invalid UTF-8", 0) == 0 && diagnostic.offset < covered.size())
      covered[diagnostic.offset] = true;
    if (diagnostic.message.find("not reported") != std::string::npos) capped = true;
  }
  for (std::size_t i = 0; i < doc.text.size();) {
    const CodePoint cp = decode_utf8(doc.text, i);
    const std::size_t length = std::max<std::size_t>(1, cp.length);
    if (!covered[i]) {
      const bool space = cp.valid && is_space(cp.value);
      if (!space && !(capped && !cp.valid)) return "byte " + std::to_string(i) + " is not covered";
    }
    i += cp.valid ? length : 1;
  }
  return "";
}

std::size_t header_end(const Document& doc) {
  if (doc.date.empty()) return 0;
  const std::size_t at = doc.text.find(doc.date);
  return at == std::string::npos ? 0 : at + doc.date.size();
}

std::string analyze_and_check(const std::string& text, bool split_compounds) {
  PipelineOptions options;
  options.tokens.split_compounds = split_compounds;
  options.tag = false;
  options.parse = false;
  Document doc = make_document(text);
  Pipeline(options).analyze(doc);
  return check_coverage(doc, header_end(doc));
}

// Pieces that stress the tokenizer and the splitter.
const std::vector<std::string>& pieces() {
  static const std::vector<std::string> all = {
      "Die", "Nokia-Patente", " ", " ", "\n", "\n\n", ".", ",", "3,6", "5.000", "z. B.", "Nr.", "am 3. Juli",
      "„", "“", "``", "''", "--", "-", ":-)", "...", "%", "€", "$", "https://example.com/x?y=1",
      "presse@example.de", "\xC2\xAD", "\x01", "\x7F", "\t", "\xFF", "\xC3", "\xE2\x82", "\xF0\x9F\x98\x80",
      "Ж", "中文", "ﻉ", "im", "zur", "Im", "a", "Z", "'", "`", "(", ")", "?", "!", "12345", "\r\n", "date ",
      "2017-07", "\xE2\x80\x8B", "A.", "Mio.", "ÄÖÜß", "vom"};
  return all;
}

}  // namespace

TEST_CASE("Analysis covers every byte of random and mutated inputs with tokens, spaces or diagnostics") {
  std::mt19937 random(20261123);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
  const std::string seed_text =
      "Im Jahr 2023 übernahm die Brenavo AG (München) 5.000 Aktien für 3,6 Mio. €. „Gut“, sagte Dr. Weber.\n\n"
      "Die US-Tochter liefert ``Chips'' -- z. B. am 3. Juli :-) an https://example.com.";
  std::size_t runs = 0;
  while (std::chrono::steady_clock::now() < deadline && runs < 20000) {
    std::string text;
    if (runs % 2 == 0) {
      const std::size_t count = random() % 40;
      for (std::size_t i = 0; i < count; ++i) text += pieces()[random() % pieces().size()];
    } else {
      text = seed_text;
      const std::size_t mutations = 1 + random() % 8;
      for (std::size_t m = 0; m < mutations && !text.empty(); ++m) {
        const std::size_t at = random() % text.size();
        switch (random() % 3) {
          case 0: text[at] = static_cast<char>(random() % 256); break;
          case 1: text.erase(at, 1 + random() % 4); break;
          default: text.insert(at, pieces()[random() % pieces().size()]); break;
        }
      }
    }
    const std::string problem = analyze_and_check(text, runs % 4 < 2);
    INFO("input: ", text);
    REQUIRE(problem == "");
    ++runs;
  }
  CHECK(runs > 100);
}

TEST_CASE("Analysis handles control characters, soft hyphens, mixed scripts and emoji") {
  for (const std::string& text :
       {std::string("Ab\x01" "cd\x7F ef\x1B[0m gh."), std::string("Zu\xC2\xAD" "sammen\xC2\xAD" "arbeit ist gut."),
        std::string("Москва und 北京 und Αθήνα sind Städte."), std::string("Super 😀😀 👍🏽 Produkt! 🇩🇪 Ja.")}) {
    INFO(text);
    CHECK(analyze_and_check(text, false) == "");
    CHECK(analyze_and_check(text, true) == "");
  }
}

TEST_CASE("Analysis keeps a soft hyphen inside its word") {
  Document doc = make_document("Die Zu\xC2\xAD" "sammenarbeit beginnt.");
  PipelineOptions options;
  options.tag = options.parse = false;
  Pipeline(options).analyze(doc);
  REQUIRE(doc.sentences.size() == 1);
  CHECK(forms(doc.sentences[0]) == std::vector<std::string>{"Die", "Zu\xC2\xAD" "sammenarbeit", "beginnt", "."});
}

TEST_CASE("Analysis of a line of 100,000 numbers splits it at the bound with a diagnostic") {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += std::to_string(i) + ' ';
  PipelineOptions options;
  options.tag = options.parse = false;
  Document doc = make_document(text);
  Pipeline(options).analyze(doc);
  CHECK(doc.sentences.size() >= 100000 / 400);
  for (const Sentence& sentence : doc.sentences) CHECK(sentence.tokens.size() <= 400);
  REQUIRE_FALSE(doc.diagnostics.empty());
  CHECK(doc.diagnostics[0].message.find("sentence too long") == 0);
  CHECK(check_coverage(doc, 0) == "");
}

TEST_CASE("Analysis of invalid UTF-8 reports each bad byte's offset and tokenises around it") {
  Document doc = make_document("Gro\xC3\x9F und \xFF" "klein.");
  PipelineOptions options;
  options.tag = options.parse = false;
  Pipeline(options).analyze(doc);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].offset == 10);
  REQUIRE(doc.sentences.size() == 1);
  CHECK(forms(doc.sentences[0]) == std::vector<std::string>{"Groß", "und", "klein", "."});
}
