#include <doctest/doctest.h>

#include <sstream>

#include "extract/conllu.h"

using namespace kg::extract;

namespace {

constexpr const char* kTwoSentences =
    "# sent_id = a1\n"
    "# text = Im Werk arbeiten 30 Leute.\n"
    "1-2\tIm\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tIn\tin\tADP\tAPPR\t_\t3\tcase\t_\t_\n"
    "2\tdem\tder\tDET\tART\tCase=Dat|Number=Sing\t3\tdet\t_\t_\n"
    "3\tWerk\tWerk\tNOUN\tNN\tCase=Dat|Gender=Neut|Number=Sing\t4\tobl\t_\t_\n"
    "4\tarbeiten\tarbeiten\tVERB\tVVFIN\t_\t0\troot\t_\t_\n"
    "5\t30\t30\tNUM\tCARD\t_\t6\tnummod\t_\t_\n"
    "6\tLeute\tLeute\tNOUN\tNN\t_\t4\tnsubj\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t$.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = a2\n"
    "# text = Gut.\n"
    "1\tGut\tgut\tADJ\tADJD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "1.1\tist\tsein\tAUX\t_\t_\t_\t_\t_\t_\n"
    "2\t.\t.\tPUNCT\t$.\t_\t1\tpunct\t_\t_\n"
    "\n";

}  // namespace

TEST_CASE("read_conllu rebuilds the text and keeps words, multiword tokens and 0-based heads") {
  std::istringstream in(kTwoSentences);
  const Treebank treebank = read_conllu(in, "gold.conllu");
  CHECK(treebank.document.diagnostics.empty());
  CHECK(treebank.document.text == "Im Werk arbeiten 30 Leute.\nGut.");
  REQUIRE(treebank.document.sentences.size() == 2);
  CHECK(treebank.sentence_ids == std::vector<std::string>{"a1", "a2"});
  CHECK(treebank.texts[0] == "Im Werk arbeiten 30 Leute.");
  const Sentence& first = treebank.document.sentences[0];
  REQUIRE(first.tokens.size() == 7);
  CHECK(first.tokens[0].form == "In");
  CHECK(first.tokens[1].feats == "Case=Dat|Number=Sing");
  CHECK(first.tokens[0].span == Span{0, 2});  // both words of "Im" share its span
  CHECK(first.tokens[1].span == Span{0, 2});
  CHECK(first.tokens[3].head == 3);  // root points to itself
  CHECK(first.tokens[3].deprel == "root");
  CHECK(first.tokens[5].head == 3);
  CHECK_FALSE(first.tokens[5].space_after);
  REQUIRE(first.multiword_tokens.size() == 1);
  CHECK(first.multiword_tokens[0].form == "Im");
  CHECK(first.multiword_tokens[0].end == 2);
  // The empty node 1.1 is skipped.
  CHECK(treebank.document.sentences[1].tokens.size() == 2);
}

TEST_CASE("write_conllu writes what read_conllu read, multiword lines and SpaceAfter included") {
  std::istringstream in(kTwoSentences);
  const Treebank treebank = read_conllu(in, "gold.conllu");
  std::ostringstream out;
  write_conllu(out, treebank.document, treebank.document.sentences[0], "a1");
  CHECK(out.str() ==
        "# sent_id = a1\n"
        "# text = Im Werk arbeiten 30 Leute.\n"
        "1-2\tIm\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tIn\tin\tADP\t_\t_\t3\tcase\t_\t_\n"
        "2\tdem\tder\tDET\t_\tCase=Dat|Number=Sing\t3\tdet\t_\t_\n"
        "3\tWerk\tWerk\tNOUN\t_\tCase=Dat|Gender=Neut|Number=Sing\t4\tobl\t_\t_\n"
        "4\tarbeiten\tarbeiten\tVERB\t_\t_\t0\troot\t_\t_\n"
        "5\t30\t30\tNUM\t_\t_\t6\tnummod\t_\t_\n"
        "6\tLeute\tLeute\tNOUN\t_\t_\t4\tnsubj\t_\tSpaceAfter=No\n"
        "7\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n"
        "\n");
}

TEST_CASE("read_conllu reports a malformed line with file and line and skips only its sentence") {
  std::istringstream in(
      "# sent_id = bad\n"
      "1\tEins\teins\tNUM\n"
      "\n"
      "# sent_id = head\n"
      "1\tZwei\tzwei\tNUM\t_\t_\t5\tnummod\t_\t_\n"
      "\n"
      "# sent_id = good\n"
      "1\tDrei\tdrei\tNUM\t_\t_\t0\troot\t_\t_\n");
  const Treebank treebank = read_conllu(in, "broken.conllu");
  REQUIRE(treebank.document.diagnostics.size() == 2);
  CHECK(treebank.document.diagnostics[0].source == "broken.conllu");
  CHECK(treebank.document.diagnostics[0].line == 2);
  CHECK(treebank.document.diagnostics[0].message.find("expected 10 tab-separated columns, found 4") == 0);
  CHECK(treebank.document.diagnostics[1].message.find("HEAD 5 points past") == 0);
  REQUIRE(treebank.document.sentences.size() == 1);
  CHECK(treebank.sentence_ids[0] == "good");
}
