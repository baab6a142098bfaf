// kg ner: the named entities of documents, or of GermEval TSV for scoring.

#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/extraction_run.h"
#include "cli/input_files.h"
#include "cli/training_files.h"
#include "export/text_encoding.h"
#include "extract/document_reader.h"
#include "extract/entity_recognizer.h"
#include "extract/ner_corpus.h"
#include "extract/pipeline.h"

namespace kg::cli {

namespace {

enum class NerFormat { Text, Jsonl, GermEval };

NerFormat parse_ner_format(const std::string& name, const char* option) {
  if (name == "text") return NerFormat::Text;
  if (name == "jsonl") return NerFormat::Jsonl;
  if (name == "germeval") return NerFormat::GermEval;
  throw UsageError(std::string("unknown ") + option + " '" + name + "' (valid: text, jsonl, germeval)");
}

void write_mention(std::ostream& out, NerFormat format, const extract::Document& doc, const extract::Mention& m) {
  const std::size_t start = doc.offset + m.span.begin, end = doc.offset + m.span.end;
  if (format == NerFormat::Jsonl) {
    out << "{\"doc\":";
    exporter::write_json_string(out, doc.id);
    out << ",\"start\":" << start << ",\"end\":" << end << ",\"text\":";
    exporter::write_json_string(out, m.text);
    out << ",\"type\":\"" << extract::to_string(m.type) << "\",\"score\":" << std::setprecision(3) << m.score;
    if (m.derived) {
      out << ",\"derived\":true";
      if (!m.base.empty()) {
        out << ",\"base\":";
        exporter::write_json_string(out, m.base);
      }
    }
    out << "}\n";
    return;
  }
  out << doc.id << '\t' << start << '-' << end << '\t' << extract::to_string(m.type) << '\t' << std::fixed
      << std::setprecision(2) << m.score << std::defaultfloat << '\t' << m.text;
  if (m.derived) out << "\t(derived" << (m.base.empty() ? "" : " from " + m.base) << ')';
  out << '\n';
}

// GermEval TSV in, the same TSV with predicted outer tags out.
int label_germeval(const std::vector<std::string>& paths, const extract::EntityRecognizer& recognizer) {
  std::size_t diagnostics = 0;
  const extract::Tagger& tagger = extract::Tagger::german();
  for (const std::string& path : paths) {
    std::istringstream in(read_training_file(path));
    extract::NerCorpus corpus = extract::read_germeval(in, path);
    for (const auto& d : corpus.diagnostics) print_diagnostic(d);
    diagnostics += corpus.diagnostics.size();
    std::vector<std::vector<extract::NerSpan>> predicted;
    for (extract::Sentence& sentence : corpus.sentences) {
      tagger.tag(sentence);
      predicted.emplace_back();
      for (const auto& scored : recognizer.label(sentence)) predicted.back().push_back(scored.span);
    }
    extract::write_germeval(std::cout, corpus, predicted);
  }
  return diagnostics > 0 ? 1 : 0;
}

}  // namespace

int run_ner(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"--input-format", "--format", "--model"}, {"--sentence-level"}});
  if (arguments.positional().empty()) throw UsageError("missing input FILE (or - for standard input)");
  const auto input_name = arguments.value("--input-format");
  const NerFormat input = input_name ? parse_ner_format(*input_name, "--input-format") : NerFormat::Text;
  const NerFormat output = parse_ner_format(
      arguments.value_or("--format", input == NerFormat::GermEval ? "germeval" : "text"), "--format");
  if ((input == NerFormat::GermEval) != (output == NerFormat::GermEval))
    throw UsageError("--format germeval goes with --input-format germeval");

  std::optional<extract::EntityRecognizer> loaded;
  if (const auto model = arguments.value("--model")) loaded.emplace(extract::EntityRecognizer::load(*model));
  const extract::EntityRecognizer& recognizer = loaded ? *loaded : extract::EntityRecognizer::german();
  if (input == NerFormat::GermEval) return label_germeval(arguments.positional(), recognizer);

  extract::PipelineOptions options;
  options.parse = false;
  options.recognizer = &recognizer;
  options.document_names = !arguments.flag("--sentence-level");
  const extract::Pipeline pipeline(options);
  std::size_t diagnostics = 0;
  for (const std::string& path : arguments.positional()) {
    std::ifstream file;
    extract::Diagnostic problem;
    std::istream* in = open_input(path, file, problem);
    if (!in) {
      print_diagnostic(problem);
      ++diagnostics;
      continue;
    }
    extract::ReaderOptions reader_options;
    reader_options.format = input == NerFormat::Jsonl ? extract::InputFormat::Jsonl : extract::InputFormat::Text;
    extract::DocumentReader reader(*in, path, reader_options);
    extract::Document doc;
    while (reader.next(doc)) {
      pipeline.analyze(doc);
      pipeline.recognize(doc);
      for (const extract::Sentence& sentence : doc.sentences)
        for (const extract::Mention& mention : sentence.mentions) write_mention(std::cout, output, doc, mention);
      for (const auto& d : doc.diagnostics) print_diagnostic(d);
      diagnostics += doc.diagnostics.size();
      for (const auto& d : reader.take_diagnostics()) {
        print_diagnostic(d);
        ++diagnostics;
      }
    }
    for (const auto& d : reader.take_diagnostics()) {
      print_diagnostic(d);
      ++diagnostics;
    }
  }
  return diagnostics > 0 ? 1 : 0;
}

}  // namespace kg::cli
