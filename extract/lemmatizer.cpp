#include "extract/lemmatizer.h"

#include "extract/perceptron.h"
#include "extract/tagger_features.h"

namespace kg::extract {

namespace {

constexpr std::size_t kMaxSuffix = 7;  // characters

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::uint64_t form_key(std::uint64_t table, std::string_view form, Upos upos) {
  return feature_hash(table, static_cast<std::uint64_t>(upos), hash_text(form));
}

// Changes the case of the first letter (ASCII and Latin-1); false when it
// has no other case.
bool change_first_case(std::string& text, bool to_upper) {
  if (text.empty()) return false;
  auto c = static_cast<unsigned char>(text[0]);
  if (c < 0x80) {
    if (to_upper && c >= 'a' && c <= 'z') text[0] = static_cast<char>(c - 32);
    else if (!to_upper && c >= 'A' && c <= 'Z') text[0] = static_cast<char>(c + 32);
    else return false;
    return true;
  }
  if (c != 0xC3 || text.size() < 2) return false;
  const auto next = static_cast<unsigned char>(text[1]);
  if (to_upper && next >= 0xA0 && next <= 0xBE && next != 0xB7) text[1] = static_cast<char>(next - 0x20);
  else if (!to_upper && next >= 0x80 && next <= 0x9E && next != 0x97) text[1] = static_cast<char>(next + 0x20);
  else return false;
  return true;
}

}  // namespace

std::string lemma_rule(std::string_view form, std::string_view lemma) {
  std::string cased(form);
  char casing = 'k';
  // The first character is one byte, or two for the Latin-1 letters.
  const std::size_t first = !cased.empty() && static_cast<unsigned char>(cased[0]) >= 0x80 ? 2 : 1;
  if (!cased.empty() && !lemma.empty() && cased.compare(0, first, lemma.substr(0, first)) != 0) {
    std::string probe = cased;
    if (change_first_case(probe, false) && probe.compare(0, first, lemma.substr(0, first)) == 0) {
      casing = 'l';
      cased = probe;
    } else if (probe = cased; change_first_case(probe, true) && probe.compare(0, first, lemma.substr(0, first)) == 0) {
      casing = 'u';
      cased = probe;
    }
  }
  std::size_t common = 0;
  while (common < cased.size() && common < lemma.size() && cased[common] == lemma[common]) ++common;
  while (common > 0 && common < cased.size() && is_continuation(cased[common])) --common;
  std::string rule;
  rule += casing;
  rule += static_cast<char>(cased.size() - common < 200 ? cased.size() - common : 199);
  rule.append(lemma.substr(common));
  return rule;
}

bool apply_lemma_rule(std::string_view rule, std::string_view form, std::string& lemma) {
  if (rule.size() < 2) return false;
  const auto strip = static_cast<std::size_t>(static_cast<unsigned char>(rule[1]));
  if (strip > form.size()) return false;
  std::string result(form.substr(0, form.size() - strip));
  result.append(rule.substr(2));
  if (rule[0] != 'k') change_first_case(result, rule[0] == 'u');
  lemma = std::move(result);
  return true;
}

const std::string* Lemmatizer::known_lemma(std::string_view form, std::string_view lower, Upos upos) const {
  if (const std::string* lemma = forms_.find(form_key(1, form, upos))) return lemma;
  return lower_forms_.find(form_key(2, lower, upos));
}

void Lemmatizer::lemmatize(std::string_view form, std::string_view lower, Upos upos, std::string& lemma) const {
  if (const std::string* known = known_lemma(form, lower, upos)) {
    lemma = *known;
    return;
  }
  guess_lemma(form, lower, upos, lemma);
}

void Lemmatizer::guess_lemma(std::string_view form, std::string_view lower, Upos upos, std::string& lemma) const {
  // The longest suffix of the lower-cased form with a rule.
  std::size_t pos = lower.size();
  std::size_t starts[kMaxSuffix + 1];
  std::size_t count = 0;
  starts[count++] = pos;
  while (pos > 0 && count <= kMaxSuffix) {
    --pos;
    while (pos > 0 && is_continuation(lower[pos])) --pos;
    starts[count++] = pos;
  }
  for (std::size_t k = count; k-- > 0;) {
    if (const std::string* rule = rules_.find(form_key(3 + k, lower.substr(starts[k]), upos)))
      if (apply_lemma_rule(*rule, form, lemma)) return;
  }
  lemma.assign(form);
}

void Lemmatizer::write(ModelWriter& out) const {
  forms_.write(out);
  lower_forms_.write(out);
  rules_.write(out);
}

Lemmatizer Lemmatizer::read(ModelReader& in) {
  Lemmatizer lemmatizer;
  lemmatizer.forms_ = FormDictionary::read(in);
  lemmatizer.lower_forms_ = FormDictionary::read(in);
  lemmatizer.rules_ = FormDictionary::read(in);
  return lemmatizer;
}

void LemmatizerBuilder::add(std::string_view form, Upos upos, std::string_view lemma) {
  if (form.empty() || lemma.empty()) return;
  std::string lower;
  append_lower(form, lower);
  forms_.add(form_key(1, form, upos), lemma);
  lower_forms_.add(form_key(2, lower, upos), lemma);
  types_.emplace(std::string(form), upos, std::string(lemma));
}

Lemmatizer LemmatizerBuilder::build() const {
  Lemmatizer lemmatizer;
  lemmatizer.forms_ = forms_.build();
  lemmatizer.lower_forms_ = lower_forms_.build();
  // Rules are counted over distinct words, since they serve unseen words,
  // which look like rare words rather than frequent ones.
  FormDictionaryBuilder rules;
  std::string lower;
  for (const auto& [form, upos, lemma] : types_) {
    lower.clear();
    append_lower(form, lower);
    const std::string rule = lemma_rule(form, lemma);
    std::size_t pos = lower.size();
    for (std::size_t k = 0; k <= kMaxSuffix; ++k) {
      rules.add(form_key(3 + k, std::string_view(lower).substr(pos), upos), rule);
      if (pos == 0) break;
      --pos;
      while (pos > 0 && is_continuation(lower[pos])) --pos;
    }
  }
  lemmatizer.rules_ = rules.build();
  return lemmatizer;
}

}  // namespace kg::extract
