#include <doctest/doctest.h>

#include "run_kg.h"

using kg::test::read_file;
using kg::test::run_kg;
using kg::test::scratch_dir;
using kg::test::write_file;

namespace {

// A tiny treebank: two sentence shapes, repeated.
std::string tiny_treebank() {
  std::string conllu;
  for (int i = 0; i < 20; ++i) {
    conllu += "# sent_id = a" + std::to_string(i) + "\n"
              "1\tDie\tder\tDET\t_\tCase=Nom|Number=Sing\t2\tdet\t_\t_\n"
              "2\tFirma\tFirma\tNOUN\t_\tCase=Nom|Gender=Fem|Number=Sing\t3\tnsubj\t_\t_\n"
              "3\twächst\twachsen\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\tSpaceAfter=No\n"
              "4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n";
    conllu += "# sent_id = b" + std::to_string(i) + "\n"
              "1\tEr\ter\tPRON\t_\tCase=Nom|Number=Sing|Person=3\t2\tnsubj\t_\t_\n"
              "2\tkauft\tkaufen\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_\n"
              "3\tAktien\tAktie\tNOUN\t_\tCase=Acc|Gender=Fem|Number=Plur\t2\tobj\t_\tSpaceAfter=No\n"
              "4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
  }
  return conllu;
}

}  // namespace

TEST_CASE("kg train tagger and parser write models that are deterministic for a seed") {
  const std::string dir = scratch_dir("train");
  write_file(dir + "/tiny.conllu", tiny_treebank());
  const auto tagger = run_kg({"train", "tagger", "--train", dir + "/tiny.conllu", "-o", dir + "/t1.kgm", "--epochs", "3"});
  CHECK(tagger.exit_code == 0);
  const auto again = run_kg({"train", "tagger", "--train", dir + "/tiny.conllu", "-o", dir + "/t2.kgm", "--epochs", "3"});
  CHECK(again.exit_code == 0);
  CHECK_FALSE(read_file(dir + "/t1.kgm").empty());
  CHECK(read_file(dir + "/t1.kgm") == read_file(dir + "/t2.kgm"));
  const auto parser = run_kg({"train", "parser", "--train", dir + "/tiny.conllu", "-o", dir + "/p.kgm", "--epochs", "3",
                              "--jackknife", "0"});
  CHECK(parser.exit_code == 0);
  CHECK(read_file(dir + "/p.kgm").rfind("KGMODEL\n", 0) == 0);
}

TEST_CASE("kg train refuses an unknown model kind, a missing file and a malformed treebank") {
  const auto kind = run_kg({"train", "lemmatizer"});
  CHECK(kind.exit_code == 2);
  CHECK(kind.err.find("cannot train 'lemmatizer'") != std::string::npos);
  const std::string dir = scratch_dir("train-bad");
  const auto missing = run_kg({"train", "tagger", "--train", dir + "/none.conllu", "-o", dir + "/m.kgm"});
  CHECK(missing.exit_code != 0);
  CHECK(missing.err.find("none.conllu") != std::string::npos);
  write_file(dir + "/bad.conllu", tiny_treebank() + "1\tkaputt\n\n");
  const auto bad = run_kg({"train", "tagger", "--train", dir + "/bad.conllu", "-o", dir + "/m.kgm", "--epochs", "1"});
  CHECK(bad.err.find("bad.conllu:") != std::string::npos);
  CHECK(bad.err.find("expected 10 tab-separated columns") != std::string::npos);
}
