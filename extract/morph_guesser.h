#pragma once
// Readings for German words the lexicon lacks: compounds inflect like their
// last part ("Smartphone-Hersteller", "Softwarehersteller" like
// "Hersteller"), derivational suffixes give nouns their gender ("-ung" is
// feminine), endings mark adjectives ("-ig", "-lich" + inflection) and verbs
// ("-en", "-te", "ge-…-t"), and a capitalised unknown word may be a noun or
// a name.

#include <string_view>

#include "extract/morph_lexicon.h"

namespace kg::extract {

// Immutable and safe to share across threads; holds a reference to the
// lexicon, which must outlive it.
class MorphGuesser {
 public:
  explicit MorphGuesser(const MorphLexicon& lexicon) : lexicon_(lexicon) {}

  // Appends to out.analyses the guessed readings of `form` (guessed = true),
  // the most specific rule's only: compound head, then derivational suffix,
  // adjective or verb ending, then NOUN and PROPN for a capitalised word.
  // Lemmas it builds are stored in `out`. Appends nothing when no rule fits.
  void guess(std::string_view form, MorphReadings& out) const;

 private:
  bool guess_hyphenated(std::string_view form, MorphReadings& out) const;
  bool guess_closed_compound(std::string_view form, MorphReadings& out) const;
  bool guess_noun_suffix(std::string_view form, MorphReadings& out) const;
  bool guess_adjective(std::string_view form, MorphReadings& out) const;
  bool guess_verb(std::string_view form, MorphReadings& out) const;
  // Appends `model`'s readings of part of speech `upos` with lemma `lemma`.
  bool add_like(std::string_view model, Upos upos, std::string lemma, MorphReadings& out) const;

  const MorphLexicon& lexicon_;
};

}  // namespace kg::extract
