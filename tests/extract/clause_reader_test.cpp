#include <doctest/doctest.h>

#include <sstream>

#include "extract/clause_reader.h"
#include "extract/conllu.h"

using namespace kg::extract;

namespace {

// One sentence from CoNLL-U lines "FORM LEMMA UPOS FEATS HEAD DEPREL"
// (space-separated, 1-based heads as in the format).
Sentence parse_tree(const std::string& rows) {
  std::istringstream lines(rows);
  std::string conllu;
  std::string form, lemma, upos, feats, head, deprel;
  int id = 0;
  while (lines >> form >> lemma >> upos >> feats >> head >> deprel)
    conllu += std::to_string(++id) + "\t" + form + "\t" + lemma + "\t" + upos + "\t_\t" + feats + "\t" + head + "\t" +
              deprel + "\t_\t_\n";
  std::istringstream in(conllu + "\n");
  Treebank treebank = read_conllu(in, "test");
  REQUIRE(treebank.document.sentences.size() == 1);
  return treebank.document.sentences[0];
}

std::string form(const Sentence& sentence, std::size_t i) { return sentence.tokens[i].form; }

}  // namespace

TEST_CASE("ClauseReader joins auxiliaries into a perfect and finds subject and object with their case") {
  const Sentence sentence = parse_tree(
      "Die der DET Case=Nom 2 det\n"
      "Firma Firma NOUN Case=Nom|Number=Sing 6 nsubj\n"
      "hat haben AUX Mood=Ind|Tense=Pres|VerbForm=Fin 6 aux\n"
      "den der DET Case=Acc 5 det\n"
      "Zulieferer Zulieferer NOUN Case=Acc|Number=Sing 6 obj\n"
      "übernommen übernehmen VERB VerbForm=Part 0 root\n"
      ". . PUNCT _ 6 punct\n");
  const auto clauses = ClauseReader().clauses(sentence);
  REQUIRE(clauses.size() == 1);
  const Clause& clause = clauses[0];
  CHECK(clause.lemma == "übernehmen");
  CHECK(clause.tense == "Perf");
  CHECK_FALSE(clause.passive);
  REQUIRE(clause.subject);
  CHECK(form(sentence, clause.subject->head) == "Firma");
  CHECK(clause.subject->grammatical_case == "Nom");
  CHECK(clause.subject->first == 0);
  CHECK(clause.subject->end == 2);
  REQUIRE(clause.objects.size() == 1);
  CHECK(form(sentence, clause.objects[0].head) == "Zulieferer");
  CHECK(clause.objects[0].grammatical_case == "Acc");
}

TEST_CASE("ClauseReader joins a separable particle to the verb's lemma") {
  const Sentence sentence = parse_tree(
      "Quelbrix Quelbrix PROPN _ 2 nsubj\n"
      "gibt geben VERB Tense=Pres|VerbForm=Fin 0 root\n"
      "Zahlen Zahl NOUN _ 2 obj\n"
      "bekannt bekannt ADP _ 2 compound:prt\n");
  const auto clauses = ClauseReader().clauses(sentence);
  REQUIRE(clauses.size() == 1);
  CHECK(clauses[0].lemma == "bekanntgeben");
  CHECK(clauses[0].tense == "Pres");
}

TEST_CASE("ClauseReader reads a passive with its agent, a modal and a negation") {
  const Sentence passive = parse_tree(
      "Tamarin Tamarin PROPN _ 5 nsubj:pass\n"
      "wurde werden AUX Tense=Past|VerbForm=Fin 5 aux:pass\n"
      "von von ADP _ 4 case\n"
      "Quelbrix Quelbrix PROPN Case=Dat 5 obl:agent\n"
      "übernommen übernehmen VERB VerbForm=Part 0 root\n");
  const auto clauses = ClauseReader().clauses(passive);
  REQUIRE(clauses.size() == 1);
  CHECK(clauses[0].passive);
  CHECK(clauses[0].tense == "Past");
  REQUIRE(clauses[0].obliques.size() == 1);
  CHECK(clauses[0].obliques[0].preposition == "von");
  CHECK(clauses[0].obliques[0].relation == "obl:agent");
  CHECK(form(passive, clauses[0].obliques[0].head) == "Quelbrix");
  CHECK(clauses[0].obliques[0].first == 3);  // without the preposition

  const Sentence modal = parse_tree(
      "Quelbrix Quelbrix PROPN _ 5 nsubj\n"
      "will wollen AUX Tense=Pres|VerbForm=Fin 5 aux\n"
      "Tamarin Tamarin PROPN _ 5 obj\n"
      "nicht nicht PART _ 5 advmod\n"
      "kaufen kaufen VERB VerbForm=Inf 0 root\n");
  const auto modal_clauses = ClauseReader().clauses(modal);
  REQUIRE(modal_clauses.size() == 1);
  CHECK(modal_clauses[0].modal == "wollen");
  CHECK(modal_clauses[0].negated);
  CHECK(modal_clauses[0].tense == "Pres");
}

TEST_CASE("ClauseReader resolves relative pronouns and shares subjects across coordinated verbs") {
  // "Die Firma, die Tamarin kaufte, wächst und investiert."
  const Sentence sentence = parse_tree(
      "Die der DET _ 2 det\n"
      "Firma Firma NOUN Case=Nom 7 nsubj\n"
      ", , PUNCT _ 4 punct\n"
      "die der PRON Case=Nom|PronType=Rel 6 nsubj\n"
      "Tamarin Tamarin PROPN Case=Acc 6 obj\n"
      "kaufte kaufen VERB Tense=Past|VerbForm=Fin 2 acl:relcl\n"
      "wächst wachsen VERB Tense=Pres|VerbForm=Fin 0 root\n"
      "und und CCONJ _ 9 cc\n"
      "investiert investieren VERB Tense=Pres|VerbForm=Fin 7 conj\n");
  const auto clauses = ClauseReader().clauses(sentence);
  REQUIRE(clauses.size() == 3);
  CHECK(clauses[0].lemma == "kaufen");
  REQUIRE(clauses[0].subject);
  CHECK(form(sentence, clauses[0].subject->head) == "Firma");
  CHECK(clauses[0].subject->grammatical_case == "Nom");
  CHECK(clauses[1].lemma == "wachsen");
  REQUIRE(clauses[2].subject);
  CHECK(form(sentence, clauses[2].subject->head) == "Firma");
}

TEST_CASE("ClauseReader finds appositions, genitives and prepositional attachments in noun phrases") {
  // "Brevion, eine Tochter des Konzerns, kooperiert mit Tamarin aus Köln"
  const Sentence sentence = parse_tree(
      "Brevion Brevion PROPN _ 8 nsubj\n"
      ", , PUNCT _ 4 punct\n"
      "eine ein DET _ 4 det\n"
      "Tochter Tochter NOUN _ 1 appos\n"
      "des der DET Case=Gen 6 det\n"
      "Konzerns Konzern NOUN Case=Gen 4 nmod\n"
      ", , PUNCT _ 4 punct\n"
      "kooperiert kooperieren VERB _ 0 root\n"
      "mit mit ADP _ 10 case\n"
      "Tamarin Tamarin PROPN _ 8 obl\n"
      "aus aus ADP _ 12 case\n"
      "Köln Köln PROPN _ 10 nmod\n");
  const auto links = ClauseReader().noun_phrase_links(sentence);
  REQUIRE(links.size() == 3);
  CHECK(links[0].kind == NounPhraseLink::Kind::Apposition);
  CHECK(form(sentence, links[0].head) == "Brevion");
  CHECK(form(sentence, links[0].dependent.head) == "Tochter");
  CHECK(links[1].kind == NounPhraseLink::Kind::Genitive);
  CHECK(form(sentence, links[1].head) == "Tochter");
  CHECK(links[2].kind == NounPhraseLink::Kind::Prepositional);
  CHECK(links[2].dependent.preposition == "aus");
  CHECK(form(sentence, links[2].head) == "Tamarin");
}

TEST_CASE("ClauseReader gives nothing for an unparsed sentence") {
  Sentence sentence;
  sentence.tokens.resize(3);
  CHECK(ClauseReader().clauses(sentence).empty());
  CHECK(ClauseReader().noun_phrase_links(sentence).empty());
}
