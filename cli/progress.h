#pragma once
// A one-line progress report on stderr for long runs: documents, statements,
// bytes and throughput, redrawn at most five times a second. Silent unless
// enabled (the CLI enables it when stderr is a terminal and --quiet is off).

#include <chrono>
#include <cstddef>

namespace kg::cli {

class Progress {
 public:
  explicit Progress(bool enabled);
  ~Progress();  // ends the line if one was drawn
  void update(std::size_t documents, std::size_t statements, std::size_t bytes);
  void finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

// True when stderr is a terminal.
bool stderr_is_terminal();

}  // namespace kg::cli
