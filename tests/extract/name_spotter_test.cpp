#include <doctest/doctest.h>

#include "test_helpers.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {
// "name|Type" for every mention of the text.
std::vector<std::string> mentions(const std::string& text) {
  Document doc;
  run_pipeline(text, &doc);
  std::vector<std::string> result;
  for (const Sentence& sentence : doc.sentences)
    for (const Mention& mention : sentence.mentions)
      result.push_back(mention.text + "|" + std::string(to_string(mention.type)));
  return result;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
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

TEST_CASE("NameSpotter marks later short forms and genitives of names found earlier") {
  Document doc;
  run_pipeline("Der Hersteller Lorantis Mobile wächst. Dann verkauft Lorantis viel. Die Chefin Lorantis' lacht.",
               &doc);
  REQUIRE(doc.sentences.size() == 3);
  REQUIRE(doc.sentences[1].mentions.size() == 1);
  CHECK(doc.sentences[1].mentions[0].text == "Lorantis");
  CHECK(doc.sentences[1].mentions[0].type == EntityType::Organization);
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
