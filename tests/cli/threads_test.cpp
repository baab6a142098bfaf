#include <doctest/doctest.h>

#include <string>

#include "run_kg.h"

using kg::test::read_file;
using kg::test::run_kg;
using kg::test::scratch_dir;
using kg::test::write_file;

namespace {

std::string sample(const std::string& name) { return read_file(std::string(KG_SOURCE_DIR) + "/samples/" + name); }

std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\', out += c;
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out + '"';
}

}  // namespace

TEST_CASE("kg extract --threads N writes what one thread writes, in input order") {
  // Documents of very different sizes, so that later ones finish first.
  std::string jsonl;
  const char* const names[] = {"nokia-xiaomi.de.txt", "parcelwerk-nordfracht.de.txt", "sonnwerk-voltaris.de.txt",
                               "veldhoven-daewon.de.txt"};
  for (int copy = 0; copy < 6; ++copy)
    for (const char* name : names) {
      std::string text = sample(name);
      if (copy % 2 == 1) text = text.substr(0, text.find('.', text.size() / 3) + 1);
      jsonl += "{\"id\":\"" + std::string(name) + "#" + std::to_string(copy) + "\",\"text\":" + json_string(text) + "}\n";
    }
  jsonl += "not json\n";  // a diagnostic, reported in its place
  const auto one = run_kg({"extract", "--input-format", "jsonl", "--threads", "1", "-"}, jsonl);
  const auto three = run_kg({"extract", "--input-format", "jsonl", "--threads", "3", "-"}, jsonl);
  CHECK(one.exit_code == 1);
  CHECK(three.exit_code == 1);
  CHECK(one.out.size() > 1000);
  CHECK(three.out == one.out);
  CHECK(three.err == one.err);

  // One text document of three 1 MiB chunks: sentence numbers continue across chunks.
  std::string article = sample("nokia-xiaomi.de.txt");
  std::string text;
  while (text.size() < (5u << 19)) text += article + "\n\n";
  const std::string dir = scratch_dir("threads");
  write_file(dir + "/long.txt", text);
  const auto long_one = run_kg({"extract", "--fast", "--format", "tsv", dir + "/long.txt"});
  const auto long_two = run_kg({"extract", "--fast", "--format", "tsv", "--threads", "2", dir + "/long.txt"});
  CHECK(long_one.exit_code == 0);
  CHECK(long_two.out == long_one.out);
  // kg build gives the same graph.
  CHECK(run_kg({"build", "--quiet", "--input-format", "jsonl", "--threads", "2", "-o", dir + "/two.kg", "-"}, jsonl).exit_code == 1);
  CHECK(run_kg({"build", "--quiet", "--input-format", "jsonl", "-o", dir + "/one.kg", "-"}, jsonl).exit_code == 1);
  CHECK(read_file(dir + "/two.kg") == read_file(dir + "/one.kg"));
}

TEST_CASE("kg extract --threads refuses what is not a thread count") {
  for (const char* bad : {"0", "-2", "many", "3x"}) {
    const auto run = run_kg({"extract", "--threads", bad, "-"}, "Text.");
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("--threads") != std::string::npos);
  }
  CHECK(run_kg({"extract", "--threads", "auto", "-"}, "Quelbrix wächst.").exit_code == 0);
}
