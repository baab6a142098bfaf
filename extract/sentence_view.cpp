#include "extract/sentence_view.h"

#include "extract/morph_lexicon.h"

#include <algorithm>
#include <unordered_set>

#include "extract/clause_reader.h"
#include "extract/gazetteer.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

bool is_article(std::string_view lower) {
  return one_of(lower, {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer",
                        "seine", "seinen", "seinem", "seines", "ihre", "ihren", "ihrem", "ihres"});
}

bool is_clause_break(std::string_view form) {
  return one_of(form, {",", ";", ":", "–", "—", "(", ")", "\"", "„", "“", "”", "»", "«"});
}

bool is_adjective_like(std::string_view lower) {
  if (lower.empty() || GermanLexicon::is_preposition(lower)) return false;
  if (one_of(lower, {"und", "oder", "sowie", "als", "wie", "nicht", "auch", "nur"})) return false;
  return lower.ends_with("e") || lower.ends_with("en") || lower.ends_with("er") || lower.ends_with("es") ||
         lower.ends_with("em") || one_of(lower, {"neue", "beiden"});
}

// Words that make a sentence a report of something not (yet) true.
constexpr std::string_view kSentenceModality[] = {
    "gerücht", "spekul", "dementi", "geplatzt", "erwäg", "erwog", "denkbar", "kündigte", "angekündigt",
    "verhandl", "erörter", "vorgesehen", "ausgeschlossen", "tisch", "bestritt", "zurückgewiesen", "absicht",
    "beabsichtig", "prüft", "prüfen", "geprüft", "angestrebt", "erwartet", "erwarten"};

constexpr std::string_view kClauseModality[] = {
    "nicht", "kein", "keine", "keinen", "keiner", "keinem", "nie", "niemals", "soll", "sollen", "solle", "sollte",
    "sollten", "will", "wolle", "wollen", "wollte", "plant", "planen", "plane", "geplant", "geplante", "geplanten",
    "könnte", "könnten", "dürfte", "würde", "würden", "möglich", "mögliche", "möglichen", "frühere", "früheren",
    "ehemalige", "ehemaligen", "bisherige"};

std::uint8_t value_bit(Feature feature, std::string_view value) {
  const auto& values = feature_values(feature);
  for (std::size_t v = 0; v < feature_value_count(feature); ++v)
    if (values[v] == value) return static_cast<std::uint8_t>(1u << v);
  return 0;
}

// "Elektrotransportern" -> "Elektrotransporter": a noun the lexicon reads
// only as a dative plural, ending in -n, whose form without the n it reads
// as a nominative plural. Anything else is returned as written.
std::string nominative_plural(std::string_view form) {
  if (form.size() < 5 || form.back() != 'n') return std::string(form);
  static const std::uint8_t dative = value_bit(Feature::Case, "Dat");
  static const std::uint8_t nominative = value_bit(Feature::Case, "Nom");
  static const std::uint8_t plural = value_bit(Feature::Number, "Plur");
  thread_local std::vector<MorphAnalysis> readings;
  const MorphLexicon& lexicon = MorphLexicon::german();
  lexicon.lookup(form, readings);
  bool dative_plural = false;
  for (const MorphAnalysis& reading : readings) {
    if (reading.upos != Upos::NOUN) continue;
    if (reading.features[Feature::Case] != dative || !(reading.features[Feature::Number] & plural))
      return std::string(form);
    dative_plural = true;
  }
  if (!dative_plural) return std::string(form);
  const std::string_view stem = form.substr(0, form.size() - 1);
  lexicon.lookup(stem, readings);
  for (const MorphAnalysis& reading : readings)
    if (reading.upos == Upos::NOUN && (reading.features[Feature::Case] & nominative) &&
        (reading.features[Feature::Number] & plural))
      return std::string(stem);
  return std::string(form);
}

}  // namespace

SentenceView::SentenceView(const Sentence& sentence, const NameIndex& names, const Discourse& discourse)
    : sentence_(sentence), names_(names) {
  std::size_t clause = 0;
  for (const Token& token : sentence.tokens) {
    forms_.push_back(token.form);
    lowers_.push_back(to_lower(token.form));
    if (is_clause_break(token.form)) ++clause;
    clauses_.push_back(clause);
    class_nouns_.push_back(GermanLexicon::class_noun(token.form));
  }
  clause_begins_.assign(clause + 1, 0);
  clause_ends_.assign(clause + 1, 0);
  clause_modal_.assign(clause + 1, false);
  for (std::size_t i = size(); i-- > 0;) clause_begins_[clauses_[i]] = i;
  for (std::size_t i = 0; i < size(); ++i) clause_ends_[clauses_[i]] = i + 1;
  bool denial_verb = false;
  for (std::size_t i = 0; i < size(); ++i) {
    const std::string& word = lowers_[i];
    if (word == "ob" || word == "offen") sentence_modal_ = true;
    static const std::unordered_set<std::string_view> clause_modality(std::begin(kClauseModality),
                                                                      std::end(kClauseModality));
    for (std::string_view prefix : kSentenceModality)
      if (!word.empty() && word[0] == prefix[0] && word.starts_with(prefix)) sentence_modal_ = true;
    if (clause_modality.contains(word)) clause_modal_[clauses_[i]] = true;
    // "wies ... zurück", "schloss ... aus", "lehnte ... ab"
    if (denial_verb && one_of(word, {"zurück", "aus", "ab"})) sentence_modal_ = true;
    if (one_of(word, {"wies", "weist", "wiesen", "schloss", "schlossen", "schließt", "lehnte", "lehnt"}))
      denial_verb = true;
  }
  // The parser's subject of each predicate, when the sentence is parsed.
  parsed_subject_.assign(size(), kNoToken);
  for (const Clause& clause : ClauseReader().clauses(sentence))
    if (clause.subject && clause.predicate < size()) parsed_subject_[clause.predicate] = clause.subject->head;
  add_names(sentence);
  // "von X und Y": the second conjunct shares the first one's case.
  for (Ref& ref : refs_)
    if (ref.np_first >= 2 && one_of(lowers_[ref.np_first - 1], {"und", "sowie", "oder"}))
      for (const Ref& left : refs_)
        if (left.end + 1 == ref.np_first && left.oblique) ref.oblique = true, ref.preposition = left.preposition;
  add_descriptions(discourse);
  std::sort(refs_.begin(), refs_.end(), [](const Ref& a, const Ref& b) { return a.first < b.first; });
  index_refs();
}

void SentenceView::index_refs() {
  ref_of_token_.assign(size(), -1);
  for (std::size_t r = 0; r < refs_.size(); ++r)
    for (std::size_t i = refs_[r].first; i < refs_[r].end && i < size(); ++i)
      if (ref_of_token_[i] < 0) ref_of_token_[i] = static_cast<int>(r);
}

std::size_t SentenceView::clause_begin(std::size_t i) const { return clause_begins_[clauses_[i]]; }

std::size_t SentenceView::clause_end(std::size_t i) const { return clause_ends_[clauses_[i]]; }

void SentenceView::add_names(const Sentence& sentence) {
  for (const Mention& mention : sentence.mentions) {
    // A derived word ("finnische") is read by scan_noun_phrase as what it
    // says about the name it stands before, not as a reference.
    if (mention.end_token > size() || mention.type == EntityType::Concept || mention.derived) continue;
    Ref ref;
    ref.first = mention.first_token;
    ref.end = mention.end_token;
    ref.surface = mention.text;
    ref.name = mention.text;
    ref.type = mention.type;
    const NameIndex::Entry* entry = names_.find(mention.text);
    if (!entry) entry = names_.find_similar(mention.text);  // "Qaundor" for "Quandor"
    if (entry) {
      ref.name = entry->name;
      ref.type = entry->type;
      // A genitive "Xiaomis", "Velantis'" is not a subject.
      if (mention.text.size() > entry->name.size() && mention.text.ends_with("s")) ref.oblique = true;
    }
    refs_.push_back(std::move(ref));
  }
  std::sort(refs_.begin(), refs_.end(), [](const Ref& a, const Ref& b) { return a.first < b.first; });
  index_refs();
  for (Ref& ref : refs_) scan_noun_phrase(ref);
}

void SentenceView::scan_noun_phrase(Ref& ref) const {
  ref.np_first = ref.first;
  std::size_t adjectives = 0;
  std::size_t j = ref.first;
  while (j > 0) {
    const std::size_t k = j - 1;
    const std::string_view word = forms_[k];
    if (ref_at(k)) break;
    if (!ref.class_noun && k + 1 == ref.np_first) {
      if (const auto& noun = class_nouns_[k]) {
        ref.class_noun = noun;
        if (const Place* place = Gazetteer::find_adjective(word); place && word.starts_with("US-"))
          ref.country = std::string(place->name);
        ref.np_first = j = k;
        continue;
      }
    }
    if (const Place* place = Gazetteer::find_adjective(word)) {
      if (place->kind == PlaceKind::City) ref.city = std::string(place->name);
      else if (place->kind == PlaceKind::Country) ref.country = std::string(place->name);
      else ref.region = std::string(place->name);
      ref.np_first = j = k;
      continue;
    }
    if (!starts_upper(word) && is_adjective_like(lowers_[k]) && !is_article(lowers_[k]) && adjectives < 3) {
      ++adjectives;
      ref.np_first = j = k;
      continue;
    }
    break;
  }
  std::size_t before = ref.np_first;
  if (before > 0 && is_article(lowers_[before - 1])) {
    const std::string& article = lowers_[before - 1];
    ref.np_first = --before;
    if (one_of(article, {"dem", "des", "den", "einem", "eines", "einen", "seinem", "seines", "seinen", "ihrem",
                         "ihres", "ihren"}))
      ref.oblique = true;
    // "eine Tochter der Hafen Bank": "der" after a noun is a genitive.
    if (article == "der" && before > 0 && starts_upper(forms_[before - 1]) && !ref_at(before - 1) &&
        !GermanLexicon::is_function_word(lowers_[before - 1]))
      ref.oblique = true;
  }
  if (before > 0 && GermanLexicon::is_preposition(lowers_[before - 1])) {
    ref.oblique = true;
    ref.preposition = lowers_[before - 1];
    ref.np_first = before - 1;
  }
}

void SentenceView::add_descriptions(const Discourse& discourse) {
  std::vector<std::string> excluded = named();
  std::vector<Ref> found;
  for (std::size_t k = 0; k < size(); ++k) {
    if (ref_at(k)) continue;
    const std::string& lower = lowers_[k];
    // Relative pronouns: "Quandor, das ...", ", an dem ...", "dessen Werk".
    const bool after_comma = k > 0 && (forms_[k - 1] == "," ||
                                       (k > 1 && forms_[k - 2] == "," && GermanLexicon::is_preposition(lowers_[k - 1])));
    // A relative clause ends in its verb; an apposition ("X, das Unternehmen aus Y,") in a noun.
    const auto verb_final = [&] {
      std::size_t last = clause_end(k) - 1;
      while (last > k && !is_letter(decode_utf8(forms_[last], 0).value)) --last;
      return last > k + 1 && !starts_upper(forms_[last]);
    };
    const bool prepositional = k > 0 && forms_[k - 1] != ",";
    if (after_comma && one_of(lower, {"der", "die", "das", "dem", "den", "dessen"}) &&
        (lower == "dessen" || (k + 1 < size() && (!starts_upper(forms_[k + 1]) || verb_final() ||
                                                  (prepositional && ref_at(k + 1)))))) {
      const Ref* antecedent = nullptr;
      for (const Ref& ref : refs_)
        if (ref.end <= k) antecedent = &ref;
      for (const Ref& ref : found)
        if (ref.end <= k && (!antecedent || ref.end > antecedent->end)) antecedent = &ref;
      if (!antecedent) continue;
      Ref ref = *antecedent;
      ref.first = ref.np_first = k;
      ref.end = k + 1;
      ref.surface = std::string(forms_[k]);
      ref.description = true;
      ref.class_noun.reset();
      ref.country.clear();
      ref.city.clear();
      ref.oblique = lower == "dem" || lower == "den" || lower == "dessen" || forms_[k - 1] != ",";
      ref.preposition = forms_[k - 1] != "," ? lowers_[k - 1] : std::string();
      found.push_back(std::move(ref));
      continue;
    }
    // "die beiden Firmen", "beide Unternehmen": the last coordinated pair.
    if ((lower == "beiden" || lower == "beide") && k + 1 < size() && class_nouns_[k + 1]) {
      for (const std::string& target : discourse.pair) {
        Ref ref;
        ref.first = ref.np_first = k;
        ref.end = k + 2;
        ref.name = target;
        ref.surface = std::string(forms_[k]) + " " + std::string(forms_[k + 1]);
        ref.description = true;
        ref.oblique = k > 0 && (GermanLexicon::is_preposition(lowers_[k - 1]) ||
                                one_of(lowers_[k - 1], {"den", "der"}));
        found.push_back(std::move(ref));
      }
      ++k;
      continue;
    }
    // "er" refers to the most recent organisation, and so does a sentence's
    // first word "Sie" before a verb ("Sie übernahm ..."; mid-sentence "Sie"
    // is the polite form or plural).
    const bool opening_sie = k == 0 && forms_[k] == "Sie" && k + 1 < size() && !starts_upper(forms_[k + 1]);
    if (lower == "er" || opening_sie || (lower == "beide" && k + 1 < size() && !starts_upper(forms_[k + 1]))) {
      std::vector<std::string> targets;
      if (lower == "beide") {
        targets = discourse.pair;
      } else {
        const Ref* last = nullptr;
        for (const Ref& ref : refs_)
          if (ref.end <= k && ref.type == EntityType::Organization) last = &ref;
        if (last) targets.push_back(last->name);
        else if (auto topic = discourse.topic()) targets.push_back(*topic);
      }
      for (const std::string& target : targets) {
        Ref ref;
        ref.first = ref.np_first = k;
        ref.end = k + 1;
        ref.name = target;
        ref.surface = std::string(forms_[k]);
        ref.description = true;
        found.push_back(std::move(ref));
      }
      continue;
    }
    // "der finnische Konzern", "die Schweden", "die Leipziger"
    DescriptionCue cue;
    std::optional<ClassNoun> noun = class_nouns_[k];
    if (noun && (noun->person || noun->product || noun->plural || (noun->relational && noun->base != "Partner")))
      continue;
    if (!noun) {
      if (k == 0 || !one_of(lowers_[k - 1], {"die", "den", "der"}) || !starts_upper(forms_[k])) continue;
      const Place* place = Gazetteer::find_demonym(forms_[k]);
      if (!place) continue;
      (place->kind == PlaceKind::City ? cue.city : cue.country) = std::string(place->name);
    } else {
      cue.class_noun = noun->base;
    }
    if (k + 1 < size() && ref_at(k + 1)) continue;  // "der Konzern Nokia" is a name's noun phrase
    // Find the definite article, passing adjectives, places and commas.
    std::size_t article = k;
    for (std::size_t j = k; j > 0 && k - j < 7; --j) {
      const std::string& word = lowers_[j - 1];
      if (one_of(word, {"der", "die", "das", "den", "dem", "des"})) {
        article = j - 1;
        break;
      }
      if (one_of(word, {"ein", "eine", "einen", "einem", "eines", "einer", "beiden", "beide"})) break;
      if (const Place* place = Gazetteer::find_adjective(forms_[j - 1])) {
        (place->kind == PlaceKind::City ? cue.city : cue.country) = std::string(place->name);
        continue;
      }
      if (forms_[j - 1] == "," || ref_at(j - 1) || (!starts_upper(forms_[j - 1]) && !is_clause_break(forms_[j - 1])))
        continue;
      break;
    }
    if (article == k && noun) continue;
    if (!noun) article = k - 1;
    std::optional<std::string> target = discourse.resolve(cue, excluded);
    if (!target) continue;
    excluded.push_back(*target);  // two descriptions in a sentence are two entities
    Ref ref;
    ref.first = k;
    ref.end = k + 1;
    ref.name = *target;
    ref.description = true;
    for (std::size_t j = article; j <= k; ++j) ref.surface += (j > article ? " " : "") + std::string(forms_[j]);
    ref.class_noun = noun;
    ref.country = cue.country;
    ref.city = cue.city;
    ref.np_first = article;
    const std::string& art = lowers_[article];
    ref.oblique = one_of(art, {"dem", "des", "den"}) ||
                  (article > 0 && GermanLexicon::is_preposition(lowers_[article - 1]));
    if (article > 0 && GermanLexicon::is_preposition(lowers_[article - 1])) ref.preposition = lowers_[article - 1];
    if (art == "der" && article > 0 && starts_upper(forms_[article - 1]) &&
        !GermanLexicon::is_function_word(lowers_[article - 1]))
      ref.oblique = true;
    found.push_back(std::move(ref));
  }
  for (Ref& ref : found) refs_.push_back(std::move(ref));
}

const Ref* SentenceView::ref_at(std::size_t i) const {
  if (i >= ref_of_token_.size() || ref_of_token_[i] < 0) return nullptr;
  return &refs_[static_cast<std::size_t>(ref_of_token_[i])];
}

std::vector<std::string> SentenceView::named() const {
  std::vector<std::string> names;
  for (const Ref& ref : refs_)
    if (!ref.description) names.push_back(ref.name);
  return names;
}

bool SentenceView::blocked(std::size_t cue) const { return sentence_modal_ || clause_modal_[clauses_[cue]]; }

std::optional<std::size_t> SentenceView::find(std::initializer_list<std::string_view> prefixes, std::size_t from,
                                              std::size_t to) const {
  for (std::size_t i = from; i < std::min(to, size()); ++i)
    for (std::string_view prefix : prefixes)
      if (lowers_[i].starts_with(prefix)) return i;
  return std::nullopt;
}

const Ref* SentenceView::subject(std::size_t cue, const std::string& exclude) const {
  const auto eligible = [&](const Ref& ref) {
    return !ref.oblique && ref.name != exclude &&
           (ref.type == EntityType::Organization || ref.type == EntityType::Person);
  };
  // The parser's subject of the cue's predicate, when it names an entity.
  // It must lie in the cue's clause as the punctuation and conjunctions
  // delimit it: a parse that reaches across a comma is more often wrong.
  if (cue < parsed_subject_.size() && parsed_subject_[cue] != kNoToken &&
      clauses_[parsed_subject_[cue]] == clauses_[cue]) {
    const int ref = ref_of_token_[parsed_subject_[cue]];
    if (ref >= 0 && eligible(refs_[ref])) {
      // "…, der Voltaris erworben hatte": the parser reads the relative
      // pronoun that opens a verb-final clause as the name's article.
      const Ref& parsed = refs_[ref];
      if (const Ref* pronoun = parsed.first > 0 ? ref_at(parsed.first - 1) : nullptr;
          pronoun && pronoun->description && pronoun->end == parsed.first && eligible(*pronoun))
        return pronoun;
      return &parsed;
    }
  }
  // German puts the subject first in its clause (or right after the finite
  // verb): the leftmost candidate before the cue.
  for (const Ref& ref : refs_)
    if (eligible(ref) && ref.end <= cue && clauses_[ref.first] == clauses_[cue]) return &ref;
  const Ref* best = nullptr;
  for (const Ref& ref : refs_)
    if (eligible(ref) && ref.first > cue && clauses_[ref.first] == clauses_[cue]) return &ref;
  for (const Ref& ref : refs_)
    if (eligible(ref) && ref.end <= cue) best = &ref;
  return best;
}

const Ref* SentenceView::after_preposition(std::size_t from, std::size_t to,
                                           std::initializer_list<std::string_view> prepositions,
                                           const std::string& exclude) const {
  for (const Ref& ref : refs_) {
    if (ref.first < from || ref.first >= to || ref.name == exclude) continue;
    if (prepositions.size() == 0 || one_of(ref.preposition, prepositions)) return &ref;
  }
  return nullptr;
}

std::vector<const Ref*> SentenceView::coordinated(const Ref& ref) const {
  std::vector<const Ref*> group{&ref};
  const auto link = [&](std::size_t a, std::size_t b) {  // tokens [a, b) between two references
    if (b <= a || b - a > 3) return false;
    for (std::size_t i = a; i < b; ++i)
      if (!one_of(lowers_[i], {"und", "sowie", "wie", "auch", "oder", ",", "als"})) return false;
    return true;
  };
  for (const Ref& other : refs_) {
    if (&other == &ref || other.type != ref.type || other.name == ref.name) continue;
    if ((other.first >= ref.end && link(ref.end, other.np_first)) ||
        (other.end <= ref.first && link(other.end, ref.np_first)))
      group.push_back(&other);
  }
  return group;
}

std::string SentenceView::nominative(std::size_t i) const {
  // A dative plural in -n whose lemma is the plural without it
  // ("Elektrotransportern", lemma "Elektrotransporter"), else the lexicon's view.
  const Token& token = sentence_.tokens[i];
  const bool dative_plural = token.upos == "NOUN" && token.feats.find("Case=Dat") != std::string::npos &&
                             token.feats.find("Number=Plur") != std::string::npos;
  return dative_plural && token.lemma + "n" == token.form ? token.lemma : nominative_plural(token.form);
}

std::vector<ConceptPhrase> SentenceView::concepts(std::size_t from, std::size_t to) const {
  static constexpr std::string_view kNotConcepts[] = {
      "quartal", "jahr", "jahres", "monat", "ende", "anfang", "mitte", "zuge", "rahmen", "millionen",
      "milliarden", "prozent", "tausend", "vorjahr", "geschäftsjahr", "halbjahr", "hälfte", "angaben",
      "dessen", "zuletzt", "bereich", "bereichen", "verfügung", "markt", "darstellung", "weiteren"};
  std::vector<ConceptPhrase> found;
  to = std::min(to, size());
  for (std::size_t i = from; i < to; ++i) {
    const std::string_view word = forms_[i];
    if (is_clause_break(word)) break;
    if (const Ref* ref = ref_at(i)) {
      if (ref->preposition.empty()) break;
      i = ref->end - 1;  // "kaufte vom Zulieferer X ein Werk": skip the seller
      continue;
    }
    if (i + 1 < to && class_nouns_[i] && ref_at(i + 1) && !ref_at(i + 1)->preposition.empty()) continue;
    if (!starts_upper(word) || GermanLexicon::is_function_word(lowers_[i]) || GermanLexicon::month(lowers_[i]) ||
        std::find(std::begin(kNotConcepts), std::end(kNotConcepts), lowers_[i]) != std::end(kNotConcepts))
      continue;
    if (class_nouns_[i] && i + 1 < size() && ref_at(i + 1)) break;
    ConceptPhrase phrase;
    phrase.token = i;
    phrase.name = nominative(i);
    if (const NameIndex::Entry* owner = names_.find_prefix(word)) {
      phrase.owner = owner->name;
      phrase.name = phrase.name.substr(phrase.name.find('-') + 1);
    }
    found.push_back(phrase);
    // "Fernseher und Monitore"
    std::size_t next = i + 1;
    if (next + 1 < to && one_of(lowers_[next], {"und", "sowie", "oder"}) && starts_upper(forms_[next + 1]) &&
        !ref_at(next + 1) && !GermanLexicon::is_function_word(lowers_[next + 1]))
      found.push_back({std::string(forms_[next + 1]), next + 1, {}});
    break;
  }
  return found;
}

}  // namespace kg::extract
