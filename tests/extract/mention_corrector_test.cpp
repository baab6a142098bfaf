#include <doctest/doctest.h>

#include <stdexcept>

#include "extract/mention_corrector.h"
#include "test_helpers.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

// One tokenised sentence with the mentions a recogniser might give:
// "surface|Type" each.
Document with_mentions(const std::string& text, const std::vector<std::string>& marks, double score = 0.5) {
  Document doc = tokenized(text);
  REQUIRE(doc.sentences.size() == 1);
  Sentence& sentence = doc.sentences[0];
  for (const std::string& item : marks) {
    const std::size_t bar = item.find('|');
    const std::string surface = item.substr(0, bar);
    const EntityType type = *parse_entity_type(item.substr(bar + 1));
    bool found = false;
    for (std::size_t first = 0; first < sentence.tokens.size() && !found; ++first)
      for (std::size_t end = first + 1; end <= sentence.tokens.size() && !found; ++end)
        if (make_mention(sentence, first, end, type, score).text == surface) {
          sentence.mentions.push_back(make_mention(sentence, first, end, type, score));
          found = true;
        }
    if (!found) throw std::invalid_argument("no tokens read '" + surface + "'");
  }
  std::stable_sort(sentence.mentions.begin(), sentence.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
  return doc;
}

std::vector<std::string> corrected(const std::string& text, const std::vector<std::string>& marks) {
  Document doc = with_mentions(text, marks);
  MentionCorrector().correct(doc.sentences[0]);
  return mention_list(doc);
}

}  // namespace

TEST_CASE("MentionCorrector cuts place adjectives and class nouns off names and drops bare descriptions") {
  CHECK(corrected("Das gehört zur Hamburger Reedereigruppe Falkmar.", {"Hamburger Reedereigruppe Falkmar|Organization"}) ==
        std::vector<std::string>{"Hamburger|Location<-Hamburg", "Falkmar|Organization"});
  CHECK(corrected("Die Investorin Clara Wendt zahlt.", {"Investorin Clara Wendt|Person"}) ==
        std::vector<std::string>{"Clara Wendt|Person"});
  CHECK(corrected("Das Berliner Fintech wächst.", {"Berliner Fintech|Organization"}) ==
        std::vector<std::string>{"Berliner|Location<-Berlin"});
  CHECK(corrected("Der Smartphone-Hersteller wächst.", {"Smartphone-Hersteller|Organization"}).empty());
  CHECK(corrected("Der Quorvane-Konzern wächst.", {"Quorvane-Konzern|Organization"}) ==
        std::vector<std::string>{"Quorvane|Organization"});
  // A capitalised inflected adjective belongs to the name; an institution keeps its place.
  CHECK(corrected("Die Deutsche Quorbank wächst.", {"Deutsche Quorbank|Organization"}) ==
        std::vector<std::string>{"Deutsche Quorbank|Organization"});
  CHECK(corrected("Die Klage ging an das Landgericht Mannheim.", {"Landgericht Mannheim|Organization"}) ==
        std::vector<std::string>{"Landgericht Mannheim|Organization"});
  // A place adjective before common nouns alone names the institution or place itself.
  CHECK(corrected("Das sagte er der Kieler Zeitung.", {"Kieler Zeitung|Organization"}) ==
        std::vector<std::string>{"Kieler Zeitung|Organization"});
  CHECK(corrected("Die türkische Polizei ermittelt.", {"türkische Polizei|Organization"}) ==
        std::vector<std::string>{"türkische Polizei|Organization"});
  CHECK(corrected("Flüge vom Bremer Flughafen fallen aus.", {"Bremer Flughafen|Location"}) ==
        std::vector<std::string>{"Bremer Flughafen|Location"});
}

TEST_CASE("MentionCorrector takes the people of a country after an article for a description, not a place") {
  CHECK(corrected("Talmora liefert Chips an die Schweden.", {"Talmora|Organization", "Schweden|Location"}) ==
        std::vector<std::string>{"Talmora|Organization"});
  CHECK(corrected("Talmora liefert Chips nach Schweden.", {"Talmora|Organization", "Schweden|Location"}) ==
        std::vector<std::string>{"Talmora|Organization", "Schweden|Location"});
}

TEST_CASE("MentionCorrector joins legal forms and company words to names and makes them organisations") {
  CHECK(corrected("Die Velmora AG wächst.", {"Velmora|Person"}) == std::vector<std::string>{"Velmora AG|Organization"});
  CHECK(corrected("Quorvane Systems wächst.", {"Quorvane|Location"}) ==
        std::vector<std::string>{"Quorvane Systems|Organization"});
  CHECK(corrected("Dann kam Kesvane Robotics.", {"Robotics|Person"}) ==
        std::vector<std::string>{"Kesvane Robotics|Organization"});
  CHECK(corrected("Der Fonds Talweg Capital zahlt.", {"Talweg Capital|Person"}) ==
        std::vector<std::string>{"Talweg Capital|Organization"});
  // Not after a person's name, nor after a known place.
  CHECK(corrected("Anna Berg Global lacht.", {"Anna Berg|Person"}) == std::vector<std::string>{"Anna Berg|Person"});
  CHECK(corrected("In Bremen Nord wächst es.", {"Bremen|Location"}) == std::vector<std::string>{"Bremen|Location"});
}

TEST_CASE("MentionCorrector types a name by the class or role noun before it and its coordination") {
  CHECK(corrected("Der Onlinehändler Kaufvane wächst.", {"Kaufvane|Location"}) ==
        std::vector<std::string>{"Kaufvane|Organization"});
  CHECK(corrected("Die Investorin Wendt zahlt.", {"Wendt|Organization"}) == std::vector<std::string>{"Wendt|Person"});
  CHECK(corrected("Die Marke Quorvane bleibt.", {"Quorvane|Organization"}) ==
        std::vector<std::string>{"Quorvane|Product"});
  CHECK(corrected("Die Hersteller Talmora, Brevane und Quorvane wachsen.",
                  {"Talmora|Person", "Brevane|Location", "Quorvane|Person"}) ==
        std::vector<std::string>{"Talmora|Organization", "Brevane|Organization", "Quorvane|Organization"});
  // After a plural class noun, the coordinated name the recogniser left is added.
  CHECK(corrected("Die beiden Drogerieketten Rosenvane und Kaufvane fusionieren.", {"Rosenvane|Location"}) ==
        std::vector<std::string>{"Rosenvane|Organization", "Kaufvane|Organization"});
  // Known places keep their type.
  CHECK(corrected("Der Konzern Hamburg wächst.", {"Hamburg|Location"}) == std::vector<std::string>{"Hamburg|Location"});
  const Document doc = [] {
    Document d = with_mentions("Der Onlinehändler Kaufvane wächst.", {"Kaufvane|Location"}, 0.3);
    MentionCorrector().correct(d.sentences[0]);
    return d;
  }();
  CHECK(doc.sentences[0].mentions.at(0).score == doctest::Approx(0.8));
}

TEST_CASE("MentionCorrector finds platforms named after a brand, not those of a known name or an acronym") {
  CHECK(corrected("Die Plattform des Zuvo-Ökosystems wächst.", {}) == std::vector<std::string>{"Zuvo-Ökosystem|Product"});
  CHECK(corrected("Die IoT-Plattform wächst.", {}).empty());
  CHECK(corrected("Talmora baut die Talmora-Plattform aus.", {"Talmora|Organization"}) ==
        std::vector<std::string>{"Talmora|Organization"});
}
