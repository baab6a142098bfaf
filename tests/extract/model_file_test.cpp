#include <doctest/doctest.h>

#include "extract/model_file.h"

using namespace kg::extract;

namespace {

std::string sample_model() {
  ModelWriter writer("tagger", 3);
  writer.u32(7);
  writer.str("Nom");
  writer.array(std::vector<float>{0.5f, -1.25f});
  return writer.bytes();
}

std::string error_of(const std::string& bytes, std::string_view kind = "tagger", std::uint32_t version = 3) {
  try {
    ModelReader reader(bytes, "m.kgm", kind, version);
  } catch (const ModelError& error) {
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("ModelReader reads back what ModelWriter wrote") {
  const std::string bytes = sample_model();
  ModelReader reader(bytes, "m.kgm", "tagger", 3);
  CHECK(reader.u32() == 7);
  CHECK(reader.str() == "Nom");
  CHECK(reader.array<float>() == std::vector<float>{0.5f, -1.25f});
  CHECK_NOTHROW(reader.expect_end());
}

TEST_CASE("ModelReader refuses a wrong magic, kind or version, truncation and corruption") {
  const std::string bytes = sample_model();
  CHECK(error_of("not a model at all, not a model at all") ==
        "extract: model m.kgm: byte 0: not a kg model file (bad magic)");
  CHECK(error_of(bytes, "parser").find("is a \"tagger\" model, expected \"parser\"") != std::string::npos);
  CHECK(error_of(bytes, "tagger", 4).find("has format version 3, this kg reads version 4") != std::string::npos);
  CHECK(error_of(bytes.substr(0, bytes.size() - 5)).find("is truncated") != std::string::npos);
  std::string corrupt = bytes;
  corrupt[corrupt.size() - 12] ^= 0x40;
  CHECK(error_of(corrupt).find("checksum mismatch") != std::string::npos);
  CHECK(error_of(bytes + "x").find("trailing bytes") != std::string::npos);
}

TEST_CASE("ModelReader refuses to read past the payload, naming the byte") {
  const std::string bytes = sample_model();
  ModelReader reader(bytes, "m.kgm", "tagger", 3);
  reader.u32();
  reader.str();
  reader.array<float>();
  // Header 30 bytes (magic 8, kind 4 + 6, version 4, size 8) + payload 27.
  CHECK_THROWS_WITH_AS(reader.u32(), "extract: model m.kgm: byte 57: is truncated: needs 4 more bytes", ModelError);
}

TEST_CASE("model_bytes names the missing embedded model and the missing file") {
  std::string storage;
  CHECK_THROWS_WITH_AS(model_bytes("", "de/no-such-model", storage),
                       doctest::Contains("no model \"de/no-such-model\" is built into this kg"), ModelError);
  CHECK_THROWS_WITH_AS(model_bytes("/nonexistent/m.kgm", "de/tagger", storage),
                       "extract: cannot open model /nonexistent/m.kgm", ModelError);
}
