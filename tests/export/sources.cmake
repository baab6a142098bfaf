list(APPEND KG_TEST_SOURCES
  export/export_fixtures.cpp
  export/dot_writer_test.cpp
  export/jsonld_writer_test.cpp
  export/nquads_writer_test.cpp
  export/renderer_test.cpp
  export/statement_writer_test.cpp
)
