#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/embedded_files.h"
#include "extract/model_file.h"
#include "extract/morph_lexicon.h"

using namespace kg::extract;

namespace {

// Whether some reading has `lemma` and `upos` and allows every value of
// `feats` ("Case=Dat|Number=Plur").
bool has_reading(const std::vector<MorphAnalysis>& readings, std::string_view lemma, Upos upos,
                 std::string_view feats = "") {
  const FeatureSet wanted = parse_features(feats);
  return std::any_of(readings.begin(), readings.end(), [&](const MorphAnalysis& reading) {
    if (reading.lemma != lemma || reading.upos != upos) return false;
    for (std::size_t f = 0; f < kFeatureCount; ++f)
      if ((reading.features.masks[f] & wanted.masks[f]) != wanted.masks[f]) return false;
    return true;
  });
}

std::vector<MorphAnalysis> lookup(std::string_view form) {
  std::vector<MorphAnalysis> readings;
  MorphLexicon::german().lookup(form, readings);
  return readings;
}

std::string temporary_file(const std::string& name, std::string_view bytes) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

}  // namespace

TEST_CASE("MorphLexicon gives a noun form its lemma, gender, number and every case it may have") {
  CHECK(has_reading(lookup("Herstellern"), "Hersteller", Upos::NOUN, "Case=Dat|Number=Plur|Gender=Masc"));
  const auto readings = lookup("Hersteller");
  for (const std::string_view feats : {"Case=Nom|Number=Sing|Gender=Masc", "Case=Acc|Number=Sing", "Case=Dat|Number=Sing",
                                       "Case=Nom|Number=Plur", "Case=Acc|Number=Plur", "Case=Gen|Number=Plur"})
    CHECK(has_reading(readings, "Hersteller", Upos::NOUN, feats));
  CHECK_FALSE(has_reading(readings, "Hersteller", Upos::NOUN, "Case=Gen|Number=Sing"));
  CHECK(has_reading(lookup("Häusern"), "Haus", Upos::NOUN, "Case=Dat|Number=Plur|Gender=Neut"));
}

TEST_CASE("MorphLexicon is case-sensitive and knows no function words") {
  CHECK(lookup("hersteller").empty());
  CHECK(lookup("Xyzzyqua").empty());
  CHECK(lookup("").empty());
}

TEST_CASE("MorphLexicon gives verb forms their tense, mood, person and verb form") {
  CHECK(has_reading(lookup("arbeitet"), "arbeiten", Upos::VERB,
                    "VerbForm=Fin|Mood=Ind|Tense=Pres|Person=3|Number=Sing"));
  CHECK(has_reading(lookup("gab"), "geben", Upos::VERB, "VerbForm=Fin|Mood=Ind|Tense=Past|Person=1,3|Number=Sing"));
  CHECK(has_reading(lookup("gäbe"), "geben", Upos::VERB, "Mood=Sub|Tense=Past"));
  CHECK(has_reading(lookup("gib"), "geben", Upos::VERB, "Mood=Imp|Number=Sing|Person=2"));
  CHECK(has_reading(lookup("gegeben"), "geben", Upos::VERB, "VerbForm=Part|Tense=Past"));
  CHECK(has_reading(lookup("gebend"), "geben", Upos::VERB, "VerbForm=Part|Tense=Pres"));
  CHECK(has_reading(lookup("geben"), "geben", Upos::VERB, "VerbForm=Inf"));
}

TEST_CASE("MorphLexicon joins separable verbs' finite forms but leaves the bare stem its own lemma") {
  CHECK(has_reading(lookup("abarbeitet"), "abarbeiten", Upos::VERB, "VerbForm=Fin|Person=3|Number=Sing"));
  CHECK(has_reading(lookup("abgearbeitet"), "abarbeiten", Upos::VERB, "VerbForm=Part|Tense=Past"));
  CHECK(has_reading(lookup("abzuarbeiten"), "abarbeiten", Upos::VERB, "VerbForm=Inf"));
  const auto stem = lookup("arbeite");
  CHECK(has_reading(stem, "arbeiten", Upos::VERB, "Person=1|Number=Sing"));
  CHECK_FALSE(has_reading(stem, "abarbeiten", Upos::VERB));
}

TEST_CASE("MorphLexicon finds the separable verb of a particle and a verb") {
  const MorphLexicon& lexicon = MorphLexicon::german();
  CHECK(lexicon.separable_verb("ab", "arbeiten") == "abarbeiten");
  CHECK(lexicon.separable_verb("an", "fangen") == "anfangen");
  CHECK(lexicon.separable_verb("bekannt", "geben") == "bekanntgeben");  // listed whole in the data
  CHECK_FALSE(lexicon.separable_verb("xyz", "geben").has_value());
  CHECK(lexicon.separable_prefix("anfangen") == "an");
  CHECK(lexicon.separable_prefix("geben").empty());
}

TEST_CASE("MorphLexicon makes sein, haben, werden and the modal verbs AUX as well as VERB") {
  for (const auto& [form, lemma] : {std::pair{"wird", "werden"}, std::pair{"ist", "sein"}, std::pair{"hatte", "haben"},
                                    std::pair{"kann", "können"}}) {
    CAPTURE(form);
    CHECK(has_reading(lookup(form), lemma, Upos::AUX, "VerbForm=Fin"));
    CHECK(has_reading(lookup(form), lemma, Upos::VERB, "VerbForm=Fin"));
  }
  CHECK_FALSE(has_reading(lookup("arbeitet"), "arbeiten", Upos::AUX));
}

TEST_CASE("MorphLexicon gives adjectives case, number, gender and the positive degree") {
  CHECK(has_reading(lookup("großem"), "groß", Upos::ADJ, "Case=Dat|Number=Sing|Gender=Masc,Neut|Degree=Pos"));
  CHECK(has_reading(lookup("großen"), "groß", Upos::ADJ, "Case=Nom,Acc,Dat,Gen|Number=Plur"));
  const auto plain = lookup("groß");
  CHECK(has_reading(plain, "groß", Upos::ADJ, "Degree=Pos"));
}

TEST_CASE("MorphLexicon::analyse adds the lower-cased reading of a capitalised word") {
  MorphReadings readings;
  MorphLexicon::german().analyse("Arbeiten", readings);
  CHECK(has_reading(readings.analyses, "Arbeit", Upos::NOUN, "Number=Plur"));
  CHECK(has_reading(readings.analyses, "arbeiten", Upos::VERB, "VerbForm=Inf"));
  CHECK(std::none_of(readings.analyses.begin(), readings.analyses.end(),
                     [](const MorphAnalysis& reading) { return reading.guessed; }));
}

TEST_CASE("MorphLexicon::load reads a lexicon file") {
  const std::string path = temporary_file("lexicon_test_copy.kgm", kg::embedded_file("de/lexicon"));
  const auto lexicon = MorphLexicon::load(path);
  CHECK(lexicon->form_count() == MorphLexicon::german().form_count());
  std::vector<MorphAnalysis> readings;
  lexicon->lookup("Herstellern", readings);
  CHECK(has_reading(readings, "Hersteller", Upos::NOUN));
  std::remove(path.c_str());
}

TEST_CASE("MorphLexicon refuses a truncated lexicon file, naming the file and the byte") {
  const std::string_view bytes = kg::embedded_file("de/lexicon");
  const std::string path = temporary_file("lexicon_test_truncated.kgm", bytes.substr(0, bytes.size() / 2));
  CHECK_THROWS_WITH_AS(MorphLexicon::load(path), doctest::Contains("lexicon_test_truncated.kgm: byte 31: is truncated"),
                       ModelError);
  std::remove(path.c_str());
}

TEST_CASE("MorphLexicon refuses a corrupt lexicon through its checksum") {
  std::string bytes(kg::embedded_file("de/lexicon"));
  bytes[bytes.size() / 2] ^= 0x55;
  CHECK_THROWS_WITH_AS(MorphLexicon(bytes, "corrupt.kgm"), doctest::Contains("corrupt.kgm: byte"), ModelError);
  CHECK_THROWS_WITH_AS(MorphLexicon(bytes, "corrupt.kgm"), doctest::Contains("checksum mismatch"), ModelError);
}

TEST_CASE("MorphLexicon refuses a well-formed model whose lemma offsets go backwards, naming the byte") {
  ModelWriter writer(std::string(MorphLexicon::kKind), MorphLexicon::kVersion);
  writer.u64(0);                   // no tags
  writer.u64(2);                   // two lemmas
  for (const std::uint32_t offset : {0u, 3u, 1u}) writer.u32(offset);
  writer.u64(3);
  writer.raw("abc", 3);
  const std::string bytes = writer.bytes();
  CHECK_THROWS_WITH_AS(MorphLexicon(bytes, "bad.kgm"),
                       "extract: model bad.kgm: byte 70: lemma offset 2 goes backwards", ModelError);
}

TEST_CASE("MorphLexicon refuses a model of another kind") {
  const std::string bytes = ModelWriter("tagger", 1).bytes();
  CHECK_THROWS_WITH_AS(MorphLexicon(bytes, "tagger.kgm"), doctest::Contains("expected \"lexicon\""), ModelError);
}
