list(APPEND KG_TEST_SOURCES
  query/oxigraph_runner.cpp
  query/random_sparql.cpp
  query/sparql_parser_test.cpp
  query/sparql_engine_test.cpp
  query/triple_store_test.cpp
  query/sparql_differential_test.cpp
)
