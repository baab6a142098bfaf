#include <doctest/doctest.h>

#include "graph/alias_resolver.h"
#include "graph/name_key.h"

using kg::extract::EntityType;
using kg::graph::NameForm;
using kg::graph::resolve_aliases;

namespace {

// The canonical name of the cluster holding `name`, and the member's reason.
std::pair<std::string, std::string> cluster_of(const std::vector<NameForm>& forms, const std::string& name) {
  for (const auto& cluster : resolve_aliases(forms))
    for (std::size_t k = 0; k < cluster.members.size(); ++k)
      if (forms[cluster.members[k]].name == name) return {forms[cluster.canonical].name, cluster.reasons[k]};
  return {"", ""};
}

}  // namespace

TEST_CASE("name_key folds case, umlauts, dashes and surrounding punctuation") {
  CHECK(kg::graph::name_key("  HMD  Global. ") == "hmd global");
  CHECK(kg::graph::name_key("ÜBER–Öl") == "über-öl");
  CHECK(kg::graph::name_key("„Acme“") == "acme");
}

TEST_CASE("core_key strips trailing legal forms but never empties a name") {
  CHECK(kg::graph::core_key("velantor ag") == "velantor");
  CHECK(kg::graph::core_key("acme gmbh & co. kg") == "acme");
  CHECK(kg::graph::core_key("ag") == "ag");
  CHECK(kg::graph::core_key("say \"hi\" gmbh") == kg::graph::name_key("Say \"Hi\""));
}

TEST_CASE("edit_distance counts an adjacent transposition as one edit") {
  using kg::graph::to_code_points;
  CHECK(kg::graph::edit_distance(to_code_points("abcd"), to_code_points("abdc"), 3) == 1);
  CHECK(kg::graph::edit_distance(to_code_points("Müller"), to_code_points("Muller"), 3) == 1);
  CHECK(kg::graph::edit_distance(to_code_points("abcdefgh"), to_code_points("zzzzzzzz"), 2) == 3);
}

TEST_CASE("names differing only in case merge with reason case") {
  std::vector<NameForm> forms{{EntityType::Organization, "Quelbrix", "", 3}, {EntityType::Organization, "QUELBRIX", "", 1}};
  CHECK(cluster_of(forms, "QUELBRIX") == std::pair<std::string, std::string>{"Quelbrix", "case"});
}

TEST_CASE("a legal-form variant merges with reason legal-form") {
  std::vector<NameForm> forms{{EntityType::Organization, "Velantis AG", "", 1}, {EntityType::Organization, "Velantis", "", 4}};
  CHECK(cluster_of(forms, "Velantis AG") == std::pair<std::string, std::string>{"Velantis", "legal-form"});
}

TEST_CASE("a German genitive merges into the base name, which stays canonical even when rarer") {
  std::vector<NameForm> forms{{EntityType::Organization, "Quelbrix", "", 1}, {EntityType::Organization, "Quelbrixs", "", 5}};
  CHECK(cluster_of(forms, "Quelbrixs") == std::pair<std::string, std::string>{"Quelbrix", "genitive"});
}

TEST_CASE("a rare close misspelling of the same type merges into the frequent name") {
  std::vector<NameForm> forms{{EntityType::Organization, "Brenavo", "", 6}, {EntityType::Organization, "Bernavo", "", 1},
                              {EntityType::Organization, "Brenaov", "", 1}};
  CHECK(cluster_of(forms, "Bernavo") == std::pair<std::string, std::string>{"Brenavo", "misspelling"});
  CHECK(cluster_of(forms, "Brenaov") == std::pair<std::string, std::string>{"Brenavo", "misspelling"});
}

TEST_CASE("a dropped letter plus a transposition still counts as a misspelling") {
  std::vector<NameForm> forms{{EntityType::Organization, "Quandoli", "", 9}, {EntityType::Organization, "Quadnol", "", 1}};
  CHECK(cluster_of(forms, "Quadnol").first == "Quandoli");
}

TEST_CASE("misspelling rules do not merge different types, digits, short names or equally frequent names") {
  std::vector<NameForm> forms{{EntityType::Organization, "Brenavo", "", 6}, {EntityType::Location, "Brenavu", "", 1},
                              {EntityType::Product, "Galaxy S8", "", 5}, {EntityType::Product, "Galaxy S9", "", 1},
                              {EntityType::Organization, "Abcd", "", 5}, {EntityType::Organization, "Abce", "", 1},
                              {EntityType::Person, "Bauerle", "", 3}, {EntityType::Person, "Bayerle", "", 3}};
  CHECK(cluster_of(forms, "Brenavu").first == "Brenavu");
  CHECK(cluster_of(forms, "Galaxy S9").first == "Galaxy S9");
  CHECK(cluster_of(forms, "Abce").first == "Abce");
  CHECK(cluster_of(forms, "Bayerle").first == "Bayerle");
}

TEST_CASE("concepts merge only by case, never by spelling distance") {
  std::vector<NameForm> forms{{EntityType::Concept, "Patente", "", 4}, {EntityType::Concept, "Patent", "", 1},
                              {EntityType::Concept, "patente", "", 1}};
  CHECK(cluster_of(forms, "Patent").first == "Patent");
  CHECK(cluster_of(forms, "patente").first == "Patente");
}

TEST_CASE("a one-word short form merges into the one longer name it starts, which stays canonical") {
  std::vector<NameForm> forms{{EntityType::Organization, "Brenavo", "", 5}, {EntityType::Organization, "Brenavo Systems AG", "", 1},
                              {EntityType::Person, "Lindqvist", "", 2}, {EntityType::Person, "Eva Lindqvist", "", 1}};
  CHECK(cluster_of(forms, "Brenavo") == std::pair<std::string, std::string>{"Brenavo Systems AG", "short-form"});
  CHECK(cluster_of(forms, "Lindqvist") == std::pair<std::string, std::string>{"Eva Lindqvist", "short-form"});
}

TEST_CASE("an ambiguous short form or a place name stays its own entity") {
  std::vector<NameForm> forms{{EntityType::Organization, "Nordwerk", "", 3}, {EntityType::Organization, "Nordwerk Bank", "", 1},
                              {EntityType::Organization, "Nordwerk Energie", "", 1}, {EntityType::Location, "Sankt", "", 1},
                              {EntityType::Location, "Sankt Gallen", "", 1}};
  CHECK(cluster_of(forms, "Nordwerk").first == "Nordwerk");
  CHECK(cluster_of(forms, "Sankt").first == "Sankt");
}
