#include "extract/morph_guesser.h"

#include <array>
#include <vector>

#include "extract/utf8.h"

namespace kg::extract {

namespace {

constexpr std::uint8_t kAllCases = 0xF;
constexpr std::uint8_t kSing = 1, kPlur = 2;
constexpr std::uint8_t kMasc = 1, kFem = 2, kNeut = 4;
constexpr std::uint8_t kNom = 1, kAcc = 2, kDat = 4, kGen = 8;

// A noun ending that fixes gender and number: "Lösungen" → "Lösung", Fem
// Plur, any case.
struct NounSuffix {
  std::string_view ending;
  std::string_view lemma_ending;
  std::uint8_t gender, number, cases;
};

constexpr NounSuffix kNounSuffixes[] = {
    {"ungen", "ung", kFem, kPlur, kAllCases},       {"ung", "ung", kFem, kSing, kAllCases},
    {"heiten", "heit", kFem, kPlur, kAllCases},     {"heit", "heit", kFem, kSing, kAllCases},
    {"keiten", "keit", kFem, kPlur, kAllCases},     {"keit", "keit", kFem, kSing, kAllCases},
    {"schaften", "schaft", kFem, kPlur, kAllCases}, {"schaft", "schaft", kFem, kSing, kAllCases},
    {"täten", "tät", kFem, kPlur, kAllCases},       {"tät", "tät", kFem, kSing, kAllCases},
    {"ionen", "ion", kFem, kPlur, kAllCases},       {"ion", "ion", kFem, kSing, kAllCases},
    {"ismen", "ismus", kMasc, kPlur, kAllCases},    {"ismus", "ismus", kMasc, kSing, kNom | kAcc | kDat},
    {"isten", "ist", kMasc, kPlur, kAllCases},      {"isten", "ist", kMasc, kSing, kAcc | kDat | kGen},
    {"ist", "ist", kMasc, kSing, kNom},             {"erinnen", "erin", kFem, kPlur, kAllCases},
    {"erin", "erin", kFem, kSing, kAllCases},       {"ern", "er", kMasc, kPlur, kDat},
    {"ers", "er", kMasc, kSing, kGen},              {"er", "er", kMasc, kSing, kNom | kAcc | kDat},
    {"er", "er", kMasc, kPlur, kNom | kAcc | kGen}, {"chen", "chen", kNeut, kSing | kPlur, kAllCases},
    {"ments", "ment", kNeut, kSing, kGen},          {"ments", "ment", kNeut, kPlur, kAllCases},
    {"ment", "ment", kNeut, kSing, kNom | kAcc | kDat}, {"linge", "ling", kMasc, kPlur, kNom | kAcc | kGen},
    {"ling", "ling", kMasc, kSing, kNom | kAcc | kDat}, {"tur", "tur", kFem, kSing, kAllCases},
    {"turen", "tur", kFem, kPlur, kAllCases},       {"ik", "ik", kFem, kSing, kAllCases},
    {"enz", "enz", kFem, kSing, kAllCases},         {"anz", "anz", kFem, kSing, kAllCases},
};

constexpr std::string_view kAdjectiveSuffixes[] = {"ig", "lich", "isch", "bar", "sam", "los",
                                                   "haft", "iv", "al", "ell", "end"};
constexpr std::string_view kAdjectiveEndings[] = {"", "e", "en", "er", "es", "em"};
// Inflected forms of regular words lend their features to guesses.
constexpr std::string_view kModelAdjective = "klein";

std::size_t char_count(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// `text` with its first letter upper- (or lower-) cased: ASCII and the
// Latin-1 letters, which covers German's umlauts.
std::string recase_first(std::string_view text, bool upper) {
  if (text.empty()) return {};
  const CodePoint first = decode_utf8(text, 0);
  char32_t value = first.value;
  const bool latin_lower = (value >= 'a' && value <= 'z') || (value >= 0xE0 && value <= 0xFE && value != 0xF7);
  const bool latin_upper = (value >= 'A' && value <= 'Z') || (value >= 0xC0 && value <= 0xDE && value != 0xD7);
  if (upper && latin_lower) value -= 0x20;
  if (!upper && latin_upper) value += 0x20;
  std::string out;
  append_utf8(out, value);
  out.append(text.substr(first.length));
  return out;
}

}  // namespace

void MorphGuesser::guess(std::string_view form, MorphReadings& out) const {
  if (form.empty() || form.size() > 255) return;
  const std::size_t before = out.analyses.size();
  if (!(guess_hyphenated(form, out) || guess_closed_compound(form, out) || guess_noun_suffix(form, out) ||
        guess_adjective(form, out) || guess_verb(form, out)) &&
      starts_upper(form)) {
    const std::string_view lemma = out.keep(std::string(form));
    out.analyses.push_back({lemma, Upos::NOUN, {}, true});
    out.analyses.push_back({lemma, Upos::PROPN, {}, true});
  }
  for (std::size_t i = before; i < out.analyses.size(); ++i) out.analyses[i].guessed = true;
}

bool MorphGuesser::guess_hyphenated(std::string_view form, MorphReadings& out) const {
  const std::size_t hyphen = form.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= form.size()) return false;
  // The head is analysed like any word, guesses included; it is shorter, so
  // this ends.
  MorphReadings head;
  lexicon_.analyse(form.substr(hyphen + 1), head);
  const std::string_view modifier = form.substr(0, hyphen + 1);
  for (const MorphAnalysis& reading : head.analyses) {
    MorphAnalysis joined = reading;
    joined.lemma = out.keep(std::string(modifier) + std::string(reading.lemma));
    out.analyses.push_back(joined);
  }
  return !head.analyses.empty();
}

bool MorphGuesser::guess_closed_compound(std::string_view form, MorphReadings& out) const {
  // Nouns take a noun head ("Software|hersteller"), lower-case words an
  // adjective head ("umwelt|freundlichen"); the longest known head wins.
  const bool noun = starts_upper(form);
  std::vector<MorphAnalysis> readings;
  std::size_t modifier_chars = 0;
  for (std::size_t split = 0; split < form.size(); ++split) {
    if ((static_cast<unsigned char>(form[split]) & 0xC0) == 0x80) continue;
    if (modifier_chars++ < 3) continue;
    const std::string_view rest = form.substr(split);
    if (char_count(rest) < 4) return false;
    const std::string head = noun ? recase_first(rest, true) : std::string(rest);
    lexicon_.lookup(head, readings);
    bool found = false;
    for (const MorphAnalysis& reading : readings) {
      if (reading.upos != (noun ? Upos::NOUN : Upos::ADJ)) continue;
      MorphAnalysis joined = reading;
      const std::string head_lemma = noun ? recase_first(reading.lemma, false) : std::string(reading.lemma);
      joined.lemma = out.keep(std::string(form.substr(0, split)) + head_lemma);
      out.analyses.push_back(joined);
      found = true;
    }
    if (found) return true;
  }
  return false;
}

bool MorphGuesser::guess_noun_suffix(std::string_view form, MorphReadings& out) const {
  if (!starts_upper(form)) return false;
  std::size_t longest = 0;
  for (const NounSuffix& suffix : kNounSuffixes)
    if (form.ends_with(suffix.ending) && char_count(form) >= char_count(suffix.ending) + 2)
      longest = std::max(longest, suffix.ending.size());
  if (longest == 0) return false;
  for (const NounSuffix& suffix : kNounSuffixes) {
    if (suffix.ending.size() != longest || !form.ends_with(suffix.ending)) continue;
    MorphAnalysis reading;
    reading.lemma =
        out.keep(std::string(form.substr(0, form.size() - suffix.ending.size())) + std::string(suffix.lemma_ending));
    reading.upos = Upos::NOUN;
    reading.features[Feature::Gender] = suffix.gender;
    reading.features[Feature::Number] = suffix.number;
    reading.features[Feature::Case] = suffix.cases;
    out.analyses.push_back(reading);
  }
  return true;
}

bool MorphGuesser::add_like(std::string_view model, Upos upos, std::string lemma, MorphReadings& out) const {
  std::vector<MorphAnalysis> readings;
  lexicon_.lookup(model, readings);
  std::string_view kept;
  for (const MorphAnalysis& reading : readings) {
    if (reading.upos != upos) continue;
    if (kept.empty()) kept = out.keep(lemma);
    out.analyses.push_back({kept, upos, reading.features, true});
  }
  return !kept.empty();
}

bool MorphGuesser::guess_adjective(std::string_view form, MorphReadings& out) const {
  if (starts_upper(form)) return false;
  bool found = false;
  for (const std::string_view ending : kAdjectiveEndings) {
    if (!form.ends_with(ending)) continue;
    const std::string_view stem = form.substr(0, form.size() - ending.size());
    const std::string model = std::string(kModelAdjective) + std::string(ending);
    // A comparative or superlative of a known adjective: "schnell|er|e".
    for (const auto& [degree_ending, degree] : {std::pair{std::string_view("er"), 1}, std::pair{std::string_view("st"), 2}}) {
      if (!stem.ends_with(degree_ending)) continue;
      const std::string_view base = stem.substr(0, stem.size() - degree_ending.size());
      std::vector<MorphAnalysis> known;
      lexicon_.lookup(base, known);
      for (const MorphAnalysis& reading : known) {
        if (reading.upos != Upos::ADJ || reading.lemma != base) continue;
        const std::size_t first = out.analyses.size();
        if (!add_like(model, Upos::ADJ, std::string(base), out)) break;
        for (std::size_t i = first; i < out.analyses.size(); ++i)
          out.analyses[i].features[Feature::Degree] = static_cast<std::uint8_t>(1u << degree);
        found = true;
        break;
      }
    }
    if (found) continue;
    for (const std::string_view suffix : kAdjectiveSuffixes)
      if (stem.ends_with(suffix) && char_count(stem) > char_count(suffix) + 1)
        found = add_like(model, Upos::ADJ, std::string(stem), out) || found;
  }
  return found;
}

bool MorphGuesser::guess_verb(std::string_view form, MorphReadings& out) const {
  if (starts_upper(form) || char_count(form) < 4) return false;
  if (form.starts_with("ge") && form.ends_with("t") && char_count(form) >= 6)
    return add_like("gemacht", Upos::VERB, std::string(form.substr(2, form.size() - 3)) + "en", out);
  // Endings overlap ("-ten" is a past plural or an infinitive like
  // "arbeiten"): every matching one adds its readings, each with the
  // features of the same form of "machen".
  constexpr std::pair<std::string_view, std::string_view> kEndings[] = {
      {"en", "machen"}, {"ten", "machten"}, {"te", "machte"}, {"st", "machst"}, {"t", "macht"}, {"e", "mache"}};
  bool found = false;
  for (const auto& [ending, model] : kEndings) {
    if (!form.ends_with(ending)) continue;
    const std::string_view stem = form.substr(0, form.size() - ending.size());
    found = add_like(model, Upos::VERB, std::string(stem) + "en", out) || found;
  }
  return found;
}

}  // namespace kg::extract
