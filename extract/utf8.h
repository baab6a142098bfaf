#pragma once
// UTF-8 helpers shared by the stages: decoding, character classes of the
// Latin scripts German text uses, lower-casing and printable excerpts.

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::extract {

// One decoded code point. An invalid byte decodes as {0xFFFD, 1, false}.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;  // bytes
  bool valid = true;
};

// Decodes the sequence starting at byte `pos` (pos < text.size()); rejects
// overlong forms, surrogates and values above U+10FFFF.
CodePoint decode_utf8(std::string_view text, std::size_t pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

bool is_letter(char32_t cp);
bool is_upper(char32_t cp);
bool is_digit(char32_t cp);
// Unicode white space, including no-break and narrow spaces.
bool is_space(char32_t cp);

// Lower-cases ASCII, Latin-1 and Latin Extended-A letters; other bytes are
// copied unchanged (invalid bytes too).
std::string to_lower(std::string_view text);

// True when the first character of `text` is an upper-case letter.
bool starts_upper(std::string_view text);

// The largest character boundary <= pos.
std::size_t utf8_floor(std::string_view text, std::size_t pos);

// `text` cut to at most `max_bytes` at a character boundary.
std::string_view truncate_utf8(std::string_view text, std::size_t max_bytes);

// Bytes [begin, end) of `text` made printable for a diagnostic: invalid
// bytes become \xNN, control characters become spaces, at most ~60 bytes.
std::string printable_excerpt(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace kg::extract
