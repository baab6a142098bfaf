#pragma once
// Closed word lists of German news text that the rule-based stages share:
// function words, frequent common nouns, class nouns that introduce names,
// role nouns, first names, legal forms, months and abbreviations. The lists
// are generic vocabulary; no entry names a particular organisation.

#include <optional>
#include <string>
#include <string_view>

namespace kg::extract {

// How a lower-cased word relates to the common-noun list.
enum class NounMatch {
  None,            // not a known common noun
  Exact,           // the word itself is listed ("patente")
  Compound,        // ends in a listed singular noun ("kühlwerk")
  CompoundPlural,  // ends in a listed plural noun ("schutzrechte")
};

// A class noun that can stand before a name ("Konzern", "Smartphone-Hersteller").
struct ClassNoun {
  std::string base;      // the word in the nominative singular where known ("Hersteller")
  bool generic = false;  // Unternehmen, Firma, Gesellschaft: no instance-of
  bool product = false;  // names after it are products ("Modell", "Tarif")
  bool plural = false;   // written in the plural ("Drogeriemarktketten")
  bool person = false;   // a profession or group of people ("Ingenieur", "Investorin")
  bool relational = false;  // Konkurrent, Partner, Tochter, Kunde: a relation, not a class
};

// The role a person noun gives ("Chef" -> Ceo, "Sprecherin" -> Employee).
enum class Role { None, Ceo, Employee, Founder };

// Static word lists; all functions are thread-safe.
class GermanLexicon {
 public:
  // Abbreviation written with a final period, without the period ("Nr", "bzw").
  static bool is_abbreviation(std::string_view word);
  // Articles, pronouns, prepositions, conjunctions, auxiliaries, adverbs and
  // other words that are capitalised only at a sentence start (lower-cased).
  static bool is_function_word(std::string_view lower);
  // Preposition or preposition+article contraction (lower-cased).
  static bool is_preposition(std::string_view lower);
  static NounMatch noun_match(std::string_view lower);
  // `form` as written (case matters for the hyphen rule); nullopt when it is
  // not a class noun.
  static std::optional<ClassNoun> class_noun(std::string_view form);
  static Role role(std::string_view form);
  static bool is_first_name(std::string_view form);
  // "AG", "GmbH", "Inc.", "A/S" ... (as written).
  static bool is_legal_form(std::string_view form);
  // Words that continue a company name although they are common words
  // ("Mobile", "Research", "Energie").
  static bool is_name_part(std::string_view form);
  // Upper-case words that are not names ("KI", "CEO", "SUV").
  static bool is_common_acronym(std::string_view form);
  // 1..12 for a German month name (lower-cased), 0 otherwise.
  static int month(std::string_view lower);
  // Cardinal number word ("eine" -> 1, "zwölf" -> 12), 0 otherwise.
  static int number_word(std::string_view lower);
};

}  // namespace kg::extract
