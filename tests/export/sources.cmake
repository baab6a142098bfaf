list(APPEND KG_TEST_SOURCES
  export/browser.cpp
  export/export_fixtures.cpp
  export/export_fuzz_test.cpp
  export/dot_writer_test.cpp
  export/graph_view_test.cpp
  export/graphml_writer_test.cpp
  export/html_view_test.cpp
  export/jsonld_forms_test.cpp
  export/jsonld_writer_test.cpp
  export/neo4j_csv_writer_test.cpp
  export/nquads_writer_test.cpp
  export/rdf_completeness.cpp
  export/rdf_consumer.cpp
  export/renderer_test.cpp
  export/statement_writer_test.cpp
  export/turtle_writer_test.cpp
)
