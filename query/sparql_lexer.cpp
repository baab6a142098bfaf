#include "query/sparql_lexer.h"

#include <cctype>
#include <cstdint>

#include "extract/utf8.h"

namespace kg::query {
namespace {

using extract::append_utf8;

bool is_name_start(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80;
}
bool is_name_char(unsigned char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    for (;;) {
      skip_space();
      Token token;
      token.position = position_;
      if (at_ >= text_.size()) {
        tokens.push_back(token);
        return tokens;
      }
      read(token);
      tokens.push_back(std::move(token));
    }
  }

 private:
  char peek(std::size_t ahead = 0) const { return at_ + ahead < text_.size() ? text_[at_ + ahead] : '\0'; }

  void advance(std::size_t count = 1) {
    for (std::size_t i = 0; i < count && at_ < text_.size(); ++i, ++at_) {
      const auto c = static_cast<unsigned char>(text_[at_]);
      if (c == '\n') {
        ++position_.line;
        position_.column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++position_.column;
      }
    }
  }

  void skip_space() {
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        advance();
      } else if (c == '#') {
        while (at_ < text_.size() && text_[at_] != '\n') advance();
      } else {
        return;
      }
    }
  }

  [[noreturn]] void fail(SourcePosition position, const std::string& message) const {
    throw SparqlError(position, message);
  }

  void read(Token& token) {
    const char c = peek();
    if (c == '<' && read_iri(token)) return;
    if (c == '?' || c == '$') {
      if (is_name_start(static_cast<unsigned char>(peek(1))) || is_digit(peek(1))) {
        advance();
        token.kind = TokenKind::Variable;
        while (at_ < text_.size() && is_name_char(static_cast<unsigned char>(peek()))) token.text += peek(), advance();
        return;
      }
    }
    if (c == '"' || c == '\'') return read_string(token);
    if (c == '@' && is_name_start(static_cast<unsigned char>(peek(1)))) {
      advance();
      token.kind = TokenKind::LangTag;
      while (std::isalnum(static_cast<unsigned char>(peek())) || peek() == '-') token.text += peek(), advance();
      return;
    }
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return read_number(token);
    if (c == '_' && peek(1) == ':') {
      advance(2);
      token.kind = TokenKind::BlankNode;
      while (is_name_char(static_cast<unsigned char>(peek()))) token.text += peek(), advance();
      return;
    }
    if (is_name_start(static_cast<unsigned char>(c)) || c == ':') return read_name(token);
    static constexpr std::string_view kTwo[] = {"!=", "<=", ">=", "&&", "||", "^^"};
    for (const std::string_view two : kTwo) {
      if (text_.substr(at_, 2) == two) {
        token.kind = TokenKind::Punct;
        token.text = two;
        advance(2);
        return;
      }
    }
    if (std::string_view("{}()[].,;*=<>!+-/^|?").find(c) != std::string_view::npos) {
      token.kind = TokenKind::Punct;
      token.text = c;
      advance();
      return;
    }
    fail(position_, std::string("unexpected character '") + c + "'");
  }

  // IRIREF; false when '<' is a comparison instead.
  bool read_iri(Token& token) {
    std::size_t end = at_ + 1;
    while (end < text_.size()) {
      const auto c = static_cast<unsigned char>(text_[end]);
      if (c == '>') break;
      if (c <= 0x20 || c == '<' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' ||
          c == '\\')
        return false;
      ++end;
    }
    if (end >= text_.size()) return false;
    token.kind = TokenKind::Iri;
    token.text = text_.substr(at_ + 1, end - at_ - 1);
    advance(end + 1 - at_);
    return true;
  }

  void read_string(Token& token) {
    const SourcePosition start = position_;
    const char quote = peek();
    const bool long_form = peek(1) == quote && peek(2) == quote;
    advance(long_form ? 3 : 1);
    token.kind = TokenKind::String;
    for (;;) {
      if (at_ >= text_.size()) fail(start, "unterminated string");
      const char c = peek();
      if (c == quote && (!long_form || (peek(1) == quote && peek(2) == quote))) {
        advance(long_form ? 3 : 1);
        return;
      }
      if (!long_form && (c == '\n' || c == '\r')) fail(start, "line break in a short string (use \"\"\"...\"\"\")");
      if (c != '\\') {
        token.text += c;
        advance();
        continue;
      }
      const SourcePosition escape = position_;
      advance();
      const char kind = peek();
      advance();
      switch (kind) {
        case 't': token.text += '\t'; break;
        case 'n': token.text += '\n'; break;
        case 'r': token.text += '\r'; break;
        case 'b': token.text += '\b'; break;
        case 'f': token.text += '\f'; break;
        case '"': case '\'': case '\\': token.text += kind; break;
        case 'u': case 'U': {
          const std::size_t digits = kind == 'u' ? 4 : 8;
          std::uint32_t cp = 0;
          for (std::size_t i = 0; i < digits; ++i) {
            const char h = peek();
            if (!std::isxdigit(static_cast<unsigned char>(h))) fail(escape, "bad \\u escape in string");
            cp = cp * 16 + static_cast<std::uint32_t>(is_digit(h) ? h - '0' : (h | 0x20) - 'a' + 10);
            advance();
          }
          append_utf8(token.text, cp);
          break;
        }
        default: fail(escape, std::string("unknown escape \\") + kind + " in string");
      }
    }
  }

  void read_number(Token& token) {
    token.kind = TokenKind::Integer;
    while (is_digit(peek())) token.text += peek(), advance();
    if (peek() == '.' && is_digit(peek(1))) {
      token.kind = TokenKind::Decimal;
      token.text += '.';
      advance();
      while (is_digit(peek())) token.text += peek(), advance();
    }
    if ((peek() == 'e' || peek() == 'E') &&
        (is_digit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && is_digit(peek(2))))) {
      token.kind = TokenKind::Double;
      token.text += peek();
      advance();
      if (peek() == '+' || peek() == '-') token.text += peek(), advance();
      while (is_digit(peek())) token.text += peek(), advance();
    }
  }

  // Keywords and prefixed names ("schema:name", "kg:", ":x").
  void read_name(Token& token) {
    token.kind = TokenKind::Word;
    while (is_name_char(static_cast<unsigned char>(peek())) || peek() == '.') {
      if (peek() == '.' && !is_name_char(static_cast<unsigned char>(peek(1)))) break;
      token.text += peek(), advance();
    }
    if (peek() != ':') return;
    token.kind = TokenKind::PrefixedName;
    token.text += ':';
    advance();
    for (;;) {
      const char c = peek();
      if (is_name_char(static_cast<unsigned char>(c)) || c == ':' || c == '%') {
        token.text += c, advance();
      } else if (c == '.' && (is_name_char(static_cast<unsigned char>(peek(1))) || peek(1) == ':')) {
        token.text += c, advance();
      } else if (c == '\\' && peek(1) != '\0' && std::string_view("_~.-!$&'()*+,;=/?#@%").find(peek(1)) != std::string_view::npos) {
        token.text += peek(1), advance(2);
      } else {
        return;
      }
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
  SourcePosition position_;
};

}  // namespace

SparqlError::SparqlError(SourcePosition where, const std::string& message)
    : std::runtime_error("query: line " + std::to_string(where.line) + ", column " + std::to_string(where.column) +
                         ": " + message),
      position(where) {}

std::vector<Token> tokenize_sparql(std::string_view text) { return Lexer(text).run(); }

}  // namespace kg::query
