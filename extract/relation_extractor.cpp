#include "extract/relation_extractor.h"

#include <algorithm>

#include "extract/discourse.h"
#include "extract/literal_normalizer.h"
#include "extract/name_index.h"
#include "extract/relation_rules.h"
#include "extract/sentence_view.h"
#include "extract/utf8.h"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxEvidenceBytes = 400;

// Does a blank line separate the sentences (a new paragraph)?
bool paragraph_break(const std::string& text, std::size_t from, std::size_t to) {
  std::size_t newlines = 0;
  for (std::size_t i = from; i < to && i < text.size(); ++i) {
    if (text[i] == '\n') ++newlines;
    else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') newlines = 0;
    if (newlines >= 2) return true;
  }
  return false;
}

NameIndex index_names(const Document& doc) {
  // Confident names first: they win the short forms.
  std::vector<const Mention*> mentions;
  for (const Sentence& sentence : doc.sentences)
    for (const Mention& mention : sentence.mentions)
      if (!mention.derived) mentions.push_back(&mention);  // "finnische" names nothing
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention* a, const Mention* b) { return a->score >= 0.5 && b->score < 0.5; });
  NameIndex index;
  for (const Mention* mention : mentions) index.add(*mention);
  return index;
}

void remember(const SentenceView& view, std::size_t position, Discourse& discourse) {
  const Ref* main_subject = nullptr;
  for (const Ref& ref : view.refs())
    if (!ref.oblique && ref.type == EntityType::Organization) {
      main_subject = &ref;
      break;
    }
  // "Velantis-Sprecherin", "Quandor-Chefin" mention their organisation too.
  for (std::size_t i = 0; i < view.size(); ++i)
    if (!view.ref_at(i))
      if (const NameIndex::Entry* owner = view.names().find_prefix(view.form(i), false);
          owner && owner->type == EntityType::Organization)
        discourse.mention(owner->name, position + i, false);
  for (const Ref& ref : view.refs()) {
    if (ref.type != EntityType::Organization) continue;
    discourse.mention(ref.name, position + ref.first, &ref == main_subject);
    if (!ref.country.empty()) discourse.learn_country(ref.name, ref.country);
    if (!ref.city.empty()) discourse.learn_city(ref.name, ref.city);
    if (ref.class_noun && !ref.class_noun->relational) discourse.learn_class(ref.name, ref.class_noun->base);
    if (ref.end >= view.size() || !(view.lower(ref.end) == "und" || view.lower(ref.end) == "sowie" ||
                                     view.lower(ref.end) == "wie"))
      continue;
    const std::vector<const Ref*> group = view.coordinated(ref);
    if (group.size() >= 2 && group[1]->type == EntityType::Organization) discourse.pair = {group[0]->name, group[1]->name};
  }
}

}  // namespace

std::vector<Statement> RelationExtractor::extract(const Document& doc) const {
  std::vector<Statement> statements;
  const NameIndex names = index_names(doc);
  const LiteralNormalizer literals;
  Discourse discourse;
  std::size_t position = 0;
  for (std::size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& sentence = doc.sentences[k];
    if (k > 0 && paragraph_break(doc.text, doc.sentences[k - 1].span.end, sentence.span.begin))
      discourse.new_paragraph();
    const SentenceView view(sentence, names, discourse);
    std::string time;
    if (auto found = literals.time(sentence, doc.date, discourse.time)) time = found->value;
    RelationRules rules(view, sentence, discourse, literals, time);
    const std::vector<Finding> findings = rules.run();
    const std::string_view text = std::string_view(doc.text).substr(sentence.span.begin, sentence.span.size());
    for (const Finding& finding : findings) {
      Statement statement;
      statement.doc = doc.id;
      statement.subject = finding.subject;
      statement.predicate = finding.predicate;
      statement.object = finding.object;
      statement.confidence = finding.confidence;
      statement.cue = finding.cue;
      statement.sentence = doc.first_sentence + k;
      statement.span = {doc.offset + sentence.span.begin, doc.offset + sentence.span.end};
      statement.extractor = "baseline-cue/" + finding.rule;
      statement.evidence = std::string(truncate_utf8(text, kMaxEvidenceBytes));
      statement.qualifiers = finding.qualifiers;
      statements.push_back(std::move(statement));
    }
    // Explicit times (not relative ones) set the paragraph's time.
    if (!time.empty() && time != discourse.time && view.find({"quartal", "halbjahr"}, 0, view.size()) &&
        !view.find({"letzten", "vergangenen", "vorigen"}, 0, view.size()))
      discourse.time = time;
    remember(view, position, discourse);
    position += sentence.tokens.size();
  }
  return statements;
}

}  // namespace kg::extract
