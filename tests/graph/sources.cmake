list(APPEND KG_TEST_SOURCES
  graph/alias_resolver_test.cpp
  graph/graph_algorithms_test.cpp
  graph/graph_file_neighbourhood_test.cpp
  graph/graph_file_test.cpp
  graph/knowledge_graph_test.cpp
  graph/statement_names_test.cpp
  graph/triple_query_test.cpp
)
