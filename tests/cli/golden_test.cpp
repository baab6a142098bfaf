#include <doctest/doctest.h>

#include <filesystem>

#include "run_kg.h"

// Golden files hold the reviewed output of `kg extract -` for each sample.
// Updating them is a deliberate change: run scripts/update_golden.sh and
// review the diff before committing it.
TEST_CASE("kg extract on every sample matches its reviewed golden file") {
  const std::filesystem::path samples = std::filesystem::path(KG_SOURCE_DIR) / "samples";
  const std::filesystem::path golden = std::filesystem::path(KG_SOURCE_DIR) / "tests" / "golden";
  std::size_t compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator(samples)) {
    if (entry.path().extension() != ".txt") continue;
    const auto expected_path = golden / (entry.path().stem().string() + ".jsonl");
    REQUIRE_MESSAGE(std::filesystem::exists(expected_path), "no golden file for ", entry.path().filename().string(),
                    " (run scripts/update_golden.sh)");
    const auto result = kg::test::run_kg({"extract", "-"}, kg::test::read_file(entry.path().string()));
    CHECK(result.exit_code == 0);
    CHECK_MESSAGE(result.out == kg::test::read_file(expected_path.string()),
                  entry.path().filename().string(), " differs from its golden file; review with scripts/update_golden.sh");
    ++compared;
  }
  CHECK(compared >= 4);
}
