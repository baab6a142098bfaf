#include "cli/extraction_run.h"

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <deque>
#include <exception>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

#include "cli/arguments.h"
#include "cli/progress.h"
#include "extract/document_reader.h"

namespace kg::cli {
namespace {

void report(const extract::Diagnostic& diagnostic, const std::string& fallback_source, ExtractionTotals& totals) {
  print_diagnostic(diagnostic, fallback_source);
  ++totals.diagnostics;
}

}  // namespace

extract::PipelineOptions pipeline_options(bool fast) {
  extract::PipelineOptions options;
  options.tag = !fast;
  options.parse = !fast;
  options.recognize = !fast;
  return options;
}

void print_diagnostic(const extract::Diagnostic& diagnostic, const std::string& fallback_source) {
  std::cerr << "kg: " << (diagnostic.source.empty() ? fallback_source : diagnostic.source);
  if (diagnostic.line > 0) std::cerr << ':' << diagnostic.line;
  if (diagnostic.offset > 0 || diagnostic.line == 0) std::cerr << ": byte " << diagnostic.offset;
  std::cerr << ": " << diagnostic.message;
  if (!diagnostic.excerpt.empty()) std::cerr << ": \"" << diagnostic.excerpt << '"';
  std::cerr << '\n';
}

namespace {

// One chunk as read, with what the reader said about it.
struct ChunkJob {
  const InputFile* file = nullptr;
  extract::Document chunk;
  bool continues = false;  // a later chunk of the text document before it
  std::vector<extract::Diagnostic> reader_diagnostics;
  std::size_t bytes = 0;   // of the input file, read up to this chunk
  std::vector<extract::Statement> statements;
};

// Runs the pipeline on chunks in worker threads and hands them back in the
// order they were submitted. At most `window` chunks are in flight, so
// memory stays bounded whatever the input size.
class OrderedRunner {
 public:
  OrderedRunner(const extract::Pipeline& pipeline, bool analysis_only, unsigned threads)
      : pipeline_(pipeline), analysis_only_(analysis_only), window_(4 * std::size_t{threads}) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }
  OrderedRunner(const OrderedRunner&) = delete;
  OrderedRunner& operator=(const OrderedRunner&) = delete;
  ~OrderedRunner() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_workers_.notify_all();
    for (std::thread& worker : workers_) worker.join();
  }

  bool full() const { return submitted_ - delivered_ >= window_; }
  bool empty() const { return submitted_ == delivered_; }

  void submit(ChunkJob job) {
    {
      std::lock_guard lock(mutex_);
      waiting_.emplace_back(submitted_++, std::move(job));
    }
    wake_workers_.notify_one();
  }

  // The oldest submitted chunk, once it has run.
  ChunkJob next() {
    std::unique_lock lock(mutex_);
    done_changed_.wait(lock, [&] { return done_.contains(delivered_) || failure_; });
    if (failure_) std::rethrow_exception(failure_);
    ChunkJob job = std::move(done_.at(delivered_));
    done_.erase(delivered_++);
    return job;
  }

 private:
  void work() {
    for (;;) {
      std::pair<std::size_t, ChunkJob> item;
      {
        std::unique_lock lock(mutex_);
        wake_workers_.wait(lock, [&] { return stopping_ || !waiting_.empty(); });
        if (waiting_.empty()) return;
        item = std::move(waiting_.front());
        waiting_.pop_front();
      }
      try {
        // Sentence numbers count from the chunk; next() callers shift them.
        if (analysis_only_) pipeline_.analyze(item.second.chunk);
        else item.second.statements = pipeline_.run(item.second.chunk);
      } catch (...) {
        std::lock_guard lock(mutex_);
        if (!failure_) failure_ = std::current_exception();
      }
      {
        std::lock_guard lock(mutex_);
        done_.emplace(item.first, std::move(item.second));
      }
      done_changed_.notify_all();
    }
  }

  const extract::Pipeline& pipeline_;
  const bool analysis_only_;
  const std::size_t window_;
  std::size_t submitted_ = 0, delivered_ = 0;  // touched by the submitting thread only
  std::mutex mutex_;
  std::condition_variable wake_workers_, done_changed_;
  std::deque<std::pair<std::size_t, ChunkJob>> waiting_;
  std::map<std::size_t, ChunkJob> done_;
  std::exception_ptr failure_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace

ExtractionTotals run_extraction(const InputList& inputs, const extract::Pipeline& pipeline,
                                const ExtractionHandlers& handlers, bool show_progress, unsigned threads) {
  ExtractionTotals totals;
  Progress progress(show_progress);
  for (const auto& diagnostic : inputs.diagnostics) report(diagnostic, "", totals);
  OrderedRunner runner(pipeline, handlers.analysis_only, std::max(threads, 1u));
  bool open = false;  // a document has begun and not yet ended
  std::size_t next_sentence = 0;
  std::size_t bytes_before = 0;  // of the files before the current one (all delivered: each file is drained)

  // Hands the oldest chunk to the handlers, in input order.
  const auto deliver = [&] {
    ChunkJob job = runner.next();
    extract::Document& chunk = job.chunk;
    if (!job.continues) {
      if (open && handlers.end_document) handlers.end_document();
      open = true;
      next_sentence = 0;
      ++totals.documents;
    }
    chunk.first_sentence = next_sentence;
    for (extract::Statement& statement : job.statements) statement.sentence += next_sentence;
    next_sentence += chunk.sentences.size();
    // After the run: the pipeline reads the date header of a text document.
    if (!job.continues && handlers.begin_document) handlers.begin_document(chunk);
    totals.statements += job.statements.size();
    for (const auto& diagnostic : chunk.diagnostics) report(diagnostic, job.file->path, totals);
    for (const auto& diagnostic : job.reader_diagnostics) report(diagnostic, job.file->path, totals);
    if (handlers.analyzed) handlers.analyzed(chunk);
    if (handlers.statements) handlers.statements(job.statements);
    totals.bytes = bytes_before + job.bytes;
    progress.update(totals.documents, totals.statements, totals.bytes);
  };
  const auto drain = [&] {
    while (!runner.empty()) deliver();
  };

  for (const InputFile& file : inputs.files) {
    std::ifstream stream;
    extract::Diagnostic problem;
    std::istream* in = open_input(file.path, stream, problem);
    if (!in) {
      drain();
      report(problem, file.path, totals);
      continue;
    }
    extract::DocumentReader reader(*in, file.path, {file.format});
    extract::Document chunk;
    bool started = false;
    bytes_before = totals.bytes;
    while (reader.next(chunk)) {
      ChunkJob job;
      job.file = &file;
      // Chunks of one text document share the id and follow each other.
      job.continues = started && file.format == extract::InputFormat::Text && chunk.offset > 0;
      started = true;
      job.reader_diagnostics = reader.take_diagnostics();
      // Bytes processed so far (the text reader reads ahead of the chunk it hands out).
      job.bytes = file.format == extract::InputFormat::Text ? chunk.offset + chunk.text.size() : reader.bytes_read();
      job.chunk = std::move(chunk);
      while (runner.full()) deliver();
      runner.submit(std::move(job));
    }
    drain();
    if (open && handlers.end_document) handlers.end_document();
    open = false;
    for (const auto& diagnostic : reader.take_diagnostics()) report(diagnostic, file.path, totals);
    if (in->bad()) report({file.path, 0, reader.bytes_read(), "read error", ""}, file.path, totals);
    totals.bytes = bytes_before + reader.bytes_read();
  }
  progress.finish();
  return totals;
}

unsigned threads_option(const std::optional<std::string>& value) {
  if (!value) return 1;
  if (*value == "auto") return std::max(std::thread::hardware_concurrency(), 1u);
  unsigned threads = 0;
  const auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), threads);
  if (error != std::errc() || end != value->data() + value->size() || threads == 0 || threads > 256)
    throw UsageError("--threads takes a number from 1 to 256 or 'auto', not '" + *value + "'");
  return threads;
}

}  // namespace kg::cli
