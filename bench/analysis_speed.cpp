// Speed of the German analysis stages, single-threaded (CPU time of the
// thread), on one text file:
// sentence splitting and tokenisation, then tagging, then parsing, each
// timed on its own over the whole text. Prints MB/s, words/s and the peak
// resident memory. See bench/README.md.

#include <sys/resource.h>

#include <time.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "extract/pipeline.h"

namespace {

// CPU time of this thread: the 2 cores are often shared, and wall time would
// count other programs' turns.
struct Clock {
  using time_point = double;
  static double now() {
    timespec spec{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec);
    return static_cast<double>(spec.tv_sec) + static_cast<double>(spec.tv_nsec) * 1e-9;
  }
};

double seconds_since(double start) { return Clock::now() - start; }

// The text cut into documents of about 1 MiB at paragraph breaks, as kg
// reads long inputs.
std::vector<kg::extract::Document> chunks_of(const std::string& text) {
  std::vector<kg::extract::Document> documents;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = std::min(text.size(), begin + (std::size_t{1} << 20));
    if (end < text.size()) {
      const std::size_t paragraph = text.rfind("\n\n", end);
      if (paragraph != std::string::npos && paragraph > begin) end = paragraph + 2;
    }
    kg::extract::Document document;
    document.id = "bench";
    document.text = text.substr(begin, end - begin);
    document.offset = begin;
    documents.push_back(std::move(document));
    begin = end;
  }
  return documents;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: kg_analysis_speed TEXT_FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "kg_analysis_speed: cannot open " << argv[1] << '\n';
    return 2;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<kg::extract::Document> documents = chunks_of(text);
  const double megabytes = static_cast<double>(text.size()) / 1e6;

  // One chunk at a time, as kg reads long inputs, so memory stays that of
  // one chunk; each stage is timed on its own.
  kg::extract::PipelineOptions options;
  options.tag = false;
  options.parse = false;
  const kg::extract::Pipeline tokens_only(options);
  options.tag = true;
  const kg::extract::Pipeline tagging(options);
  options.parse = true;
  const kg::extract::Pipeline parsing(options);
  double split_seconds = 0, tag_seconds = 0, parse_seconds = 0;
  std::size_t words = 0, sentences = 0;
  for (auto& document : documents) {
    auto start = Clock::now();
    tokens_only.analyze(document);
    split_seconds += seconds_since(start);
    sentences += document.sentences.size();
    for (const auto& sentence : document.sentences) words += sentence.tokens.size();
    if (tagging.has_tagger()) {
      std::vector<kg::extract::Sentence> copy = document.sentences;
      start = Clock::now();
      for (auto& sentence : copy) tagging.annotate(sentence);
      tag_seconds += seconds_since(start);
    }
    if (parsing.has_parser()) {
      start = Clock::now();
      for (auto& sentence : document.sentences) parsing.annotate(sentence);
      parse_seconds += seconds_since(start);
    }
    document = kg::extract::Document();
  }
  std::printf("input                  %.1f MB, %zu sentences, %zu words\n", megabytes, sentences, words);
  std::printf("split + tokenize       %6.2f s  %6.1f MB/s  %9.0f words/s\n", split_seconds, megabytes / split_seconds,
              static_cast<double>(words) / split_seconds);
  if (tag_seconds > 0)
    std::printf("tag (lexicon+tagger)   %6.2f s              %9.0f words/s\n", tag_seconds,
                static_cast<double>(words) / tag_seconds);
  if (parse_seconds > 0)
    std::printf("tag + parse            %6.2f s              %9.0f words/s\n", parse_seconds,
                static_cast<double>(words) / parse_seconds);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak memory            %.0f MiB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}
