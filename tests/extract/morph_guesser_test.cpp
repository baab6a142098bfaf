#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>

#include "extract/morph_guesser.h"
#include "extract/morph_lexicon.h"

using namespace kg::extract;

namespace {

bool has_guess(const MorphReadings& readings, std::string_view lemma, Upos upos, std::string_view feats = "") {
  const FeatureSet wanted = parse_features(feats);
  return std::any_of(readings.analyses.begin(), readings.analyses.end(), [&](const MorphAnalysis& reading) {
    if (reading.lemma != lemma || reading.upos != upos || !reading.guessed) return false;
    for (std::size_t f = 0; f < kFeatureCount; ++f)
      if ((reading.features.masks[f] & wanted.masks[f]) != wanted.masks[f]) return false;
    return true;
  });
}

MorphReadings analyse(std::string_view form) {
  MorphReadings readings;
  MorphLexicon::german().analyse(form, readings);
  return readings;
}

}  // namespace

TEST_CASE("MorphGuesser inflects a hyphenated compound like its last part") {
  REQUIRE_FALSE(MorphLexicon::german().contains("Smartphone-Herstellern"));
  const MorphReadings readings = analyse("Smartphone-Herstellern");
  CHECK(has_guess(readings, "Smartphone-Hersteller", Upos::NOUN, "Case=Dat|Number=Plur|Gender=Masc"));
  CHECK(has_guess(analyse("E-Auto-Hersteller"), "E-Auto-Hersteller", Upos::NOUN, "Gender=Masc"));
}

TEST_CASE("MorphGuesser inflects a closed compound like its longest known noun head") {
  REQUIRE_FALSE(MorphLexicon::german().contains("Kühlschrankherstellern"));
  CHECK(has_guess(analyse("Kühlschrankherstellern"), "Kühlschrankhersteller", Upos::NOUN,
                  "Case=Dat|Number=Plur|Gender=Masc"));
  // The head keeps its own lemma: "Häuser" → "Haus".
  CHECK(has_guess(analyse("Glasbetonhäuser"), "Glasbetonhaus", Upos::NOUN, "Number=Plur|Gender=Neut"));
  // A head with an umlaut is looked up capitalised.
  CHECK(has_guess(analyse("Preisänderung"), "Preisänderung", Upos::NOUN, "Gender=Fem"));
}

TEST_CASE("MorphGuesser gives derivational suffixes their gender and number") {
  CHECK(has_guess(analyse("Verschlankungen"), "Verschlankung", Upos::NOUN, "Gender=Fem|Number=Plur"));
  CHECK(has_guess(analyse("Quorxheit"), "Quorxheit", Upos::NOUN, "Gender=Fem|Number=Sing"));
  CHECK(has_guess(analyse("Blorbismus"), "Blorbismus", Upos::NOUN, "Gender=Masc|Number=Sing"));
}

TEST_CASE("MorphGuesser reads adjective endings with their inflection, and comparatives of known adjectives") {
  CHECK(has_guess(analyse("blubbigen"), "blubbig", Upos::ADJ, "Degree=Pos|Number=Plur"));
  CHECK(has_guess(analyse("quorxlich"), "quorxlich", Upos::ADJ, "Degree=Pos"));
  CHECK(has_guess(analyse("schnellere"), "schnell", Upos::ADJ, "Degree=Cmp"));
}

TEST_CASE("MorphGuesser reads verb endings of lower-case words") {
  CHECK(has_guess(analyse("geblubbt"), "blubben", Upos::VERB, "VerbForm=Part|Tense=Past"));
  CHECK(has_guess(analyse("blubbte"), "blubben", Upos::VERB, "Tense=Past|Number=Sing"));
  CHECK(has_guess(analyse("blubben"), "blubben", Upos::VERB, "VerbForm=Inf"));
}

TEST_CASE("MorphGuesser offers NOUN and PROPN for an unknown capitalised word") {
  const MorphReadings readings = analyse("Zorpex");
  CHECK(has_guess(readings, "Zorpex", Upos::NOUN));
  CHECK(has_guess(readings, "Zorpex", Upos::PROPN));
  CHECK(readings.analyses.size() == 2);
}

TEST_CASE("MorphLexicon::analyse does not guess for a known word") {
  const MorphReadings readings = analyse("Hersteller");
  CHECK_FALSE(readings.analyses.empty());
  CHECK(std::none_of(readings.analyses.begin(), readings.analyses.end(),
                     [](const MorphAnalysis& reading) { return reading.guessed; }));
}

TEST_CASE("MorphReadings keeps guessed lemmas valid when moved and reused") {
  MorphReadings readings = analyse("Kühlschrankherstellern");
  MorphReadings moved = std::move(readings);
  CHECK(has_guess(moved, "Kühlschrankhersteller", Upos::NOUN));
  MorphGuesser(MorphLexicon::german()).guess("Zorpex", moved);  // appends
  CHECK(has_guess(moved, "Kühlschrankhersteller", Upos::NOUN));
  CHECK(has_guess(moved, "Zorpex", Upos::PROPN));
  moved.clear();
  CHECK(moved.analyses.empty());
}
