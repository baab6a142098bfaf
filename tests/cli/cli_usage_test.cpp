#include <doctest/doctest.h>

#include "run_kg.h"

using kg::test::run_kg;

TEST_CASE("kg without a command prints the overview on stderr and exits 2") {
  const auto result = run_kg({});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("usage: kg COMMAND") != std::string::npos);
}

TEST_CASE("every subcommand answers --help with its usage and exit code 0") {
  for (const char* command : {"analyze", "extract", "build", "merge", "export", "render", "stats", "query", "explain", "neighbors",
                              "path", "entities", "train"}) {
    const auto result = run_kg({command, "--help"});
    CHECK_MESSAGE(result.exit_code == 0, command);
    CHECK_MESSAGE(result.out.find(std::string("usage: kg ") + command) != std::string::npos, command);
  }
}

TEST_CASE("an unknown command or option is a usage error with exit code 2") {
  CHECK(run_kg({"frobnicate"}).exit_code == 2);
  const auto result = run_kg({"extract", "--colour", "x.txt"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("unknown option --colour") != std::string::npos);
  const auto format = run_kg({"extract", "--format", "xml", "-"});
  CHECK(format.exit_code == 2);
  CHECK(format.err.find("valid: jsonl, tsv, jsonld, nquads") != std::string::npos);
}

TEST_CASE("build without -o and render without an output are refused") {
  CHECK(run_kg({"build", "x.txt"}).err.find("missing -o GRAPH") != std::string::npos);
  CHECK(run_kg({"render", "g.kg"}).exit_code == 2);
  CHECK(run_kg({"render", "g.kg", "-o", "x.svg", "--min-confidence", "2"}).err.find("from 0") != std::string::npos);
}

TEST_CASE("a graph file that is missing or corrupt is a fatal error naming the file") {
  const std::string dir = kg::test::scratch_dir("corrupt");
  kg::test::write_file(dir + "/bad.kg", "KGGRAPH\0garbage");
  const auto missing = run_kg({"stats", dir + "/none.kg"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("none.kg: cannot open") != std::string::npos);
  const auto corrupt = run_kg({"export", dir + "/bad.kg", "--format", "dot"});
  CHECK(corrupt.exit_code == 2);
  CHECK(corrupt.err.find("bad.kg") != std::string::npos);
  CHECK(corrupt.out.empty());
}
