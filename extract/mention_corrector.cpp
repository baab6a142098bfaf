#include "extract/mention_corrector.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/document_names.h"
#include "extract/gazetteer.h"
#include "extract/german_lexicon.h"
#include "extract/morph_lexicon.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

constexpr double kRuleScore = 0.8;

void raise_score(Mention& mention) { mention.score = std::max(mention.score, kRuleScore); }

// "Hamburger", "österreichischen"; not a place name ("Schweden") and not a
// capitalised inflected adjective, which only a name writes so ("Deutsche
// Bank"): the invariable city and country adjectives end in -er.
const Place* place_adjective(std::string_view form) {
  if (Gazetteer::find(form)) return nullptr;
  const Place* place = Gazetteer::find_adjective(form);
  if (!place || (starts_upper(form) && !form.ends_with("er"))) return nullptr;
  return place;
}

// "Zeitung", "Flughafen"; not "Tamsen" or "Berlin".
bool is_common_noun(std::string_view form) { return MorphLexicon::german().is_common_noun(form); }

bool is_descriptor_noun(std::string_view form) {
  return GermanLexicon::class_noun(form).has_value() || GermanLexicon::role(form) != Role::None;
}

// The type a class or role noun gives the name right after it.
std::optional<EntityType> type_after(std::string_view form) {
  if (GermanLexicon::role(form) != Role::None) return EntityType::Person;
  const std::optional<ClassNoun> noun = GermanLexicon::class_noun(form);
  if (!noun) return std::nullopt;
  if (noun->person) return EntityType::Person;
  if (noun->product) return EntityType::Product;
  return EntityType::Organization;
}

// "Bayer" of "Bayer-Konzern", "Siemens" of "Siemens-Gruppe"; empty when the
// part before the hyphen is a common word, an acronym or a place
// ("Smartphone-Hersteller", "US-Konzern").
std::string_view organisation_of_compound(std::string_view form) {
  const std::size_t hyphen = form.find('-');
  if (hyphen == std::string_view::npos || hyphen < 2) return {};
  const std::string_view prefix = form.substr(0, hyphen);
  const std::string rest = to_lower(form.substr(hyphen + 1));
  if (!rest.starts_with("konzern") && !rest.starts_with("gruppe")) return {};
  const std::string lower = to_lower(prefix);
  if (!starts_upper(prefix) || GermanLexicon::class_noun(prefix) || GermanLexicon::noun_match(lower) != NounMatch::None ||
      GermanLexicon::is_common_acronym(prefix) || GermanLexicon::is_function_word(lower) || Gazetteer::find(prefix) ||
      Gazetteer::find_adjective(prefix))
    return {};
  return prefix;
}

// "die Schweden", "den Finnen": the people of a country (or a company from
// there), not the country; the relation rules read it as a description.
bool is_demonym_phrase(const Sentence& sentence, const Mention& mention) {
  if (mention.type != EntityType::Location || mention.end_token != mention.first_token + 1 || mention.first_token == 0 ||
      !Gazetteer::find_demonym(sentence.tokens[mention.first_token].form))
    return false;
  const std::string article = to_lower(sentence.tokens[mention.first_token - 1].form);
  return article == "die" || article == "den";
}

// A capitalised word that can be a name: not a function word, not a listed
// common noun, not a class noun.
bool may_be_name(std::string_view form) {
  const std::string lower = to_lower(form);
  return starts_upper(form) && !GermanLexicon::is_function_word(lower) && !GermanLexicon::class_noun(form) &&
         GermanLexicon::noun_match(lower) != NounMatch::Exact &&
         GermanLexicon::noun_match(lower) != NounMatch::CompoundPlural && !GermanLexicon::is_common_acronym(form);
}

// Cuts descriptors off the front of `mention`; appends what remains (and
// derived mentions of cut-off place adjectives) to `out`.
void trim_descriptors(const Sentence& sentence, Mention mention, std::vector<Mention>& out) {
  const auto& tokens = sentence.tokens;
  if (mention.end_token - mention.first_token == 1) {
    const std::string_view form = tokens[mention.first_token].form;
    if (form.find('-') == std::string_view::npos || !GermanLexicon::class_noun(form)) {
      out.push_back(std::move(mention));
    } else if (const std::string_view name = organisation_of_compound(form); !name.empty()) {
      mention.text = std::string(name);
      mention.type = EntityType::Organization;
      out.push_back(std::move(mention));
    }
    return;
  }
  std::size_t first = mention.first_token;
  bool noun_cut = false;
  std::vector<Mention> adjectives;
  for (; first < mention.end_token; ++first) {
    const std::string_view form = tokens[first].form;
    if (const Place* place = place_adjective(form)) {
      Mention derived = make_mention(sentence, first, first + 1, EntityType::Location, mention.score);
      derived.derived = true;
      derived.base = std::string(place->name);
      adjectives.push_back(std::move(derived));
    } else if (is_descriptor_noun(form)) {
      noun_cut = true;
    } else {
      break;
    }
  }
  // "Landgericht Mannheim", "Stadtwerke Bochum": an institution named after its place.
  if (noun_cut && first + 1 == mention.end_token && Gazetteer::find(tokens[first].form)) first = mention.first_token;
  // "Berliner Zeitung", "Wiener Börse", "türkische Polizei": a place
  // adjective before common nouns alone names the institution itself.
  const auto place_or_noun = [](const Token& token) { return place_adjective(token.form) || is_common_noun(token.form); };
  if (!adjectives.empty() && first < mention.end_token &&
      std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(first),
                  tokens.begin() + static_cast<std::ptrdiff_t>(mention.end_token), place_or_noun))
    first = mention.first_token;
  if (first == mention.first_token) {
    out.push_back(std::move(mention));
    return;
  }
  for (Mention& adjective : adjectives) out.push_back(std::move(adjective));
  if (first == mention.end_token) return;
  out.push_back(make_mention(sentence, first, mention.end_token, mention.type, mention.score));
}

bool covered(const std::vector<Mention>& mentions, std::size_t token) {
  return std::any_of(mentions.begin(), mentions.end(),
                     [&](const Mention& m) { return m.first_token <= token && token < m.end_token; });
}

// "Mi-Ökosystem", "Android-Plattform": a platform or ecosystem named after
// its brand is a product (SCHEMA.md); "IoT-Plattform" is not. Returns the
// name in the nominative, or empty.
std::string platform_name(std::string_view form) {
  const std::size_t hyphen = form.rfind('-');
  if (hyphen == std::string_view::npos || hyphen < 2 || form.find('-') != hyphen) return {};
  const std::string_view prefix = form.substr(0, hyphen);
  const std::string head = to_lower(form.substr(hyphen + 1));
  if (head != "plattform" && head != "ökosystem" && head != "ökosystems") return {};
  const std::string lower = to_lower(prefix);
  if (!starts_upper(prefix) || GermanLexicon::is_common_acronym(prefix) || GermanLexicon::is_function_word(lower) ||
      GermanLexicon::noun_match(lower) != NounMatch::None || GermanLexicon::class_noun(prefix) ||
      Gazetteer::find(prefix) || Gazetteer::find_adjective(prefix))
    return {};
  return std::string(head.ends_with('s') ? form.substr(0, form.size() - 1) : form);
}

// Platforms named after a brand, which the recogniser leaves.
void add_platforms(const Sentence& sentence, std::vector<Mention>& mentions) {
  std::vector<Mention> found;
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    const std::string_view form = sentence.tokens[i].form;
    const std::string name = platform_name(form);
    if (name.empty() || covered(mentions, i)) continue;
    const std::string_view brand = form.substr(0, form.find('-'));
    if (std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.text == brand; }))
      continue;  // "Nokia-Plattform" is Nokia's
    Mention mention = make_mention(sentence, i, i + 1, EntityType::Product, kRuleScore);
    mention.text = name;
    found.push_back(std::move(mention));
  }
  for (Mention& mention : found) mentions.push_back(std::move(mention));
}

// "Velantis AG", "Lorantis Mobile": a legal form, or a word that continues
// company names, joins the name before it and makes it an Organization; so
// does the name-like word before a mention that starts with such a word
// ("Kesler Robotics", of which the recogniser took only "Robotics").
void extend_by_form(const Sentence& sentence, std::vector<Mention>& mentions, std::size_t m) {
  const auto& tokens = sentence.tokens;
  Mention& mention = mentions[m];
  std::size_t first = mention.first_token, end = mention.end_token;
  // Not after a person ("Anna Nord") or a known place ("Bremen Nord").
  const bool company = mention.type == EntityType::Organization ||
                       (mention.type == EntityType::Location && !Gazetteer::find(mention.text));
  while (end < tokens.size() && !covered(mentions, end) &&
         (GermanLexicon::is_legal_form(tokens[end].form) ||
          (company && GermanLexicon::is_name_part(tokens[end].form))))
    ++end;
  if (first > 0 && GermanLexicon::is_name_part(tokens[first].form) && !covered(mentions, first - 1) &&
      may_be_name(tokens[first - 1].form))
    --first;
  const bool extended = first != mention.first_token || end != mention.end_token;
  if (extended) mention = make_mention(sentence, first, end, EntityType::Organization, mention.score);
  if (!extended) return;
  mention.type = EntityType::Organization;
  raise_score(mention);
}

// After a plural class noun, the capitalised words the recogniser left in
// the coordination are names too ("die Drogeriemarktketten X und Y").
void add_coordinated(const Sentence& sentence, std::vector<Mention>& mentions) {
  const auto& tokens = sentence.tokens;
  std::vector<Mention> found;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const Mention& mention = mentions[m];
    if (mention.derived || mention.first_token == 0) continue;
    const std::optional<ClassNoun> noun = GermanLexicon::class_noun(tokens[mention.first_token - 1].form);
    if (!noun || !noun->plural) continue;
    const EntityType type = *type_after(tokens[mention.first_token - 1].form);
    std::size_t end = mention.end_token;
    while (end + 1 < tokens.size()) {
      const std::string& link = tokens[end].form;
      if (link != "und" && link != "sowie" && link != ",") break;
      const auto next = std::find_if(mentions.begin(), mentions.end(),
                                     [&](const Mention& other) { return other.first_token == end + 1; });
      if (next != mentions.end()) {
        end = next->end_token;
      } else if (may_be_name(tokens[end + 1].form) && !covered(mentions, end + 1)) {
        found.push_back(make_mention(sentence, end + 1, end + 2, type, kRuleScore));
        end += 2;
      } else {
        break;
      }
    }
  }
  for (Mention& mention : found) mentions.push_back(std::move(mention));
}

void sort_by_position(std::vector<Mention>& mentions) {
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
}

}  // namespace

std::optional<EntityType> context_type(const Sentence& sentence, std::size_t m) {
  const auto& tokens = sentence.tokens;
  const auto& mentions = sentence.mentions;
  const Mention& mention = mentions[m];
  if (mention.derived || mention.first_token >= mention.end_token || mention.end_token > tokens.size()) return std::nullopt;
  if (mention.type == EntityType::Location && Gazetteer::find(mention.text)) return std::nullopt;
  if (GermanLexicon::is_legal_form(tokens[mention.end_token - 1].form)) return EntityType::Organization;
  // "Talweg Capital", "Hanseatic Holding"; not "Hans Stahl".
  if (mention.end_token - mention.first_token >= 2 && GermanLexicon::is_name_part(tokens[mention.end_token - 1].form) &&
      !GermanLexicon::is_first_name(tokens[mention.first_token].form))
    return EntityType::Organization;
  // A comma joins a list only when the list goes on after this mention
  // ("die Hersteller X, Y und Z"); "der Chef des Versenders X, Jan Lutz,
  // sagte" is an apposition.
  const std::size_t after = mention.end_token;
  const bool list_goes_on =
      after < tokens.size() && (tokens[after].form == "und" || tokens[after].form == "sowie" ||
                                tokens[after].form == "oder" ||
                                (tokens[after].form == "," && m + 1 < mentions.size() &&
                                 mentions[m + 1].first_token == after + 1));
  bool closed = false;  // an "und" or "sowie" link passed
  for (std::size_t k = m;; --k) {
    const std::size_t first = mentions[k].first_token;
    if (first == 0 || covered(mentions, first - 1)) return std::nullopt;
    if (const std::optional<EntityType> type = type_after(tokens[first - 1].form)) return type;
    // Back over a coordination: "die Hersteller X, Y und Z".
    const std::string& link = tokens[first - 1].form;
    if ((link != "und" && link != "sowie" && link != ",") || k == 0 || mentions[k - 1].end_token + 1 != first ||
        mentions[k - 1].derived)
      return std::nullopt;
    if (link != ",") closed = true;
    else if (!closed && !list_goes_on) return std::nullopt;
  }
}

void MentionCorrector::correct(Sentence& sentence) const {
  const auto& tokens = sentence.tokens;
  std::vector<Mention> mentions;
  for (Mention& mention : sentence.mentions) {
    if (mention.derived || mention.end_token > tokens.size() || mention.first_token >= mention.end_token)
      mentions.push_back(std::move(mention));
    else if (!is_demonym_phrase(sentence, mention))
      trim_descriptors(sentence, std::move(mention), mentions);
  }
  sort_by_position(mentions);
  for (std::size_t m = 0; m < mentions.size(); ++m)
    if (!mentions[m].derived) extend_by_form(sentence, mentions, m);
  add_coordinated(sentence, mentions);
  add_platforms(sentence, mentions);
  sort_by_position(mentions);
  sentence.mentions = std::move(mentions);
  for (std::size_t m = 0; m < sentence.mentions.size(); ++m)
    if (const std::optional<EntityType> type = context_type(sentence, m)) {
      sentence.mentions[m].type = *type;
      raise_score(sentence.mentions[m]);
    }
}

}  // namespace kg::extract
