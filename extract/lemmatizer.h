#pragma once
// Lemmas of tagged words: the lemma seen in training for the same form and
// part of speech, else an edit rule ("strip k characters, append s, change
// the first letter's case") learned for the longest known suffix of the form.

#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "extract/form_dictionary.h"
#include "extract/morphology.h"

namespace kg::extract {

// Immutable after construction; safe to share across threads.
class Lemmatizer {
 public:
  // The lemma remembered from training for `form` (or its lower-cased
  // `lower`) as `upos`; nullptr when the word was not seen so.
  const std::string* known_lemma(std::string_view form, std::string_view lower, Upos upos) const;
  // Writes the lemma of `form` read as `upos` into `lemma`: the known
  // lemma, else guess_lemma().
  void lemmatize(std::string_view form, std::string_view lower, Upos upos, std::string& lemma) const;
  // The rule of the longest suffix seen in training with `upos`, else the form.
  void guess_lemma(std::string_view form, std::string_view lower, Upos upos, std::string& lemma) const;

  void write(ModelWriter& out) const;
  static Lemmatizer read(ModelReader& in);

 private:
  friend class LemmatizerBuilder;
  FormDictionary forms_;        // (form, upos) -> lemma
  FormDictionary lower_forms_;  // (lower-cased form, upos) -> lemma
  FormDictionary rules_;        // (upos, suffix) -> edit rule
};

class LemmatizerBuilder {
 public:
  void add(std::string_view form, Upos upos, std::string_view lemma);
  Lemmatizer build() const;

 private:
  FormDictionaryBuilder forms_;
  FormDictionaryBuilder lower_forms_;
  std::set<std::tuple<std::string, Upos, std::string>> types_;
};

// The edit rule that turns `form` into `lemma`, and its application (both
// exposed for the tests).
std::string lemma_rule(std::string_view form, std::string_view lemma);
// False (and `lemma` unchanged) when the rule does not fit the form.
bool apply_lemma_rule(std::string_view rule, std::string_view form, std::string& lemma);

}  // namespace kg::extract
