#include "extract/clause_reader.h"

#include <algorithm>
#include <string_view>

#include "extract/morphology.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

bool is_modal(std::string_view lemma) {
  return lemma == "können" || lemma == "müssen" || lemma == "sollen" || lemma == "wollen" || lemma == "dürfen" ||
         lemma == "mögen" || lemma == "möchten";
}

bool is_negation(std::string_view lower) {
  return lower == "nicht" || lower == "nie" || lower == "niemals" || lower == "keineswegs" || lower == "nirgends";
}

std::string_view base_relation(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

// The parse as child lists, with the subtree range of every word.
class Tree {
 public:
  explicit Tree(const Sentence& sentence) : sentence_(sentence), children_(sentence.tokens.size()) {
    const std::size_t n = sentence.tokens.size();
    parsed_ = n > 0;
    for (std::size_t i = 0; i < n; ++i) {
      const int head = sentence.tokens[i].head;
      if (head < 0 || static_cast<std::size_t>(head) >= n) {
        parsed_ = false;
        continue;
      }
      if (static_cast<std::size_t>(head) != i) children_[head].push_back(i);
    }
    first_.resize(n);
    end_.resize(n);
    for (std::size_t i = 0; i < n; ++i) first_[i] = i, end_[i] = i + 1;
    // Widen each ancestor's range by each word; depth is bounded by n, and
    // a malformed cycle stops after n steps.
    for (std::size_t i = 0; parsed_ && i < n; ++i) {
      std::size_t node = i;
      for (std::size_t steps = 0; steps < n; ++steps) {
        const auto head = static_cast<std::size_t>(sentence.tokens[node].head);
        if (head == node) break;
        first_[head] = std::min(first_[head], i);
        end_[head] = std::max(end_[head], i + 1);
        node = head;
      }
    }
  }

  bool parsed() const { return parsed_; }
  const Token& token(std::size_t i) const { return sentence_.tokens[i]; }
  const std::vector<std::size_t>& children(std::size_t i) const { return children_[i]; }
  std::size_t head(std::size_t i) const { return static_cast<std::size_t>(sentence_.tokens[i].head); }
  std::string_view relation(std::size_t i) const { return sentence_.tokens[i].deprel; }
  std::string lower(std::size_t i) const { return to_lower(sentence_.tokens[i].form); }
  std::string lemma(std::size_t i) const {
    return sentence_.tokens[i].lemma.empty() ? to_lower(sentence_.tokens[i].form) : sentence_.tokens[i].lemma;
  }
  FeatureSet features(std::size_t i) const { return parse_features(sentence_.tokens[i].feats); }

  // The first child of `i` with relation `deprel` (base relation when
  // `deprel` has no subtype), or npos.
  std::size_t child(std::size_t i, std::string_view deprel) const {
    for (const std::size_t c : children_[i])
      if (relation(c) == deprel) return c;
    return npos;
  }

  Argument argument(std::size_t i) const {
    Argument argument;
    argument.head = i;
    argument.relation = token(i).deprel;
    argument.first = first_[i];
    argument.end = end_[i];
    for (const std::size_t c : children_[i]) {
      if (relation(c) != "case" || c > i) continue;
      if (argument.preposition.empty()) argument.preposition = lower(c);
      if (c == argument.first) ++argument.first;
    }
    const FeatureSet features = this->features(i);
    const std::uint8_t mask = features[Feature::Case];
    if (mask != 0 && (mask & (mask - 1)) == 0) {
      std::size_t bit = 0;
      while (!(mask & (1u << bit))) ++bit;
      argument.grammatical_case = std::string(feature_values(Feature::Case)[bit]);
    }
    return argument;
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

 private:
  const Sentence& sentence_;
  std::vector<std::vector<std::size_t>> children_;
  std::vector<std::size_t> first_, end_;
  bool parsed_ = false;
};

bool is_auxiliary_relation(std::string_view deprel) { return deprel == "aux" || deprel == "aux:pass" || deprel == "cop"; }

// Is word `i` the head of a clause?
bool is_predicate(const Tree& tree, std::size_t i) {
  const std::string_view relation = tree.relation(i);
  if (is_auxiliary_relation(relation) || relation == "amod" || relation == "compound:prt") return false;
  const std::string& upos = tree.token(i).upos;
  if (upos == "VERB") return true;
  for (const std::size_t c : tree.children(i)) {
    const std::string_view r = tree.relation(c);
    if (r == "cop" || base_relation(r) == "nsubj" || r == "obj" || r == "aux" || r == "aux:pass") return true;
  }
  return upos == "AUX" && relation == "root";
}

std::string tense_of(const Tree& tree, const Clause& clause) {
  const FeatureSet own = tree.features(clause.predicate);
  const auto has = [](const FeatureSet& features, Feature feature, std::string_view value) {
    FeatureSet one;
    one.set(feature, value);
    return (features[feature] & one[feature]) != 0 && features[feature] == one[feature];
  };
  for (const std::size_t a : clause.auxiliaries) {
    const std::string lemma = tree.lemma(a);
    const FeatureSet aux = tree.features(a);
    if (!has(aux, Feature::VerbForm, "Fin")) continue;
    const bool past = has(aux, Feature::Tense, "Past");
    if (is_modal(lemma)) return past ? "Past" : "Pres";
    if (tree.relation(a) == "aux" && (lemma == "haben" || lemma == "sein")) return past ? "Pqp" : "Perf";
    if (tree.relation(a) == "aux" && lemma == "werden" && !clause.passive) return "Fut";
    return past ? "Past" : "Pres";
  }
  if (has(own, Feature::Tense, "Past")) return "Past";
  if (has(own, Feature::Tense, "Pres")) return "Pres";
  return "";
}

// A relative pronoun stands for the noun its clause modifies.
Argument resolve_relative(const Tree& tree, Argument argument, std::size_t predicate) {
  const std::string& feats = tree.token(argument.head).feats;
  if (feats.find("PronType=Rel") == std::string::npos) return argument;
  const std::string_view relation = base_relation(tree.relation(predicate));
  if (relation != "acl" || tree.head(predicate) == predicate) return argument;
  Argument antecedent = tree.argument(tree.head(predicate));
  antecedent.relation = argument.relation;
  antecedent.grammatical_case = argument.grammatical_case;
  return antecedent;
}

}  // namespace

std::vector<Clause> ClauseReader::clauses(const Sentence& sentence) const {
  std::vector<Clause> result;
  const Tree tree(sentence);
  if (!tree.parsed()) return result;
  std::vector<std::size_t> clause_of(sentence.tokens.size(), Tree::npos);
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    if (!is_predicate(tree, i)) continue;
    Clause clause;
    clause.predicate = i;
    clause.relation = tree.token(i).deprel;
    clause.lemma = tree.lemma(i);
    if (const std::size_t particle = tree.child(i, "compound:prt"); particle != Tree::npos)
      clause.lemma = tree.lower(particle) + clause.lemma;
    for (const std::size_t c : tree.children(i)) {
      const std::string_view relation = tree.relation(c);
      if (is_auxiliary_relation(relation)) {
        clause.auxiliaries.push_back(c);
        if (relation == "cop") clause.copula = true;
        if (relation == "aux:pass") clause.passive = true;
        if (relation == "aux" && is_modal(tree.lemma(c))) clause.modal = tree.lemma(c);
      } else if (base_relation(relation) == "nsubj" || relation == "csubj") {
        if (!clause.subject) clause.subject = resolve_relative(tree, tree.argument(c), i);
        if (relation == "nsubj:pass") clause.passive = true;
      } else if (relation == "obj" || relation == "iobj") {
        clause.objects.push_back(resolve_relative(tree, tree.argument(c), i));
      } else if (base_relation(relation) == "obl") {
        clause.obliques.push_back(tree.argument(c));
        if (relation == "obl:agent") clause.passive = true;
      } else if (relation == "advmod" && is_negation(tree.lower(c))) {
        clause.negated = true;
      }
    }
    for (const Argument& object : clause.objects) {
      for (const std::size_t c : tree.children(object.head))
        if (tree.relation(c) == "det" && tree.lower(c).rfind("kein", 0) == 0) clause.negated = true;
    }
    clause.tense = tense_of(tree, clause);
    clause_of[i] = result.size();
    result.push_back(std::move(clause));
  }
  // Shared subjects: "X kaufte Y und verkaufte Z" (conj) and "X plant, Y zu
  // kaufen" (xcomp) take the subject of the clause they depend on. Heads
  // come first in German often but not always, so repeat until stable.
  for (bool changed = true; changed;) {
    changed = false;
    for (Clause& clause : result) {
      if (clause.subject) continue;
      const std::string_view relation = base_relation(clause.relation);
      if (relation != "conj" && relation != "xcomp") continue;
      const std::size_t governor = clause_of[tree.head(clause.predicate)];
      if (governor == Tree::npos || !result[governor].subject) continue;
      clause.subject = result[governor].subject;
      changed = true;
    }
  }
  return result;
}

std::vector<NounPhraseLink> ClauseReader::noun_phrase_links(const Sentence& sentence) const {
  std::vector<NounPhraseLink> links;
  const Tree tree(sentence);
  if (!tree.parsed()) return links;
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    if (tree.head(i) == i) continue;
    const std::string_view relation = tree.relation(i);
    NounPhraseLink link;
    link.head = tree.head(i);
    link.dependent = tree.argument(i);
    if (relation == "appos") {
      link.kind = NounPhraseLink::Kind::Apposition;
    } else if (base_relation(relation) == "nmod") {
      link.kind = link.dependent.preposition.empty() ? NounPhraseLink::Kind::Genitive : NounPhraseLink::Kind::Prepositional;
    } else if (relation == "compound") {
      link.kind = NounPhraseLink::Kind::Compound;
    } else if (relation == "flat" || relation == "flat:name") {
      link.kind = NounPhraseLink::Kind::Flat;
    } else {
      continue;
    }
    links.push_back(std::move(link));
  }
  return links;
}

}  // namespace kg::extract
