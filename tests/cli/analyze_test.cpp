#include <doctest/doctest.h>

#include "run_kg.h"

using kg::test::run_kg;
using kg::test::scratch_dir;
using kg::test::write_file;

TEST_CASE("kg analyze prints CoNLL-U with document, sentence ids, texts and multiword tokens") {
  const auto result = run_kg({"analyze", "-"}, "Im Mai stieg der Umsatz. Das ist gut.\n");
  CHECK(result.exit_code == 0);
  CHECK(result.out.rfind("# newdoc id = -\n# sent_id = s1\n# text = Im Mai stieg der Umsatz.\n1-2\tIm\t", 0) == 0);
  CHECK(result.out.find("\n1\tIn\t") != std::string::npos);
  CHECK(result.out.find("\n2\tdem\t") != std::string::npos);
  CHECK(result.out.find("\n6\tUmsatz\t") != std::string::npos);
  CHECK(result.out.find("SpaceAfter=No") != std::string::npos);
  CHECK(result.out.find("# sent_id = s2\n# text = Das ist gut.\n") != std::string::npos);
}

TEST_CASE("kg analyze splits hyphenated compounds as UD does unless --compounds whole") {
  const auto split = run_kg({"analyze", "-"}, "Der US-Konzern wächst.\n");
  CHECK(split.out.find("\n2\tUS\t") != std::string::npos);
  CHECK(split.out.find("\n3\t-\t") != std::string::npos);
  const auto whole = run_kg({"analyze", "-", "--compounds", "whole"}, "Der US-Konzern wächst.\n");
  CHECK(whole.out.find("\n2\tUS-Konzern\t") != std::string::npos);
  const auto wrong = run_kg({"analyze", "-", "--compounds", "half"}, "x");
  CHECK(wrong.exit_code == 2);
  CHECK(wrong.err.find("unknown --compounds 'half' (valid: split, whole)") != std::string::npos);
}

TEST_CASE("kg analyze --input-format conllu keeps the given tokens, ids and texts") {
  const std::string dir = scratch_dir("analyze-conllu");
  write_file(dir + "/gold.conllu",
             "# sent_id = x-7\n# text = Zum Glück.\n"
             "1-2\tZum\t_\t_\t_\t_\t_\t_\t_\t_\n"
             "1\tZu\tzu\tADP\t_\t_\t3\tcase\t_\t_\n"
             "2\tdem\tder\tDET\t_\t_\t3\tdet\t_\t_\n"
             "3\tGlück\tGlück\tNOUN\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
             "4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n");
  const auto result = run_kg({"analyze", "--input-format", "conllu", dir + "/gold.conllu"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.rfind("# sent_id = x-7\n# text = Zum Glück.\n1-2\tZum\t", 0) == 0);
  CHECK(result.out.find("\n3\tGlück\t") != std::string::npos);
  CHECK(result.out.find("\n4\t.\t") != std::string::npos);
}

TEST_CASE("kg analyze reports a malformed CoNLL-U line with file and line, and a missing file") {
  const std::string dir = scratch_dir("analyze-bad");
  write_file(dir + "/bad.conllu", "# sent_id = 1\n1\tEins\n\n# sent_id = 2\n1\tZwei\tzwei\tNUM\t_\t_\t0\troot\t_\t_\n\n");
  const auto result = run_kg({"analyze", "--input-format", "conllu", dir + "/bad.conllu", dir + "/missing.conllu"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("bad.conllu:2: expected 10 tab-separated columns, found 2; sentence skipped") != std::string::npos);
  CHECK(result.err.find("missing.conllu: byte 0: cannot open") != std::string::npos);
  CHECK(result.out.find("# sent_id = 2\n") != std::string::npos);
}

TEST_CASE("kg extract --fast skips tagging and parsing and still finds the sample's statements") {
  const std::string sample = std::string(KG_SOURCE_DIR) + "/samples/nokia-xiaomi.de.txt";
  const auto full = run_kg({"extract", sample});
  const auto fast = run_kg({"extract", sample, "--fast"});
  CHECK(full.exit_code == 0);
  CHECK(fast.exit_code == 0);
  CHECK_FALSE(fast.out.empty());
  // Today's rules take the parser's subject only where word order agrees.
  CHECK(fast.out == full.out);
}
