// Size, load time, lookup speed and treebank coverage of the German lexicon.
//
//   xzcat ../shared/data/ud-german-gsd/*.conllu.xz | build/bench/kg_lexicon_bench
//
// Coverage counts NOUN, VERB, AUX and ADJ tokens: the share whose gold
// (lemma, UPOS) is among the candidates, the share with any candidate, and
// for NOUN tokens the share whose gold Case some NOUN candidate allows;
// "lexicon" = the form and its lower-cased variant, "guesser" = analyse().

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "extract/conllu.h"
#include "extract/embedded_files.h"
#include "extract/morph_lexicon.h"
#include "extract/utf8.h"

using namespace kg::extract;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Counts {
  std::size_t tokens = 0, gold_found = 0, any = 0, gold_found_guessed = 0, any_guessed = 0;
  std::size_t case_tokens = 0, case_allowed = 0, case_allowed_guessed = 0;
};

bool has_gold(const std::vector<MorphAnalysis>& readings, const Token& token) {
  return std::any_of(readings.begin(), readings.end(), [&](const MorphAnalysis& reading) {
    return reading.lemma == token.lemma && upos_name(reading.upos) == token.upos;
  });
}

bool allows_case(const std::vector<MorphAnalysis>& readings, std::uint8_t gold_case) {
  return std::any_of(readings.begin(), readings.end(), [&](const MorphAnalysis& reading) {
    return reading.upos == Upos::NOUN && (reading.features[Feature::Case] & gold_case) != 0;
  });
}

double percent(std::size_t part, std::size_t whole) { return whole == 0 ? 0.0 : 100.0 * part / whole; }

}  // namespace

int main() {
  const std::string_view bytes = kg::embedded_file("de/lexicon");
  std::printf("lexicon: %zu bytes embedded\n", bytes.size());

  std::vector<double> load_times;
  for (int run = 0; run < 21; ++run) {
    const auto start = Clock::now();
    const MorphLexicon lexicon(bytes, "de/lexicon");
    load_times.push_back(seconds_since(start));
  }
  std::sort(load_times.begin(), load_times.end());
  const MorphLexicon& lexicon = MorphLexicon::german();
  std::printf("load: %.2f ms median of 21 (min %.2f ms); %zu forms, %zu lemmas\n", load_times[10] * 1e3,
              load_times[0] * 1e3, lexicon.form_count(), lexicon.lemma_count());

  const Treebank treebank = read_conllu(std::cin, "stdin");
  std::vector<const Token*> tokens;
  for (const Sentence& sentence : treebank.document.sentences)
    for (const Token& token : sentence.tokens) tokens.push_back(&token);
  if (tokens.empty()) return 0;

  std::vector<MorphAnalysis> readings;
  std::size_t found = 0;
  const std::size_t lookups = std::max<std::size_t>(2'000'000, tokens.size());
  const auto start = Clock::now();
  for (std::size_t i = 0; i < lookups; ++i) {
    lexicon.lookup(tokens[i % tokens.size()]->form, readings);
    found += !readings.empty();
  }
  const double elapsed = seconds_since(start);
  std::printf("lookup: %.2f million/s (%zu treebank forms cycled, %.1f %% found)\n", lookups / elapsed / 1e6,
              lookups, percent(found, lookups));

  std::map<std::string, Counts> by_upos;
  std::vector<MorphAnalysis> lower;
  MorphReadings analysed;
  for (const Token* token : tokens) {
    if (token->upos != "NOUN" && token->upos != "VERB" && token->upos != "AUX" && token->upos != "ADJ") continue;
    lexicon.lookup(token->form, readings);
    if (starts_upper(token->form)) {
      const std::size_t first = decode_utf8(token->form, 0).length;
      lexicon.lookup(to_lower(token->form.substr(0, first)) + token->form.substr(first), lower);
      readings.insert(readings.end(), lower.begin(), lower.end());
    }
    lexicon.analyse(token->form, analysed);
    for (Counts* counts : {&by_upos[token->upos], &by_upos["all"]}) {
      ++counts->tokens;
      counts->gold_found += has_gold(readings, *token);
      counts->any += !readings.empty();
      counts->gold_found_guessed += has_gold(analysed.analyses, *token);
      counts->any_guessed += !analysed.analyses.empty();
      const std::uint8_t gold_case = parse_features(token->feats)[Feature::Case];
      if (token->upos == "NOUN" && gold_case != 0) {
        ++counts->case_tokens;
        counts->case_allowed += allows_case(readings, gold_case);
        counts->case_allowed_guessed += allows_case(analysed.analyses, gold_case);
      }
    }
  }
  std::printf("\n%-5s %7s  %-22s %-22s %s\n", "UPOS", "tokens", "lexicon: gold / any", "+guesser: gold / any",
              "NOUN Case allowed (lexicon / +guesser)");
  for (const auto& [upos, c] : by_upos) {
    std::printf("%-5s %7zu  %6.1f %% / %6.1f %%     %6.1f %% / %6.1f %%", upos.c_str(), c.tokens,
                percent(c.gold_found, c.tokens), percent(c.any, c.tokens), percent(c.gold_found_guessed, c.tokens),
                percent(c.any_guessed, c.tokens));
    if (c.case_tokens != 0)
      std::printf("     %6.1f %% / %6.1f %% of %zu", percent(c.case_allowed, c.case_tokens),
                  percent(c.case_allowed_guessed, c.case_tokens), c.case_tokens);
    std::printf("\n");
  }
  return 0;
}
