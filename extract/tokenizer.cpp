#include "extract/tokenizer.h"

#include <string_view>

#include "extract/german_lexicon.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

struct Cursor {
  std::string_view text;
  std::size_t end;
  CodePoint at(std::size_t pos) const {
    if (pos >= end) return {0, 0, false};
    return decode_utf8(text, pos);
  }
  bool word_char(std::size_t pos) const {
    const CodePoint cp = at(pos);
    return cp.valid && cp.length > 0 && (is_letter(cp.value) || is_digit(cp.value));
  }
  bool digit(std::size_t pos) const { return pos < end && text[pos] >= '0' && text[pos] <= '9'; }
  bool space(std::size_t pos) const {
    const CodePoint cp = at(pos);
    return cp.valid && cp.length > 0 && is_space(cp.value);
  }
  // End of the run of non-space bytes from pos.
  std::size_t chunk_end(std::size_t pos) const {
    while (pos < end && !space(pos)) pos += at(pos).length;
    return pos;
  }
};

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool closing_punct(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == '"' || c == '\'' || c == ']';
}

// A URL or e-mail address starting at pos: its end, or pos when there is none.
std::size_t url_end(const Cursor& in, std::size_t pos) {
  const std::size_t chunk = in.chunk_end(pos);
  const std::string_view word = in.text.substr(pos, chunk - pos);
  const bool url = starts_with(word, "http://") || starts_with(word, "https://") ||
                   starts_with(word, "www.");
  bool email = false;
  if (!url) {
    const std::size_t at = word.find('@');
    email = at != std::string_view::npos && at > 0 && word.find('.', at) != std::string_view::npos &&
            in.word_char(pos);
  }
  if (!url && !email) return pos;
  std::size_t stop = chunk;
  while (stop > pos && closing_punct(in.text[stop - 1])) --stop;
  // Closing typographic quotes (3-byte sequences) are not part of a URL.
  while (stop >= pos + 3 && (in.text.substr(stop - 3, 3) == "\xE2\x80\x9C" ||
                             in.text.substr(stop - 3, 3) == "\xE2\x80\x9D"))
    stop -= 3;
  return stop;
}

// End of the word (letters, digits, joiners) starting at pos.
std::size_t word_end(const Cursor& in, std::size_t pos) {
  std::size_t i = pos;
  while (true) {
    while (in.word_char(i)) i += in.at(i).length;
    if (i >= in.end) break;
    const char c = in.text[i];
    // Decimal commas and thousands points join digits: 3,6 and 12.400.
    if ((c == ',' || c == '.') && i > pos && in.digit(i - 1) && in.digit(i + 1)) {
      ++i;
      continue;
    }
    // Hyphens, slashes, ampersands and apostrophes join word characters:
    // Nokia-Patente, A/S, AT&T, geht's.
    if ((c == '-' || c == '/' || c == '&' || c == '\'') && in.word_char(i + 1)) {
      ++i;
      continue;
    }
    // A trailing hyphen before a space stays attached ("Hard- und Software").
    if (c == '-' && (i + 1 >= in.end || in.space(i + 1))) ++i;
    break;
  }
  return i;
}

}  // namespace

void Tokenizer::tokenize(Sentence& sentence, const Document& doc) const {
  sentence.tokens.clear();
  sentence.tokens.reserve(sentence.span.size() / 5 + 4);
  const Cursor in{doc.text, std::min(sentence.span.end, doc.text.size())};
  std::size_t pos = sentence.span.begin;
  while (pos < in.end) {
    const CodePoint cp = in.at(pos);
    if (!cp.valid || is_space(cp.value)) {
      pos += cp.length;
      continue;
    }
    std::size_t stop = url_end(in, pos);
    if (stop == pos && in.word_char(pos)) {
      stop = word_end(in, pos);
      // Abbreviations and initials keep their period: "z.", "Nr.", "J.".
      if (stop < in.end && in.text[stop] == '.') {
        const std::string_view word = in.text.substr(pos, stop - pos);
        const bool single_letter = in.at(pos).length == word.size() && is_letter(in.at(pos).value);
        if (single_letter || GermanLexicon::is_abbreviation(word)) ++stop;
      }
    } else if (stop == pos) {
      stop = pos + cp.length;
      if (in.text[pos] == '.')  // an ellipsis "..." is one token
        while (stop < in.end && in.text[stop] == '.') ++stop;
    }
    Token token;
    token.form.assign(in.text.substr(pos, stop - pos));
    token.span = {pos, stop};
    token.space_after = stop < doc.text.size() && in.space(stop);
    if (stop >= in.end && stop < doc.text.size())
      token.space_after = is_space(decode_utf8(doc.text, stop).value);
    sentence.tokens.push_back(std::move(token));
    pos = stop;
  }
}

}  // namespace kg::extract
