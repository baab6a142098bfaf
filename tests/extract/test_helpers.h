#pragma once
// Helpers shared by the extract tests.

#include <algorithm>
#include <string>
#include <vector>

#include "extract/pipeline.h"

namespace kg::extract::testing {

inline Document make_document(std::string text, std::string id = "test") {
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  return doc;
}

// The sentences of `doc` as strings.
inline std::vector<std::string> sentence_texts(const Document& doc) {
  std::vector<std::string> texts;
  for (const Sentence& sentence : doc.sentences) texts.push_back(doc.text.substr(sentence.span.begin, sentence.span.size()));
  return texts;
}

inline std::vector<std::string> forms(const Sentence& sentence) {
  std::vector<std::string> result;
  for (const Token& token : sentence.tokens) result.push_back(token.form);
  return result;
}

// The first statement (subject, predicate, object), or nullptr.
inline const Statement* find_statement(const std::vector<Statement>& statements, const std::string& subject,
                                       const std::string& predicate, const std::string& object) {
  for (const Statement& statement : statements)
    if (statement.subject.name == subject && statement.predicate == predicate && statement.object.name == object)
      return &statement;
  return nullptr;
}

inline bool has_predicate(const std::vector<Statement>& statements, const std::string& predicate) {
  return std::any_of(statements.begin(), statements.end(),
                     [&](const Statement& statement) { return statement.predicate == predicate; });
}

inline std::vector<Statement> run_pipeline(const std::string& text, Document* out = nullptr) {
  static const Pipeline pipeline;
  Document doc = make_document(text);
  std::vector<Statement> statements = pipeline.run(doc);
  if (out) *out = std::move(doc);
  return statements;
}

}  // namespace kg::extract::testing
