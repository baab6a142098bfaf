#include "export/statement_writer.h"

#include <array>
#include <cmath>
#include <map>
#include <string>
#include <utility>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "export/exporters.h"
#include "export/text_encoding.h"

namespace kg::exporter {
namespace {

constexpr std::array<std::pair<std::string_view, StatementFormat>, 2> kFormats{{
    {"jsonl", StatementFormat::Jsonl},
    {"tsv", StatementFormat::Tsv},
}};

constexpr std::string_view kTsvHeader =
    "doc\tsubject\tsubject_type\tpredicate\tobject\tobject_type\tconfidence\tsentence\tstart\tend\t"
    "qualifiers\textractor\tevidence\n";

// The qualifiers as written: a Literal object's unit goes to "unit".
std::map<std::string, std::string> qualifiers_of(const extract::Statement& statement) {
  std::map<std::string, std::string> qualifiers = statement.qualifiers;
  if (statement.object.type == extract::EntityType::Literal && !statement.object.unit.empty())
    qualifiers["unit"] = statement.object.unit;
  return qualifiers;
}

// Rounded to 3 decimals (SCHEMA.md's precision); NaN and infinities are not
// confidences, clamping keeps the line valid JSON.
double rounded_confidence(double confidence) {
  if (!(confidence >= 0.0)) return 0.0;
  return std::round(std::min(confidence, 1.0) * 1000.0) / 1000.0;
}

class JsonLine {
 public:
  explicit JsonLine(std::ostream& out) : wrapper_(out), writer_(wrapper_) {
    writer_.SetMaxDecimalPlaces(3);
  }
  void key(std::string_view name) { check(writer_.Key(name.data(), size(name))); }
  void string(std::string_view text) {
    const std::string valid = to_valid_utf8(text);
    check(writer_.String(valid.data(), size(valid)));
  }
  void member(std::string_view name, std::string_view text) { key(name), string(text); }
  void member(std::string_view name, std::uint64_t value) { key(name), check(writer_.Uint64(value)); }
  void member(std::string_view name, double value) { key(name), check(writer_.Double(value)); }
  void start_object() { check(writer_.StartObject()); }
  void end_object() { check(writer_.EndObject()); }
  void start_array() { check(writer_.StartArray()); }
  void end_array() { check(writer_.EndArray()); }
  void number(std::uint64_t value) { check(writer_.Uint64(value)); }
  void finish(std::ostream& out) {
    if (!writer_.IsComplete()) throw ExportError("export: statement line left incomplete");
    wrapper_.Flush();
    out << '\n';
    if (!out) throw ExportError("export: writing statements failed");
  }

 private:
  static rapidjson::SizeType size(std::string_view text) { return static_cast<rapidjson::SizeType>(text.size()); }
  static void check(bool ok) {
    if (!ok) throw ExportError("export: JSON writer refused a statement value");
  }
  rapidjson::OStreamWrapper wrapper_;
  rapidjson::Writer<rapidjson::OStreamWrapper> writer_;
};

void write_jsonl(const extract::Statement& statement, std::ostream& out) {
  JsonLine json(out);
  json.start_object();
  json.member("doc", statement.doc);
  json.member("subject", statement.subject.name);
  json.member("subject_type", extract::to_string(statement.subject.type));
  json.member("predicate", statement.predicate);
  json.member("object", statement.object.name);
  json.member("object_type", extract::to_string(statement.object.type));
  json.member("confidence", rounded_confidence(statement.confidence));
  json.member("sentence", static_cast<std::uint64_t>(statement.sentence));
  json.key("span");
  json.start_array();
  json.number(statement.span.begin);
  json.number(statement.span.end);
  json.end_array();
  json.key("qualifiers");
  json.start_object();
  for (const auto& [key, value] : qualifiers_of(statement)) json.member(key, value);
  json.end_object();
  json.member("extractor", statement.extractor);
  if (!statement.cue.empty()) json.member("cue", statement.cue);
  json.member("evidence", statement.evidence);
  json.end_object();
  json.finish(out);
}

// A TSV field: backslash, tab, newline and carriage return escaped as \\ \t \n \r
// so each statement stays on one line; `extra` characters get a backslash too.
std::string tsv_field(std::string_view text, std::string_view extra = {}) {
  std::string out;
  for (const char c : to_valid_utf8(text)) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default:
        if (extra.find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
  }
  return out;
}

void write_tsv(const extract::Statement& statement, std::ostream& out) {
  std::string qualifiers;
  for (const auto& [key, value] : qualifiers_of(statement)) {
    if (!qualifiers.empty()) qualifiers += ';';
    qualifiers += tsv_field(key, ";=") + '=' + tsv_field(value, ";=");
  }
  out << tsv_field(statement.doc) << '\t' << tsv_field(statement.subject.name) << '\t'
      << extract::to_string(statement.subject.type) << '\t' << tsv_field(statement.predicate) << '\t'
      << tsv_field(statement.object.name) << '\t' << extract::to_string(statement.object.type) << '\t'
      << format_decimal(rounded_confidence(statement.confidence), 3) << '\t' << statement.sentence << '\t'
      << statement.span.begin << '\t' << statement.span.end << '\t' << qualifiers << '\t'
      << tsv_field(statement.extractor) << '\t' << tsv_field(statement.evidence) << '\n';
  if (!out) throw ExportError("export: writing statements failed");
}

}  // namespace

StatementFormat parse_statement_format(std::string_view name) {
  std::string valid;
  for (const auto& [text, format] : kFormats) {
    if (text == name) return format;
    valid += (valid.empty() ? "" : ", ") + std::string(text);
  }
  throw ExportError("export: unknown statement format '" + std::string(name) + "'; valid formats: " + valid);
}

void write_statement_header(StatementFormat format, std::ostream& out) {
  if (format == StatementFormat::Tsv) out << kTsvHeader;
  if (!out) throw ExportError("export: writing statements failed");
}

void write_statement(const extract::Statement& statement, StatementFormat format, std::ostream& out) {
  if (format == StatementFormat::Tsv) return write_tsv(statement, out);
  write_jsonl(statement, out);
}

}  // namespace kg::exporter
