#pragma once
// rapidjson::Writer whose every call is checked: a false result (a broken
// stream or a nesting bug) becomes an ExportError. Internal to the JSON-LD
// writer (RapidJSON stays inside export/).

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include <rapidjson/writer.h>

#include "export/exporters.h"
#include "export/output_buffer.h"
#include "export/text_encoding.h"

namespace kg::exporter {

class JsonStream {
 public:
  explicit JsonStream(std::ostream& out) : buffer_(out), output_{buffer_}, writer_(output_) {}

  void key(std::string_view name) {
    if (is_valid_utf8(name)) return check(writer_.Key(name.data(), size(name)));
    const std::string valid = to_valid_utf8(name);
    check(writer_.Key(valid.data(), size(valid)));
  }
  // Invalid UTF-8 becomes U+FFFD; every other character is kept (RapidJSON
  // escapes '"', '\\' and the controls, NUL included, as JSON requires).
  void string(std::string_view text) {
    if (is_valid_utf8(text)) return check(writer_.String(text.data(), size(text)));
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

  // Raw text after the document (a final newline).
  void raw(std::string_view text) { buffer_.append(text); }

  // Requires a complete document; flushes and checks the stream.
  void finish() {
    if (!writer_.IsComplete()) throw ExportError("export: JSON-LD document left incomplete");
    buffer_.finish("JSON-LD");
  }

 private:
  static rapidjson::SizeType size(std::string_view text) { return static_cast<rapidjson::SizeType>(text.size()); }
  static void check(bool ok) {
    if (!ok) throw ExportError("export: JSON-LD writer refused a value (stream failed or nesting broken)");
  }

  // RapidJSON's output stream concept over the buffer (Put and Flush only).
  struct Output {
    using Ch = char;
    OutputBuffer& buffer;
    void Put(char c) { buffer.put(c); }
    void Flush() {}
  };

  OutputBuffer buffer_;
  Output output_;
  rapidjson::Writer<Output> writer_;
};

}  // namespace kg::exporter
