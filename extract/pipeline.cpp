#include "extract/pipeline.h"

#include <algorithm>

#include "extract/confidence_calibration.h"
#include "extract/embedded_files.h"

namespace kg::extract {

Pipeline::Pipeline(PipelineOptions options)
    : options_(options), splitter_(SentenceLimits{options.max_sentence_bytes, options.max_sentence_words}),
      tokenizer_(options.tokens), names_(options.names) {
  // A kg built without a model (say, before the first training) still
  // tokenises and extracts; a model that is there but corrupt throws.
  if (options.tag && !kg::embedded_file("de/tagger").empty()) tagger_ = &Tagger::german();
  if (tagger_ && options.parse && !kg::embedded_file("de/parser").empty()) parser_ = &DependencyParser::german();
  if (options.recognize) {
    if (options.recognizer) recognizer_ = options.recognizer;
    else if (!kg::embedded_file("de/ner").empty()) recognizer_ = &EntityRecognizer::german();
  }
}

void Pipeline::analyze(Document& doc) const {
  if (options_.validate_utf8) validator_.validate(doc);
  doc.sentences.clear();
  splitter_.split(doc);
  for (Sentence& sentence : doc.sentences) {
    tokenizer_.tokenize(sentence, doc);
    annotate(sentence);
  }
}

void Pipeline::recognize(Document& doc) const {
  for (Sentence& sentence : doc.sentences) {
    if (recognizer_) {
      recognizer_->recognize(sentence);
      if (options_.document_names) corrector_.correct(sentence);
    } else {
      spotter_.recognize(sentence);
    }
  }
  if (options_.document_names) names_.resolve(doc);
}

void Pipeline::annotate(Sentence& sentence) const {
  if (tagger_) tagger_->tag(sentence);
  if (parser_) parser_->parse(sentence);
}

std::vector<Statement> Pipeline::run(Document& doc) const {
  analyze(doc);
  recognize(doc);
  std::vector<Statement> statements = extractor_.extract(doc);
  if (!options_.raw_confidence)
    for (Statement& statement : statements) statement.confidence = calibrated_confidence(statement.confidence);
  if (options_.min_confidence > 0.0)
    std::erase_if(statements, [&](const Statement& s) { return s.confidence < options_.min_confidence; });
  return statements;
}

}  // namespace kg::extract
