// Single-threaded speed of the entity recogniser on one text file: the
// text is analysed once (sentences, tokens, tags), then EntityRecognizer::
// recognize runs over its sentences until they make at least N tokens
// (CPU time); the analysis is timed too, so the sum is what kg pays per
// token. Also prints the time to load the built-in model. See bench/README.md.

#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "extract/entity_recognizer.h"
#include "extract/model_file.h"
#include "extract/pipeline.h"

namespace {

double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: ner_speed TEXT_FILE [MIN_TOKENS]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "ner_speed: cannot open " << argv[1] << '\n';
    return 2;
  }
  const std::size_t min_tokens = argc == 3 ? std::stoul(argv[2]) : 2'000'000;
  kg::extract::Document doc;
  doc.id = argv[1];
  doc.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());

  // Model load: the embedded bytes parsed into a recogniser (what german() does once).
  std::string storage;
  const std::string_view bytes = kg::extract::model_bytes("", "de/ner", storage);
  auto start = std::chrono::steady_clock::now();
  const kg::extract::EntityRecognizer recognizer = kg::extract::EntityRecognizer::load(bytes, "de/ner");
  const double load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();

  kg::extract::PipelineOptions options;
  options.parse = false;
  const kg::extract::Pipeline pipeline(options);
  double analysis = cpu_seconds();
  pipeline.analyze(doc);
  std::size_t tokens = 0;
  for (const auto& sentence : doc.sentences) tokens += sentence.tokens.size();  // tagged by analyze()
  analysis = cpu_seconds() - analysis;
  if (tokens == 0) {
    std::cerr << "ner_speed: no tokens in " << argv[1] << '\n';
    return 2;
  }

  std::size_t done = 0, mentions = 0;
  const double ner_start = cpu_seconds();
  while (done < min_tokens) {
    for (auto& sentence : doc.sentences) {
      sentence.mentions.clear();
      recognizer.recognize(sentence);
      mentions += sentence.mentions.size();
      done += sentence.tokens.size();
    }
  }
  const double ner = cpu_seconds() - ner_start;
  const double ner_rate = static_cast<double>(done) / ner;
  const double analysis_rate = static_cast<double>(tokens) / analysis;
  std::cout << "model load: " << load_ms << " ms (" << bytes.size() << " bytes, " << recognizer.feature_count()
            << " features)\n"
            << "analysis (split, tokenise, tag): " << tokens << " tokens, " << analysis_rate << " tokens/s\n"
            << "recognize: " << done << " tokens, " << mentions << " mentions, " << ner_rate << " tokens/s\n"
            << "analysis + recognize: " << 1.0 / (1.0 / analysis_rate + 1.0 / ner_rate) << " tokens/s\n";
  return 0;
}
