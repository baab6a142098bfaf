#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "../cli/run_kg.h"
#include "extract/conllu.h"
#include "extract/embedded_files.h"
#include "extract/lemmatizer.h"
#include "extract/model_file.h"
#include "extract/tagger.h"
#include "extract/tagger_training.h"

using namespace kg::extract;

namespace {

// Four sentence patterns with full gold columns, enough for a perceptron
// to learn them exactly.
const char* const kTreebank =
    "1\tDer\tder\tDET\tART\tCase=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art\t2\tdet\t_\t_\n"
    "2\tHund\tHund\tNOUN\tNN\tCase=Nom|Gender=Masc|Number=Sing\t3\tnsubj\t_\t_\n"
    "3\tschläft\tschlafen\tVERB\tVVFIN\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t$.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tDie\tder\tDET\tART\tCase=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art\t2\tdet\t_\t_\n"
    "2\tKatze\tKatze\tNOUN\tNN\tCase=Nom|Gender=Fem|Number=Sing\t3\tnsubj\t_\t_\n"
    "3\tsieht\tsehen\tVERB\tVVFIN\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_\n"
    "4\tden\tder\tDET\tART\tCase=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art\t5\tdet\t_\t_\n"
    "5\tHund\tHund\tNOUN\tNN\tCase=Acc|Gender=Masc|Number=Sing\t3\tobj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t$.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tWir\twir\tPRON\tPPER\tCase=Nom|Number=Plur|Person=1|PronType=Prs\t2\tnsubj\t_\t_\n"
    "2\tsahen\tsehen\tVERB\tVVFIN\tMood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n"
    "3\tdie\tder\tDET\tART\tCase=Acc|Definite=Def|Number=Plur|PronType=Art\t4\tdet\t_\t_\n"
    "4\tKatzen\tKatze\tNOUN\tNN\tCase=Acc|Gender=Fem|Number=Plur\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tEr\ter\tPRON\tPPER\tCase=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs\t2\tnsubj\t_\t_\n"
    "2\thilft\thelfen\tVERB\tVVFIN\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_\n"
    "3\tdem\tder\tDET\tART\tCase=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art\t4\tdet\t_\t_\n"
    "4\tHund\tHund\tNOUN\tNN\tCase=Dat|Gender=Masc|Number=Sing\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_\n"
    "\n";

std::vector<Sentence> treebank_sentences(const std::string& text) {
  std::istringstream in(text);
  Treebank treebank = read_conllu(in, "test.conllu");
  REQUIRE(treebank.document.diagnostics.empty());
  return treebank.document.sentences;
}

Tagger train_small(std::uint64_t seed = 1, bool use_lexicon = false) {
  TaggerTrainingOptions options;
  options.epochs = 8;
  options.seed = seed;
  options.use_lexicon = use_lexicon;
  std::ostringstream log;
  return train_tagger(treebank_sentences(kTreebank), {}, options, log);
}

// A copy of `sentences` with lemma, upos and feats cleared.
std::vector<Sentence> untagged(std::vector<Sentence> sentences) {
  for (Sentence& sentence : sentences)
    for (Token& token : sentence.tokens) token.lemma = token.upos = token.feats = "";
  return sentences;
}

Sentence sentence_of(const std::vector<std::string>& forms) {
  Sentence sentence;
  for (const std::string& form : forms) {
    Token token;
    token.form = form;
    sentence.tokens.push_back(token);
  }
  return sentence;
}

std::string tags_of(const Tagger& tagger, std::vector<Sentence> sentences) {
  std::string out;
  for (Sentence& sentence : sentences) {
    tagger.tag(sentence);
    for (const Token& token : sentence.tokens) out += token.lemma + '/' + token.upos + '/' + token.feats + ' ';
  }
  return out;
}

}  // namespace

TEST_CASE("a tagger trained on a small treebank reproduces its UPOS, lemmas and FEATS columns") {
  const Tagger tagger = train_small();
  const std::vector<Sentence> gold = treebank_sentences(kTreebank);
  const TaggerScores scores = evaluate(tagger, gold);
  CHECK(scores.words == 20);
  CHECK(scores.upos == 20);
  CHECK(scores.lemma == 20);
  CHECK(scores.ufeats == 20);
  std::vector<Sentence> sentences = untagged(gold);
  tagger.tag(sentences[1]);
  CHECK(sentences[1].tokens[4].feats == "Case=Acc|Gender=Masc|Number=Sing");
  CHECK(sentences[1].tokens[3].feats == "Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art");
  CHECK(sentences[1].tokens[2].lemma == "sehen");
}

TEST_CASE("the tagger writes only lemma, upos and feats") {
  const Tagger tagger = train_small();
  Sentence sentence = sentence_of({"Der", "Hund", "schläft", "."});
  sentence.tokens[1].head = 2;
  sentence.tokens[1].deprel = "nsubj";
  sentence.tokens[1].span = {4, 8};
  tagger.tag(sentence);
  CHECK(sentence.tokens[1].upos == "NOUN");
  CHECK(sentence.tokens[1].head == 2);
  CHECK(sentence.tokens[1].deprel == "nsubj");
  CHECK(sentence.tokens[1].span == Span{4, 8});
  CHECK(sentence.tokens[1].form == "Hund");
}

TEST_CASE("the tagger handles an empty sentence and odd words without throwing") {
  const Tagger tagger = train_small();
  Sentence empty;
  tagger.tag(empty);
  Sentence odd = sentence_of({"", "\xff\xfe", std::string(300, 'x'), "Ä-Ö-Ü", "1.234,5"});
  tagger.tag(odd);
  for (const Token& token : odd.tokens) CHECK_FALSE(token.upos.empty());
}

TEST_CASE("lemma edit rules strip a suffix, append one and change the first letter's case") {
  std::string lemma;
  CHECK(apply_lemma_rule(lemma_rule("Häuser", "Haus"), "Mäuser", lemma));
  CHECK(lemma == "Maus");  // the umlaut is part of the stripped suffix "äuser"
  CHECK(apply_lemma_rule(lemma_rule("Katzen", "Katze"), "Tassen", lemma));
  CHECK(lemma == "Tasse");
  CHECK(apply_lemma_rule(lemma_rule("Gingen", "gehen"), "Gingen", lemma));
  CHECK(lemma == "gehen");
  CHECK(apply_lemma_rule(lemma_rule("Übermorgen", "übermorgen"), "Übrigens", lemma));
  CHECK(lemma == "übrigens");
  CHECK_FALSE(apply_lemma_rule(lemma_rule("Häuser", "Haus"), "er", lemma));
}

TEST_CASE("training is deterministic for a seed, and a saved tagger loads to identical output") {
  const Tagger first = train_small(7);
  const Tagger second = train_small(7);
  CHECK(first.bytes() == second.bytes());
  const std::string bytes = first.bytes();
  const Tagger loaded = Tagger::load(bytes, "memory");
  const std::vector<Sentence> sentences = untagged(treebank_sentences(kTreebank));
  CHECK(tags_of(first, sentences) == tags_of(loaded, sentences));
  CHECK(loaded.bytes() == bytes);

  const std::string path = kg::test::scratch_dir("tagger") + "/tagger.kgm";
  first.save(path);
  CHECK(tags_of(Tagger::load(path), sentences) == tags_of(first, sentences));
}

TEST_CASE("a truncated, corrupt or foreign tagger model is refused with a ModelError naming it") {
  const std::string bytes = train_small().bytes();
  CHECK_THROWS_WITH_AS(Tagger::load(bytes.substr(0, bytes.size() / 2), "half.kgm"),
                       doctest::Contains("model half.kgm: byte"), ModelError);
  std::string corrupt = bytes;
  corrupt[bytes.size() / 2] ^= 0x55;
  CHECK_THROWS_WITH_AS(Tagger::load(corrupt, "flipped.kgm"), doctest::Contains("checksum mismatch"), ModelError);
  ModelWriter parser("parser", 1);
  parser.u32(0);
  CHECK_THROWS_WITH_AS(Tagger::load(parser.bytes(), "parser.kgm"), doctest::Contains("expected \"tagger\""), ModelError);
  CHECK_THROWS_WITH_AS(Tagger::load("/nonexistent/tagger.kgm"), doctest::Contains("/nonexistent/tagger.kgm"), ModelError);
}

TEST_CASE("a tagger trained with another lexicon is refused") {
  const std::string bytes = train_small(1, true).bytes();
  // The payload starts after magic (8), kind (4 + 6), version (4) and size
  // (8); its first field is the lexicon's fingerprint.
  const std::size_t header = 8 + 4 + 6 + 4 + 8;
  std::string payload = bytes.substr(header, bytes.size() - header - 8);
  payload[0] ^= 1;
  ModelWriter writer("tagger", 1);
  writer.raw(payload.data(), payload.size());
  CHECK_THROWS_WITH_AS(Tagger::load(writer.bytes(), "other.kgm"), doctest::Contains("trained with another lexicon"),
                       ModelError);
}

TEST_CASE("the shipped German tagger tags nouns, verbs and their lemmas in a news sentence") {
  REQUIRE_FALSE(kg::embedded_file("de/tagger").empty());
  const Tagger& tagger = Tagger::german();
  // Syntactic words as in UD: the contractions "im" and "am" split.
  Sentence sentence = sentence_of({"Die", "Stadtwerke", "bauten", "in", "dem", "vergangenen", "Jahr", "zwei", "neue",
                                   "Kraftwerke", "an", "dem", "Fluss", "."});
  tagger.tag(sentence);
  const auto& t = sentence.tokens;
  CHECK(t[0].upos == "DET");
  CHECK(t[1].upos == "NOUN");
  CHECK(t[1].lemma == "Stadtwerk");
  CHECK(t[2].upos == "VERB");
  CHECK(t[2].lemma == "bauen");
  CHECK(t[2].feats.find("Tense=Past") != std::string::npos);
  CHECK(t[3].upos == "ADP");
  CHECK(t[4].lemma == "der");
  CHECK(t[6].upos == "NOUN");
  CHECK(t[6].feats.find("Case=Dat") != std::string::npos);
  CHECK(t[7].upos == "NUM");
  CHECK(t[9].upos == "NOUN");
  CHECK(t[9].lemma == "Kraftwerk");
  CHECK(t[9].feats.find("Number=Plur") != std::string::npos);
  CHECK(t[12].feats.find("Case=Dat") != std::string::npos);
  CHECK(t[13].upos == "PUNCT");
}

TEST_CASE("kg train tagger cross-validates, writes a model, and reports bad CoNLL-U with file and line") {
  const std::string dir = kg::test::scratch_dir("train_tagger");
  kg::test::write_file(dir + "/small.conllu", kTreebank);
  const auto folds = kg::test::run_kg({"train", "tagger", "--train", dir + "/small.conllu", "--folds", "2", "--epochs", "2"});
  CHECK(folds.exit_code == 0);
  CHECK(folds.out.find("fold 2/2") != std::string::npos);
  CHECK(folds.out.find("UPOS") != std::string::npos);

  const auto trained = kg::test::run_kg({"train", "tagger", "--train", dir + "/small.conllu", "-o", dir + "/m.kgm"});
  CHECK(trained.exit_code == 0);
  CHECK_NOTHROW(Tagger::load(dir + "/m.kgm"));

  kg::test::write_file(dir + "/bad.conllu", std::string(kTreebank) + "1\tnur drei\tSpalten\n\n");
  const auto bad = kg::test::run_kg({"train", "tagger", "--train", dir + "/bad.conllu", "-o", dir + "/b.kgm"});
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find(dir + "/bad.conllu:25") != std::string::npos);

  CHECK(kg::test::run_kg({"train", "tagger", "--train", dir + "/small.conllu"}).err.find("missing -o MODEL") !=
        std::string::npos);
  CHECK(kg::test::run_kg({"train", "frobnicator"}).exit_code == 2);
  const auto missing = kg::test::run_kg({"train", "tagger", "--train", dir + "/none.conllu", "-o", dir + "/n.kgm"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find(dir + "/none.conllu") != std::string::npos);
}
