#pragma once
// rapidjson::Writer whose every call is checked: a false result (a broken
// stream or a nesting bug) becomes an ExportError. Internal to the JSON-LD
// writer (RapidJSON stays inside export/).

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "export/exporters.h"
#include "export/text_encoding.h"

namespace kg::exporter {

class JsonStream {
 public:
  explicit JsonStream(std::ostream& out) : out_(out), wrapper_(out), writer_(wrapper_) {}

  void key(std::string_view name) {
    const std::string valid = to_valid_utf8(name);
    check(writer_.Key(valid.data(), size(valid)));
  }
  // Invalid UTF-8 becomes U+FFFD; every other character is kept (RapidJSON
  // escapes '"', '\\' and the controls, NUL included, as JSON requires).
  void string(std::string_view text) {
    const std::string valid = to_valid_utf8(text);
    check(writer_.String(valid.data(), size(valid)));
  }
  void member(std::string_view name, std::string_view text) { key(name), string(text); }
  void start_object() { check(writer_.StartObject()); }
  void end_object() { check(writer_.EndObject()); }
  void start_array() { check(writer_.StartArray()); }
  void end_array() { check(writer_.EndArray()); }
  void number(double value) { check(writer_.Double(value)); }
  void integer(std::uint64_t value) { check(writer_.Uint64(value)); }
  void boolean(bool value) { check(writer_.Bool(value)); }

  // Requires a complete document; flushes and checks the stream.
  void finish() {
    if (!writer_.IsComplete()) throw ExportError("export: JSON-LD document left incomplete");
    wrapper_.Flush();
    if (!out_) throw ExportError("export: writing JSON-LD failed");
  }

 private:
  static rapidjson::SizeType size(std::string_view text) { return static_cast<rapidjson::SizeType>(text.size()); }
  static void check(bool ok) {
    if (!ok) throw ExportError("export: JSON-LD writer refused a value (stream failed or nesting broken)");
  }

  std::ostream& out_;
  rapidjson::OStreamWrapper wrapper_;
  rapidjson::Writer<rapidjson::OStreamWrapper> writer_;
};

}  // namespace kg::exporter
