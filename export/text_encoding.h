#pragma once
// Text helpers shared by the exporters: every writer passes names, quotes and
// ids through these, so all formats see the same characters.

#include <ostream>
#include <string>
#include <string_view>

namespace kg::exporter {

// `text` with every invalid UTF-8 sequence (stray continuation bytes,
// overlong forms, surrogates, truncated sequences) replaced by U+FFFD.
// Valid input comes back unchanged. Documents keep invalid bytes, so names
// and quotes may carry them; no output format may.
std::string to_valid_utf8(std::string_view text);

// The length of the valid UTF-8 sequence that starts at `text[at]` (1 for
// ASCII), or 0 when the bytes there are not valid UTF-8. Requires at < size.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// Whether `text` is valid UTF-8 (to_valid_utf8 would return it unchanged).
bool is_valid_utf8(std::string_view text);

// `value` as an N-Triples STRING_LITERAL_QUOTE in the canonical form of RDF
// 1.2 (quotes included): ECHAR for " \ BS TAB LF FF CR, UCHAR for the other
// controls (NUL included) and DEL, UTF-8 otherwise, invalid UTF-8 as U+FFFD.
// JSON-LD processors (jsonld.js) print the same form. Appended to `out`.
void append_quoted_literal(std::string& out, std::string_view value);

// `text` as a JSON string (quotes included): " \ and the controls escaped,
// the rest as is.
void write_json_string(std::ostream& out, std::string_view text);

// Percent-encodes every byte except the RFC 3986 unreserved characters
// (A-Z a-z 0-9 - . _ ~); for path segments of our IRIs ("dev 1/a" -> "dev%201%2Fa").
std::string percent_encode(std::string_view text);
// percent_encode appended to `out`, without a temporary string.
void append_percent_encoded(std::string& out, std::string_view text);

// `iri` with the bytes that may not appear in an N-Triples IRIREF (controls,
// space, < > " { } | ^ ` \) and invalid UTF-8 percent-encoded. IRIs that are
// already valid come back unchanged.
std::string to_safe_iri(std::string_view iri);
// to_safe_iri appended to `out`, without a temporary string.
void append_safe_iri(std::string& out, std::string_view iri);

// `value` rounded to at most `decimals` places, trailing zeros dropped:
// 0.8200 -> "0.82", 1 -> "1", 0.12345 (3) -> "0.123". A valid xsd:decimal.
// Requires a finite value.
std::string format_decimal(double value, int decimals);

// Whether `text` is a lexical form of xsd:decimal ("14.7", "-3", "3600000").
bool is_decimal(std::string_view text);

}  // namespace kg::exporter
