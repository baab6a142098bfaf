#pragma once

#include "extract/document.h"

namespace kg::extract {

// Rule-based proper-name spotter for German. Capitalisation alone does not
// mark names in German, so it combines closed lists (function words,
// frequent nouns, first names, legal forms, a gazetteer) with contexts: a
// class noun before a name ("der Konzern X"), a legal form after it ("X
// AG"), a first name before a surname, a bare noun after a preposition ("mit
// X"), coordination with a known name, and the shape of the word (all caps,
// inner capitals, endings unusual for German nouns). Stateless and
// thread-safe. The pipeline uses it when it runs without the trained
// recogniser (kg extract --fast, or a kg built without one); DocumentNames
// then marks further occurrences of the names across the document.
class NameSpotter {
 public:
  // Adds Organization, Person, Location and Product mentions of the
  // sentence's tokens to sentence.mentions (existing mentions are kept and
  // their tokens skipped), ordered by position.
  void recognize(Sentence& sentence) const;
};

}  // namespace kg::extract
