#include "extract/model_file.h"

#include <cstdio>
#include <fstream>
#include <iterator>

#include "extract/embedded_files.h"

namespace kg::extract {

namespace {

constexpr std::string_view kMagic = "KGMODEL\n";

// FNV-1a over 8-byte little-endian words, then the remaining bytes: the
// same error detection for a corrupt file as byte-wise FNV-1a at about an
// eighth of the cost (a 6 MB lexicon verifies in about a millisecond).
std::uint64_t checksum(std::string_view bytes) {
  constexpr std::uint64_t kPrime = 1099511628211ull;
  std::uint64_t hash = 14695981039346656037ull;
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    hash = (hash ^ word) * kPrime;
    hash ^= hash >> 29;
  }
  for (; i < bytes.size(); ++i) hash = (hash ^ static_cast<unsigned char>(bytes[i])) * kPrime;
  return hash;
}

template <typename T>
void append(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

}  // namespace

ModelWriter::ModelWriter(std::string kind, std::uint32_t version) : kind_(std::move(kind)), version_(version) {}

void ModelWriter::str(std::string_view text) {
  u32(static_cast<std::uint32_t>(text.size()));
  raw(text.data(), text.size());
}

void ModelWriter::raw(const void* data, std::size_t size) {
  payload_.append(static_cast<const char*>(data), size);
}

std::string ModelWriter::bytes() const {
  std::string out(kMagic);
  append(out, static_cast<std::uint32_t>(kind_.size()));
  out += kind_;
  append(out, version_);
  append(out, static_cast<std::uint64_t>(payload_.size()));
  out += payload_;
  append(out, checksum(payload_));
  return out;
}

void ModelWriter::save(const std::string& path) const {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    const std::string content = bytes();
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      throw ModelError("cannot write model " + path);
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    throw ModelError("cannot write model " + path + " (rename failed)");
  }
}

ModelReader::ModelReader(std::string_view bytes, std::string name, std::string_view kind, std::uint32_t version)
    : name_(std::move(name)), payload_(bytes) {
  // Parse the header with the payload view spanning the whole file, then
  // narrow it to the payload.
  if (bytes.substr(0, kMagic.size()) != kMagic) fail("not a kg model file (bad magic)");
  position_ = kMagic.size();
  const std::string_view found_kind = str();
  if (found_kind != kind) fail("is a \"" + std::string(found_kind) + "\" model, expected \"" + std::string(kind) + "\"");
  const std::uint32_t found_version = u32();
  if (found_version != version)
    fail("has format version " + std::to_string(found_version) + ", this kg reads version " + std::to_string(version) +
         "; retrain it with this kg");
  const std::uint64_t size = u64();
  if (size > remaining() || remaining() - size < sizeof(std::uint64_t))
    fail("is truncated: payload of " + std::to_string(size) + " bytes announced, " + std::to_string(remaining()) +
         " bytes left");
  payload_offset_ = position_;
  const std::string_view payload = bytes.substr(position_, size);
  position_ += size;
  const std::uint64_t checksum = u64();
  if (remaining() != 0) fail("has " + std::to_string(remaining()) + " trailing bytes after the checksum");
  if (checksum != extract::checksum(payload)) fail("is corrupt: checksum mismatch");
  payload_ = payload;
  position_ = 0;
}

std::string_view ModelReader::str() {
  const std::uint32_t size = u32();
  return raw(size);
}

std::string_view ModelReader::raw(std::size_t size) {
  if (size > remaining()) fail("is truncated: needs " + std::to_string(size) + " more bytes");
  const std::string_view bytes = payload_.substr(position_, size);
  position_ += size;
  return bytes;
}

void ModelReader::expect_end() const {
  if (remaining() != 0) fail("has " + std::to_string(remaining()) + " unread bytes at the end of its payload");
}

void ModelReader::fail(const std::string& reason) const {
  throw ModelError("model " + name_ + ": byte " + std::to_string(payload_offset_ + position_) + ": " + reason);
}

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError("cannot open model " + path);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw ModelError("cannot read model " + path);
  return content;
}

std::string_view model_bytes(const std::string& path, std::string_view embedded_name, std::string& storage) {
  if (!path.empty()) {
    storage = read_whole_file(path);
    return storage;
  }
  const std::string_view embedded = kg::embedded_file(embedded_name);
  if (embedded.empty())
    throw ModelError("no model \"" + std::string(embedded_name) +
                     "\" is built into this kg; train one with `kg train` into models/ and rebuild, or pass a model file");
  return embedded;
}

}  // namespace kg::extract
