#include "graph/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <random>
#include <unistd.h>

namespace kg::graph {
namespace {

std::string unique_suffix() {
  // pid + random: two concurrent writers of the same target never share a temp file.
  std::random_device device;
  return ".kg-" + std::to_string(::getpid()) + "-" + std::to_string(device()) + ".tmp";
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  std::error_code error;
  if (std::filesystem::is_directory(target_, error))
    throw OutputError("output: " + target_.string() + ": is a directory");
  temporary_ = target_;
  temporary_ += unique_suffix();
  out_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!out_)
    throw OutputError("output: cannot write " + target_.string() + ": " + std::strerror(errno));
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    out_.close();
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
  }
}

void AtomicFile::commit() {
  out_.flush();
  const bool written = static_cast<bool>(out_);
  out_.close();
  std::error_code error;
  if (!written || out_.fail()) {
    std::filesystem::remove(temporary_, error);
    throw OutputError("output: writing " + target_.string() + " failed (disk full?)");
  }
  std::filesystem::rename(temporary_, target_, error);
  if (error) {
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
    throw OutputError("output: cannot replace " + target_.string() + ": " + error.message());
  }
  committed_ = true;
}

}  // namespace kg::graph
