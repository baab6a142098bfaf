#pragma once
// English words and proper names, from the SCOWL word list that Debian
// ships as wamerican (embedded into kg as "en/words"). German business
// news is full of both: English terms written with a capital ("Augmented
// Reality", "Consulting") that are not names, and names the German
// lexicon cannot know ("Boeing", "Heidegger"). Loaded once on first use;
// thread-safe.

#include <string_view>

namespace kg::extract {

class EnglishWords {
 public:
  // True when the lower-case `lower` is a common English word (an entry
  // of the list in lower case: "reality", "alliance").
  static bool is_word(std::string_view lower);
  // True when `form` is a capitalised entry of the list: a proper name
  // of a person, place, company or brand ("Boeing", "Karla").
  static bool is_name(std::string_view form);
  // How many entries were read (0 when kg was built without the list).
  static std::size_t size();
};

}  // namespace kg::extract
