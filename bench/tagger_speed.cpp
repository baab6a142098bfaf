// Words per second of Tagger::tag on one thread: the sentences of a
// CoNLL-U file (gold tokens, tags cleared) repeated until they hold at
// least --megabytes of text.
// usage: tagger_speed FILE.conllu [--model MODEL] [--megabytes N]

#include <chrono>
#include <ctime>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "extract/conllu.h"
#include "extract/tagger.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: tagger_speed FILE.conllu [--model MODEL] [--megabytes N]\n";
    return 2;
  }
  std::string model_path;
  double megabytes = 10;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string option = argv[i];
    if (option == "--model") model_path = argv[i + 1];
    else if (option == "--megabytes") megabytes = std::atof(argv[i + 1]);
  }
  try {
    std::ifstream in(argv[1]);
    if (!in) throw std::runtime_error(std::string("cannot open ") + argv[1]);
    const kg::extract::Treebank treebank = kg::extract::read_conllu(in, argv[1]);
    std::vector<kg::extract::Sentence> base = treebank.document.sentences;
    std::size_t base_bytes = 0;
    for (auto& sentence : base)
      for (auto& token : sentence.tokens) {
        base_bytes += token.form.size() + 1;
        token.lemma.clear();
        token.upos.clear();
        token.feats.clear();
      }
    if (base_bytes == 0) throw std::runtime_error("no words in the input");
    const auto load_start = std::chrono::steady_clock::now();
    const kg::extract::Tagger& tagger =
        model_path.empty() ? kg::extract::Tagger::german() : *new kg::extract::Tagger(kg::extract::Tagger::load(model_path));
    const double load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
    const auto repeats = static_cast<std::size_t>(megabytes * 1e6 / static_cast<double>(base_bytes)) + 1;
    std::vector<kg::extract::Sentence> work = base;
    // The first pass meets every form for the first time (cold word cache,
    // every word analysed by the lexicon); later passes are mostly cached,
    // as running text is, where a few thousand forms make most tokens.
    std::size_t first_words = 0;
    const std::clock_t first_start = std::clock();
    for (auto& sentence : work) {
      tagger.tag(sentence);
      first_words += sentence.tokens.size();
    }
    const double first_seconds = static_cast<double>(std::clock() - first_start) / CLOCKS_PER_SEC;
    std::size_t words = 0;
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    for (std::size_t r = 0; r < repeats; ++r)
      for (auto& sentence : work) {
        tagger.tag(sentence);
        words += sentence.tokens.size();
      }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // CPU time is what counts on a shared machine; wall time is printed too.
    const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    std::cout << "model loaded in " << load_seconds << " s\n"
              << "first pass, every form new: " << first_words << " words in " << first_seconds << " s of CPU: "
              << static_cast<std::size_t>(static_cast<double>(first_words) / first_seconds) << " words/s\n"
              << "tagged " << words << " words (" << static_cast<double>(base_bytes * repeats) / 1e6 << " MB of text) in "
              << cpu_seconds << " s of CPU (" << seconds << " s wall): "
              << static_cast<std::size_t>(static_cast<double>(words) / cpu_seconds) << " words/s\n";
  } catch (const std::exception& error) {
    std::cerr << "tagger_speed: " << error.what() << '\n';
    return 2;
  }
  return 0;
}
