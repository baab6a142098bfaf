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

TEST_CASE("kg train ner cross-validates per file and lists the missed and spurious mentions of each test sentence") {
  const std::string dir = scratch_dir("train-ner");
  std::string tsv;
  const char* const people[] = {"Karla Wendt", "Jonas Pirel", "Mira Sandek", "Olaf Trenz", "Ute Borm", "Ivo Lasch"};
  for (int i = 0; i < 12; ++i) {
    const std::string person = people[i % 6];
    const std::size_t space = person.find(' ');
    tsv += "#\tsource " + std::to_string(i) + "\n1\tHeute\tO\tO\n2\tspricht\tO\tO\n3\t" + person.substr(0, space) +
           "\tB-PER\tO\n4\t" + person.substr(space + 1) + "\tI-PER\tO\n5\tin\tO\tO\n6\tVarnheim\t" + (i % 4 == 3 ? "O" : "B-LOC") + "\tO\n7\t.\tO\tO\n\n";
  }  // every fourth "Varnheim" unannotated: errors the recogniser cannot avoid
  write_file(dir + "/a.tsv", tsv);
  write_file(dir + "/b.tsv", tsv);
  const auto run = run_kg({"train", "ner", "--train", dir + "/a.tsv", dir + "/b.tsv", "--folds", "3", "--epochs", "2",
                           "--errors", dir + "/errors.txt"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find(dir + "/a.tsv: PER+ORG+LOC P ") != std::string::npos);
  CHECK(run.out.find(dir + "/b.tsv: PER+ORG+LOC P ") != std::string::npos);
  CHECK(run.out.find("all folds") != std::string::npos);
  // Every line of the error list is a sentence or a "  - " / "  + " mention of it.
  const std::string errors = read_file(dir + "/errors.txt");
  const bool varnheim = errors.find("  - Varnheim/LOC\n") != std::string::npos || errors.find("  + Varnheim/LOC\n") != std::string::npos;
  CHECK(varnheim);
  std::size_t start = 0;
  while (start < errors.size()) {
    const std::size_t end = errors.find('\n', start);
    const std::string line = errors.substr(start, end - start);
    const bool mention = line.rfind("  - ", 0) == 0 || line.rfind("  + ", 0) == 0;
    CHECK((mention ? line.find('/') != std::string::npos : line.find("Heute spricht") == 0));
    start = end + 1;
  }
  // --document-level scores the mentions after the document step, the same sentences.
  const auto document = run_kg({"train", "ner", "--train", dir + "/a.tsv", dir + "/b.tsv", "--folds", "3", "--epochs",
                                "2", "--document-level"});
  CHECK(document.exit_code == 0);
  CHECK(document.out.find("all folds") != std::string::npos);
  const auto tested = [](const std::string& out) {
    std::size_t sentences = 0;
    for (std::size_t at = out.find(" sentences, "); at != std::string::npos; at = out.find(" sentences, ", at + 1))
      sentences += std::stoul(out.substr(out.rfind(' ', at - 1) + 1, at));
    return sentences;
  };
  CHECK(tested(document.out) == 24);
  CHECK(tested(run.out) == 24);
  const auto unwritable = run_kg({"train", "ner", "--train", dir + "/a.tsv", "--folds", "2", "--errors", dir + "/no/such/dir/e.txt"});
  CHECK(unwritable.exit_code != 0);
  CHECK(unwritable.err.find("no/such/dir/e.txt") != std::string::npos);
}
