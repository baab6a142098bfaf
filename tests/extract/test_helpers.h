#pragma once
// Helpers shared by the extract tests.

#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "extract/pipeline.h"

// Lists of strings print as {"a", "b"} in failure messages.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& list) {
    std::string text = "{";
    for (const std::string& item : list) text += (text.size() > 1 ? ", \"" : "\"") + item + "\"";
    return String((text + "}").c_str());
  }
};
}  // namespace doctest

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

// run_pipeline with the rule-based NameSpotter instead of the trained
// recogniser: names that a retrained model does not change, for tests of
// the spotter and of the relation rules.
inline std::vector<Statement> run_spotter_pipeline(const std::string& text, Document* out = nullptr) {
  static const Pipeline pipeline([] {
    PipelineOptions options;
    options.recognize = false;
    return options;
  }());
  Document doc = make_document(text);
  std::vector<Statement> statements = pipeline.run(doc);
  if (out) *out = std::move(doc);
  return statements;
}

// `text` split into sentences and tokens, without tags or mentions.
inline Document tokenized(const std::string& text) {
  static const Pipeline pipeline([] {
    PipelineOptions options;
    options.tag = false;
    options.parse = false;
    options.recognize = false;
    return options;
  }());
  Document doc = make_document(text);
  pipeline.analyze(doc);
  return doc;
}

// "text|Type" of every mention of `doc`, in order; derived mentions as
// "text|Type<-base".
inline std::vector<std::string> mention_list(const Document& doc) {
  std::vector<std::string> result;
  for (const Sentence& sentence : doc.sentences)
    for (const Mention& mention : sentence.mentions)
      result.push_back(mention.text + "|" + std::string(to_string(mention.type)) +
                       (mention.derived ? "<-" + mention.base : std::string()));
  return result;
}

inline bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace kg::extract::testing
