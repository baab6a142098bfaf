// Words per second of the built-in tagger and dependency parser on one
// thread: reads CoNLL-U files, repeats their sentences until they stand for
// at least the requested megabytes of text, tags them (unless --gold-tags)
// and parses them, and reports the rate of each and of both, in CPU time.
// usage: kg_parser_speed [--mb N] [--model FILE] [--gold-tags] FILE.conllu...

#include <ctime>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "extract/conllu.h"
#include "extract/dependency_parser.h"
#include "extract/tagger.h"

namespace {

// CPU seconds of this process: on a machine shared with other jobs, wall
// time would count their turns too.
double cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kg::extract;
  double megabytes = 10;
  std::string model;
  bool gold_tags = false;
  std::vector<Sentence> sentences;
  std::size_t text_bytes = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) {
      megabytes = std::atof(argv[++i]);
    } else if (arg == "--gold-tags") {
      gold_tags = true;
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
    std::cerr << "usage: kg_parser_speed [--mb N] [--model FILE] [--gold-tags] FILE.conllu...\n";
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
    for (const Sentence& sentence : work) words += sentence.tokens.size();
    double tagging = 0;
    if (!gold_tags) {
      const Tagger& tagger = Tagger::german();
      const double start = cpu_seconds();
      for (Sentence& sentence : work) tagger.tag(sentence);
      tagging = cpu_seconds() - start;
    }
    const double start = cpu_seconds();
    for (Sentence& sentence : work) parser.parse(sentence);
    const double parsing = cpu_seconds() - start;
    const auto rate = [&](double seconds) { return static_cast<long>(static_cast<double>(words) / seconds); };
    std::cout << words << " words (" << static_cast<double>(text_bytes * repeats) / 1e6 << " MB of text)\n";
    if (!gold_tags) std::cout << "tagging:           " << tagging << " s, " << rate(tagging) << " words/s\n";
    std::cout << "parsing:           " << parsing << " s, " << rate(parsing) << " words/s\n";
    if (!gold_tags)
      std::cout << "tagging + parsing: " << tagging + parsing << " s, " << rate(tagging + parsing) << " words/s\n";
  } catch (const std::exception& error) {
    std::cerr << "kg_parser_speed: " << error.what() << '\n';
    return 2;
  }
  return 0;
}
