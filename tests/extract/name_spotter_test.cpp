#include <doctest/doctest.h>

#include "test_helpers.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {
// "name|Type" for every mention of the text, names by NameSpotter.
std::vector<std::string> mentions(const std::string& text) {
  Document doc;
  run_spotter_pipeline(text, &doc);
  return mention_list(doc);
}
}  // namespace

TEST_CASE("NameSpotter finds organisations by legal form, class noun and shape, not common nouns") {
  const auto found = mentions("Der Zulieferer Brenntal Werkzeuge hat mit der Velantis AG einen Vertrag über "
                              "Patente geschlossen. Auch Merivo und XJT Global sind dabei.");
  CHECK(contains(found, "Brenntal Werkzeuge|Organization"));
  CHECK(contains(found, "Velantis AG|Organization"));
  CHECK(contains(found, "Merivo|Organization"));
  CHECK(contains(found, "XJT Global|Organization"));
  CHECK_FALSE(contains(found, "Vertrag|Organization"));
  CHECK_FALSE(contains(found, "Patente|Organization"));
  CHECK_FALSE(contains(found, "Der|Organization"));
}

TEST_CASE("NameSpotter finds persons after first names and roles, and places from the gazetteer") {
  const auto found = mentions("Velantis-Chefin Marta Quell sprach in Hamburg mit Thomas Brede aus Finnland.");
  CHECK(contains(found, "Marta Quell|Person"));
  CHECK(contains(found, "Thomas Brede|Person"));
  CHECK(contains(found, "Hamburg|Location"));
  CHECK(contains(found, "Finnland|Location"));
}

TEST_CASE("NameSpotter sees one sentence: later short forms of a name are left to DocumentNames") {
  Document doc = tokenized("Der Hersteller Lorantis Mobile wächst. Dann verkauft Lorantis viel.");
  REQUIRE(doc.sentences.size() == 2);
  const NameSpotter spotter;
  for (Sentence& sentence : doc.sentences) spotter.recognize(sentence);
  CHECK(mention_list(doc) == std::vector<std::string>{"Lorantis Mobile|Organization"});
  DocumentNames().propagate(doc);
  CHECK(mention_list(doc) == std::vector<std::string>{"Lorantis Mobile|Organization", "Lorantis|Organization"});
}

TEST_CASE("NameSpotter keeps the sentence-initial word of a name found from its second word") {
  const auto found = mentions("Halvex Systems und Quirnel Labs arbeiten künftig zusammen.");
  CHECK(contains(found, "Halvex Systems|Organization"));
  CHECK(contains(found, "Quirnel Labs|Organization"));
  CHECK_FALSE(contains(found, "Systems|Organization"));
  // A role compound before a person is not part of the person's name.
  const auto person = mentions("Halvex-Gründer Johann Brede kündigte eine neue Version an.");
  CHECK(contains(person, "Johann Brede|Person"));
}
