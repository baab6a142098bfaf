#include "extract/dependency_parser.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/model_file.h"
#include "extract/parser_evaluation.h"
#include "extract/tagger.h"
#include "extract/transition_system.h"

namespace kg::extract {
namespace {

struct Word {
  const char* form;
  const char* lemma;
  const char* upos;
  const char* feats;
  int head;  // 1-based as in CoNLL-U, 0 = root
  const char* deprel;
};

Sentence make_sentence(const std::vector<Word>& words) {
  Sentence sentence;
  for (std::size_t i = 0; i < words.size(); ++i) {
    Token token;
    token.form = words[i].form;
    token.lemma = words[i].lemma;
    token.upos = words[i].upos;
    token.feats = words[i].feats;
    token.head = words[i].head == 0 ? static_cast<int>(i) : words[i].head - 1;
    token.deprel = words[i].deprel;
    sentence.tokens.push_back(token);
  }
  return sentence;
}

// A handful of German sentences with their trees, as in UD German GSD.
const std::vector<Sentence>& handmade_treebank() {
  static const std::vector<Sentence> treebank = {
      make_sentence({{"Der", "der", "DET", "Case=Nom|Gender=Masc|Number=Sing", 2, "det"},
                     {"Hund", "Hund", "NOUN", "Case=Nom|Gender=Masc|Number=Sing", 3, "nsubj"},
                     {"sieht", "sehen", "VERB", "Number=Sing|Person=3|VerbForm=Fin", 0, "root"},
                     {"die", "der", "DET", "Case=Acc|Gender=Fem|Number=Sing", 5, "det"},
                     {"Katze", "Katze", "NOUN", "Case=Acc|Gender=Fem|Number=Sing", 3, "obj"},
                     {".", ".", "PUNCT", "", 3, "punct"}}),
      make_sentence({{"Die", "der", "DET", "Case=Nom|Gender=Fem|Number=Sing", 2, "det"},
                     {"Firma", "Firma", "NOUN", "Case=Nom|Gender=Fem|Number=Sing", 3, "nsubj"},
                     {"kauft", "kaufen", "VERB", "Number=Sing|Person=3|VerbForm=Fin", 0, "root"},
                     {"einen", "ein", "DET", "Case=Acc|Gender=Masc|Number=Sing", 6, "det"},
                     {"neuen", "neu", "ADJ", "Case=Acc|Gender=Masc|Number=Sing", 6, "amod"},
                     {"Server", "Server", "NOUN", "Case=Acc|Gender=Masc|Number=Sing", 3, "obj"},
                     {".", ".", "PUNCT", "", 3, "punct"}}),
      make_sentence({{"Den", "der", "DET", "Case=Acc|Gender=Masc|Number=Sing", 2, "det"},
                     {"Vertrag", "Vertrag", "NOUN", "Case=Acc|Gender=Masc|Number=Sing", 3, "obj"},
                     {"unterschreibt", "unterschreiben", "VERB", "Number=Sing|Person=3|VerbForm=Fin", 0, "root"},
                     {"der", "der", "DET", "Case=Nom|Gender=Masc|Number=Sing", 5, "det"},
                     {"Chef", "Chef", "NOUN", "Case=Nom|Gender=Masc|Number=Sing", 3, "nsubj"},
                     {"in", "in", "ADP", "", 8, "case"},
                     {"der", "der", "DET", "Case=Dat|Gender=Fem|Number=Sing", 8, "det"},
                     {"Stadt", "Stadt", "NOUN", "Case=Dat|Gender=Fem|Number=Sing", 3, "obl"},
                     {".", ".", "PUNCT", "", 3, "punct"}}),
      make_sentence({{"Sie", "sie", "PRON", "Case=Nom|Number=Plur|Person=3", 2, "nsubj"},
                     {"haben", "haben", "AUX", "Number=Plur|Person=3|VerbForm=Fin", 0, "root"},
                     {"Zeit", "Zeit", "NOUN", "Case=Acc|Gender=Fem|Number=Sing", 2, "obj"},
                     {"und", "und", "CCONJ", "", 5, "cc"},
                     {"lachen", "lachen", "VERB", "Number=Plur|Person=3|VerbForm=Fin", 2, "conj"},
                     {".", ".", "PUNCT", "", 2, "punct"}}),
  };
  return treebank;
}

const DependencyParser& handmade_parser() {
  static const DependencyParser parser = [] {
    ParserTrainingOptions options;
    options.epochs = 30;
    options.prune = 0;  // four sentences give small averaged weights
    return DependencyParser::train(handmade_treebank(), options);
  }();
  return parser;
}

// True when the heads form one tree: one root pointing to itself, every
// head in range and every word reaching the root.
bool is_tree(const Sentence& sentence) {
  const int n = static_cast<int>(sentence.tokens.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    const int head = sentence.tokens[static_cast<std::size_t>(i)].head;
    if (head < 0 || head >= n) return false;
    if (head == i) ++roots;
  }
  for (int i = 0; i < n; ++i) {
    int word = i;
    for (int steps = 0; sentence.tokens[static_cast<std::size_t>(word)].head != word; ++steps) {
      if (steps > n) return false;
      word = sentence.tokens[static_cast<std::size_t>(word)].head;
    }
  }
  return roots == 1;
}

std::vector<std::pair<int, std::string>> arcs(const Sentence& sentence) {
  std::vector<std::pair<int, std::string>> result;
  for (const Token& token : sentence.tokens) result.emplace_back(token.head, token.deprel);
  return result;
}

Sentence strip_parse(Sentence sentence) {
  for (Token& token : sentence.tokens) {
    token.head = -1;
    token.deprel.clear();
  }
  return sentence;
}

// The message of the ModelError that `load` throws; "" when it throws none.
template <typename Load>
std::string model_error(Load load) {
  try {
    load();
  } catch (const ModelError& error) {
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("DependencyParser builds one tree without cycles over any token sequence, from 1 to 300 tokens") {
  const DependencyParser& parser = handmade_parser();
  const char* upos[] = {"NOUN", "VERB", "DET", "PUNCT", "ADP", "", "X", "nonsense", "AUX", "PRON"};
  const char* feats[] = {"", "Case=Nom", "Case=Acc|Number=Plur", "VerbForm=Fin|Person=3", "garbage="};
  std::uint64_t random = 12345;
  for (const std::size_t length : {1u, 2u, 3u, 7u, 40u, 300u}) {
    for (int trial = 0; trial < 5; ++trial) {
      Sentence sentence;
      for (std::size_t i = 0; i < length; ++i) {
        random = random * 6364136223846793005ull + 1442695040888963407ull;
        Token token;
        token.form = "w" + std::to_string(random >> 60);
        token.upos = upos[(random >> 33) % 10];
        token.feats = feats[(random >> 40) % 5];
        sentence.tokens.push_back(token);
      }
      parser.parse(sentence);
      CHECK(is_tree(sentence));
      for (const Token& token : sentence.tokens) CHECK_FALSE(token.deprel.empty());
    }
  }
}

TEST_CASE("DependencyParser labels exactly the root word root and writes only head and deprel") {
  Sentence sentence = strip_parse(handmade_treebank()[1]);
  const Sentence before = sentence;
  handmade_parser().parse(sentence);
  int roots = 0;
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    const Token& token = sentence.tokens[i];
    CHECK((token.deprel == "root") == (token.head == static_cast<int>(i)));
    roots += token.deprel == "root";
    CHECK(token.form == before.tokens[i].form);
    CHECK(token.lemma == before.tokens[i].lemma);
    CHECK(token.upos == before.tokens[i].upos);
    CHECK(token.feats == before.tokens[i].feats);
  }
  CHECK(roots == 1);
}

TEST_CASE("DependencyParser leaves an empty sentence empty") {
  Sentence sentence;
  handmade_parser().parse(sentence);
  CHECK(sentence.tokens.empty());
}

TEST_CASE("DependencyParser trained on a small handmade treebank parses its sentences back") {
  const ParseEvaluation scores = evaluate(handmade_parser(), handmade_treebank());
  CHECK(scores.words == 28);
  CHECK(scores.uas() == doctest::Approx(100.0));
  CHECK(scores.las() == doctest::Approx(100.0));
  CHECK(scores.recall({"nsubj", "obj"}) == doctest::Approx(100.0));
}

TEST_CASE("DependencyParser training is deterministic for a seed") {
  ParserTrainingOptions options;
  options.epochs = 5;
  options.seed = 7;
  const std::string first = DependencyParser::train(handmade_treebank(), options).bytes();
  CHECK(DependencyParser::train(handmade_treebank(), options).bytes() == first);
}

TEST_CASE("DependencyParser refuses training data without a complete tree") {
  Sentence sentence = strip_parse(handmade_treebank()[0]);
  CHECK_THROWS_AS(DependencyParser::train({sentence}, ParserTrainingOptions{}), std::invalid_argument);
}

TEST_CASE("A saved DependencyParser loads back and parses identically") {
  const DependencyParser& parser = handmade_parser();
  const std::string path = (std::filesystem::temp_directory_path() / "kg_parser_test.kgm").string();
  parser.save(path);
  const DependencyParser loaded = DependencyParser::load(path);
  std::remove(path.c_str());
  CHECK(loaded.bytes() == parser.bytes());
  CHECK(loaded.labels() == parser.labels());
  for (const Sentence& gold : handmade_treebank()) {
    Sentence a = strip_parse(gold), b = strip_parse(gold);
    parser.parse(a);
    loaded.parse(b);
    CHECK(arcs(a) == arcs(b));
  }
}

TEST_CASE("DependencyParser refuses a corrupt, truncated or foreign model with ModelError") {
  const std::string bytes = handmade_parser().bytes();
  std::string corrupt = bytes;
  corrupt[corrupt.size() / 2] ^= 0x5a;
  const std::string checksum = model_error([&] { DependencyParser::from_bytes(corrupt, "corrupt.kgm"); });
  CHECK(checksum.starts_with("extract: model corrupt.kgm: byte "));
  CHECK(checksum.ends_with(": is corrupt: checksum mismatch"));
  const std::string truncated = model_error([&] { DependencyParser::from_bytes(bytes.substr(0, bytes.size() - 20), "short.kgm"); });
  CHECK(truncated.starts_with("extract: model short.kgm: byte 30: is truncated"));
  ModelWriter tagger("tagger", 1);
  tagger.u32(0);
  CHECK_THROWS_WITH_AS(DependencyParser::from_bytes(tagger.bytes(), "tagger.kgm"),
                       doctest::Contains("is a \"tagger\" model, expected \"parser\""), ModelError);
  CHECK_THROWS_WITH_AS(DependencyParser::load("/nonexistent/parser.kgm"), doctest::Contains("/nonexistent/parser.kgm"),
                       ModelError);
}

TEST_CASE("The shipped German parser finds the subject and the object of a simple sentence") {
  // "Die Stadtwerke bauen im Sommer eine neue Brücke."
  Sentence sentence = make_sentence({
      {"Die", "der", "DET", "Case=Nom|Definite=Def|Number=Plur|PronType=Art", 2, "det"},
      {"Stadtwerke", "Stadtwerk", "NOUN", "Case=Nom|Gender=Neut|Number=Plur", 3, "nsubj"},
      {"bauen", "bauen", "VERB", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", 0, "root"},
      {"in", "in", "ADP", "", 6, "case"},
      {"dem", "der", "DET", "Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art", 6, "det"},
      {"Sommer", "Sommer", "NOUN", "Case=Dat|Gender=Masc|Number=Sing", 3, "obl"},
      {"eine", "ein", "DET", "Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art", 9, "det"},
      {"neue", "neu", "ADJ", "Case=Acc|Degree=Pos|Gender=Fem|Number=Sing", 9, "amod"},
      {"Brücke", "Brücke", "NOUN", "Case=Acc|Gender=Fem|Number=Sing", 3, "obj"},
      {".", ".", "PUNCT", "", 3, "punct"},
  });
  Sentence parsed = strip_parse(sentence);
  DependencyParser::german().parse(parsed);
  CHECK(parsed.tokens[2].deprel == "root");
  CHECK(parsed.tokens[1].head == 2);
  CHECK(parsed.tokens[1].deprel == "nsubj");
  CHECK(parsed.tokens[8].head == 2);
  CHECK(parsed.tokens[8].deprel == "obj");
}

TEST_CASE("The shipped tagger and parser find the subject and the object of a simple sentence") {
  // "Den alten Zug ersetzt die Bahn im Herbst durch einen neuen." (object first)
  Sentence sentence;
  for (const char* form : {"Den", "alten", "Zug", "ersetzt", "die", "Bahn", "in", "dem", "Herbst", "durch", "einen", "neuen", "."}) {
    Token token;
    token.form = form;
    sentence.tokens.push_back(token);
  }
  Tagger::german().tag(sentence);
  DependencyParser::german().parse(sentence);
  CHECK(sentence.tokens[3].deprel == "root");
  CHECK(sentence.tokens[2].head == 3);
  CHECK(sentence.tokens[2].deprel == "obj");
  CHECK(sentence.tokens[5].head == 3);
  CHECK(sentence.tokens[5].deprel == "nsubj");
}

TEST_CASE("projectivize lifts a crossing arc to the head's head") {
  std::vector<int> heads = {4, 0, 0, 0};  // 4 = the root
  CHECK(projectivize(heads) == 0);
  // Word 1 is the root; the arc 2 -> 0 spans word 1, which 2 does not dominate.
  std::vector<int> crossing = {2, 4, 1, 1};
  CHECK(projectivize(crossing) > 0);
  for (int d = 0; d < 4; ++d) {
    const int h = crossing[d];
    if (h == 4) continue;
    for (int k = std::min(h, d) + 1; k < std::max(h, d); ++k) {
      int a = k;
      while (a != 4 && a != h) a = crossing[a];
      CHECK(a == h);
    }
  }
}

}  // namespace kg::extract
