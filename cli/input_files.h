#pragma once
// Expands the input arguments of `kg extract` and `kg build` into files.

#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/document_reader.h"

namespace kg::cli {

struct InputFile {
  std::string path;  // "-" for standard input
  extract::InputFormat format = extract::InputFormat::Text;
};

struct InputList {
  std::vector<InputFile> files;                  // in argument order; directories sorted
  std::vector<extract::Diagnostic> diagnostics;  // missing paths, empty directories
};

// Files as given; directories are walked (recursively, sorted) for .txt and
// .jsonl. The format is `forced` when set, else .jsonl -> JSONL, else text.
InputList expand_inputs(const std::vector<std::string>& arguments, const extract::InputFormat* forced);

}  // namespace kg::cli
