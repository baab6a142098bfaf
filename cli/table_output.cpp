#include "cli/table_output.h"

#include <algorithm>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "cli/arguments.h"

namespace kg::cli {
namespace {

std::size_t display_width(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string escape_tsv(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\\') out += "\\\\";
    else out += c;
  }
  return out;
}

// Control characters would break the table layout; show them escaped.
std::string printable(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (static_cast<unsigned char>(c) < 0x20) out += '?';
    else out += c;
  }
  return out;
}

}  // namespace

TableFormat parse_table_format(const std::string& name) {
  if (name == "table") return TableFormat::Table;
  if (name == "json") return TableFormat::Json;
  if (name == "tsv") return TableFormat::Tsv;
  throw UsageError("unknown --format '" + name + "' (valid: table, json, tsv)");
}

void write_table(const std::vector<std::string>& columns, const std::vector<std::vector<std::string>>& rows,
                 TableFormat format, std::ostream& out) {
  if (format == TableFormat::Json) {
    rapidjson::OStreamWrapper stream(out);
    rapidjson::Writer<rapidjson::OStreamWrapper> writer(stream);
    writer.StartObject();
    writer.Key("columns");
    writer.StartArray();
    for (const auto& column : columns) writer.String(column.c_str(), static_cast<rapidjson::SizeType>(column.size()));
    writer.EndArray();
    writer.Key("rows");
    writer.StartArray();
    for (const auto& row : rows) {
      writer.StartArray();
      for (const auto& cell : row) writer.String(cell.c_str(), static_cast<rapidjson::SizeType>(cell.size()));
      writer.EndArray();
    }
    writer.EndArray();
    writer.EndObject();
    out << '\n';
    return;
  }
  if (format == TableFormat::Tsv) {
    for (std::size_t i = 0; i < columns.size(); ++i) out << (i ? "\t" : "") << escape_tsv(columns[i]);
    out << '\n';
    for (const auto& row : rows) {
      for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "\t" : "") << escape_tsv(row[i]);
      out << '\n';
    }
    return;
  }
  std::vector<std::size_t> widths(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) widths[i] = display_width(columns[i]);
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], display_width(printable(row[i])));
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::string cell = printable(cells[i]);
      out << cell;
      if (i + 1 < cells.size()) out << std::string(widths[i] - display_width(cell) + 2, ' ');
    }
    out << '\n';
  };
  line(columns);
  std::vector<std::string> rule;
  for (std::size_t width : widths) rule.emplace_back(width, '-');
  line(rule);
  for (const auto& row : rows) line(row);
}

}  // namespace kg::cli
