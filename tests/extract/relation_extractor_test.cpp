#include <doctest/doctest.h>

#include "test_helpers.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("RelationExtractor finds partnerships, licences and acquisitions in short sentences") {
  const auto statements = run_pipeline(
      "Die Velantis AG hat eine Partnerschaft mit Korvex geschlossen. "
      "Der Chiphersteller Brevion hat ein Lizenzabkommen mit dem Zulieferer Tamaro Systems unterzeichnet. "
      "Die Velantis AG übernimmt den Konkurrenten Oskaro.");
  CHECK(find_statement(statements, "Velantis AG", "partner-of", "Korvex"));
  CHECK(find_statement(statements, "Brevion", "licenses-to", "Tamaro Systems"));
  CHECK(find_statement(statements, "Velantis AG", "acquired", "Oskaro"));
  CHECK(find_statement(statements, "Oskaro", "competitor-of", "Velantis AG"));
  CHECK(find_statement(statements, "Brevion", "instance-of", "Chiphersteller"));
}

TEST_CASE("RelationExtractor takes the buyer of a passive from the von-phrase") {
  const auto statements = run_pipeline("Der Kölner Zulieferer Brandek ist von der Velantis AG übernommen worden.");
  CHECK(find_statement(statements, "Velantis AG", "acquired", "Brandek"));
  CHECK_FALSE(find_statement(statements, "Brandek", "acquired", "Velantis AG"));
  CHECK(find_statement(statements, "Brandek", "headquartered-in", "Köln"));
}

TEST_CASE("RelationExtractor handles V2 inversion and resolves a description to the last organisation") {
  const auto statements = run_pipeline(
      "Der finnische Konzern Velantis verhandelt mit Korvex. Korvex ist ein Hersteller aus Peking. "
      "Im Zuge dessen erwarb der chinesische Hersteller Schutzrechte an Velantis-Patenten.");
  const Statement* acquired = find_statement(statements, "Korvex", "acquired", "Schutzrechte");
  REQUIRE(acquired);
  CHECK(acquired->qualifiers.at("from") == "Velantis");
  CHECK(acquired->subject.surface == "der chinesische Hersteller");
  CHECK(find_statement(statements, "Korvex", "country", "China"));
  CHECK(find_statement(statements, "Velantis", "country", "Finnland"));
}

TEST_CASE("RelationExtractor gives no statement for negated, planned or rumoured relations") {
  const auto statements = run_pipeline(
      "Eine Kooperation von Velantis mit Korvex ist nicht geplant. "
      "Velantis will Korvex übernehmen. "
      "Gerüchte über eine Übernahme von Brevion durch Velantis wies der Konzern zurück. "
      "Velantis erwägt eine Partnerschaft mit Brevion. "
      "Eine Fusion von Velantis mit Brevion ist geplatzt.");
  CHECK_FALSE(has_predicate(statements, "partner-of"));
  CHECK_FALSE(has_predicate(statements, "acquired"));
  CHECK_FALSE(has_predicate(statements, "merged-with"));
}

TEST_CASE("RelationExtractor extracts shipments of coordinated subjects with quantity, time and source") {
  const auto statements = run_pipeline(
      "Laut dem Marktforscher Datavista lieferten Korvex und Brevion im zweiten Quartal 2018 je 4,2 Millionen "
      "Smartwatches aus. Korvex kam auf einen Marktanteil von 18,3 Prozent. Brevion kam auf 17,9 Prozent.");
  for (const std::string company : {"Korvex", "Brevion"}) {
    const Statement* shipped = find_statement(statements, company, "shipped", "Smartwatches");
    REQUIRE(shipped);
    CHECK(shipped->qualifiers.at("quantity") == "4200000");
    CHECK(shipped->qualifiers.at("time") == "2018-Q2");
    CHECK(shipped->qualifiers.at("source") == "Datavista");
  }
  const Statement* share = find_statement(statements, "Korvex", "market-share", "18.3");
  REQUIRE(share);
  CHECK(share->object.type == EntityType::Literal);
  CHECK(share->object.unit == "percent");
  CHECK(share->qualifiers.at("time") == "2018-Q2");
  CHECK(find_statement(statements, "Brevion", "market-share", "17.9"));
}

TEST_CASE("RelationExtractor reads revenue, employees, headquarters and roles") {
  const auto statements = run_pipeline(
      "Der Maschinenbauer Hellmark mit Sitz in Kassel beschäftigt rund 12.400 Mitarbeiter. "
      "Der Umsatz des Unternehmens lag im Geschäftsjahr 2018 bei 1,1 Milliarden Euro. "
      "Hellmark-Chef Jonas Weidner und Sprecherin Anna Falk erklärten das.");
  CHECK(find_statement(statements, "Hellmark", "headquartered-in", "Kassel"));
  const Statement* employees = find_statement(statements, "Hellmark", "employees", "12400");
  REQUIRE(employees);
  CHECK(employees->object.unit == "employees");
  const Statement* revenue = find_statement(statements, "Hellmark", "revenue", "1100000000");
  REQUIRE(revenue);
  CHECK(revenue->object.unit == "EUR");
  CHECK(revenue->qualifiers.at("time") == "2018");
  CHECK(find_statement(statements, "Jonas Weidner", "ceo-of", "Hellmark"));
  CHECK(find_statement(statements, "Anna Falk", "employee-of", "Hellmark"));
}

TEST_CASE("RelationExtractor reads supplies, subsidiaries and founders") {
  const auto statements = run_pipeline(
      "Außerdem stellt Velantis diverse Ausrüstung dem Partner Korvex zur Verfügung. "
      "Brevion, eine Tochter der Velantis AG, beliefert den Autobauer Tamaro Motors. "
      "Oskaro wurde 2016 von Anna Berg gegründet und entwickelt Sensoren.");
  CHECK(find_statement(statements, "Velantis", "supplies", "Korvex"));
  CHECK(find_statement(statements, "Brevion", "subsidiary-of", "Velantis AG"));
  CHECK(find_statement(statements, "Brevion", "supplies", "Tamaro Motors"));
  CHECK(find_statement(statements, "Anna Berg", "founded", "Oskaro"));
  CHECK(find_statement(statements, "Oskaro", "develops", "Sensoren"));
}

TEST_CASE("RelationExtractor statements carry provenance in whole-document coordinates") {
  Document doc = make_document("Ein Satz. Die Velantis AG übernimmt die Firma Korvex.", "doc-7");
  doc.offset = 1000;
  doc.first_sentence = 20;
  const auto statements = Pipeline().run(doc);
  const Statement* acquired = find_statement(statements, "Velantis AG", "acquired", "Korvex");
  REQUIRE(acquired);
  CHECK(acquired->doc == "doc-7");
  CHECK(acquired->sentence == 21);
  CHECK(acquired->span == Span{1010, 1054});
  CHECK(acquired->evidence == "Die Velantis AG übernimmt die Firma Korvex.");
  CHECK(acquired->extractor.starts_with("baseline-cue/"));
  CHECK(acquired->confidence > 0.0);
  CHECK(acquired->confidence <= 1.0);
}
