#pragma once
// Who did what to whom, read off a dependency tree: per clause the
// predicate (separable particle joined, auxiliaries and modals resolved),
// its subject, objects and prepositional arguments, negation and tense; and
// the links inside noun phrases (appositions, genitives, "X mit Y").

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/document.h"

namespace kg::extract {

// One argument of a predicate or one attached noun phrase.
struct Argument {
  std::size_t head = 0;           // token index of the phrase's head word
  std::size_t first = 0;          // token range of the phrase (the head's subtree,
  std::size_t end = 0;            //   without a leading preposition), one past the last
  std::string relation;           // UD relation to the predicate: nsubj, nsubj:pass, obj, iobj, obl, obl:agent, ...
  std::string preposition;        // lower-cased case marker ("mit", "von"); "" if none
  std::string grammatical_case;   // Case feature of the head ("Nom", "Acc", "Dat", "Gen"); "" if unknown
};

struct Clause {
  std::size_t predicate = 0;       // token index of the content word: the verb, or the noun or
                                   //   adjective of a copula clause ("ist Tochter")
  std::string lemma;               // lemma of the predicate, separable particle joined ("bekanntgeben")
  std::string relation;            // the predicate's own relation: root, ccomp, advcl, acl, conj, xcomp, ...
  std::vector<std::size_t> auxiliaries;  // aux, aux:pass and cop tokens, in order
  std::string modal;               // lemma of a modal auxiliary ("wollen", "sollen"); "" if none
  std::string tense;               // "Pres", "Past", "Perf", "Pqp" (past perfect), "Fut"; "" if unknown
  bool copula = false;             // "X ist Y"
  bool passive = false;            // "wurde übernommen"
  bool negated = false;            // "nicht", "nie", "kein" on the predicate or its object
  std::optional<Argument> subject; // own, or shared with a coordinated or controlling clause
  std::vector<Argument> objects;   // obj and iobj
  std::vector<Argument> obliques;  // obl, obl:arg, obl:agent, obl:tmod (with their preposition)
};

// A link between two nouns inside a noun phrase.
struct NounPhraseLink {
  enum class Kind { Apposition, Genitive, Prepositional, Compound, Flat };
  Kind kind = Kind::Prepositional;
  std::size_t head = 0;       // token index of the governing noun
  Argument dependent;         // the attached phrase ("mit Y": preposition "mit")
};

// Reads clauses and noun-phrase links off a parsed sentence (head and
// deprel filled, UD conventions as in UD German GSD; upos, lemma and feats
// used when present). Stateless and thread-safe.
class ClauseReader {
 public:
  // One Clause per verbal or copular predicate, in the order of the
  // predicates. An unparsed sentence gives none.
  std::vector<Clause> clauses(const Sentence& sentence) const;

  // Appositions, genitive attributes, prepositional attachments (nmod with
  // a case marker), compounds and flat names, in token order.
  std::vector<NounPhraseLink> noun_phrase_links(const Sentence& sentence) const;
};

}  // namespace kg::extract
