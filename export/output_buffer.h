#pragma once
// A 1 MiB buffer in front of an std::ostream: the text writers append
// string pieces here and the stream sees a few large writes instead of one
// virtual call per field or character. Internal to export/.

#include <cstring>
#include <memory>
#include <ostream>
#include <string_view>

#include "export/exporters.h"

namespace kg::exporter {

class OutputBuffer {
 public:
  explicit OutputBuffer(std::ostream& out) : out_(out), data_(new char[kCapacity]) {}
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  void append(std::string_view text) {
    if (text.size() > kCapacity - used_) {
      spill();
      if (text.size() > kCapacity) {
        out_.write(text.data(), static_cast<std::streamsize>(text.size()));
        return;
      }
    }
    std::memcpy(data_.get() + used_, text.data(), text.size());
    used_ += text.size();
  }
  void put(char c) {
    if (used_ == kCapacity) spill();
    data_[used_++] = c;
  }

  // Hands everything buffered to the stream and flushes it; throws
  // ExportError ("export: writing <format> failed") when the stream failed.
  // Call once at the end: what is still buffered at destruction is dropped
  // (the output is incomplete then anyway and is never renamed into place).
  void finish(std::string_view format) {
    spill();
    out_.flush();
    if (!out_) throw ExportError("export: writing " + std::string(format) + " failed");
  }

 private:
  static constexpr std::size_t kCapacity = std::size_t{1} << 20;

  void spill() {
    out_.write(data_.get(), static_cast<std::streamsize>(used_));
    used_ = 0;
  }

  std::ostream& out_;
  std::unique_ptr<char[]> data_;
  std::size_t used_ = 0;
};

}  // namespace kg::exporter
