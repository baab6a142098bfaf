list(APPEND KG_TEST_SOURCES
  extract/utf8_validator_test.cpp
  extract/sentence_splitter_test.cpp
  extract/tokenizer_test.cpp
  extract/literal_normalizer_test.cpp
  extract/name_spotter_test.cpp
  extract/relation_extractor_test.cpp
  extract/pipeline_test.cpp
  extract/conllu_test.cpp
  extract/model_file_test.cpp
  extract/analysis_bad_input_test.cpp
  extract/clause_reader_test.cpp
  extract/morph_lexicon_test.cpp
  extract/morph_guesser_test.cpp
  extract/tagger_test.cpp
  extract/dependency_parser_test.cpp
  extract/entity_recognizer_test.cpp
)
