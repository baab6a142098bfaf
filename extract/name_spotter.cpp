#include "extract/name_spotter.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/german_lexicon.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

struct Word {
  std::string_view form;
  std::string lower;
  bool upper = false;     // starts with a capital (or has one second: "eCargo")
  bool function = false;
  NounMatch noun = NounMatch::None;
  std::optional<ClassNoun> class_noun;
  bool sentence_start = false;
  bool place_adjective = false;  // "finnische", "Münchner"
  Role role = Role::None;
};

bool is_quote_or_colon(std::string_view form) {
  return form == "\"" || form == ":" || form == "„" || form == "“" || form == "»" || form == "«" || form == "(" ||
         form == "‚" || form == "–";
}

bool has_inner_capital(std::string_view form) {
  for (std::size_t i = 1; i < form.size();) {
    const CodePoint cp = decode_utf8(form, i);
    if (is_upper(cp.value) && form[i - 1] != '-') return true;
    i += cp.length;
  }
  return false;
}

bool all_caps(std::string_view form) {
  int letters = 0;
  for (std::size_t i = 0; i < form.size();) {
    const CodePoint cp = decode_utf8(form, i);
    if (is_letter(cp.value)) {
      if (!is_upper(cp.value)) return false;
      ++letters;
    } else if (!is_digit(cp.value) && cp.value != '&') {
      return false;
    }
    i += cp.length;
  }
  return letters >= 2;
}

// How much the spelling alone suggests a name (0 = not at all).
double shape_score(const Word& word) {
  if (!word.upper || word.function || word.noun != NounMatch::None) return 0.0;
  if (GermanLexicon::is_common_acronym(word.form) || word.class_noun) return 0.0;
  if (all_caps(word.form)) return word.form.size() <= 6 ? 0.7 : 0.0;
  if (has_inner_capital(word.form) && word.form.find('-') == std::string_view::npos) return 0.7;
  const std::string& lower = word.lower;
  if (lower.size() < 3 || lower.find('-') != std::string::npos) return 0.0;
  const char last = lower.back();
  if (last == 'a' || last == 'i' || last == 'o' || last == 'u' || last == 'y') return 0.55;
  for (std::string_view ending : {"x", "ics", "tec", "tek", "ify", "eon"})
    if (lower.ends_with(ending)) return 0.5;
  if (lower.ends_with("on") && !lower.ends_with("ion")) return 0.5;
  return 0.0;
}

class SentenceSpotter {
 public:
  explicit SentenceSpotter(Sentence& sentence) : sentence_(sentence) {
    const auto& tokens = sentence.tokens;
    words_.resize(tokens.size());
    taken_.assign(tokens.size(), false);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      Word& word = words_[i];
      word.form = tokens[i].form;
      word.lower = to_lower(word.form);
      const CodePoint first = decode_utf8(word.form, 0);
      word.upper = is_upper(first.value) ||
                   (is_letter(first.value) && first.length < word.form.size() &&
                    is_upper(decode_utf8(word.form, first.length).value));
      word.function = GermanLexicon::is_function_word(word.lower);
      if (word.upper) {
        word.noun = GermanLexicon::noun_match(word.lower);
        word.class_noun = GermanLexicon::class_noun(word.form);
        word.role = GermanLexicon::role(word.form);
      }
      word.place_adjective = !word.function && Gazetteer::find_adjective(word.form) != nullptr;
      word.sentence_start = i == 0 || (i <= 2 && is_quote_or_colon(tokens[i - 1].form));
    }
    for (const Mention& mention : sentence.mentions)
      for (std::size_t i = mention.first_token; i < mention.end_token && i < taken_.size(); ++i) taken_[i] = true;
  }

  void run() {
    spot_legal_forms();
    spot_persons();
    spot_after_class_nouns();
    spot_places();
    spot_compound_organisations();
    spot_after_prepositions(true);
    spot_by_shape();
    spot_after_prepositions(false);
    spot_coordinated();
    spot_sentence_start();
    extend_to_sentence_start();
    std::sort(sentence_.mentions.begin(), sentence_.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
  }

 private:
  std::size_t size() const { return words_.size(); }

  bool free(std::size_t i) const { return i < size() && !taken_[i]; }

  // Could words_[i] be (part of) a name? `strict` also rejects nouns made
  // of a listed noun ("Netzwerkinfrastruktur").
  bool candidate(std::size_t i, bool strict) const {
    if (!free(i)) return false;
    const Word& word = words_[i];
    if (!word.upper || word.function || word.class_noun || word.form.ends_with(".")) return false;
    if (word.noun == NounMatch::Exact || word.noun == NounMatch::CompoundPlural) return false;
    if (strict && word.noun == NounMatch::Compound) return false;
    if (GermanLexicon::is_common_acronym(word.form) || GermanLexicon::is_legal_form(word.form)) return false;
    if (word.place_adjective && !Gazetteer::find(word.form)) return false;
    for (std::string_view suffix : {"ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
                                    "tionen", "tät", "täten", "ismus", "nisse", "ierung"})
      if (word.lower.size() > suffix.size() + 2 && word.lower.ends_with(suffix)) return false;
    return is_letter(decode_utf8(word.form, 0).value);
  }

  // Can words_[i] continue a name that starts before it?
  bool continuation(std::size_t i) const {
    if (!free(i)) return false;
    if (GermanLexicon::is_name_part(words_[i].form)) return true;
    return candidate(i, true) && shape_score(words_[i]) > 0.0;
  }

  // "der nächste Clou", "ein Clou": names rarely follow an article and adjective.
  bool after_article(std::size_t i) const {
    const auto article = [&](std::size_t k) {
      static constexpr std::string_view kArticles[] = {"der", "die", "das", "den", "dem", "des", "ein", "eine",
                                                       "einen", "einem", "eines", "einer"};
      for (std::string_view a : kArticles)
        if (words_[k].lower == a) return true;
      return false;
    };
    if (i >= 1 && article(i - 1)) return true;
    return i >= 2 && !words_[i - 1].upper && article(i - 2);
  }

  bool short_number(std::size_t i) const {
    return i < size() && words_[i].form.size() <= 3 && std::all_of(words_[i].form.begin(), words_[i].form.end(),
                                                                    [](char c) { return c >= '0' && c <= '9'; });
  }

  void add(std::size_t first, std::size_t end, EntityType type, double score, std::string text = {}) {
    const auto& tokens = sentence_.tokens;
    Mention mention;
    mention.first_token = first;
    mention.end_token = end;
    mention.span = {tokens[first].span.begin, tokens[end - 1].span.end};
    mention.type = type;
    mention.score = score;
    if (text.empty()) {
      for (std::size_t i = first; i < end; ++i) {
        if (i > first) text += ' ';
        text += tokens[i].form;
      }
    }
    mention.text = std::move(text);
    for (std::size_t i = first; i < end; ++i) taken_[i] = true;
    sentence_.mentions.push_back(std::move(mention));
  }

  // Extends a name starting at `first` over name-like words; returns its end.
  std::size_t extend(std::size_t first, std::size_t max_words, bool allow_number) const {
    std::size_t end = first + 1;
    while (end < size() && end - first < max_words && continuation(end)) ++end;
    if (allow_number && short_number(end)) {
      // "Nova 7", but not "Apple 3 Millionen"
      const std::string next = end + 1 < size() ? words_[end + 1].lower : std::string();
      if (next != "millionen" && next != "milliarden" && next != "prozent" && next != "%" && next != "mio." &&
          next != "mrd." && next != "euro" && next != "tausend")
        ++end;
    }
    return end;
  }

  void spot_legal_forms() {
    for (std::size_t j = 1; j < size(); ++j) {
      if (!free(j) || !GermanLexicon::is_legal_form(words_[j].form)) continue;
      std::size_t first = j;
      while (first > 0 && j - first < 4 && candidate(first - 1, false)) --first;
      if (first < j) add(first, j + 1, EntityType::Organization, 0.9);
    }
  }

  void spot_persons() {
    for (std::size_t i = 0; i + 1 < size(); ++i) {
      if (!free(i) || !free(i + 1)) continue;
      const bool first_name = GermanLexicon::is_first_name(words_[i].form);
      const bool after_role = i > 0 && (words_[i - 1].role != Role::None ||
                                        (words_[i - 1].class_noun && words_[i - 1].class_noun->person));
      if (!first_name && !after_role) continue;
      if (!candidate(i, false) && !first_name) continue;
      if (!words_[i + 1].upper || words_[i + 1].function || GermanLexicon::is_legal_form(words_[i + 1].form) ||
          words_[i + 1].class_noun || words_[i + 1].noun == NounMatch::Exact || !free(i + 1))
        continue;
      add(i, i + 2, EntityType::Person, first_name ? 0.8 : 0.6);
    }
  }

  void spot_after_class_nouns() {
    for (std::size_t i = 1; i < size(); ++i) {
      const Word& before = words_[i - 1];
      if (!before.class_noun || before.class_noun->person || !candidate(i, false)) continue;
      if (Gazetteer::find(words_[i].form) && !GermanLexicon::is_name_part(i + 1 < size() ? words_[i + 1].form : ""))
        continue;
      const EntityType type = before.class_noun->product ? EntityType::Product : EntityType::Organization;
      std::size_t end = i + 1;
      while (end < size() && end - i < 4 && free(end) &&
             (GermanLexicon::is_name_part(words_[end].form) ||
              (candidate(end, false) && !Gazetteer::find(words_[end].form))))
        ++end;
      if (short_number(end) && (type == EntityType::Product || end == i + 1)) ++end;
      add(i, end, type, 0.8);
      // "Die Drogeriemarktketten X und Y", "die Hersteller X, Y und Z"
      std::size_t next = end;
      while (next + 1 < size() && (words_[next].form == "und" || words_[next].form == "," ||
                                   words_[next].form == "sowie") && candidate(next + 1, false)) {
        const std::size_t stop = extend(next + 1, 3, type == EntityType::Product);
        add(next + 1, stop, type, 0.7);
        next = stop;
      }
      i = next;
    }
  }

  void spot_places() {
    for (std::size_t i = 0; i < size(); ++i) {
      if (!free(i) || !words_[i].upper) continue;
      if (i + 1 < size() && (GermanLexicon::is_name_part(words_[i + 1].form) ||
                             GermanLexicon::is_legal_form(words_[i + 1].form)))
        continue;
      if (i + 1 < size() && free(i + 1)) {
        const std::string pair = std::string(words_[i].form) + " " + std::string(words_[i + 1].form);
        if (Gazetteer::find(pair)) {
          add(i, i + 2, EntityType::Location, 0.9);
          continue;
        }
      }
      if (!Gazetteer::find(words_[i].form)) continue;
      // "die Schweden" are people (or the company of that country), not the country.
      if (i > 0 && (words_[i - 1].lower == "die" || words_[i - 1].lower == "den") &&
          Gazetteer::find_demonym(words_[i].form))
        continue;
      add(i, i + 1, EntityType::Location, 0.9);
    }
  }

  // "der Bayer-Konzern", "die Siemens-Gruppe": the name before the hyphen.
  void spot_compound_organisations() {
    for (std::size_t i = 0; i < size(); ++i) {
      if (!free(i) || !words_[i].class_noun || words_[i].class_noun->person || words_[i].class_noun->product) continue;
      const std::string_view form = words_[i].form;
      const std::size_t hyphen = form.find('-');
      if (hyphen == std::string_view::npos || hyphen < 2) continue;
      const std::string_view prefix = form.substr(0, hyphen);
      const std::string lower = to_lower(prefix);
      const std::string_view rest = form.substr(hyphen + 1);
      if (!starts_upper(prefix) || !starts_upper(rest) || GermanLexicon::class_noun(prefix)) continue;
      if (GermanLexicon::noun_match(lower) != NounMatch::None || GermanLexicon::is_common_acronym(prefix) ||
          Gazetteer::find(prefix) || Gazetteer::find_adjective(prefix) || GermanLexicon::is_function_word(lower))
        continue;
      const std::string rest_lower = to_lower(rest);
      if (!rest_lower.starts_with("konzern") && !rest_lower.starts_with("gruppe")) continue;  // not "Smartphone-Hersteller"
      if (candidate(i + 1, false)) continue;  // "der Bayer-Konzern X": X is the name
      if (shape_score(Word{prefix, lower, true, false, NounMatch::None, std::nullopt, false}) == 0.0 &&
          !all_caps(prefix) && lower.size() < 4)
        continue;
      add(i, i + 1, EntityType::Organization, 0.5, std::string(prefix));
    }
  }

  void spot_by_shape() {
    for (std::size_t i = 0; i < size(); ++i) {
      if (!candidate(i, true)) continue;
      const double score = shape_score(words_[i]);
      if (score == 0.0 || (score < 0.7 && after_article(i))) continue;
      add(i, extend(i, 3, true), EntityType::Organization, score);
    }
  }

  // `places`: only "in/im/aus/nach X" (run before the shape rule, so that
  // "im sächsischen Zwickau" is a place); otherwise only organisations.
  void spot_after_prepositions(bool places) {
    for (std::size_t i = 1; i < size(); ++i) {
      // Back over a place adjective and the article of a contraction
      // ("im sächsischen X" = "in dem sächsischen X").
      std::size_t p = i - 1;
      if (p >= 1 && words_[p].place_adjective && !words_[p].upper) {
        --p;
        if (p >= 1 && (words_[p].lower == "dem" || words_[p].lower == "der") && words_[p - 1].lower == "in") --p;
      }
      const std::string& prep = words_[p].lower;
      if (!candidate(i, true) || words_[i].sentence_start) continue;
      const std::string& lower = words_[i].lower;
      if (lower.ends_with("ungen") || lower.ends_with("en") || lower.ends_with("ern")) continue;
      if (prep == "in" || prep == "im" || prep == "aus" || prep == "nach") {
        if (places) add(i, i + 1, EntityType::Location, 0.4);
      } else if (!places && (prep == "mit" || prep == "von" || prep == "an" || prep == "bei" || prep == "für" ||
                             prep == "gegen" || prep == "durch" || prep == "laut")) {
        add(i, extend(i, 3, true), EntityType::Organization, 0.45);
      }
    }
  }

  void spot_coordinated() {
    const auto near_name = [&](std::size_t i) -> const Mention* {
      for (const Mention& mention : sentence_.mentions) {
        const bool left = mention.end_token + 1 == i || mention.end_token + 2 == i;
        const bool right = mention.first_token == i + 2 || mention.first_token == i + 3;
        if ((left || right) && (mention.type == EntityType::Organization || mention.type == EntityType::Person))
          return &mention;
      }
      return nullptr;
    };
    for (std::size_t i = 0; i < size(); ++i) {
      if (!candidate(i, true) || words_[i].sentence_start) continue;
      const bool linked = (i > 0 && (words_[i - 1].lower == "und" || words_[i - 1].lower == "sowie" ||
                                     words_[i - 1].lower == "auch" || words_[i - 1].lower == "oder")) ||
                          (i + 1 < size() && (words_[i + 1].lower == "und" || words_[i + 1].lower == "sowie" ||
                                              words_[i + 1].lower == "wie"));
      if (!linked) continue;
      if (const Mention* other = near_name(i)) {
        const std::size_t end = i + 1 < size() && candidate(i + 1, true) && other->end_token - other->first_token == 2 ? i + 2 : i + 1;
        add(i, end, other->type, 0.45);
      }
    }
  }

  // "Halvex Systems und ...": a name found from its second word on also takes
  // the unknown capitalised word that opens the sentence before it.
  void extend_to_sentence_start() {
    if (size() < 2 || !words_[0].sentence_start || !candidate(0, true)) return;
    for (Mention& mention : sentence_.mentions) {
      if (mention.first_token != 1 || (mention.type != EntityType::Organization && mention.type != EntityType::Product))
        continue;
      const auto& first = sentence_.tokens[0];
      mention.first_token = 0;
      mention.span.begin = first.span.begin;
      mention.text = first.form + " " + mention.text;
      taken_[0] = true;
      return;
    }
  }

  void spot_sentence_start() {
    for (std::size_t i = 0; i + 1 < size(); ++i) {
      if (!words_[i].sentence_start || !candidate(i, true)) continue;
      const std::string& lower = words_[i].lower;
      if (lower.starts_with("ge") && (lower.ends_with("t") || lower.ends_with("en"))) continue;
      const Word& next = words_[i + 1];
      // "X, das ...", "X, eine Tochter ...": a name before an apposition or relative clause.
      const bool apposition = next.form == "," && i + 2 < size() &&
                              (words_[i + 2].lower == "das" || words_[i + 2].lower == "der" ||
                               words_[i + 2].lower == "die" || words_[i + 2].lower == "eine" ||
                               words_[i + 2].lower == "ein" || words_[i + 2].lower == "dessen");
      if (!apposition && (next.upper || !is_letter(decode_utf8(next.form, 0).value))) continue;
      add(i, i + 1, EntityType::Organization, 0.4);
    }
  }

  Sentence& sentence_;
  std::vector<Word> words_;
  std::vector<bool> taken_;
};

}  // namespace

void NameSpotter::recognize(Sentence& sentence) const { SentenceSpotter(sentence).run(); }

}  // namespace kg::extract
