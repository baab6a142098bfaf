#include "extract/ner_features.h"

#include <string>

#include "extract/english_words.h"
#include "extract/gazetteer.h"
#include "extract/german_lexicon.h"
#include "extract/morphology.h"
#include "extract/ner_places.h"
#include "extract/perceptron.h"

namespace kg::extract {

namespace {

// Feature templates. Their numbers are part of the model format: renumbering
// one needs a new "ner" format version.
enum Template : std::uint64_t {
  kBias = 1, kForm, kLower, kSuffix, kPrefix, kShape, kShapeStart, kLexicon, kLexiconShape, kLexiconUpos,
  kPrevLower, kNextLower, kPrev2Lower, kNext2Lower, kPrevShape, kNextShape, kPrevBigram, kNextBigram,
  kPrevLowerShape, kShapeNextShape, kPrevSuffix, kNextSuffix, kPrevLexicon, kNextLexicon,
  kUpos = 30, kPrevUpos, kNextUpos, kPrevUposUpos, kUposNextUpos, kUposShape, kUposLexicon, kPrev2Upos, kNext2Upos,
  kPlace = 50, kPrevPlace, kNextPlace, kAdjective, kNextAdjectiveUpos, kLists, kPrevLists, kNextLists, kNext2Lists,
  kClassNoun, kPrevClassNoun, kPrev2ClassNoun, kNextClassNoun,
  kModifier = 70, kHead, kModifierPlace, kModifierShape, kHeadLexicon, kQuoted, kQuotedShape, kFirstNamePrev,
  kPrevLowerUpos, kNextLowerUpos, kWorld, kNextWorld,
  kMemory = 90, kPrevMemory, kNextMemory, kMemoryShape,
};

enum ListBit : std::uint8_t {
  kLegalForm = 1, kFirstName = 2, kNamePart = 4, kAcronym = 8, kFunctionWord = 16, kEnglishWord = 32, kEnglishName = 64,
};

std::uint8_t place_code(const Place* place) { return place ? static_cast<std::uint8_t>(1 + static_cast<int>(place->kind)) : 0; }

void compute_name_atoms(std::string_view form, std::uint64_t form_hash, std::string& lower, NameAtoms& out) {
  out = NameAtoms{};
  out.form = form_hash;
  const bool upper = starts_upper_ascii_or_latin(form);
  if (upper) {
    out.place = place_code(Gazetteer::find(form));
    out.world = static_cast<std::uint8_t>(find_world_place(form));
  }
  const Place* adjective = Gazetteer::find_adjective(form);
  if (!adjective && upper) adjective = Gazetteer::find_demonym(form);
  out.adjective = place_code(adjective);
  lower.clear();
  append_lower(form, lower);
  if (GermanLexicon::is_legal_form(form)) out.lists |= kLegalForm;
  if (upper && GermanLexicon::is_first_name(form)) out.lists |= kFirstName;
  if (upper && GermanLexicon::is_name_part(form)) out.lists |= kNamePart;
  if (GermanLexicon::is_common_acronym(form)) out.lists |= kAcronym;
  if (GermanLexicon::is_function_word(lower)) out.lists |= kFunctionWord;
  if (EnglishWords::is_word(lower)) out.lists |= kEnglishWord;
  if (upper && EnglishWords::is_name(form)) out.lists |= kEnglishName;
  if (upper) {
    if (const auto noun = GermanLexicon::class_noun(form))
      out.class_noun = static_cast<std::uint8_t>(1 | noun->generic << 1 | noun->product << 2 | noun->person << 3 |
                                                 noun->relational << 4);
  }
  const std::size_t first = form.find('-');
  const std::size_t last = form.rfind('-');
  if (first != std::string_view::npos && first > 0 && last + 1 < form.size()) {
    const std::string_view modifier = form.substr(0, first);
    out.compound_modifier = hash_text(std::string_view(lower).substr(0, first));
    out.compound_head = hash_text(std::string_view(lower).substr(last + 1));
    out.modifier_place = place_code(Gazetteer::find(modifier));
    if (!out.modifier_place) out.modifier_place = static_cast<std::uint8_t>(place_code(Gazetteer::find_adjective(modifier)) << 2);
  }
}

}  // namespace

bool starts_upper_ascii_or_latin(std::string_view form) {
  if (form.empty()) return false;
  const auto c = static_cast<unsigned char>(form[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && form.size() > 1 && static_cast<unsigned char>(form[1]) >= 0x80 &&
         static_cast<unsigned char>(form[1]) <= 0x9E;
}

void compute_ner_features(const Sentence& sentence, const NerResources& resources, bool use_caches, NerScratch& scratch) {
  const std::size_t n = sentence.tokens.size();
  const MorphLexicon* lexicon = resources.lexicon;
  compute_atoms(sentence, lexicon, use_caches ? &scratch.word_cache : nullptr, scratch.words, scratch.atoms);
  scratch.forms.resize(n);
  for (std::size_t i = 0; i < n; ++i) scratch.forms[i] = scratch.words[i + kPadding].form;
  if (resources.memory) {
    resources.memory->match(scratch.forms, scratch.memory);
  } else {
    scratch.memory.assign(n, 0);
  }
  scratch.names.assign(n + 2 * kPadding, NameAtoms{});
  for (std::size_t i = 0; i < n; ++i) {
    const Token& token = sentence.tokens[i];
    NameAtoms& name = scratch.names[i + kPadding];
    const std::uint64_t form = scratch.words[i + kPadding].form;
    if (const NameAtoms* cached = use_caches ? scratch.name_cache.find(form) : nullptr) {
      name = *cached;
    } else {
      compute_name_atoms(token.form, form, scratch.atoms.lower, name);
      if (use_caches) scratch.name_cache.store(name);
    }
    const auto upos = token.upos.empty() ? std::nullopt : parse_upos(token.upos);
    name.upos = upos ? static_cast<std::uint8_t>(1 + static_cast<int>(*upos)) : 0;
  }
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const std::string& left = sentence.tokens[i].form;
    const std::string& right = sentence.tokens[i + 1].form;
    if (!starts_upper_ascii_or_latin(left) || right.empty()) continue;
    std::string& pair = scratch.atoms.lower;
    pair.assign(left).append(" ").append(right);
    if (const auto place = static_cast<std::uint8_t>(find_world_place(pair))) {
      scratch.names[i + kPadding].world_pair = static_cast<std::uint8_t>(1 + place);
      scratch.names[i + 1 + kPadding].world_pair = static_cast<std::uint8_t>(1 + 4 * place);
    }
  }
  for (std::size_t p = 0; p < kPadding; ++p) scratch.names[p].upos = scratch.names[n + kPadding + p].upos = 0xFF;

  scratch.features.resize(n * kFeaturesPerToken);
  scratch.counts.resize(n);
  bool quoted = false;
  for (std::size_t i = 0; i < n; ++i) {
    const WordAtoms* w = &scratch.words[i + kPadding];
    const NameAtoms* a = &scratch.names[i + kPadding];
    std::uint64_t* out = &scratch.features[i * kFeaturesPerToken];
    std::size_t k = 0;
    const auto add = [&](std::uint64_t feature) { out[k++] = feature; };
    const std::string& form = sentence.tokens[i].form;
    if (form == "\"" || form == "„" || form == "“" || form == "»" || form == "«") quoted = !quoted;

    add(kBias);
    add(feature_hash(kForm, w->form));
    add(feature_hash(kLower, w->lower));
    for (std::size_t s = 0; s < 4; ++s) add(feature_hash(kSuffix, s, w->suffixes[s]));
    for (std::size_t s = 0; s < 3; ++s) add(feature_hash(kPrefix, s, w->prefixes[s]));
    add(feature_hash(kShape, w->shape));
    add(feature_hash(kShapeStart, w->shape, i == 0));
    add(feature_hash(kLexicon, w->lexicon_state));
    add(feature_hash(kLexiconShape, w->lexicon_state * 4u + (w->shape & 3u), i == 0));
    add(feature_hash(kLexiconUpos, w->lexicon_upos, w->shape & 3u));
    add(feature_hash(kPrevLower, w[-1].lower));
    add(feature_hash(kNextLower, w[1].lower));
    add(feature_hash(kPrev2Lower, w[-2].lower));
    add(feature_hash(kNext2Lower, w[2].lower));
    add(feature_hash(kPrevShape, w[-1].shape));
    add(feature_hash(kNextShape, w[1].shape));
    add(feature_hash(kPrevBigram, w[-1].lower, w->lower));
    add(feature_hash(kNextBigram, w->lower, w[1].lower));
    add(feature_hash(kPrevLowerShape, w[-1].lower, w->shape));
    add(feature_hash(kShapeNextShape, w->shape, w[1].shape));
    add(feature_hash(kPrevSuffix, w[-1].suffixes[2]));
    add(feature_hash(kNextSuffix, w[1].suffixes[2]));
    add(feature_hash(kPrevLexicon, w[-1].lexicon_state * 4u + (w[-1].shape & 3u), w[-1].lexicon_upos));
    add(feature_hash(kNextLexicon, w[1].lexicon_state * 4u + (w[1].shape & 3u), w[1].lexicon_upos));

    add(feature_hash(kUpos, a->upos));
    add(feature_hash(kPrevUpos, a[-1].upos));
    add(feature_hash(kNextUpos, a[1].upos));
    add(feature_hash(kPrev2Upos, a[-2].upos, a[-1].upos));
    add(feature_hash(kNext2Upos, a[1].upos, a[2].upos));
    add(feature_hash(kPrevUposUpos, a[-1].upos, a->upos));
    add(feature_hash(kUposNextUpos, a->upos, a[1].upos));
    add(feature_hash(kUposShape, a->upos, w->shape));
    add(feature_hash(kUposLexicon, a->upos, w->lexicon_state));
    add(feature_hash(kPrevLowerUpos, w[-1].lower, a->upos));
    add(feature_hash(kNextLowerUpos, a->upos, w[1].lower));

    add(feature_hash(kPlace, a->place));
    add(feature_hash(kWorld, a->world, a->world_pair));
    add(feature_hash(kNextWorld, a[1].world));
    add(feature_hash(kPrevPlace, a[-1].place));
    add(feature_hash(kNextPlace, a[1].place));
    add(feature_hash(kAdjective, a->adjective, w->shape & 3u));
    add(feature_hash(kNextAdjectiveUpos, a->adjective, a[1].upos));
    add(feature_hash(kLists, a->lists));
    add(feature_hash(kPrevLists, a[-1].lists));
    add(feature_hash(kNextLists, a[1].lists));
    add(feature_hash(kNext2Lists, a[2].lists));
    add(feature_hash(kClassNoun, a->class_noun));
    add(feature_hash(kPrevClassNoun, a[-1].class_noun));
    add(feature_hash(kPrev2ClassNoun, a[-2].class_noun));
    add(feature_hash(kNextClassNoun, a[1].class_noun));
    add(feature_hash(kFirstNamePrev, a[-1].lists & kFirstName, w->shape & 3u));
    if (a->compound_modifier != 0) {
      add(feature_hash(kModifier, a->compound_modifier));
      add(feature_hash(kHead, a->compound_head));
      add(feature_hash(kModifierPlace, a->modifier_place));
      add(feature_hash(kModifierShape, w->prefixes[0], w->shape));
    }
    const std::uint8_t remembered = scratch.memory[i];
    add(feature_hash(kMemory, remembered));
    add(feature_hash(kPrevMemory, i > 0 ? scratch.memory[i - 1] : 0xFF));
    add(feature_hash(kNextMemory, i + 1 < n ? scratch.memory[i + 1] : 0xFF));
    add(feature_hash(kMemoryShape, remembered, w->shape));
    add(feature_hash(kQuoted, quoted));
    add(feature_hash(kQuotedShape, quoted, w->shape));
    scratch.counts[i] = static_cast<std::uint8_t>(k);
  }
}

}  // namespace kg::extract
