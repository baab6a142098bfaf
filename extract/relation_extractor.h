#pragma once

#include <vector>

#include "extract/document.h"
#include "extract/statement.h"

namespace kg::extract {

// Cue-word relation extractor for German (SCHEMA.md's predicates). Finds
// subject and object among the sentence's names by simple heuristics
// (nearest name, prepositions, case of the article, V2 inversion, passive
// "von X"), resolves descriptions and pronouns to the most recent compatible
// organisation, drops negated, planned, rumoured and denied relations, and
// attaches time and source qualifiers. Stateless and thread-safe; a baseline
// to be replaced by a trained extractor.
class RelationExtractor {
 public:
  // Statements of a document whose sentences are tokenised and whose names
  // are recognised. Statement spans are bytes of the whole source document
  // (doc.offset added), sentence indexes count from doc.first_sentence, and
  // extractor names are "baseline-cue/<rule>". Never throws on odd input.
  std::vector<Statement> extract(const Document& doc) const;
};

}  // namespace kg::extract
