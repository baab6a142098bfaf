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
    // A soft hyphen (U+00AD) between letters is part of the word.
    if (in.text.compare(i, 2, "\xC2\xAD") == 0 && i > pos && in.word_char(i + 2)) {
      i += 2;
      continue;
    }
    // A trailing hyphen before a space stays attached ("Hard- und Software").
    if (c == '-' && (i + 1 >= in.end || in.space(i + 1))) ++i;
    break;
  }
  return i;
}

// Punctuation written with several characters that is one token: LaTeX
// quotes (``, ''), dashes (--), ellipses and emoticons. Its length at pos,
// or 0.
std::size_t multi_char_punctuation(const Cursor& in, std::size_t pos) {
  const std::string_view rest = in.text.substr(pos, std::min<std::size_t>(in.end - pos, 3));
  static constexpr std::string_view kEmoticons[] = {":-)", ";-)", ":-(", ":-D", ":)", ";)", ":(", ":D"};
  for (std::string_view emoticon : kEmoticons) {
    if (rest.substr(0, emoticon.size()) == emoticon) {
      // ":D" must not eat the start of a word (":Die").
      if (emoticon.back() == 'D' && in.word_char(pos + emoticon.size())) continue;
      return emoticon.size();
    }
  }
  const char c = in.text[pos];
  if (c == '`' || c == '\'' || c == '-' || c == '.') {
    std::size_t stop = pos + 1;
    while (stop < in.end && in.text[stop] == c) ++stop;
    if (stop - pos >= 2 || c == '.') return stop - pos;
  }
  return 0;
}

// An ordinal or a date part ("am 3. Juli", "14.--"): digits whose period
// the sentence splitter left inside the sentence.
bool is_ordinal(const Cursor& in, std::size_t pos, std::size_t stop, std::size_t sentence_end) {
  if (stop >= in.end || in.text[stop] != '.' || stop - pos > 4) return false;
  for (std::size_t i = pos; i < stop; ++i)
    if (!in.digit(i)) return false;
  std::size_t after = stop + 1;
  while (after < sentence_end && in.space(after)) ++after;
  return after < sentence_end;
}

// A hyphenated word of letters: "US-Präsident", "Staats-"; not "527-1".
bool is_compound(const Cursor& in, std::size_t begin, std::size_t end) {
  bool hyphen = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (in.text[i] == '-') {
      hyphen = true;
      if (i > begin && in.digit(i - 1) && i + 1 < end && in.digit(i + 1)) return false;
    } else if (in.text[i] == '/' || in.text[i] == '.' || in.text[i] == '@') {
      return false;
    }
  }
  return hyphen && in.word_char(begin);
}

struct Contraction {
  std::string_view form, preposition, article;
};

// German preposition + article contractions that UD splits.
const Contraction* find_contraction(std::string_view form) {
  static constexpr Contraction kContractions[] = {
      {"im", "in", "dem"},     {"am", "an", "dem"},     {"zum", "zu", "dem"},     {"zur", "zu", "der"},
      {"vom", "von", "dem"},   {"beim", "bei", "dem"},  {"ins", "in", "das"},     {"ans", "an", "das"},
      {"aufs", "auf", "das"},  {"ums", "um", "das"},    {"übers", "über", "das"}, {"fürs", "für", "das"},
      {"durchs", "durch", "das"}, {"hinterm", "hinter", "dem"}, {"unterm", "unter", "dem"},
      {"überm", "über", "dem"}, {"vorm", "vor", "dem"}};
  if (form.size() < 2 || form.size() > 7) return nullptr;
  const std::string lower = to_lower(form);
  for (const Contraction& contraction : kContractions)
    if (contraction.form == lower) return &contraction;
  return nullptr;
}

std::string to_upper_first(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

void Tokenizer::tokenize(Sentence& sentence, const Document& doc) const {
  sentence.tokens.clear();
  sentence.multiword_tokens.clear();
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
        if (single_letter || GermanLexicon::is_abbreviation(word) || is_ordinal(in, pos, stop, in.end)) ++stop;
      }
    } else if (stop == pos) {
      const std::size_t length = multi_char_punctuation(in, pos);
      stop = pos + (length > 0 ? length : cp.length);
    }
    if (options_.split_compounds && is_compound(in, pos, stop)) {
      // "US-Präsident" -> "US" "-" "Präsident"; "Staats-" -> "Staats" "-".
      std::size_t part = pos;
      for (std::size_t i = pos; i < stop; ++i) {
        if (in.text[i] != '-') continue;
        if (i > part) add_token(sentence, doc, part, i);
        add_token(sentence, doc, i, i + 1);
        part = i + 1;
      }
      if (part < stop) add_token(sentence, doc, part, stop);
    } else {
      add_token(sentence, doc, pos, stop);
    }
    pos = stop;
  }
}

void Tokenizer::add_token(Sentence& sentence, const Document& doc, std::size_t begin, std::size_t end) const {
  Token token;
  token.form.assign(doc.text, begin, end - begin);
  token.span = {begin, end};
  token.space_after = end < doc.text.size() && is_space(decode_utf8(doc.text, end).value);
  if (const Contraction* contraction = options_.split_contractions ? find_contraction(token.form) : nullptr) {
    MultiwordToken mwt{sentence.tokens.size(), sentence.tokens.size() + 2, token.form, token.span, token.space_after};
    Token article = token;
    token.form = contraction->preposition;
    if (is_upper(decode_utf8(mwt.form, 0).value)) token.form = to_upper_first(token.form);
    token.space_after = true;
    article.form = contraction->article;
    sentence.tokens.push_back(std::move(token));
    sentence.tokens.push_back(std::move(article));
    sentence.multiword_tokens.push_back(std::move(mwt));
    return;
  }
  const std::size_t hyphen = token.form.rfind('-');
  if (hyphen != std::string::npos && hyphen > 0 && hyphen + 1 < token.form.size() && !is_digit(static_cast<unsigned char>(token.form[hyphen + 1])))
    token.compound_head = hyphen + 1;
  sentence.tokens.push_back(std::move(token));
}

}  // namespace kg::extract
