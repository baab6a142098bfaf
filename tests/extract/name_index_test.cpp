#include <doctest/doctest.h>

#include "extract/name_index.h"

using namespace kg::extract;

namespace {
Mention name(const std::string& text, EntityType type) {
  Mention mention;
  mention.text = text;
  mention.type = type;
  return mention;
}
}  // namespace

TEST_CASE("NameIndex knows a person by the surname and an organisation by its first word") {
  NameIndex index;
  index.add(name("Marta Quell", EntityType::Person));
  index.add(name("Lorantis Mobile", EntityType::Organization));
  const NameIndex::Entry* surname = index.find("Quell");
  REQUIRE(surname);
  CHECK(surname->name == "Marta Quell");
  CHECK(surname->type == EntityType::Person);
  CHECK_FALSE(index.find("Marta"));  // a first name alone is no reference
  const NameIndex::Entry* first_word = index.find("Lorantis");
  REQUIRE(first_word);
  CHECK(first_word->name == "Lorantis Mobile");
  CHECK_FALSE(index.find("Mobile"));  // a word that continues company names is none
  REQUIRE(index.find("Quells"));      // genitive
  CHECK(index.find("Quells")->name == "Marta Quell");
}
