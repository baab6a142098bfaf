// kg train ner: trains the entity recogniser on GermEval 2014 TSV and
// SmartData JSONL files, or cross-validates it.

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/extraction_run.h"
#include "cli/training_files.h"
#include "extract/document_names.h"
#include "extract/mention_corrector.h"
#include "extract/model_file.h"
#include "extract/ner_corpus.h"
#include "extract/ner_training.h"
#include "extract/tagger.h"

namespace kg::cli {

namespace {

// The sentences of several files and, per sentence, the file it came from.
struct Corpora {
  extract::NerCorpus corpus;
  std::vector<std::string> paths;
  std::vector<std::size_t> sources;  // per sentence, an index into paths
};

// GermEval TSV unless the name says JSONL (SmartData).
Corpora read_corpora(const std::vector<std::string>& paths, bool& had_diagnostics) {
  Corpora corpora;
  for (const std::string& path : paths) {
    std::istringstream in(read_training_file(path));
    const std::string name = path.ends_with(".xz") ? path.substr(0, path.size() - 3) : path;
    extract::NerCorpus part = name.ends_with(".jsonl") ? extract::read_smartdata(in, path) : extract::read_germeval(in, path);
    for (const extract::Diagnostic& d : part.diagnostics) print_diagnostic(d);
    had_diagnostics = had_diagnostics || !part.diagnostics.empty();
    corpora.sources.insert(corpora.sources.end(), part.sentences.size(), corpora.paths.size());
    corpora.paths.push_back(path);
    corpora.corpus.append(std::move(part));
  }
  // The recogniser sees tagged sentences, as in the pipeline.
  const extract::Tagger& tagger = extract::Tagger::german();
  for (extract::Sentence& sentence : corpora.corpus.sentences) tagger.tag(sentence);
  return corpora;
}

// A sentence whose predicted mentions differ from the gold ones: the text,
// then "- text/CLASS" per missed and "+ text/CLASS" per spurious mention.
void write_errors(std::ostream& out, const extract::Sentence& sentence, const std::vector<extract::NerSpan>& gold,
                  const std::vector<extract::NerSpan>& predicted) {
  const auto listed = [](const std::vector<extract::NerSpan>& spans, const extract::NerSpan& span) {
    return std::find(spans.begin(), spans.end(), span) != spans.end();
  };
  std::ostringstream lines;
  for (const extract::NerSpan& span : gold)
    if (!listed(predicted, span))
      lines << "  - " << extract::surface_text(sentence, span.first, span.end) << '/' << extract::ner_class_name(span.ner_class) << '\n';
  for (const extract::NerSpan& span : predicted)
    if (!listed(gold, span))
      lines << "  + " << extract::surface_text(sentence, span.first, span.end) << '/' << extract::ner_class_name(span.ner_class) << '\n';
  if (lines.tellp() > 0) out << extract::surface_text(sentence, 0, sentence.tokens.size()) << '\n' << lines.str();
}

// The class a mention of kg ner stands for in the annotation; nullopt for
// concepts and literals, which are not annotated.
std::optional<extract::NerClass> ner_class_of(const extract::Mention& mention) {
  using extract::EntityType;
  using extract::NerClass;
  const bool derived = mention.derived;
  switch (mention.type) {
    case EntityType::Person: return derived ? NerClass::PerDeriv : NerClass::Per;
    case EntityType::Organization: return derived ? NerClass::OrgDeriv : NerClass::Org;
    case EntityType::Location: return derived ? NerClass::LocDeriv : NerClass::Loc;
    case EntityType::Concept:
    case EntityType::Literal: return std::nullopt;
    default: return derived ? NerClass::OthDeriv : NerClass::Oth;
  }
}

// What kg ner prints for the sentences [first, end) of one document: the
// recogniser's mentions corrected (MentionCorrector) and made consistent
// across the document (DocumentNames), as spans per sentence. The
// recogniser's -part spans, which kg ner does not print, are kept so that
// they are scored as before.
std::vector<std::vector<extract::NerSpan>> document_level_spans(const extract::EntityRecognizer& recognizer,
                                                                const std::vector<extract::Sentence>& sentences,
                                                                std::size_t first, std::size_t end,
                                                                bool full_names_first) {
  extract::Document doc;
  std::vector<std::vector<extract::NerSpan>> spans(end - first);
  const extract::MentionCorrector corrector;
  for (std::size_t s = first; s < end; ++s) {
    doc.sentences.push_back(sentences[s]);
    extract::Sentence& sentence = doc.sentences.back();
    sentence.mentions.clear();
    const std::vector<extract::ScoredNerSpan> labelled = recognizer.label(sentence);
    recognizer.recognize(sentence, labelled);
    corrector.correct(sentence);
    for (const extract::ScoredNerSpan& scored : labelled)
      if (extract::is_part(scored.span.ner_class)) spans[s - first].push_back(scored.span);
  }
  extract::DocumentNamesOptions options;
  options.full_names_first = full_names_first;
  extract::DocumentNames(options).resolve(doc);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    for (const extract::Mention& mention : doc.sentences[s].mentions)
      if (const auto ner_class = ner_class_of(mention))
        spans[s].push_back({mention.first_token, mention.end_token, *ner_class});
    std::sort(spans[s].begin(), spans[s].end(),
              [](const extract::NerSpan& a, const extract::NerSpan& b) { return a.first < b.first; });
  }
  return spans;
}

// Cross-validates; with `errors`, writes there every test sentence with a
// missed or spurious mention. With `document_level`, scores what kg ner
// prints (document_level_spans) rather than the recogniser alone.
void cross_validate(const Corpora& corpora, int folds, const extract::NerTrainingOptions& options,
                    bool document_level, std::ostream* errors) {
  const extract::NerCorpus& corpus = corpora.corpus;
  extract::NerScores total;
  std::vector<extract::NerScores> per_source(corpora.paths.size());
  std::cout << std::fixed << std::setprecision(2);
  for (int fold = 0; fold < folds; ++fold) {
    // Deterministic folds by document: document d is tested in fold d mod folds.
    std::vector<extract::Sentence> train, test;
    std::vector<std::vector<extract::NerSpan>> train_gold, test_gold;
    std::vector<std::size_t> train_documents, test_sources, test_documents;
    for (std::size_t i = 0; i < corpus.sentences.size(); ++i) {
      const bool tested = static_cast<int>(corpus.documents[i] % static_cast<std::size_t>(folds)) == fold;
      (tested ? test : train).push_back(corpus.sentences[i]);
      (tested ? test_gold : train_gold).push_back(corpus.gold[i]);
      if (!tested) train_documents.push_back(corpus.documents[i] / static_cast<std::size_t>(folds));
      if (tested) test_sources.push_back(corpora.sources[i]);
      if (tested) test_documents.push_back(corpus.documents[i]);
    }
    const auto start = std::chrono::steady_clock::now();
    std::ostringstream log;
    const extract::EntityRecognizer recognizer =
        extract::train_entity_recognizer(train, train_gold, train_documents, {}, {}, options, log);
    const double seconds = seconds_since(start);
    extract::NerScores scores;
    std::vector<std::vector<extract::NerSpan>> document_spans;
    std::size_t document_first = 0;
    for (std::size_t s = 0; s < test.size(); ++s) {
      std::vector<extract::NerSpan> predicted;
      if (document_level) {
        if (s == 0 || test_documents[s] != test_documents[s - 1]) {
          std::size_t end = s;
          while (end < test.size() && test_documents[end] == test_documents[s]) ++end;
          // GermEval's sentences stand alone and often name a person by the surname only.
          const bool news = corpora.paths[test_sources[s]].find(".jsonl") != std::string::npos;
          document_spans = document_level_spans(recognizer, test, s, end, news);
          document_first = s;
        }
        predicted = document_spans[s - document_first];
      } else {
        for (const extract::ScoredNerSpan& scored : recognizer.label(test[s])) predicted.push_back(scored.span);
      }
      scores.add(test_gold[s], predicted);
      per_source[test_sources[s]].add(test_gold[s], predicted);
      if (errors) write_errors(*errors, test[s], test_gold[s], predicted);
    }
    total.add(scores);
    const extract::PrecisionRecall main =
        extract::pooled(scores, {extract::NerClass::Per, extract::NerClass::Org, extract::NerClass::Loc});
    std::cout << "fold " << fold + 1 << '/' << folds << ": " << test.size() << " sentences, PER+ORG+LOC P "
              << 100 * main.precision() << " R " << 100 * main.recall() << " F1 " << 100 * main.f1() << " (trained in "
              << std::setprecision(1) << seconds << " s)" << std::setprecision(2) << '\n';
    extract::print_scores(std::cout, scores);
    std::cout.flush();
  }
  for (std::size_t source = 0; source < corpora.paths.size() && corpora.paths.size() > 1; ++source) {
    const extract::PrecisionRecall main =
        extract::pooled(per_source[source], {extract::NerClass::Per, extract::NerClass::Org, extract::NerClass::Loc});
    std::cout << corpora.paths[source] << ": PER+ORG+LOC P " << 100 * main.precision() << " R " << 100 * main.recall()
              << " F1 " << 100 * main.f1() << '\n';
  }
  std::cout << "all folds (every sentence tested once):\n";
  extract::print_scores(std::cout, total);
}

}  // namespace

int run_train_ner(const std::vector<std::string>& args) {
  const Arguments arguments(args, training_option_spec({"--errors"}, {"--document-level"}));
  extract::NerTrainingOptions options;
  const TrainingRun run = training_run(arguments, options.epochs);
  options.epochs = run.epochs;
  options.seed = run.seed;
  const int folds = run.folds;
  const auto& output = run.output;

  bool had_diagnostics = false;
  const auto start = std::chrono::steady_clock::now();
  const Corpora corpora = read_corpora(run.train_paths, had_diagnostics);
  const extract::NerCorpus& train = corpora.corpus;
  std::cerr << "kg: read and tagged " << train.sentences.size() << " sentences in " << std::fixed
            << std::setprecision(1) << seconds_since(start) << " s\n";
  if (folds > 0) {
    std::optional<std::ofstream> errors;
    if (const auto path = arguments.value("--errors")) {
      errors.emplace(*path);
      if (!*errors) throw std::runtime_error("cli: cannot write " + *path);
    }
    cross_validate(corpora, folds, options, arguments.flag("--document-level"), errors ? &*errors : nullptr);
    return had_diagnostics ? 1 : 0;
  }
  Corpora dev_corpora;
  if (run.dev_path) dev_corpora = read_corpora({*run.dev_path}, had_diagnostics);
  const extract::NerCorpus& dev = dev_corpora.corpus;
  const auto train_start = std::chrono::steady_clock::now();
  const extract::EntityRecognizer recognizer =
      extract::train_entity_recognizer(train.sentences, train.gold, train.documents, dev.sentences, dev.gold, options,
                                       std::cerr);
  recognizer.save(*output);
  std::cerr << "kg: trained on " << train.sentences.size() << " sentences in " << std::fixed << std::setprecision(1)
            << seconds_since(train_start) << " s; wrote " << *output << " (" << recognizer.bytes().size()
            << " bytes, " << recognizer.feature_count() << " features, " << recognizer.remembered_names()
            << " remembered names)\n";
  return had_diagnostics ? 1 : 0;
}

}  // namespace kg::cli
