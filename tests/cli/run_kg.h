#pragma once
// Runs the kg binary as a child process with given standard input and
// returns its exit code, output, errors and peak memory.

#include <string>
#include <vector>

namespace kg::test {

struct RunResult {
  int exit_code = -1;       // -1 when killed by a signal
  std::string out;
  std::string err;
  long max_rss_kib = 0;     // peak resident memory of the child
};

// Runs KG_BINARY with `args`; `input` is written to its standard input
// (through a file, so any size works). Files go to a private temp dir.
RunResult run_kg(const std::vector<std::string>& args, const std::string& input = "");

// A fresh, empty directory for one test, under the system temp dir.
std::string scratch_dir(const std::string& name);

// Reads a whole file; empty when missing.
std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& content);

}  // namespace kg::test
