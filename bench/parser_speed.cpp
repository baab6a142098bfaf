// Words per second of the dependency parser on one thread: reads CoNLL-U
// files, repeats their sentences until they stand for at least the
// requested megabytes of text, parses them all and reports the rate.
// usage: kg_parser_speed [--mb N] [--model FILE] FILE.conllu...

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "extract/conllu.h"
#include "extract/dependency_parser.h"

int main(int argc, char** argv) {
  using namespace kg::extract;
  double megabytes = 10;
  std::string model;
  std::vector<Sentence> sentences;
  std::size_t text_bytes = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) {
      megabytes = std::atof(argv[++i]);
    } else if (arg == "--model" && i + 1 < argc) {
      model = argv[++i];
    } else {
      std::ifstream in(arg, std::ios::binary);
      if (!in) {
        std::cerr << "kg_parser_speed: cannot read " << arg << '\n';
        return 2;
      }
      Treebank treebank = read_conllu(in, arg);
      text_bytes += treebank.document.text.size();
      for (Sentence& sentence : treebank.document.sentences) sentences.push_back(std::move(sentence));
    }
  }
  if (sentences.empty() || text_bytes == 0) {
    std::cerr << "usage: kg_parser_speed [--mb N] [--model FILE] FILE.conllu...\n";
    return 2;
  }
  try {
    std::unique_ptr<DependencyParser> owned;
    if (!model.empty()) owned = std::make_unique<DependencyParser>(DependencyParser::load(model));
    const DependencyParser& parser = owned ? *owned : DependencyParser::german();

    const auto repeats = static_cast<std::size_t>(megabytes * 1e6 / static_cast<double>(text_bytes)) + 1;
    std::vector<Sentence> work;
    work.reserve(sentences.size() * repeats);
    for (std::size_t r = 0; r < repeats; ++r)
      for (const Sentence& sentence : sentences) work.push_back(sentence);
    std::size_t words = 0;
    const auto start = std::chrono::steady_clock::now();
    for (Sentence& sentence : work) {
      parser.parse(sentence);
      words += sentence.tokens.size();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "parsed " << words << " words (" << static_cast<double>(text_bytes * repeats) / 1e6 << " MB of text) in "
              << seconds << " s: " << static_cast<double>(words) / seconds << " words/s\n";
  } catch (const std::exception& error) {
    std::cerr << "kg_parser_speed: " << error.what() << '\n';
    return 2;
  }
  return 0;
}
