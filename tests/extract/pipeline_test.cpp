#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "extract/predicates.h"
#include "test_helpers.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {
std::string read_sample() {
  std::ifstream in(std::string(KG_SOURCE_DIR) + "/samples/nokia-xiaomi.de.txt");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}
}  // namespace

TEST_CASE("Pipeline finds the expected statements in the sample article") {
  Document doc = make_document(read_sample(), "nokia-xiaomi");
  REQUIRE_FALSE(doc.text.empty());
  const auto statements = Pipeline().run(doc);
  CHECK(doc.date == "2017-07");
  CHECK(find_statement(statements, "Nokia", "partner-of", "Xiaomi"));
  CHECK(find_statement(statements, "Nokia", "partner-of", "Apple"));
  CHECK(find_statement(statements, "Nokia", "licenses-to", "HMD Global"));
  CHECK((find_statement(statements, "Xiaomi", "acquired", "Schutzrechte") ||
         find_statement(statements, "Xiaomi", "acquired", "Patente")));
  CHECK(find_statement(statements, "Nokia", "supplies", "Xiaomi"));
  CHECK(find_statement(statements, "Nokia", "country", "Finnland"));
  CHECK(find_statement(statements, "Xiaomi", "country", "China"));
  for (const std::string company : {"Xiaomi", "Apple"}) {
    const Statement* shipped = find_statement(statements, company, "shipped", "Wearables");
    REQUIRE(shipped);
    CHECK(shipped->qualifiers.at("quantity") == "3600000");
  }
  const Statement* xiaomi = find_statement(statements, "Xiaomi", "market-share", "14.7");
  const Statement* apple = find_statement(statements, "Apple", "market-share", "14.6");
  REQUIRE(xiaomi);
  REQUIRE(apple);
  for (const Statement* share : {xiaomi, apple}) {
    CHECK(share->object.unit == "percent");
    CHECK(share->qualifiers.at("time") == "2017-Q1");
    CHECK(share->qualifiers.at("source") == "IDC");
  }
  // "keine Kooperation auf dem Smartphone-Sektor geplant" gives nothing.
  for (const Statement& statement : statements) {
    CHECK(statement.evidence.find("keine Kooperation") == std::string::npos);
    CHECK(find_predicate(statement.predicate) != nullptr);
    CHECK(statement.span.end <= doc.text.size());
    CHECK(doc.text.substr(statement.span.begin, statement.span.size()).starts_with(statement.evidence));
  }
  CHECK(doc.diagnostics.empty());
}

TEST_CASE("Pipeline recognises the sample's names with the trained recogniser, one type per name") {
  const Pipeline pipeline;
  REQUIRE(pipeline.has_recognizer());
  Document doc = make_document(read_sample(), "nokia-xiaomi");
  pipeline.run(doc);
  std::map<std::string, std::set<EntityType>> types;
  std::map<std::string, std::string> bases;
  for (const Sentence& sentence : doc.sentences)
    for (const Mention& mention : sentence.mentions) {
      CHECK(mention.span.end <= doc.text.size());
      if (mention.derived) bases[mention.text] = mention.base;
      else types[mention.text].insert(mention.type);
    }
  using Types = std::set<EntityType>;
  for (const std::string name : {"Nokia", "Xiaomi", "Xiamo", "Xiaomis", "HMD Global", "Apple", "IDC"})
    CHECK_MESSAGE(types[name] == Types{EntityType::Organization}, name);
  for (const std::string name : {"Peking", "Haidan"}) CHECK_MESSAGE(types[name] == Types{EntityType::Location}, name);
  CHECK(types["Mi-Ökosystem"] == Types{EntityType::Product});
  CHECK(bases["finnische"] == "Finnland");
  CHECK(bases["chinesische"] == "China");
  // Derived words are no names of their own.
  CHECK(types.count("finnische") == 0);
}

TEST_CASE("Pipeline without the recogniser takes its names from NameSpotter") {
  PipelineOptions options;
  options.recognize = false;
  const Pipeline pipeline(options);
  CHECK_FALSE(pipeline.has_recognizer());
  Document doc = make_document(read_sample());
  const auto statements = pipeline.run(doc);
  CHECK(find_statement(statements, "Nokia", "licenses-to", "HMD Global"));
  bool derived = false;
  for (const Sentence& sentence : doc.sentences)
    for (const Mention& mention : sentence.mentions) derived = derived || mention.derived;
  CHECK_FALSE(derived);  // the spotter marks no derived words
}

TEST_CASE("Pipeline gives no statements and no crash for empty and white-space-only documents") {
  for (const std::string text : {"", " ", "\n\n\t  \n", ".", "\"\"", "date 2020-01"}) {
    Document doc = make_document(text);
    CHECK(Pipeline().run(doc).empty());
  }
}

TEST_CASE("Pipeline handles a chunk of a long document with offsets and sentence numbers") {
  Document doc = make_document("date 2017-07 Die Velantis AG übernimmt Merivo.");
  doc.offset = 5000;
  doc.first_sentence = 40;
  const auto statements = Pipeline().run(doc);
  CHECK(doc.date.empty());
  REQUIRE_FALSE(statements.empty());
  CHECK(statements[0].sentence == 40);
  CHECK(statements[0].span.begin == 5000);
}

TEST_CASE("Pipeline finishes a 1 MB input without punctuation in bounded time") {
  std::string text;
  while (text.size() < (1u << 20)) text += "Merivo liefert Chips an Velantis und ";
  Document doc = make_document(text);
  const auto start = std::chrono::steady_clock::now();
  Pipeline().run(doc);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 10.0);
  CHECK(doc.sentences.size() > 100);
  REQUIRE_FALSE(doc.diagnostics.empty());
  CHECK(doc.diagnostics[0].message.starts_with("sentence too long: split after"));
}

TEST_CASE("Pipeline drops statements under the minimum confidence") {
  PipelineOptions options;
  options.min_confidence = 0.99;
  Document doc = make_document(read_sample());
  CHECK(Pipeline(options).run(doc).empty());
}
