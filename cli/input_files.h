#pragma once
// Expands the input arguments of `kg extract` and `kg build` into files.

#include <fstream>
#include <istream>
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

class Arguments;

// The positional inputs and --input-format of `kg extract`/`kg build`.
// Throws UsageError when there is no input or the format is unknown.
InputList inputs_from_arguments(const Arguments& arguments);

// Files as given; directories are walked (recursively, sorted) for .txt and
// .jsonl. The format is `forced` when set, else .jsonl -> JSONL, else text.
InputList expand_inputs(const std::vector<std::string>& arguments, const extract::InputFormat* forced);

// The stream to read `path` from: standard input for "-", else `file`
// opened on it (binary). nullptr when it cannot be opened, with a
// "cannot open: reason" diagnostic naming the path in `problem`.
std::istream* open_input(const std::string& path, std::ifstream& file, extract::Diagnostic& problem);

}  // namespace kg::cli
