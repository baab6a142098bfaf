#include "cli/input_files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>

#include "cli/arguments.h"

namespace kg::cli {
namespace fs = std::filesystem;

std::istream* open_input(const std::string& path, std::ifstream& file, extract::Diagnostic& problem) {
  if (path == "-") return &std::cin;
  file.open(path, std::ios::binary);
  if (file) return &file;
  problem = {path, 0, 0, std::string("cannot open: ") + std::strerror(errno), ""};
  return nullptr;
}

InputList inputs_from_arguments(const Arguments& arguments) {
  if (arguments.positional().empty()) throw UsageError("no input (give files, directories or - for standard input)");
  std::optional<extract::InputFormat> format;
  if (const auto name = arguments.value("--input-format")) {
    format = extract::parse_input_format(*name);
    if (!format) throw UsageError("unknown --input-format '" + *name + "' (valid: text, jsonl)");
  }
  return expand_inputs(arguments.positional(), format ? &*format : nullptr);
}

InputList expand_inputs(const std::vector<std::string>& arguments, const extract::InputFormat* forced) {
  InputList list;
  auto format_of = [&](const fs::path& path) {
    if (forced) return *forced;
    return path.extension() == ".jsonl" ? extract::InputFormat::Jsonl : extract::InputFormat::Text;
  };
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      list.files.push_back({argument, forced ? *forced : extract::InputFormat::Text});
      continue;
    }
    std::error_code error;
    const fs::file_status status = fs::status(argument, error);
    if (error || !fs::exists(status)) {
      list.diagnostics.push_back({argument, 0, 0, "no such file or directory", ""});
    } else if (fs::is_directory(status)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(argument, fs::directory_options::skip_permission_denied, error);
           !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        const auto extension = it->path().extension();
        if (it->is_regular_file(error) && (extension == ".txt" || extension == ".jsonl")) found.push_back(it->path());
      }
      if (error) list.diagnostics.push_back({argument, 0, 0, "cannot walk directory: " + error.message(), ""});
      std::sort(found.begin(), found.end());
      if (found.empty()) list.diagnostics.push_back({argument, 0, 0, "directory holds no .txt or .jsonl files", ""});
      for (const auto& path : found) list.files.push_back({path.string(), format_of(path)});
    } else {
      list.files.push_back({argument, format_of(argument)});
    }
  }
  return list;
}

}  // namespace kg::cli
