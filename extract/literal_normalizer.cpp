#include "extract/literal_normalizer.h"

#include <array>

#include "extract/german_lexicon.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

// digits x 10^exponent
struct Decimal {
  std::string digits;
  int exponent = 0;
};

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

// "3,6" "12.400" "1.234,5" "14.7" "85" -> Decimal; nullopt if not a number.
std::optional<Decimal> parse_number(std::string_view form) {
  if (form.empty() || form[0] < '0' || form[0] > '9') return std::nullopt;
  Decimal number;
  const std::size_t comma = form.find(',');
  std::string_view integer = comma == std::string_view::npos ? form : form.substr(0, comma);
  std::string_view fraction = comma == std::string_view::npos ? std::string_view{} : form.substr(comma + 1);
  if (comma != std::string_view::npos && !all_digits(fraction)) return std::nullopt;
  // Points are thousands separators when every group after them has three
  // digits; otherwise a single point is a decimal point ("14.7").
  std::string whole;
  bool grouped = true;
  std::size_t groups = 0;
  for (std::size_t pos = 0; pos <= integer.size();) {
    std::size_t dot = integer.find('.', pos);
    if (dot == std::string_view::npos) dot = integer.size();
    const std::string_view group = integer.substr(pos, dot - pos);
    if (!all_digits(group)) return std::nullopt;
    if (groups > 0 && group.size() != 3) grouped = false;
    whole.append(group);
    ++groups;
    pos = dot + 1;
  }
  if (!grouped) {
    if (groups != 2 || comma != std::string_view::npos) return std::nullopt;
    const std::size_t dot = integer.find('.');
    whole = std::string(integer.substr(0, dot));
    fraction = integer.substr(dot + 1);
  }
  number.digits = whole + std::string(fraction);
  number.exponent = -static_cast<int>(fraction.size());
  return number;
}

std::string format_decimal(Decimal number) {
  std::string digits = number.digits;
  int exponent = number.exponent;
  while (exponent < 0 && !digits.empty() && digits.back() == '0') digits.pop_back(), ++exponent;
  if (exponent > 0) digits.append(static_cast<std::size_t>(exponent), '0'), exponent = 0;
  std::string integer = digits, fraction;
  if (exponent < 0) {
    const std::size_t places = static_cast<std::size_t>(-exponent);
    if (digits.size() <= places) digits.insert(0, places - digits.size() + 1, '0');
    integer = digits.substr(0, digits.size() - places);
    fraction = digits.substr(digits.size() - places);
  }
  const std::size_t nonzero = integer.find_first_not_of('0');
  integer = nonzero == std::string::npos ? "0" : integer.substr(nonzero);
  return fraction.empty() ? integer : integer + "." + fraction;
}

int scale_of(std::string_view form) {
  const std::string lower = to_lower(form);
  if (lower == "tausend" || lower == "tsd." || lower == "tsd") return 3;
  if (lower == "mio." || lower == "mio" || lower == "million" || lower == "millionen") return 6;
  if (lower == "mrd." || lower == "mrd" || lower == "milliarde" || lower == "milliarden") return 9;
  if (lower == "billion" || lower == "billionen") return 12;
  return 0;
}

std::string_view currency_of(std::string_view form) {
  const std::string lower = to_lower(form);
  if (lower == "euro" || lower == "eur" || form == "€") return "EUR";
  if (lower == "dollar" || lower == "us-dollar" || lower == "usd" || form == "$") return "USD";
  if (lower == "franken" || lower == "chf") return "CHF";
  if (lower == "pfund" || lower == "gbp" || form == "£") return "GBP";
  if (lower == "yen" || lower == "jpy") return "JPY";
  if (lower == "yuan" || lower == "cny" || lower == "renminbi") return "CNY";
  return {};
}

bool is_employee_noun(std::string_view form) {
  return form == "Mitarbeiter" || form == "Mitarbeitern" || form == "Mitarbeiterinnen" ||
         form == "Beschäftigte" || form == "Beschäftigten" || form == "Angestellte" ||
         form == "Angestellten";
}

int year_of(std::string_view form) {
  if (form.size() != 4 || !all_digits(form)) return 0;
  const int year = std::stoi(std::string(form));
  return year >= 1900 && year <= 2100 ? year : 0;
}

int ordinal_of(std::string_view lower) {
  constexpr std::array<std::string_view, 4> kStems{"erst", "zweit", "dritt", "viert"};
  for (std::size_t i = 0; i < kStems.size(); ++i)
    if (lower.starts_with(kStems[i]) && lower.size() <= kStems[i].size() + 2) return static_cast<int>(i) + 1;
  if (lower.size() == 2 && lower[1] == '.' && lower[0] >= '1' && lower[0] <= '4') return lower[0] - '0';
  return 0;
}

bool is_relative_past(std::string_view lower) {
  return lower == "letzten" || lower == "vergangenen" || lower == "abgelaufenen" || lower == "vorigen" ||
         lower == "zurückliegenden";
}

std::string two_digits(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

std::vector<std::string_view> forms_of(const Sentence& sentence) {
  std::vector<std::string_view> forms;
  forms.reserve(sentence.tokens.size());
  for (const Token& token : sentence.tokens) forms.push_back(token.form);
  return forms;
}

}  // namespace

std::optional<Literal> LiteralNormalizer::quantity_at(const std::vector<std::string_view>& words,
                                                      std::size_t i) const {
  if (i >= words.size() || words[i].empty()) return std::nullopt;
  // Cheap test first: a number starts with a digit, a currency sign or a number word.
  const unsigned char lead = static_cast<unsigned char>(words[i][0]);
  if (!(lead >= '0' && lead <= '9') && lead != '$' && lead < 0x80 &&
      std::string_view("eEzZdDvVfFsSaAnN").find(static_cast<char>(lead)) == std::string_view::npos)
    return std::nullopt;
  Literal literal;
  literal.first_token = i;
  std::size_t pos = i;
  std::string_view currency;
  if (currency_of(words[pos]).size() && (words[pos] == "€" || words[pos] == "$" || words[pos] == "£")) {
    currency = currency_of(words[pos]);
    ++pos;
  }
  if (pos >= words.size()) return std::nullopt;
  std::optional<Decimal> number = parse_number(words[pos]);
  if (!number) {
    // "eine Milliarde", "zwei Millionen"
    const int word = GermanLexicon::number_word(to_lower(words[pos]));
    if (word == 0 || pos + 1 >= words.size() || scale_of(words[pos + 1]) == 0) return std::nullopt;
    number = Decimal{std::to_string(word), 0};
  }
  ++pos;
  if (pos < words.size()) {
    if (const int scale = scale_of(words[pos])) number->exponent += scale, ++pos;
  }
  literal.value = format_decimal(*number);
  if (currency.empty() && pos < words.size()) {
    if (words[pos] == "%" || to_lower(words[pos]) == "prozent") {
      literal.unit = "percent";
      ++pos;
    } else if (std::string_view code = currency_of(words[pos]); !code.empty()) {
      literal.unit = code;
      ++pos;
    } else if (words[pos] == "Schweizer" && pos + 1 < words.size() && currency_of(words[pos + 1]) == "CHF") {
      literal.unit = "CHF";
      pos += 2;
    } else if (is_employee_noun(words[pos])) {
      literal.unit = "employees";
      literal.noun = words[pos];
      ++pos;
    } else {
      // A counted noun, possibly after one or two adjectives.
      for (std::size_t k = pos; k < words.size() && k < pos + 3; ++k) {
        if (starts_upper(words[k])) {
          if (!GermanLexicon::is_function_word(to_lower(words[k]))) {
            literal.noun = words[k];
            pos = k + 1;
          }
          break;
        }
        if (!is_letter(decode_utf8(words[k], 0).value)) break;
      }
    }
  } else if (!currency.empty()) {
    literal.unit = currency;
  }
  literal.end_token = pos;
  return literal;
}

std::optional<Literal> LiteralNormalizer::time_at(const std::vector<std::string_view>& words, std::size_t i,
                                                  std::string_view reference_date,
                                                  std::string_view context_time) const {
  if (i >= words.size()) return std::nullopt;
  const int reference_year = reference_date.size() >= 4 && all_digits(reference_date.substr(0, 4))
                                 ? std::stoi(std::string(reference_date.substr(0, 4)))
                                 : 0;
  const int reference_month = reference_date.size() >= 7 && all_digits(reference_date.substr(5, 2))
                                  ? std::stoi(std::string(reference_date.substr(5, 2)))
                                  : 0;
  const std::string lower = to_lower(words[i]);
  const auto next_lower = [&](std::size_t k) { return k < words.size() ? to_lower(words[k]) : std::string(); };
  Literal literal;
  literal.first_token = i;
  // "ersten Quartal 2017", "2. Halbjahr 2020", "ersten Quartal" (year of the reference)
  if (const int ordinal = ordinal_of(lower)) {
    const std::string unit = next_lower(i + 1);
    const bool quarter = unit.starts_with("quartal");
    const bool half = unit.starts_with("halbjahr") && ordinal <= 2;
    if (quarter || half) {
      int year = i + 2 < words.size() ? year_of(words[i + 2]) : 0;
      literal.end_token = year ? i + 3 : i + 2;
      if (!year) year = reference_year;
      if (!year) return std::nullopt;
      literal.value = std::to_string(year) + (quarter ? "-Q" : "-H") + std::to_string(ordinal);
      return literal;
    }
  }
  // "Q1 2017", "Q1/2017"
  if (words[i].size() >= 2 && words[i][0] == 'Q' && words[i][1] >= '1' && words[i][1] <= '4') {
    int year = words[i].size() == 7 && words[i][2] == '/' ? year_of(words[i].substr(3)) : 0;
    if (!year && words[i].size() == 2 && i + 1 < words.size()) year = year_of(words[i + 1]);
    if (year) {
      literal.value = std::to_string(year) + "-Q" + words[i][1];
      literal.end_token = i + (words[i].size() == 2 ? 2 : 1);
      return literal;
    }
  }
  // "letzten Quartal", "vergangenen Jahr"
  if (is_relative_past(lower) && i + 1 < words.size()) {
    const std::string unit = next_lower(i + 1);
    literal.end_token = i + 2;
    if (unit.starts_with("quartal")) {
      if (context_time.size() == 7 && context_time[5] == 'Q') {
        literal.value = std::string(context_time);
        return literal;
      }
      if (!reference_year || !reference_month) return std::nullopt;
      int quarter = (reference_month - 1) / 3;  // the previous quarter, 0 = last year's Q4
      int year = reference_year;
      if (quarter == 0) quarter = 4, --year;
      literal.value = std::to_string(year) + "-Q" + std::to_string(quarter);
      return literal;
    }
    if ((unit == "jahr" || unit == "jahres" || unit == "geschäftsjahr") && reference_year) {
      literal.value = std::to_string(reference_year - 1);
      return literal;
    }
  }
  if (lower == "vorjahr" && reference_year) {
    literal.value = std::to_string(reference_year - 1);
    literal.end_token = i + 1;
    return literal;
  }
  if (lower == "heute" && !reference_date.empty()) {
    literal.value = std::string(reference_date);
    literal.end_token = i + 1;
    return literal;
  }
  if (const int month = GermanLexicon::month(lower)) {
    int year = i + 1 < words.size() ? year_of(words[i + 1]) : 0;
    literal.end_token = year ? i + 2 : i + 1;
    if (!year) year = reference_year;
    if (!year) return std::nullopt;
    literal.value = std::to_string(year) + "-" + two_digits(month);
    return literal;
  }
  if (const int year = year_of(words[i])) {
    // Not a count: "2018 Mitarbeiter" is no year.
    if (i + 1 < words.size() && (to_lower(words[i + 1]) == "prozent" || words[i + 1] == "%" ||
                                 !currency_of(words[i + 1]).empty() || is_employee_noun(words[i + 1])))
      return std::nullopt;
    literal.value = std::to_string(year);
    literal.end_token = i + 1;
    return literal;
  }
  return std::nullopt;
}

std::vector<Literal> LiteralNormalizer::quantities(const Sentence& sentence) const {
  const std::vector<std::string_view> words = forms_of(sentence);
  std::vector<Literal> found;
  for (std::size_t i = 0; i < words.size();) {
    std::optional<Literal> literal = quantity_at(words, i);
    if (literal && year_of(words[i]) && literal->unit.empty()) literal.reset();  // a year, not a count
    if (!literal) {
      ++i;
      continue;
    }
    i = std::max(literal->end_token, i + 1);
    found.push_back(std::move(*literal));
  }
  return found;
}

std::optional<Literal> LiteralNormalizer::time(const Sentence& sentence, std::string_view reference_date,
                                               std::string_view context_time) const {
  const std::vector<std::string_view> words = forms_of(sentence);
  std::optional<Literal> best;
  const auto rank = [](const Literal& literal) {
    if (literal.value.size() == 7 && (literal.value[5] == 'Q' || literal.value[5] == 'H')) return 3;
    if (literal.value.size() >= 7) return 2;
    return 1;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::optional<Literal> literal = time_at(words, i, reference_date, context_time);
    if (!literal) continue;
    if (!best || rank(*literal) > rank(*best)) best = literal;
    i = std::max(i, literal->end_token - 1);
  }
  return best;
}

std::optional<Literal> LiteralNormalizer::normalize(std::string_view phrase, std::string_view reference_date) const {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < phrase.size()) {
    while (pos < phrase.size() && phrase[pos] == ' ') ++pos;
    std::size_t end = pos;
    while (end < phrase.size() && phrase[end] != ' ') ++end;
    if (end > pos) {
      std::string_view word = phrase.substr(pos, end - pos);
      // "14,7%" -> "14,7" "%"
      if (word.size() > 1 && (word.back() == '%')) {
        words.push_back(word.substr(0, word.size() - 1));
        words.push_back(word.substr(word.size() - 1));
      } else {
        words.push_back(word);
      }
    }
    pos = end;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (auto quantity = quantity_at(words, i); quantity && !(year_of(words[i]) && quantity->unit.empty()))
      return quantity;
  }
  for (std::size_t i = 0; i < words.size(); ++i)
    if (auto time = time_at(words, i, reference_date)) return time;
  return std::nullopt;
}

}  // namespace kg::extract
