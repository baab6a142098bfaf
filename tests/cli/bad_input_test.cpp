#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "run_kg.h"

using kg::test::run_kg;
using kg::test::scratch_dir;
using kg::test::write_file;

namespace {

const std::string kSentence =
    "Der Softwarekonzern Quelbrix AG hat den Datenbankanbieter Tamarin Systems übernommen. ";

std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("an empty file is reported as an empty document, nothing crashes") {
  const std::string dir = scratch_dir("empty");
  write_file(dir + "/empty.txt", "");
  const auto result = run_kg({"extract", dir + "/empty.txt"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("empty.txt: byte 0: empty document") != std::string::npos);
  CHECK(result.out.empty());
}

TEST_CASE("a whitespace-only file is reported and gives no statements") {
  const std::string dir = scratch_dir("blank");
  write_file(dir + "/blank.txt", "  \n\t\n   \n");
  const auto result = run_kg({"extract", dir + "/blank.txt"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("only whitespace") != std::string::npos);
  CHECK(result.out.empty());
}

TEST_CASE("a missing path is reported and the other inputs are still processed") {
  const std::string dir = scratch_dir("missing");
  write_file(dir + "/good.txt", kSentence);
  const auto result = run_kg({"extract", dir + "/nowhere.txt", dir + "/good.txt"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("nowhere.txt: byte 0: no such file or directory") != std::string::npos);
  CHECK(result.out.find("\"acquired\"") != std::string::npos);
}

TEST_CASE("a directory is walked for .txt and .jsonl and an empty one is reported") {
  const std::string dir = scratch_dir("walk");
  std::filesystem::create_directories(dir + "/news/sub");
  std::filesystem::create_directories(dir + "/none");
  write_file(dir + "/news/sub/a.txt", kSentence);
  write_file(dir + "/news/ignored.md", kSentence);
  const auto walked = run_kg({"extract", dir + "/news"});
  CHECK(walked.exit_code == 0);
  CHECK(walked.out.find("a.txt") != std::string::npos);
  CHECK(walked.out.find("ignored.md") == std::string::npos);
  const auto empty = run_kg({"extract", dir + "/none"});
  CHECK(empty.exit_code == 1);
  CHECK(empty.err.find("holds no .txt or .jsonl files") != std::string::npos);
}

TEST_CASE("a binary file is recognised and skipped with its byte offset") {
  const std::string dir = scratch_dir("binary");
  std::string binary = "\x7f" "ELF";
  binary += std::string("\0\0\x01\x02", 4);
  write_file(dir + "/program.txt", binary);
  const auto result = run_kg({"extract", dir + "/program.txt"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("byte 4: binary data") != std::string::npos);
}

TEST_CASE("invalid UTF-8 in the middle of a text is reported with its offset and the rest is extracted") {
  const std::string dir = scratch_dir("utf8");
  const std::string text = "Einleitung ohne Inhalt. Kaputt \xC3\x28 hier. " + kSentence;
  write_file(dir + "/bad.txt", text);
  const auto result = run_kg({"extract", dir + "/bad.txt"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("byte 31") != std::string::npos);
  CHECK(result.err.find("invalid UTF-8") != std::string::npos);
  CHECK(result.out.find("\"acquired\"") != std::string::npos);
}

TEST_CASE("malformed JSONL lines are reported with their line number and the other lines are processed") {
  const std::string input = "{\"id\":\"d1\",\"text\":\"" + kSentence + "\"}\n" +
                            "{\"id\":\"d2\",\"text\":\n" +
                            "[1,2]\n" +
                            "{\"text\":\"ohne id\"}\n" +
                            "\n" +
                            "{\"id\":\"d5\",\"text\":\"" + kSentence + "\",\"lang\":\"de\"}\n";
  const auto result = run_kg({"extract", "--input-format", "jsonl", "-"}, input);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("-:2: byte") != std::string::npos);
  CHECK(result.err.find("malformed JSON") != std::string::npos);
  CHECK(result.err.find("-:3:") != std::string::npos);
  CHECK(result.err.find("-:4:") != std::string::npos);
  CHECK(result.err.find("missing or empty string field \"id\"") != std::string::npos);
  CHECK(result.out.find("\"doc\":\"d1\"") != std::string::npos);
  CHECK(result.out.find("\"doc\":\"d5\"") != std::string::npos);
}

TEST_CASE("an unwritable output path fails with exit code 2 and leaves nothing behind") {
  const std::string dir = scratch_dir("unwritable");
  write_file(dir + "/in.txt", kSentence);
  const auto missing_dir = run_kg({"build", dir + "/in.txt", "-o", dir + "/no/such/dir/g.kg"});
  CHECK(missing_dir.exit_code == 2);
  CHECK(missing_dir.err.find("cannot write") != std::string::npos);
  const auto onto_dir = run_kg({"build", dir + "/in.txt", "-o", dir});
  CHECK(onto_dir.exit_code == 2);
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("a 1 MB sentence without punctuation is split with a diagnostic in bounded time") {
  std::string text;
  while (text.size() < (1u << 20)) text += "wort Wort ";
  const auto result = run_kg({"extract", "-"}, text);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("too long") != std::string::npos);
}

TEST_CASE("a large text is streamed: kg extract keeps memory bounded") {
  // 12 MB of news text, twelve times the 1 MiB chunk kg reads at a time
  // (tagged and parsed, so bigger would only cost time); memory must stay
  // that of one chunk plus the models.
  std::string article = kg::test::read_file(std::string(KG_SOURCE_DIR) + "/samples/nokia-xiaomi.de.txt");
  article = article.substr(article.find('\n') + 1) + "\n\n";
  std::string text;
  text.reserve(12u << 20);
  while (text.size() < (12u << 20)) text += article;
  const auto result = run_kg({"extract", "--format", "tsv", "-"}, text);
  CHECK(result.exit_code == 0);
  CHECK(count_lines(result.out) > 1000);
  MESSAGE("peak memory of kg extract on 12 MB: ", result.max_rss_kib / 1024, " MiB");
  CHECK(result.max_rss_kib < 160 * 1024);
}
