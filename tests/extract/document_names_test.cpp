#include <doctest/doctest.h>

#include <stdexcept>

#include "extract/document_names.h"
#include "test_helpers.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

// Adds a mention of the tokens of sentence `s` that read `surface`, as a
// recogniser would, and keeps the mentions ordered.
void mark(Document& doc, std::size_t s, const std::string& surface, EntityType type, double score,
          const std::string& base = {}) {
  Sentence& sentence = doc.sentences.at(s);
  for (std::size_t first = 0; first < sentence.tokens.size(); ++first)
    for (std::size_t end = first + 1; end <= sentence.tokens.size(); ++end) {
      Mention mention = make_mention(sentence, first, end, type, score);
      if (mention.text != surface) continue;
      mention.derived = !base.empty();
      mention.base = base;
      sentence.mentions.push_back(mention);
      std::stable_sort(sentence.mentions.begin(), sentence.mentions.end(),
                       [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
      return;
    }
  throw std::invalid_argument("no tokens read '" + surface + "'");
}

// The types of the mentions of sentence `s`.
std::vector<EntityType> types(const Document& doc, std::size_t s) {
  std::vector<EntityType> result;
  for (const Mention& mention : doc.sentences.at(s).mentions) result.push_back(mention.type);
  return result;
}

DocumentNames votes_only() {
  DocumentNamesOptions options;
  options.full_names_first = false;
  return DocumentNames(options);
}

constexpr EntityType kOrg = EntityType::Organization;
constexpr EntityType kPerson = EntityType::Person;
constexpr EntityType kLocation = EntityType::Location;

}  // namespace

TEST_CASE("DocumentNames gives every mention of a name the type whose scores sum highest") {
  Document doc = tokenized("Quorvane wächst weiter. Analysten loben Quorvane. Auch Quorvane äußerte sich.");
  REQUIRE(doc.sentences.size() == 3);
  mark(doc, 0, "Quorvane", kOrg, 0.5);
  mark(doc, 1, "Quorvane", kPerson, 0.4);
  mark(doc, 2, "Quorvane", kPerson, 0.3);
  Document tied = doc;
  votes_only().unify_types(doc);
  for (std::size_t s = 0; s < 3; ++s) CHECK(types(doc, s) == std::vector<EntityType>{kPerson});
  // A tie goes to the type seen first.
  tied.sentences[0].mentions[0].score = 0.7;
  votes_only().unify_types(tied);
  for (std::size_t s = 0; s < 3; ++s) CHECK(types(tied, s) == std::vector<EntityType>{kOrg});
}

TEST_CASE("DocumentNames counts a genitive, a misspelling and the full name for a short name") {
  Document doc = tokenized("Die Brakenfeld Logistik wächst. Brakenfelds Umsatz steigt. Brakenfeld investiert. "
                           "Brakenfield zahlt.");
  REQUIRE(doc.sentences.size() == 4);
  mark(doc, 0, "Brakenfeld Logistik", kOrg, 0.25);
  mark(doc, 1, "Brakenfelds", kOrg, 0.2);
  mark(doc, 2, "Brakenfeld", kPerson, 0.6);
  mark(doc, 3, "Brakenfield", kOrg, 0.2);
  Document without_full_name = doc;
  votes_only().unify_types(doc);
  CHECK(types(doc, 2) == std::vector<EntityType>{kOrg});  // 0.25 + 0.2 + 0.2 against 0.6
  CHECK(types(doc, 1) == std::vector<EntityType>{kOrg});
  // Without the full name's vote the person wins, and the genitive and the
  // misspelling follow the name.
  without_full_name.sentences[0].mentions.clear();
  votes_only().unify_types(without_full_name);
  CHECK(types(without_full_name, 1) == std::vector<EntityType>{kPerson});
  CHECK(types(without_full_name, 2) == std::vector<EntityType>{kPerson});
  CHECK(types(without_full_name, 3) == std::vector<EntityType>{kPerson});
}

TEST_CASE("DocumentNames counts a typo that swapped and dropped letters for the name") {
  // "Lortna" is two edits from "Lortani" but has its letters: a typo, not another name.
  Document doc = tokenized("Lortani wächst. Lortani investiert. Lortna und Kelvaro kooperieren. Lortumi lacht.");
  REQUIRE(doc.sentences.size() == 4);
  mark(doc, 0, "Lortani", kOrg, 0.6);
  mark(doc, 1, "Lortani", kOrg, 0.5);
  mark(doc, 2, "Lortna", kLocation, 0.7);
  mark(doc, 3, "Lortumi", kLocation, 0.7);
  votes_only().unify_types(doc);
  CHECK(types(doc, 2) == std::vector<EntityType>{kOrg});
  CHECK(types(doc, 3) == std::vector<EntityType>{kLocation});  // other letters: another name
}

TEST_CASE("DocumentNames lets a class noun or a role compound outvote the recogniser") {
  Document doc = tokenized("Der Versender Talmora wächst. Talmora verkauft viel. Talmora lacht.");
  mark(doc, 0, "Talmora", kPerson, 0.3);
  mark(doc, 1, "Talmora", kPerson, 0.9);
  mark(doc, 2, "Talmora", kPerson, 0.9);
  votes_only().unify_types(doc);
  for (std::size_t s = 0; s < 3; ++s) CHECK(types(doc, s) == std::vector<EntityType>{kOrg});

  Document role = tokenized("Kestrova-Chef Jonas Weil lobt Kestrova. Kestrova wächst.");
  mark(role, 0, "Jonas Weil", kPerson, 0.9);
  mark(role, 0, "Kestrova", kPerson, 0.9);
  mark(role, 1, "Kestrova", kPerson, 0.9);
  votes_only().unify_types(role);
  CHECK(types(role, 0) == std::vector<EntityType>{kPerson, kOrg});
  CHECK(types(role, 1) == std::vector<EntityType>{kOrg});
}

TEST_CASE("DocumentNames takes a lone word called a person for an organisation unless a full name has it") {
  Document doc = tokenized("Merivolt wächst. Marta Quell lacht. Quell spricht mit Merivolt.");
  mark(doc, 0, "Merivolt", kPerson, 0.7);
  mark(doc, 1, "Marta Quell", kPerson, 0.9);
  mark(doc, 2, "Quell", kPerson, 0.4);
  mark(doc, 2, "Merivolt", kLocation, 0.2);
  Document plain = doc;
  DocumentNames().unify_types(doc);
  // Merivolt's Person votes do not count: the Location vote decides.
  CHECK(types(doc, 0) == std::vector<EntityType>{kLocation});
  CHECK(types(doc, 2) == std::vector<EntityType>{kPerson, kLocation});
  // Without the option the recogniser's scores decide.
  votes_only().unify_types(plain);
  CHECK(types(plain, 0) == std::vector<EntityType>{kPerson});
  // A lone person without another type becomes an organisation.
  Document alone = tokenized("Merivolt wächst.");
  mark(alone, 0, "Merivolt", kPerson, 0.7);
  Document sure = alone;
  DocumentNames().unify_types(alone);
  CHECK(types(alone, 0) == std::vector<EntityType>{kOrg});
  // A recogniser sure of a person (0.9 or more) is believed: news name
  // well-known people by the surname alone.
  sure.sentences[0].mentions[0].score = 0.95;
  DocumentNames().unify_types(sure);
  CHECK(types(sure, 0) == std::vector<EntityType>{kPerson});
}

TEST_CASE("DocumentNames leaves derived mentions and their base out of the vote") {
  Document doc = tokenized("Der finnische Konzern Talmora wächst in Finnland.");
  mark(doc, 0, "finnische", kLocation, 0.9, "Finnland");
  mark(doc, 0, "Talmora", kOrg, 0.9);
  mark(doc, 0, "Finnland", kLocation, 0.9);
  DocumentNames().resolve(doc);
  CHECK(mention_list(doc) ==
        std::vector<std::string>{"finnische|Location<-Finnland", "Talmora|Organization", "Finnland|Location"});
}

TEST_CASE("DocumentNames does not spread a one-word name that is a common noun") {
  // The recogniser called "Euro" a product once; every other "Euro" is a currency.
  Document doc = tokenized("Der Euro fällt. Talmora zahlt 5 Millionen Euro. Talmora wächst.");
  mark(doc, 0, "Euro", EntityType::Product, 0.7);
  mark(doc, 1, "Talmora", kOrg, 0.9);
  DocumentNames().propagate(doc);
  CHECK(mention_list(doc) == std::vector<std::string>{"Euro|Product", "Talmora|Organization", "Talmora|Organization"});
}

TEST_CASE("DocumentNames marks later full names, short forms, genitives and sentence-initial names") {
  Document doc = tokenized(
      "Der Autobauer Tamaro Motors und Marta Quell aus Varnheim trafen Belvora. "
      "Tamaro verkauft viel. Tamaros Absatz wächst, sagt Quell. "
      "Auch Tamaro Motors wächst in Varnheim, nicht Belvora.");
  REQUIRE(doc.sentences.size() == 4);
  mark(doc, 0, "Tamaro Motors", kOrg, 0.9);
  mark(doc, 0, "Marta Quell", kPerson, 0.9);
  mark(doc, 0, "Varnheim", kLocation, 0.9);
  mark(doc, 0, "Belvora", kOrg, 0.3);
  DocumentNames().propagate(doc);
  CHECK(mention_list(doc) == std::vector<std::string>{
                                 "Tamaro Motors|Organization", "Marta Quell|Person", "Varnheim|Location",
                                 "Belvora|Organization",
                                 "Tamaro|Organization",                        // sentence-initial short form
                                 "Tamaros|Organization", "Quell|Person",       // genitive, surname
                                 "Tamaro Motors|Organization",                 // the longest name wins
                             });
  // Places and names below a score of 0.5 are not spread.
  const Mention& added = doc.sentences[3].mentions.at(0);
  CHECK(added.score == doctest::Approx(0.6));
  CHECK(doc.text.substr(added.span.begin, added.span.size()) == "Tamaro Motors");
  CHECK(added.first_token == 1);
  CHECK(added.end_token == 3);
}
