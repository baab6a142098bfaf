#pragma once

#include <cstddef>
#include <vector>

#include "extract/dependency_parser.h"
#include "extract/document.h"
#include "extract/document_names.h"
#include "extract/entity_recognizer.h"
#include "extract/mention_corrector.h"
#include "extract/name_spotter.h"
#include "extract/relation_extractor.h"
#include "extract/sentence_splitter.h"
#include "extract/statement.h"
#include "extract/tagger.h"
#include "extract/tokenizer.h"
#include "extract/utf8_validator.h"

namespace kg::extract {

// How the baseline pipeline runs.
struct PipelineOptions {
  bool validate_utf8 = true;            // report invalid UTF-8 as diagnostics
  std::size_t max_sentence_bytes = 20000;  // longer sentences are cut (with a diagnostic)
  std::size_t max_sentence_words = 400;
  double min_confidence = 0.0;          // statements below are dropped (after calibration)
  bool raw_confidence = false;          // keep the rules' confidence instead of calibrated_confidence's
  TokenizerOptions tokens;              // contractions, hyphenated compounds
  bool tag = true;                      // lemma, UPOS and features, when a tagger model is built in
  bool parse = true;                    // dependencies (needs tag), when a parser model is built in
  bool recognize = true;                // names by the trained recogniser (which wants tags), when one is built in; else by NameSpotter
  const EntityRecognizer* recognizer = nullptr;  // a recogniser to use instead of the built-in one (with recognize)
  bool document_names = true;           // make names consistent across the document (DocumentNames); else each sentence alone
  DocumentNamesOptions names;
};

// The German pipeline: validate UTF-8, split sentences, tokenise, tag and
// parse, recognise names (with the models built into kg), make them
// consistent across the document (DocumentNames), extract relations.
// Constructing it loads the built-in models once (ModelError when one is
// corrupt). Immutable after construction and safe to share
// between threads; each run works on its own Document.
class Pipeline {
 public:
  explicit Pipeline(PipelineOptions options = {});

  // Runs every stage on `doc` (a whole document or one chunk of one, see
  // Document::offset), fills its sentences, tokens and mentions, appends
  // input problems to doc.diagnostics and returns the statements. An empty
  // or white-space-only document gives no statements.
  std::vector<Statement> run(Document& doc) const;

  // The analysis stages only: validates UTF-8, splits sentences and
  // tokenises (replacing doc.sentences); no names, no statements.
  void analyze(Document& doc) const;

  // The named entities of a document after analyze(): the recogniser's
  // mentions corrected by MentionCorrector (or, without a recogniser,
  // NameSpotter's), made consistent across the document by DocumentNames
  // (unless options.document_names is off: then the recogniser's alone).
  void recognize(Document& doc) const;

  // The stages after tokenisation on one tokenised sentence: fills lemma,
  // upos, feats, head and deprel as far as the pipeline's models go.
  void annotate(Sentence& sentence) const;

  const PipelineOptions& options() const { return options_; }
  bool has_tagger() const { return tagger_ != nullptr; }
  bool has_parser() const { return parser_ != nullptr; }
  bool has_recognizer() const { return recognizer_ != nullptr; }

 private:
  PipelineOptions options_;
  Utf8Validator validator_;
  SentenceSplitter splitter_;
  Tokenizer tokenizer_;
  NameSpotter spotter_;
  MentionCorrector corrector_;
  DocumentNames names_;
  RelationExtractor extractor_;
  const Tagger* tagger_ = nullptr;            // the built-in model, when options.tag and one is built in
  const DependencyParser* parser_ = nullptr;  // likewise, when options.parse
  const EntityRecognizer* recognizer_ = nullptr;  // likewise, when options.recognize
};

}  // namespace kg::extract
