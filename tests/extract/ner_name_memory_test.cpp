#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/model_file.h"
#include "extract/ner_name_memory.h"

using namespace kg::extract;

namespace {

Sentence words(const std::vector<std::string>& forms) {
  Sentence sentence;
  for (const std::string& form : forms) {
    Token token;
    token.form = form;
    sentence.tokens.push_back(token);
  }
  return sentence;
}

// The memory's labels of `sentence` as "CLASS/position" strings ("-" outside).
std::vector<std::string> matched(const NameMemory& memory, const Sentence& sentence) {
  std::vector<std::uint8_t> labels;
  memory.match(sentence, labels);
  std::vector<std::string> out;
  const char* const positions = "BILU";
  for (const std::uint8_t label : labels) {
    if (label == 0) {
      out.push_back("-");
      continue;
    }
    const auto l = static_cast<std::uint8_t>(label - 1);
    out.push_back(std::string(ner_class_name(label_class(l))) + '/' + positions[static_cast<int>(label_position(l))]);
  }
  return out;
}

NameMemory learn(const std::vector<Sentence>& sentences, const std::vector<std::vector<NerSpan>>& gold) {
  std::vector<const Sentence*> s;
  std::vector<const std::vector<NerSpan>*> g;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    s.push_back(&sentences[i]);
    g.push_back(&gold[i]);
  }
  return NameMemory::learn(s, g);
}

}  // namespace

TEST_CASE("the name memory keeps names annotated in at least half their occurrences, longest match first") {
  const std::vector<Sentence> sentences = {
      words({"Die", "Varnes", "Bank", "wächst", "."}),
      words({"Die", "Bank", "in", "Oldrup", "schließt", "."}),
      words({"Oldrup", "liegt", "am", "Fluss", "."}),
      words({"Kesselbach", "ist", "klein", "."}),
      words({"Kesselbach", "spielt", "."}),
      words({"Kesselbach", "gewinnt", "."}),
  };
  const std::vector<std::vector<NerSpan>> gold = {
      {{1, 3, NerClass::Org}},
      {{3, 4, NerClass::Loc}},
      {{0, 1, NerClass::Loc}},
      {{0, 1, NerClass::Loc}},  // once a place, twice not annotated: ambiguous
      {},
      {},
  };
  const NameMemory memory = learn(sentences, gold);
  CHECK(memory.size() == 2);  // "Varnes Bank" and "Oldrup"; "Bank" alone was never a name
  CHECK(matched(memory, words({"Varnes", "Bank", "und", "Oldrup"})) ==
        std::vector<std::string>{"ORG/B", "ORG/L", "-", "LOC/U"});
  CHECK(matched(memory, words({"Die", "Bank", "Kesselbach"})) == std::vector<std::string>{"-", "-", "-"});
  CHECK(matched(memory, words({})).empty());
}

TEST_CASE("the name memory survives a model file and refuses unsorted keys") {
  const std::vector<Sentence> sentences = {words({"Quorin", "AG", "kauft", "Bexalo", "."})};
  const std::vector<std::vector<NerSpan>> gold = {{{0, 2, NerClass::Org}, {3, 4, NerClass::Org}}};
  const NameMemory memory = learn(sentences, gold);
  REQUIRE(memory.size() == 2);
  ModelWriter out("test", 1);
  memory.write(out);
  const std::string bytes = out.bytes();
  ModelReader in(bytes, "memory.kgm", "test", 1);
  const NameMemory read = NameMemory::read(in);
  CHECK(matched(read, words({"Bexalo", "und", "Quorin", "AG"})) == std::vector<std::string>{"ORG/U", "-", "ORG/B", "ORG/L"});

  ModelWriter bad("test", 1);
  bad.array(std::vector<std::uint64_t>{9, 3});
  bad.array(std::vector<std::uint8_t>{0, 1});
  bad.array(std::vector<std::uint64_t>{});
  const std::string bad_bytes = bad.bytes();
  ModelReader bad_in(bad_bytes, "bad.kgm", "test", 1);
  CHECK_THROWS_AS(NameMemory::read(bad_in), ModelError);
}
