#pragma once
// The container of every trained model and compiled lexicon: a versioned,
// checksummed byte format.
//
//   "KGMODEL\n"  magic, 8 bytes
//   u32 kind length, kind bytes ("tagger", "parser", "lexicon", ...)
//   u32 format version of that kind
//   u64 payload size, payload bytes
//   u64 checksum of the payload (FNV-1a over 8-byte words)
//
// Numbers are little-endian. Readers refuse a wrong magic, kind or version,
// a truncated file and a checksum mismatch, naming the model and the byte.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// A missing, corrupt or incompatible model; the message starts "extract: ".
class ModelError : public std::runtime_error {
 public:
  explicit ModelError(const std::string& what) : std::runtime_error("extract: " + what) {}
};

// Collects a payload, then writes the whole model file at once.
class ModelWriter {
 public:
  ModelWriter(std::string kind, std::uint32_t version);

  void u8(std::uint8_t value) { payload_.push_back(static_cast<char>(value)); }
  void u32(std::uint32_t value) { raw(&value, sizeof value); }
  void u64(std::uint64_t value) { raw(&value, sizeof value); }
  void f32(float value) { raw(&value, sizeof value); }
  void str(std::string_view text);  // u32 length + bytes
  void raw(const void* data, std::size_t size);
  template <typename T>
  void array(const std::vector<T>& values) {  // u64 count + raw elements (trivially copyable T)
    u64(values.size());
    raw(values.data(), values.size() * sizeof(T));
  }

  // The complete file: header, payload and checksum.
  std::string bytes() const;
  // Writes bytes() to a temporary file beside `path` and renames it into
  // place; throws ModelError naming the path when that fails.
  void save(const std::string& path) const;

 private:
  std::string kind_;
  std::uint32_t version_;
  std::string payload_;
};

// Reads the payload of a model from bytes that outlive the reader (a file
// read into memory, or a model embedded into the binary).
class ModelReader {
 public:
  // Checks magic, kind, version and checksum; `name` (a path or "de/tagger")
  // appears in every error message.
  ModelReader(std::string_view bytes, std::string name, std::string_view kind, std::uint32_t version);

  std::uint8_t u8() { return scalar<std::uint8_t>(); }
  std::uint32_t u32() { return scalar<std::uint32_t>(); }
  std::uint64_t u64() { return scalar<std::uint64_t>(); }
  float f32() { return scalar<float>(); }
  std::string_view str();
  std::string_view raw(std::size_t size);  // a view into the bytes, no copy
  template <typename T>
  std::vector<T> array() {
    const std::uint64_t count = u64();
    if (count > remaining() / sizeof(T)) fail("array of " + std::to_string(count) + " elements runs past the end");
    std::vector<T> values(count);
    const std::string_view bytes = raw(count * sizeof(T));
    std::memcpy(values.data(), bytes.data(), bytes.size());
    return values;
  }

  std::size_t remaining() const { return payload_.size() - position_; }
  // Throws unless the whole payload was read.
  void expect_end() const;
  [[noreturn]] void fail(const std::string& reason) const;

 private:
  template <typename T>
  T scalar() {
    T value;
    const std::string_view bytes = raw(sizeof value);
    std::memcpy(&value, bytes.data(), sizeof value);
    return value;
  }

  std::string name_;
  std::string_view payload_;
  std::size_t payload_offset_ = 0;  // where the payload starts in the file
  std::size_t position_ = 0;
};

// The whole content of a file; throws ModelError naming the path.
std::string read_whole_file(const std::string& path);

// Where a stage's model comes from: the file at `path` when it is not
// empty (read into `storage`, which must outlive the returned view), else
// the model embedded into the binary under `embedded_name` ("de/tagger").
// Throws ModelError when neither exists.
std::string_view model_bytes(const std::string& path, std::string_view embedded_name, std::string& storage);

}  // namespace kg::extract
