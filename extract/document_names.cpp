#include "extract/document_names.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/german_lexicon.h"
#include "extract/mention_corrector.h"
#include "extract/morph_lexicon.h"
#include "extract/name_index.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

constexpr std::size_t kTypeCount = static_cast<std::size_t>(EntityType::Literal) + 1;
constexpr double kMinIndexedScore = 0.5;  // names below are too uncertain to spread
constexpr double kPropagatedScore = 0.6;
constexpr double kSurePerson = 0.9;  // a model this sure of a lone surname is believed
constexpr std::size_t kMaxNameWords = 6;

// Does the mention name something whose type a vote can settle?
bool is_name(const Mention& mention) {
  return !mention.derived && !mention.text.empty() && mention.type != EntityType::Concept &&
         mention.type != EntityType::Literal;
}

struct Ballot {
  std::array<double, kTypeCount> model{};    // the sum of the recogniser's scores per type
  std::array<double, kTypeCount> context{};  // how often the words around a mention gave each type
  double surest_person = 0.0;                // the highest score of a model vote for Person
  std::vector<EntityType> order;  // types in the order they first appear: the earlier wins a tie
};

// The names of one document and the votes for their types.
class Election {
 public:
  explicit Election(const Document& doc) {
    std::vector<std::string> texts;  // in order of first appearance
    std::unordered_map<std::string, std::size_t> counts;
    for (const Sentence& sentence : doc.sentences)
      for (const Mention& mention : sentence.mentions) {
        if (!is_name(mention)) continue;
        if (counts[mention.text]++ == 0) texts.push_back(mention.text);
        if (const std::size_t space = mention.text.rfind(' ');
            space != std::string::npos && mention.type == EntityType::Person)
          surnames_.insert(mention.text.substr(space + 1));
      }
    // A genitive votes for its stem: "Xiaomis", "Lorantis'".
    std::vector<std::string> stems;
    for (const std::string& text : texts) {
      for (std::string_view ending : {"'s", "’s", "s", "'", "’"}) {
        if (text.size() < ending.size() + 3 || !text.ends_with(ending)) continue;
        const std::string stem = text.substr(0, text.size() - ending.size());
        if (counts.contains(stem)) {
          name_of_[text] = stem;
          break;
        }
      }
      if (!name_of_.contains(text)) stems.push_back(text);
    }
    // A misspelling votes for the more frequent name it is close to: "Keltorn" for "Keltron".
    std::stable_sort(stems.begin(), stems.end(),
                     [&](const std::string& a, const std::string& b) { return counts[a] > counts[b]; });
    NameIndex index;
    for (const std::string& stem : stems) {
      if (const NameIndex::Entry* entry = index.find_similar(stem)) {
        name_of_[stem] = entry->name;
        continue;
      }
      name_of_[stem] = stem;
      Mention mention;
      mention.text = stem;
      index.add(mention);
    }
    for (auto& [text, name] : name_of_)
      if (name != text) name = name_of_.at(name);
  }

  // The name `text` votes for; nullptr when it is no name of the document.
  const std::string* name_of(const std::string& text) const {
    const auto it = name_of_.find(text);
    return it == name_of_.end() ? nullptr : &it->second;
  }

  // A vote for the type of the name of `text`: the recogniser's, with its
  // score, or the context's (`context`), which outvotes every model vote.
  void vote(const std::string& text, EntityType type, double score, bool context) {
    const std::string* name = name_of(text);
    if (!name) return;
    Ballot& ballot = ballots_[*name];
    if (std::find(ballot.order.begin(), ballot.order.end(), type) == ballot.order.end()) ballot.order.push_back(type);
    (context ? ballot.context : ballot.model)[static_cast<std::size_t>(type)] += context ? 1.0 : score;
    if (!context && type == EntityType::Person) ballot.surest_person = std::max(ballot.surest_person, score);
  }

  // The type of the name of `text`: the one the context gave most often,
  // else the one with the highest sum of model scores. With
  // `full_names_first`, a single word called a person that the document
  // never writes as the surname of a full name (nor is a first name) gets
  // no Person votes from the model unless one was sure (kSurePerson): it
  // takes the other type it is given, or Organization.
  EntityType winner(const std::string& text, bool full_names_first) const {
    const std::string& name = *name_of(text);
    const Ballot& ballot = ballots_.at(name);
    const auto best_of = [&](const std::array<double, kTypeCount>& votes, bool doubtful_person) {
      std::optional<EntityType> best;
      double best_votes = 0.0;
      for (EntityType type : ballot.order) {
        const double count = type == EntityType::Person && doubtful_person ? 0.0 : votes[static_cast<std::size_t>(type)];
        if (count > best_votes) best = type, best_votes = count;
      }
      return best;
    };
    if (const std::optional<EntityType> type = best_of(ballot.context, false)) return *type;
    const bool doubtful_person = full_names_first && name.find(' ') == std::string::npos &&
                                 ballot.surest_person < kSurePerson &&
                                 !surnames_.contains(name) && !GermanLexicon::is_first_name(name);
    if (const std::optional<EntityType> type = best_of(ballot.model, doubtful_person)) return *type;
    if (doubtful_person) return EntityType::Organization;
    return ballot.order.front();
  }

 private:
  std::unordered_map<std::string, std::string> name_of_;  // every name's text -> the name it votes for
  std::unordered_set<std::string> surnames_;              // last words of multi-word Person names
  std::unordered_map<std::string, Ballot> ballots_;
};

void sort_by_position(Sentence& sentence) {
  std::stable_sort(sentence.mentions.begin(), sentence.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
}

}  // namespace

Mention make_mention(const Sentence& sentence, std::size_t first, std::size_t end, EntityType type, double score) {
  Mention mention;
  mention.first_token = first;
  mention.end_token = end;
  mention.span = {sentence.tokens[first].span.begin, sentence.tokens[end - 1].span.end};
  mention.type = type;
  mention.score = score;
  for (std::size_t i = first; i < end; ++i) {
    mention.text += sentence.tokens[i].form;
    if (i + 1 < end && sentence.tokens[i].space_after) mention.text += ' ';
  }
  return mention;
}

void DocumentNames::resolve(Document& doc) const {
  unify_types(doc);
  propagate(doc);
}

void DocumentNames::unify_types(Document& doc) const {
  Election election(doc);
  for (const Sentence& sentence : doc.sentences) {
    // "LinkedIn-Chef", "Pyrion-Tochter": the name before the hyphen is an organisation's.
    for (const Token& token : sentence.tokens) {
      const std::size_t hyphen = token.form.find('-');
      if (hyphen == std::string::npos || hyphen == 0) continue;
      const std::string prefix = token.form.substr(0, hyphen);
      if (!election.name_of(prefix)) continue;
      const std::optional<ClassNoun> noun = GermanLexicon::class_noun(token.form);
      if (GermanLexicon::role(token.form) != Role::None || (noun && !noun->person && !noun->product))
        election.vote(prefix, EntityType::Organization, 1.0, true);
    }
    for (std::size_t m = 0; m < sentence.mentions.size(); ++m) {
      const Mention& mention = sentence.mentions[m];
      if (!is_name(mention)) continue;
      const std::optional<EntityType> context = context_type(sentence, m);
      const EntityType type = context.value_or(mention.type);
      election.vote(mention.text, type, mention.score, context.has_value());
      // A full name votes for its short form too, when that is written
      // alone: an organisation's first word, a person's surname.
      std::size_t space = std::string::npos;
      if (type == EntityType::Organization) space = mention.text.find(' ');
      else if (type == EntityType::Person) space = mention.text.rfind(' ');
      if (space == std::string::npos) continue;
      election.vote(type == EntityType::Organization ? mention.text.substr(0, space) : mention.text.substr(space + 1),
                    type, mention.score, context.has_value());
    }
  }
  for (Sentence& sentence : doc.sentences)
    for (Mention& mention : sentence.mentions)
      if (is_name(mention)) mention.type = election.winner(mention.text, options_.full_names_first);
}

void DocumentNames::propagate(Document& doc) const {
  NameIndex index;
  // A name, or a short form of one, starts with the first or last word of
  // an indexed name: a cheap test before the index is asked.
  std::unordered_set<std::string> starts;
  std::size_t longest = 1;  // words
  for (const Sentence& sentence : doc.sentences)
    for (const Mention& mention : sentence.mentions) {
      if (!is_name(mention) || mention.score < kMinIndexedScore || mention.type == EntityType::Location) continue;
      // "Euro", "Polizei": a one-word name that is a common noun is no name elsewhere.
      if (mention.end_token - mention.first_token == 1 && MorphLexicon::german().is_common_noun(mention.text)) continue;
      index.add(mention);
      starts.insert(mention.text.substr(0, mention.text.find(' ')));
      starts.insert(mention.text.substr(mention.text.rfind(' ') + 1));
      longest = std::max(longest, static_cast<std::size_t>(std::count(mention.text.begin(), mention.text.end(), ' ')) + 1);
    }
  if (index.empty()) return;
  const auto may_start = [&](const std::string& form) {
    if (starts.contains(form)) return true;
    for (std::string_view ending : {"'s", "’s", "s"})
      if (form.size() > ending.size() && form.ends_with(ending) &&
          starts.contains(form.substr(0, form.size() - ending.size())))
        return true;
    return false;
  };
  for (Sentence& sentence : doc.sentences) {
    const std::size_t n = sentence.tokens.size();
    std::vector<bool> taken(n, false);
    for (const Mention& mention : sentence.mentions)
      for (std::size_t i = mention.first_token; i < mention.end_token && i < n; ++i) taken[i] = true;
    bool added = false;
    for (std::size_t i = 0; i < n; ++i) {
      if (taken[i] || !starts_upper(sentence.tokens[i].form) || !may_start(sentence.tokens[i].form)) continue;
      // The longest run of free tokens from i that is a name: "HMD Global" before "HMD".
      std::size_t free_end = i;
      while (free_end < n && free_end - i < std::min(longest, kMaxNameWords) && !taken[free_end]) ++free_end;
      for (std::size_t end = free_end; end > i; --end) {
        Mention mention = make_mention(sentence, i, end, EntityType::Organization, kPropagatedScore);
        const NameIndex::Entry* entry = index.find(mention.text);
        if (!entry) continue;
        mention.type = entry->type;
        sentence.mentions.push_back(std::move(mention));
        std::fill(taken.begin() + static_cast<std::ptrdiff_t>(i), taken.begin() + static_cast<std::ptrdiff_t>(end),
                  true);
        added = true;
        i = end - 1;
        break;
      }
    }
    if (added) sort_by_position(sentence);
  }
}

}  // namespace kg::extract
