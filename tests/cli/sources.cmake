list(APPEND KG_TEST_SOURCES
  cli/analyze_test.cpp
  cli/bad_input_test.cpp
  cli/cli_usage_test.cpp
  cli/golden_test.cpp
  cli/render_test.cpp
  cli/run_kg.cpp
  cli/sample_graph_test.cpp
  cli/threads_test.cpp
  cli/train_test.cpp
)
