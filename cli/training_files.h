#pragma once
// Reading the annotated files `kg train` learns from.

#include <cstddef>
#include <string>
#include <vector>

#include "extract/document.h"

namespace kg::cli {

// The bytes of a file ("-": standard input), decompressed when its name
// ends in ".xz". Throws std::runtime_error naming the path (and the byte,
// for corrupt xz data).
std::string read_training_file(const std::string& path);

// Appends the sentences of CoNLL-U files (.conllu or .conllu.xz), in order,
// to `sentences`. Malformed lines are reported on stderr as
// "kg: FILE:LINE: message" and their sentences left out; returns how many.
std::size_t read_treebanks(const std::vector<std::string>& paths, std::vector<extract::Sentence>& sentences);

}  // namespace kg::cli
