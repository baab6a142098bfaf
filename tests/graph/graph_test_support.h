#pragma once
// Small helpers for building statements in graph tests.

#include <string>

#include "extract/statement.h"

namespace kg::test {

inline extract::Statement statement(std::string subject, std::string predicate, std::string object,
                                    double confidence = 0.6, std::string doc = "doc-1", std::size_t sentence = 0,
                                    extract::EntityType subject_type = extract::EntityType::Organization,
                                    extract::EntityType object_type = extract::EntityType::Organization) {
  extract::Statement s;
  s.doc = std::move(doc);
  s.subject = {std::move(subject), subject_type, "", ""};
  s.predicate = std::move(predicate);
  s.object = {std::move(object), object_type, "", ""};
  s.confidence = confidence;
  s.sentence = sentence;
  s.span = {sentence * 100, sentence * 100 + 50};
  s.extractor = "test";
  s.evidence = "sentence " + std::to_string(sentence);
  return s;
}

}  // namespace kg::test
