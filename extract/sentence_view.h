#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/discourse.h"
#include "extract/document.h"
#include "extract/german_lexicon.h"
#include "extract/name_index.h"

namespace kg::extract {

// Is `word` one of `list`? The rules compare lower-cased words this way.
inline bool one_of(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// A reference to an entity in a sentence: a name, or a description or
// pronoun resolved to a name, with what its noun phrase says about it.
struct Ref {
  std::size_t first = 0;     // tokens of the name (or description)
  std::size_t end = 0;
  std::size_t np_first = 0;  // first token of the noun phrase (article)
  std::string name;          // canonical name
  std::string surface;       // as written
  EntityType type = EntityType::Organization;
  bool description = false;  // a description or pronoun, resolved
  bool oblique = false;      // after a preposition, or dative/genitive: not the subject
  std::string preposition;   // lower-cased preposition before the noun phrase; may be empty
  std::optional<ClassNoun> class_noun;  // "Konzern" in "der finnische Konzern Nokia"
  std::string country;       // from a nationality adjective in the noun phrase
  std::string city;          // from a city adjective in the noun phrase
  std::string region;        // from a region adjective ("im sächsischen Zwickau")
};

// A common noun that a relation points at ("Schutzrechte").
struct ConceptPhrase {
  std::string name;   // the noun as written, without a name prefix ("Patente" of "Velantis-Patente")
  std::size_t token = 0;
  std::string owner;  // the name prefix, resolved ("Velantis Antriebe"); may be empty
};

// One tokenised sentence prepared for the relation rules: lower-cased
// words, clauses, references with coreference resolved, modality.
class SentenceView {
 public:
  SentenceView(const Sentence& sentence, const NameIndex& names, const Discourse& discourse);

  std::size_t size() const { return forms_.size(); }
  std::string_view form(std::size_t i) const { return forms_[i]; }
  const std::string& lower(std::size_t i) const { return lowers_[i]; }
  std::size_t clause(std::size_t i) const { return clauses_[i]; }
  std::size_t clause_begin(std::size_t i) const;
  std::size_t clause_end(std::size_t i) const;
  const std::vector<Ref>& refs() const { return refs_; }
  // The class noun at token i ("Konzern"), cached; nullopt if none.
  const std::optional<ClassNoun>& class_noun(std::size_t i) const { return class_nouns_[i]; }
  const NameIndex& names() const { return names_; }

  // The reference covering token i, or nullptr.
  const Ref* ref_at(std::size_t i) const;
  // Canonical names of the named (not described) references.
  std::vector<std::string> named() const;

  // True when a statement cued at token `cue` is not asserted: the sentence
  // reports a rumour, denial, plan or open question, or the cue's clause is
  // negated or modal.
  bool blocked(std::size_t cue) const;
  // Index of the first token in [from, to) whose lower-cased form starts
  // with one of `prefixes`, or nullopt.
  std::optional<std::size_t> find(std::initializer_list<std::string_view> prefixes, std::size_t from,
                                  std::size_t to) const;

  // The grammatical subject for a cue: in a parsed sentence the subject the
  // parser gave the cue's predicate, when it is an Organization or Person
  // reference; else the nearest non-oblique one left of it in its clause,
  // else right of it in its clause (V2 inversion), else left of it in the
  // sentence.
  const Ref* subject(std::size_t cue, const std::string& exclude = {}) const;
  // The first reference in [from, to) after one of the prepositions (any when empty).
  const Ref* after_preposition(std::size_t from, std::size_t to, std::initializer_list<std::string_view> prepositions,
                               const std::string& exclude = {}) const;
  // References coordinated with `ref` ("X und Y", "sowohl X wie auch Y"), ref included.
  std::vector<const Ref*> coordinated(const Ref& ref) const;
  // The head nouns of the first noun phrase in [from, to), with coordinated heads.
  std::vector<ConceptPhrase> concepts(std::size_t from, std::size_t to) const;
  // Token i as a concept's name: a dative plural in the nominative
  // ("Elektrotransportern" -> "Elektrotransporter"), else as written.
  std::string nominative(std::size_t i) const;

 private:
  void add_names(const Sentence& sentence);
  void scan_noun_phrase(Ref& ref) const;
  void add_descriptions(const Discourse& discourse);
  void index_refs();

  const Sentence& sentence_;  // outlives the view
  const NameIndex& names_;
  std::vector<std::string_view> forms_;
  std::vector<std::string> lowers_;
  std::vector<std::size_t> clauses_;
  std::vector<std::size_t> clause_begins_;  // per clause number
  std::vector<std::size_t> clause_ends_;
  std::vector<std::optional<ClassNoun>> class_nouns_;
  std::vector<int> ref_of_token_;  // index into refs_, -1 for none
  static constexpr std::size_t kNoToken = static_cast<std::size_t>(-1);
  std::vector<std::size_t> parsed_subject_;  // per predicate token: its subject's head token (parsed sentences), else kNoToken
  bool sentence_modal_ = false;     // the whole sentence reports a rumour, denial, plan...
  std::vector<bool> clause_modal_;  // per clause: negated or modal
  std::vector<Ref> refs_;
};

}  // namespace kg::extract
