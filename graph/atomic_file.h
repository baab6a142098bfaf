#pragma once
// Writes a file atomically: the data go to a temporary file beside the
// target, which replaces the target only on commit(). A failed or abandoned
// write leaves no partial output behind.

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace kg::graph {

// An output file that cannot be created, written or renamed.
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class AtomicFile {
 public:
  // Opens a temporary file in the target's directory. Throws OutputError
  // naming the path and the reason (missing directory, permission).
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();  // removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return out_; }
  // Flushes, checks for write errors and renames onto the target.
  // Throws OutputError; the temporary file is removed then.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace kg::graph
