#include <doctest/doctest.h>

#include "graph/statement_names.h"
#include "graph_test_support.h"

TEST_CASE("statement names are rewritten to their canonical name and keep what was written as surface") {
  std::vector<kg::extract::Statement> statements{kg::test::statement("Brenavo", "partner-of", "Tamarin"),
                                                 kg::test::statement("Brenavo", "supplies", "Tamarin"),
                                                 kg::test::statement("Bernavo", "sues", "Tamarin AG")};
  statements[2].subject.surface = "die Bernavo";
  kg::graph::resolve_statement_names(statements);
  CHECK(statements[2].subject.name == "Brenavo");
  CHECK(statements[2].subject.surface == "die Bernavo");
  CHECK(statements[2].object.name == "Tamarin");
  CHECK(statements[2].object.surface == "Tamarin AG");
  CHECK(statements[0].subject.name == "Brenavo");
  CHECK(statements[0].subject.surface.empty());
}
