#pragma once
// Reading the annotated files `kg train` learns from.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/arguments.h"
#include "extract/document.h"

namespace kg::cli {

// What every `kg train` command takes: --train FILE... [--dev FILE]
// (-o MODEL | --folds N) [--seed N] [--epochs N].
struct TrainingRun {
  std::vector<std::string> train_paths;  // --train FILE and the files after it
  std::optional<std::string> dev_path;   // --dev
  std::optional<std::string> output;     // -o; set unless folds > 0
  int folds = 0;                         // --folds N: cross-validate instead of writing a model
  std::uint64_t seed = 1;                // --seed
  int epochs = 0;                        // --epochs
};

// The option spec of a `kg train` command: the shared options plus the
// command's own.
OptionSpec training_option_spec(std::set<std::string> with_value = {}, std::set<std::string> flags = {});

// Reads the shared options; throws UsageError for a missing --train, a
// missing -o without --folds, or --folds 1.
TrainingRun training_run(const Arguments& arguments, int default_epochs, int max_epochs = 100);

double seconds_since(std::chrono::steady_clock::time_point start);

// The bytes of a file ("-": standard input), decompressed when its name
// ends in ".xz". Throws std::runtime_error naming the path (and the byte,
// for corrupt xz data).
std::string read_training_file(const std::string& path);

// Appends the sentences of CoNLL-U files (.conllu or .conllu.xz), in order,
// to `sentences`. Malformed lines are reported on stderr as
// "kg: FILE:LINE: message" and their sentences left out; returns how many.
std::size_t read_treebanks(const std::vector<std::string>& paths, std::vector<extract::Sentence>& sentences);

}  // namespace kg::cli
