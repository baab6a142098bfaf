#include "cli/training_files.h"

#include <lzma.h>

#include <cstdint>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "cli/extraction_run.h"
#include "extract/conllu.h"
#include "extract/model_file.h"

namespace kg::cli {
namespace {

std::string decompress_xz(const std::string& compressed, const std::string& path) {
  lzma_stream stream = LZMA_STREAM_INIT;
  if (lzma_stream_decoder(&stream, UINT64_MAX, 0) != LZMA_OK) throw std::runtime_error("cli: cannot start xz decoder");
  stream.next_in = reinterpret_cast<const std::uint8_t*>(compressed.data());
  stream.avail_in = compressed.size();
  std::string out;
  char buffer[1 << 16];
  lzma_ret status = LZMA_OK;
  while (status == LZMA_OK) {
    stream.next_out = reinterpret_cast<std::uint8_t*>(buffer);
    stream.avail_out = sizeof buffer;
    status = lzma_code(&stream, LZMA_FINISH);
    out.append(buffer, sizeof buffer - stream.avail_out);
  }
  const std::size_t offset = stream.total_in;
  lzma_end(&stream);
  if (status != LZMA_STREAM_END)
    throw std::runtime_error("cli: " + path + ": byte " + std::to_string(offset) + ": corrupt or truncated xz data");
  return out;
}

}  // namespace

OptionSpec training_option_spec(std::set<std::string> with_value, std::set<std::string> flags) {
  with_value.insert({"--train", "--dev", "-o", "--seed", "--epochs", "--folds"});
  return {std::move(with_value), std::move(flags)};
}

TrainingRun training_run(const Arguments& arguments, int default_epochs, int max_epochs) {
  TrainingRun run;
  const auto first = arguments.value("--train");
  if (!first) throw UsageError("missing --train FILE");
  run.train_paths.push_back(*first);
  run.train_paths.insert(run.train_paths.end(), arguments.positional().begin(), arguments.positional().end());
  run.dev_path = arguments.value("--dev");
  run.output = arguments.value("-o");
  run.folds = static_cast<int>(arguments.number_or("--folds", 0, 0, 100));
  run.seed = static_cast<std::uint64_t>(arguments.number_or("--seed", 1, 0, 1e15));
  run.epochs = static_cast<int>(arguments.number_or("--epochs", default_epochs, 1, max_epochs));
  if (run.folds == 1) throw UsageError("--folds needs at least 2 folds");
  if (run.folds == 0 && !run.output) throw UsageError("missing -o MODEL (or --folds N to cross-validate)");
  return run;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string read_training_file(const std::string& path) {
  if (path == "-") {
    std::ostringstream all;
    all << std::cin.rdbuf();
    return all.str();
  }
  std::string bytes;
  try {
    bytes = extract::read_whole_file(path);
  } catch (const extract::ModelError&) {
    throw std::runtime_error("cli: cannot read " + path);
  }
  return path.ends_with(".xz") ? decompress_xz(bytes, path) : bytes;
}

std::size_t read_treebanks(const std::vector<std::string>& paths, std::vector<extract::Sentence>& sentences) {
  std::size_t problems = 0;
  for (const std::string& path : paths) {
    std::istringstream in(read_training_file(path));
    extract::Treebank treebank = extract::read_conllu(in, path);
    for (const extract::Diagnostic& diagnostic : treebank.document.diagnostics) {
      print_diagnostic(diagnostic, path);
      ++problems;
    }
    for (extract::Sentence& sentence : treebank.document.sentences) sentences.push_back(std::move(sentence));
  }
  return problems;
}

}  // namespace kg::cli
