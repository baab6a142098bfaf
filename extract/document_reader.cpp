#include "extract/document_reader.h"

#include <algorithm>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

namespace kg::extract {
namespace {

// Printable excerpt of raw input for a message: control bytes as \xNN, at most `limit` bytes.
std::string excerpt(std::string_view raw, std::size_t limit = 60) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (std::size_t i = 0; i < raw.size() && out.size() < limit; ++i) {
    const auto c = static_cast<unsigned char>(raw[i]);
    if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += static_cast<char>(c);
    }
  }
  if (raw.size() > limit) {
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
    out += "…";
  }
  return out;
}

bool only_whitespace(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; });
}

// Where to end a chunk of `text` at most `limit` bytes long: after a blank
// line, else after a newline, else after a space, else at a UTF-8 boundary.
std::size_t chunk_end(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text.size();
  const std::string_view window = text.substr(0, limit);
  for (std::string_view separator : {"\n\n", "\n", " "}) {
    const std::size_t at = window.rfind(separator);
    if (at != std::string_view::npos && at > limit / 4) return at + separator.size();
  }
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut == 0 ? limit : cut;
}

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "text") return InputFormat::Text;
  if (name == "jsonl") return InputFormat::Jsonl;
  return std::nullopt;
}

DocumentReader::DocumentReader(std::istream& in, std::string source, ReaderOptions options)
    : in_(in), source_(std::move(source)), options_(std::move(options)) {}

std::vector<Diagnostic> DocumentReader::take_diagnostics() { return std::exchange(diagnostics_, {}); }

bool DocumentReader::next(Document& document) {
  document = Document{};
  return options_.format == InputFormat::Text ? next_text(document) : next_jsonl(document);
}

bool DocumentReader::next_text(Document& document) {
  if (binary_) return false;
  // Keep at least two chunks' worth buffered so that a cut can look ahead.
  while (pending_.size() < 2 * options_.chunk_bytes && in_) {
    std::string block(options_.chunk_bytes, '\0');
    in_.read(block.data(), static_cast<std::streamsize>(block.size()));
    block.resize(static_cast<std::size_t>(in_.gcount()));
    bytes_read_ += block.size();
    pending_ += block;
    if (block.empty()) break;
  }
  const bool first = !started_;
  started_ = true;
  if (pending_.empty() && !first) return false;

  document.id = source_;
  document.lang = options_.lang;
  document.offset = offset_;
  if (const std::size_t nul = pending_.find('\0'); nul != std::string::npos) {
    // A NUL byte means a binary file, not text with a few bad bytes.
    document.diagnostics.push_back({source_, 0, offset_ + nul,
                                    "binary data (NUL byte); the rest of this input is skipped",
                                    excerpt(std::string_view(pending_).substr(nul, 16))});
    document.text = pending_.substr(0, nul);
    binary_ = true;
    pending_.clear();
    return true;
  }
  const std::size_t end = chunk_end(pending_, options_.chunk_bytes);
  document.text = pending_.substr(0, end);
  pending_.erase(0, end);
  offset_ += end;
  if (first && pending_.empty()) {
    if (document.text.empty())
      document.diagnostics.push_back({source_, 0, 0, "empty document", ""});
    else if (only_whitespace(document.text))
      document.diagnostics.push_back({source_, 0, 0, "document holds only whitespace", ""});
  }
  return true;
}

bool DocumentReader::next_jsonl(Document& document) {
  std::string line;
  while (std::getline(in_, line)) {
    ++line_;
    const std::size_t line_offset = bytes_read_;
    bytes_read_ += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (only_whitespace(line)) continue;
    auto skip = [&](std::size_t column, const std::string& reason) {
      diagnostics_.push_back({source_, line_, line_offset + column, reason + "; line skipped", excerpt(line)});
    };
    rapidjson::Document json;
    json.Parse(line.data(), line.size());
    if (json.HasParseError()) {
      skip(json.GetErrorOffset(), std::string("malformed JSON at column ") + std::to_string(json.GetErrorOffset() + 1) +
                                      ": " + rapidjson::GetParseError_En(json.GetParseError()));
      continue;
    }
    if (!json.IsObject()) {
      skip(0, "expected a JSON object {\"id\", \"text\"}");
      continue;
    }
    auto string_field = [&](const char* name) -> std::optional<std::string> {
      auto it = json.FindMember(name);
      if (it == json.MemberEnd()) return std::nullopt;
      if (it->value.IsString()) return std::string(it->value.GetString(), it->value.GetStringLength());
      if (it->value.IsNumber() && std::string_view(name) == "id")
        return it->value.IsInt64() ? std::to_string(it->value.GetInt64()) : std::to_string(it->value.GetDouble());
      return std::nullopt;
    };
    const auto id = string_field("id");
    const auto text = string_field("text");
    if (!id || id->empty()) {
      skip(0, "missing or empty string field \"id\"");
      continue;
    }
    if (!text) {
      skip(0, "missing string field \"text\" in document \"" + *id + "\"");
      continue;
    }
    document.id = *id;
    document.text = *text;
    document.lang = string_field("lang").value_or("de");
    document.date = string_field("date").value_or("");
    if (document.text.empty() || only_whitespace(document.text))
      document.diagnostics.push_back({source_, line_, line_offset, "document \"" + *id + "\" has no text", ""});
    return true;
  }
  return false;
}

}  // namespace kg::extract
