#include <doctest/doctest.h>

#include "test_helpers.h"

using namespace kg::extract;
using namespace kg::extract::testing;

// The relation rules get their names from NameSpotter here, so that these
// tests check the rules and not what a retrained recogniser makes of a
// made-up name in one short sentence.

TEST_CASE("RelationExtractor finds partnerships, licences and acquisitions in short sentences") {
  const auto statements = run_spotter_pipeline(
      "Die Velantis AG hat eine Partnerschaft mit Merivo geschlossen. "
      "Der Chiphersteller Brevion hat ein Lizenzabkommen mit dem Zulieferer Tamaro Systems unterzeichnet. "
      "Die Velantis AG übernimmt den Konkurrenten Oskaro.");
  CHECK(find_statement(statements, "Velantis AG", "partner-of", "Merivo"));
  CHECK(find_statement(statements, "Brevion", "licenses-to", "Tamaro Systems"));
  CHECK(find_statement(statements, "Velantis AG", "acquired", "Oskaro"));
  CHECK(find_statement(statements, "Oskaro", "competitor-of", "Velantis AG"));
  CHECK(find_statement(statements, "Brevion", "instance-of", "Chiphersteller"));
}

TEST_CASE("RelationExtractor takes the buyer of a passive from the von-phrase") {
  const auto statements = run_spotter_pipeline("Der Kölner Maschinenbauer Brandek wurde im Frühjahr von der Velantis AG übernommen.");
  CHECK(find_statement(statements, "Velantis AG", "acquired", "Brandek"));
  CHECK_FALSE(find_statement(statements, "Brandek", "acquired", "Velantis AG"));
  CHECK(find_statement(statements, "Brandek", "headquartered-in", "Köln"));
}

TEST_CASE("RelationExtractor handles V2 inversion and resolves a description to the last organisation") {
  const auto statements = run_spotter_pipeline(
      "Der finnische Konzern Velantis hat seinen Streit mit Merivo beigelegt. Merivo ist ein Hersteller aus Peking. "
      "Dabei erwarb der chinesische Hersteller Schutzrechte an Velantis-Patenten.");
  const Statement* acquired = find_statement(statements, "Merivo", "acquired", "Schutzrechte");
  REQUIRE(acquired);
  CHECK(acquired->qualifiers.at("from") == "Velantis");
  CHECK(acquired->subject.surface == "der chinesische Hersteller");
  CHECK(find_statement(statements, "Merivo", "country", "China"));
  CHECK(find_statement(statements, "Velantis", "country", "Finnland"));
}

TEST_CASE("RelationExtractor gives no statement for negated, planned or rumoured relations") {
  const auto statements = run_spotter_pipeline(
      "Eine Kooperation von Velantis mit Merivo ist nicht geplant. "
      "Velantis will Merivo übernehmen. "
      "Eine Übernahme von Brevion durch Velantis hat der Vorstand zurückgewiesen. "
      "Velantis erwägt eine Partnerschaft mit Brevion. "
      "Eine Fusion von Velantis mit Brevion ist geplatzt.");
  CHECK_FALSE(has_predicate(statements, "partner-of"));
  CHECK_FALSE(has_predicate(statements, "acquired"));
  CHECK_FALSE(has_predicate(statements, "merged-with"));
}

TEST_CASE("RelationExtractor extracts shipments of coordinated subjects with quantity, time and source") {
  const auto statements = run_spotter_pipeline(
      "Nach Zahlen des Marktforschers Datavista lieferten Merivo und Brevion im dritten Quartal 2019 je 2,5 "
      "Millionen Fitnessarmbänder aus. Merivo erreichte einen Marktanteil von 21,4 Prozent. Brevion kam auf 19,6 Prozent.");
  for (const std::string company : {"Merivo", "Brevion"}) {
    const Statement* shipped = find_statement(statements, company, "shipped", "Fitnessarmbänder");
    REQUIRE(shipped);
    CHECK(shipped->qualifiers.at("quantity") == "2500000");
    CHECK(shipped->qualifiers.at("time") == "2019-Q3");
    CHECK(shipped->qualifiers.at("source") == "Datavista");
  }
  const Statement* share = find_statement(statements, "Merivo", "market-share", "21.4");
  REQUIRE(share);
  CHECK(share->object.type == EntityType::Literal);
  CHECK(share->object.unit == "percent");
  CHECK(share->qualifiers.at("time") == "2019-Q3");
  CHECK(find_statement(statements, "Brevion", "market-share", "19.6"));
}

TEST_CASE("RelationExtractor reads revenue, employees, headquarters and roles") {
  const auto statements = run_spotter_pipeline(
      "Der Maschinenbauer Hellmark mit Sitz in Kassel beschäftigt rund 3.850 Mitarbeiter. "
      "Der Umsatz des Unternehmens lag im Geschäftsjahr 2021 bei 2,3 Milliarden Euro. "
      "Hellmark-Chef Jonas Weidner und Sprecherin Anna Falk erklärten das.");
  CHECK(find_statement(statements, "Hellmark", "headquartered-in", "Kassel"));
  const Statement* employees = find_statement(statements, "Hellmark", "employees", "3850");
  REQUIRE(employees);
  CHECK(employees->object.unit == "employees");
  const Statement* revenue = find_statement(statements, "Hellmark", "revenue", "2300000000");
  REQUIRE(revenue);
  CHECK(revenue->object.unit == "EUR");
  CHECK(revenue->qualifiers.at("time") == "2021");
  CHECK(find_statement(statements, "Jonas Weidner", "ceo-of", "Hellmark"));
  CHECK(find_statement(statements, "Anna Falk", "employee-of", "Hellmark"));
}

TEST_CASE("RelationExtractor reads a role in an apposition, after a copula and before a genitive") {
  // Separate documents, so that each name stands alone.
  const auto role = [](const std::string& text, const std::string& person, const std::string& predicate,
                       const std::string& org) {
    const auto statements = run_spotter_pipeline(text);
    INFO(text);
    CHECK(find_statement(statements, person, predicate, org));
  };
  role("Die Velantis AG wächst. Jana Mertens, Geschäftsführerin der Velantis AG, lobt das Ergebnis.", "Jana Mertens",
       "ceo-of", "Velantis AG");
  role("Die Velantis AG wächst. Jonas Weidner ist Vorstandsvorsitzender der Velantis AG.", "Jonas Weidner", "ceo-of",
       "Velantis AG");
  role("Die Velantis AG wächst. Das sagte der Geschäftsführer des Versenders Velantis AG, Jonas Weidner, am Montag.",
       "Jonas Weidner", "ceo-of", "Velantis AG");
  role("Die Velantis AG wächst. Anna Falk, Präsidentin der Velantis AG, widersprach.", "Anna Falk", "employee-of",
       "Velantis AG");
  // A compound names the organisation even when no other sentence does.
  role("Brenavo-Chefin Jana Mertens treibt den Umbau voran.", "Jana Mertens", "ceo-of", "Brenavo");
  // An apposition after a class noun is no list of organisations.
  const auto apposition =
      run_spotter_pipeline("Die Velantis AG wächst. Das sagte der Chef des Versenders Velantis AG, Jonas Weidner.");
  CHECK_FALSE(find_statement(apposition, "Jonas Weidner", "instance-of", "Versender"));
}

TEST_CASE("RelationExtractor reads a nominal merger of a coordination and an acquisition compound") {
  const auto merger = run_spotter_pipeline("Die Fusion von Orvento AG und Brenavo GmbH ist genehmigt.");
  CHECK(find_statement(merger, "Orvento AG", "merged-with", "Brenavo GmbH"));
  const auto origin =
      run_spotter_pipeline("Die Kalmeo AG entstand aus dem Zusammenschluss der Orvento AG und der Brenavo GmbH.");
  CHECK(find_statement(origin, "Orvento AG", "merged-with", "Brenavo GmbH"));
  const auto compound = run_spotter_pipeline("Die Velantis AG meldet nach der Orvento-Übernahme mehr Umsatz.");
  CHECK(find_statement(compound, "Velantis AG", "acquired", "Orvento"));
  // A common word before the hyphen names nothing.
  const auto common = run_spotter_pipeline("Die Velantis AG meldet nach der Software-Übernahme mehr Umsatz.");
  CHECK_FALSE(find_statement(common, "Velantis AG", "acquired", "Software"));
}

TEST_CASE("RelationExtractor keeps reported speech as a reported statement with the speaker as source") {
  const auto reported =
      run_spotter_pipeline("Die Velantis AG habe die Orvento GmbH übernommen, sagte ein Sprecher der Brenavo SE.");
  const Statement* acquired = find_statement(reported, "Velantis AG", "acquired", "Orvento GmbH");
  REQUIRE(acquired);
  CHECK(acquired->qualifiers.at("modality") == "reported");
  CHECK(acquired->qualifiers.at("source") == "Brenavo SE");
  const auto asserted = run_spotter_pipeline("Die Velantis AG hat die Orvento GmbH übernommen.");
  const Statement* fact = find_statement(asserted, "Velantis AG", "acquired", "Orvento GmbH");
  REQUIRE(fact);
  CHECK_FALSE(fact->qualifiers.contains("modality"));
  CHECK(acquired->confidence < fact->confidence);
  // The writer's apposition in a sentence of speech is no report.
  const auto role = run_spotter_pipeline(
      "Die Velantis AG wächst. Der Umsatz sei gestiegen, sagte Jana Mertens, Chefin der Velantis AG.");
  const Statement* ceo = find_statement(role, "Jana Mertens", "ceo-of", "Velantis AG");
  REQUIRE(ceo);
  CHECK_FALSE(ceo->qualifiers.contains("modality"));
}

TEST_CASE("RelationExtractor resolves \"die beiden Firmen\" and \"die Partner\" to the pair named before") {
  const auto coordinated = run_spotter_pipeline(
      "Die Velantis AG und die Orvento GmbH arbeiten künftig zusammen. "
      "Die beiden Firmen vereinbarten eine Kooperation im Bereich Batterietechnik.");
  CHECK(find_statement(coordinated, "Velantis AG", "collaborates-on", "Batterietechnik"));
  CHECK(find_statement(coordinated, "Orvento GmbH", "collaborates-on", "Batterietechnik"));
  const auto licensed = run_spotter_pipeline(
      "Die Velantis AG hat ein Lizenzabkommen mit der Orvento GmbH unterzeichnet. "
      "Darüber hinaus vereinbarten die Partner eine Zusammenarbeit in der Sensorik.");
  CHECK(find_statement(licensed, "Velantis AG", "partner-of", "Orvento GmbH"));
  CHECK(find_statement(licensed, "Orvento GmbH", "collaborates-on", "Sensorik"));
  // A concept in the dative plural is named in the nominative plural.
  const auto dative = run_spotter_pipeline("Die Velantis AG und die Orvento GmbH kooperieren bei Fahrrädern.");
  CHECK(find_statement(dative, "Velantis AG", "collaborates-on", "Fahrräder"));
  // Without a pair named before, "die Partner" give nothing.
  const auto alone = run_spotter_pipeline("Darüber hinaus vereinbarten die Partner eine Zusammenarbeit in der Sensorik.");
  CHECK(alone.empty());
}

TEST_CASE("RelationExtractor reads a count of countries as where an organisation operates") {
  const auto before = run_spotter_pipeline("Die Velantis AG ist in über 40 Ländern vertreten.");
  CHECK(find_statement(before, "Velantis AG", "operates-in", "über 40 Länder"));
  const auto after = run_spotter_pipeline("Mit einer Präsenz in mehr als 12 Märkten ist die Velantis AG gut aufgestellt.");
  CHECK(find_statement(after, "Velantis AG", "operates-in", "mehr als 12 Märkte"));
  const auto no_number = run_spotter_pipeline("Die Velantis AG ist in vielen Ländern vertreten.");
  CHECK(no_number.empty());
}

TEST_CASE("RelationExtractor resolves a sentence's opening \"Sie\" to the organisation spoken of") {
  const auto statements = run_spotter_pipeline("Die Velantis AG wächst stark. Sie übernahm im Mai die Orvento GmbH.");
  const Statement* acquired = find_statement(statements, "Velantis AG", "acquired", "Orvento GmbH");
  REQUIRE(acquired);
  CHECK(acquired->subject.surface == "Sie");
  // Mid-sentence "Sie" is the polite form, not the company.
  const auto polite = run_spotter_pipeline("Die Velantis AG wächst. Kaufen Sie die Orvento GmbH?");
  CHECK_FALSE(find_statement(polite, "Velantis AG", "acquired", "Orvento GmbH"));
}

TEST_CASE("RelationExtractor reads the investors of a financing round named in a later sentence") {
  const auto statements = run_spotter_pipeline(
      "In einer Finanzierungsrunde über 30 Millionen Euro hat das Start-up Orvento frisches Kapital eingesammelt. "
      "Angeführt wurde die Runde vom Investor Velantis Capital; beteiligt haben sich außerdem Brenavo Partners, "
      "eine Tochter der Kalmeo Bank, sowie die Investorin Jana Mertens.");
  CHECK(find_statement(statements, "Velantis Capital", "invests-in", "Orvento"));
  CHECK(find_statement(statements, "Brenavo Partners", "invests-in", "Orvento"));
  CHECK(find_statement(statements, "Jana Mertens", "invests-in", "Orvento"));
  CHECK_FALSE(find_statement(statements, "Kalmeo Bank", "invests-in", "Orvento"));  // in an apposition
  // Without a round raised before, "die Runde" has no target.
  const auto alone = run_spotter_pipeline("Angeführt wurde die Runde vom Investor Velantis Capital.");
  CHECK_FALSE(find_statement(alone, "Velantis Capital", "invests-in", "Orvento"));
}

TEST_CASE("RelationExtractor reads supplies, subsidiaries and founders") {
  const auto statements = run_spotter_pipeline(
      "Für die Messe stellt Velantis dem Partner Merivo zwei Rechenzentren zur Verfügung. "
      "Brevion, eine Tochter der Velantis AG, beliefert den Autobauer Tamaro Motors. "
      "Oskaro wurde 2012 von Anna Berg gegründet und entwickelt Sensoren.");
  const Statement* supplies = find_statement(statements, "Velantis", "supplies", "Merivo");
  REQUIRE(supplies);
  CHECK(supplies->qualifiers.at("item") == "Rechenzentren");
  CHECK(find_statement(statements, "Brevion", "subsidiary-of", "Velantis AG"));
  CHECK(find_statement(statements, "Brevion", "supplies", "Tamaro Motors"));
  CHECK(find_statement(statements, "Anna Berg", "founded", "Oskaro"));
  CHECK(find_statement(statements, "Oskaro", "develops", "Sensoren"));
}

TEST_CASE("RelationExtractor reads supply from customer nouns, purchases, orders and use of a supplier's technology") {
  const auto statements = run_spotter_pipeline(
      "Größter Kunde von Oskaro ist der Landmaschinenhersteller Tamaro Motors. "
      "Der Werkzeughersteller Hellmark bezieht seine Schrauben seit Jahren bei der Brevion GmbH. "
      "Die Velantis AG hat vom Versandhändler Merivo einen Folgeauftrag bekommen. "
      "Für die Navigation verwendet Merivo Sensoren von Oskaro.");
  CHECK(find_statement(statements, "Oskaro", "supplies", "Tamaro Motors"));
  CHECK(find_statement(statements, "Brevion GmbH", "supplies", "Hellmark"));
  CHECK(find_statement(statements, "Velantis AG", "supplies", "Merivo"));
  CHECK(find_statement(statements, "Oskaro", "supplies", "Merivo"));
}

TEST_CASE("RelationExtractor takes two bare capitalised founders for persons, not a company with a company word") {
  const auto statements = run_spotter_pipeline(
      "Oskaro wurde 2012 von Ilona Kasimi und Dario Peretti gegründet. "
      "Brevion wurde 1998 von Velantis Systems gegründet.");
  const Statement* first = find_statement(statements, "Ilona Kasimi", "founded", "Oskaro");
  REQUIRE(first);
  CHECK(first->subject.type == EntityType::Person);
  CHECK(find_statement(statements, "Dario Peretti", "founded", "Oskaro"));
  const Statement* company = find_statement(statements, "Velantis Systems", "founded", "Brevion");
  REQUIRE(company);
  CHECK(company->subject.type == EntityType::Organization);
}

TEST_CASE("RelationExtractor statements carry provenance in whole-document coordinates") {
  Document doc = make_document("Ein Satz. Die Velantis AG übernimmt die Firma Merivo.", "doc-7");
  doc.offset = 1000;
  doc.first_sentence = 20;
  const auto statements = Pipeline().run(doc);
  const Statement* acquired = find_statement(statements, "Velantis AG", "acquired", "Merivo");
  REQUIRE(acquired);
  CHECK(acquired->doc == "doc-7");
  CHECK(acquired->sentence == 21);
  CHECK(acquired->span == Span{1010, 1054});
  CHECK(acquired->evidence == "Die Velantis AG übernimmt die Firma Merivo.");
  CHECK(acquired->extractor.starts_with("baseline-cue/"));
  CHECK(acquired->confidence > 0.0);
  CHECK(acquired->confidence <= 1.0);
}

TEST_CASE("RelationExtractor takes the relative pronoun opening a verb-final clause as its subject") {
  const auto statements = run_spotter_pipeline(
      "Die Velantis AG wächst. Verkäufer ist der Konzern Kardan, der Velantis im Jahr 2019 erworben hatte.");
  CHECK(find_statement(statements, "Kardan", "acquired", "Velantis AG"));
  CHECK_FALSE(find_statement(statements, "Velantis AG", "acquired", "Kardan"));
}
