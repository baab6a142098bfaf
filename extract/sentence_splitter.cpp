#include "extract/sentence_splitter.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/german_lexicon.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxLengthDiagnostics = 100;

bool is_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

bool is_digit_char(char c) { return c >= '0' && c <= '9'; }

// Closing quotes and brackets that stay with the sentence before them.
std::size_t closing_length(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const char c = text[pos];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  const std::string_view rest = text.substr(pos, 3);
  if (rest == "\xE2\x80\x9C" || rest == "\xE2\x80\x9D" || rest == "\xE2\x80\x99" ||
      rest == "\xE2\x80\x98")
    return 3;
  const std::string_view two = text.substr(pos, 2);
  if (two == "\xC2\xAB" || two == "\xC2\xBB") return 2;
  return 0;
}

// Can a sentence start with the character at pos?
bool sentence_start(std::string_view text, std::size_t pos) {
  const CodePoint cp = decode_utf8(text, pos);
  if (!cp.valid) return false;
  if (is_upper(cp.value) || is_digit(cp.value)) return true;
  const char c = text[pos];
  if (c == '"' || c == '\'' || c == '`' || c == '(' || c == '[' || c == '-') return true;
  const std::string_view rest = text.substr(pos, 3);
  return rest == "\xE2\x80\x9E" || rest == "\xE2\x80\x9A" || rest == "\xE2\x80\x9C" ||
         text.substr(pos, 2) == "\xC2\xBB" || text.substr(pos, 2) == "\xC2\xAB" ||
         rest == "\xE2\x80\x93";
}

// The word (letters and digits) ending just before byte `end`.
std::string_view word_before(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t start = end;
  while (start > begin) {
    const std::size_t prev = utf8_floor(text, start - 1);
    const CodePoint cp = decode_utf8(text, prev);
    if (!cp.valid || !(is_letter(cp.value) || is_digit(cp.value))) break;
    start = prev;
  }
  return text.substr(start, end - start);
}

// The word starting at pos (letters only), lower-cased.
std::string word_at(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size()) {
    const CodePoint cp = decode_utf8(text, end);
    if (!cp.valid || !is_letter(cp.value)) break;
    end += cp.length;
  }
  return to_lower(text.substr(pos, end - pos));
}

// Does the period at `dot` end the sentence, given the next sentence would
// start at `next`?
bool period_ends_sentence(std::string_view text, std::size_t begin, std::size_t dot, std::size_t next) {
  const std::string_view word = word_before(text, begin, dot);
  const std::string next_word = word_at(text, next);
  const bool next_is_function = GermanLexicon::is_function_word(next_word);
  if (GermanLexicon::month(next_word) != 0 && is_digits(word) && word.size() <= 2) return false;
  if (is_digits(word)) return word.size() > 2 || next_is_function;
  if (word.empty()) return true;
  const CodePoint first = decode_utf8(word, 0);
  if (first.length == word.size()) return false;  // initial or "z. B."
  if (GermanLexicon::is_abbreviation(word)) {
    const bool can_end = word == "etc" || word == "usw" || word == "Inc" || word == "Corp" ||
                         word == "Ltd" || word == "Co";
    return can_end && next_is_function;
  }
  return true;
}

bool is_space_at(std::string_view text, std::size_t pos, std::size_t* length) {
  const CodePoint cp = decode_utf8(text, pos);
  *length = cp.length;
  return cp.valid && is_space(cp.value);
}

// Length of a "date YYYY-MM[-DD]" header at the start of the text (after
// leading white space), 0 if there is none; stores the date.
std::size_t header_length(std::string_view text, std::string* date) {
  std::size_t pos = 0;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r'))
    ++pos;
  if (text.substr(pos, 5) != "date ") return 0;
  std::size_t end = pos + 5;
  while (end < text.size() && (is_digit_char(text[end]) || text[end] == '-')) ++end;
  const std::string_view value = text.substr(pos + 5, end - pos - 5);
  const bool shape = (value.size() == 7 || value.size() == 10) && is_digits(value.substr(0, 4)) &&
                     value[4] == '-' && is_digits(value.substr(5, 2)) &&
                     (value.size() == 7 || (value[7] == '-' && is_digits(value.substr(8, 2))));
  if (!shape || (end < text.size() && !(text[end] == ' ' || text[end] == '\n' || text[end] == '\r' || text[end] == '\t')))
    return 0;
  *date = std::string(value);
  return end;
}

// Is the text hard-wrapped, its paragraphs broken into lines of similar
// length? Then a single line break is a space; otherwise it ends a sentence
// (a headline, a list item, a line per sentence).
bool hard_wrapped(std::string_view text) {
  std::size_t lines = 0, wrapped_looking = 0, longest = 0;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) break;  // the last line says nothing about wrapping
    const std::size_t length = end - begin;
    const bool next_blank = end + 1 >= text.size() || text[end + 1] == '\n' || text[end + 1] == '\r';
    if (length > 0 && !next_blank) {
      ++lines;
      longest = std::max(longest, length);
      if (length >= 40 && length <= 100) ++wrapped_looking;
    }
    begin = end + 1;
  }
  return lines >= 3 && longest <= 120 && wrapped_looking * 2 >= lines;
}

}  // namespace

SentenceSplitter::SentenceSplitter(SentenceLimits limits) : limits_(limits) {}

void SentenceSplitter::split(Document& doc) const {
  const std::string_view text = doc.text;
  std::size_t pos = 0;
  if (doc.offset == 0) {
    std::string date;
    pos = header_length(text, &date);
    if (pos > 0 && doc.date.empty()) doc.date = date;
  }
  constexpr std::size_t npos = std::string_view::npos;
  std::size_t start = npos;     // first byte of the open sentence
  std::size_t content_end = 0;  // one past its last non-space byte
  std::size_t words = 0;
  std::size_t last_space = npos;
  std::size_t length_diagnostics = 0;
  bool in_word = false;
  const bool line_ends_sentence = !hard_wrapped(text);

  const auto emit = [&](std::size_t end) {
    if (start != npos && end > start) {
      Sentence sentence;
      sentence.span = {start, end};
      doc.sentences.push_back(std::move(sentence));
    }
    start = npos;
    words = 0;
    in_word = false;
    last_space = npos;
  };

  for (std::size_t i = pos; i < text.size();) {
    std::size_t length = 1;
    if (is_space_at(text, i, &length)) {
      if (in_word) ++words, in_word = false;
      if (start != npos) last_space = i;
      if (text[i] == '\n' && start != npos) {
        // A blank line ends the sentence (paragraphs, headlines).
        std::size_t j = i + 1;
        std::size_t space_length = 1;
        bool blank = false;
        while (j < text.size() && is_space_at(text, j, &space_length)) {
          if (text[j] == '\n') blank = true;
          j += space_length;
        }
        if (blank || line_ends_sentence) emit(content_end);
      }
      i += length;
      continue;
    }
    if (start == npos) start = i;
    in_word = true;
    const char c = text[i];
    i += length;
    content_end = i;
    if (c == '.' || c == '!' || c == '?') {
      std::size_t j = i;
      while (j < text.size() && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;
      while (std::size_t close = closing_length(text, j)) j += close;
      std::size_t space_length = 1;
      if (j >= text.size() || is_space_at(text, j, &space_length)) {
        std::size_t next = j;
        while (next < text.size() && is_space_at(text, next, &space_length)) next += space_length;
        const bool ends = next >= text.size() ||
                          (sentence_start(text, next) &&
                           (c != '.' || j > i || period_ends_sentence(text, start, i - 1, next)));
        if (ends) {
          content_end = j;
          emit(j);
          i = j;
          continue;
        }
      }
    }
    if (start != npos && (i - start > limits_.max_bytes || words >= limits_.max_words)) {
      std::size_t cut = last_space != npos && last_space > start ? last_space : utf8_floor(text, i);
      if (cut <= start) cut = i;
      if (length_diagnostics < kMaxLengthDiagnostics) {
        doc.diagnostics.push_back({doc.id, 0, doc.offset + cut,
                                   "sentence too long: split after " + std::to_string(cut - start) + " bytes",
                                   printable_excerpt(text, cut >= 30 ? utf8_floor(text, cut - 30) : 0, cut)});
      } else if (length_diagnostics == kMaxLengthDiagnostics) {
        doc.diagnostics.push_back({doc.id, 0, doc.offset + cut,
                                   "too many overlong sentences: further splits not reported", ""});
      }
      ++length_diagnostics;
      emit(cut);
      i = cut;
    }
  }
  emit(content_end);
}

}  // namespace kg::extract
