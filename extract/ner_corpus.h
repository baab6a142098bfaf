#pragma once
// Annotated text for training and scoring the entity recogniser: GermEval
// 2014's TSV and the SmartData corpus's JSONL, read into tokenised
// sentences with gold mentions (outer level only).

#include <iosfwd>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/ner_labels.h"

namespace kg::extract {

struct NerCorpus {
  // Tokens with form, span and space_after. GermEval sentences keep the
  // file's tokens (spans are bytes of the tokens joined by spaces);
  // SmartData sentences are split and tokenised as kg does.
  std::vector<Sentence> sentences;
  std::vector<std::vector<NerSpan>> gold;  // per sentence, in token order, not overlapping
  // Per sentence, the index of its document (a GermEval sentence is its
  // own document), so that cross-validation keeps a document in one fold.
  std::vector<std::size_t> documents;
  // GermEval only: per sentence, its lines as read (the "#" line, then one
  // per token), so that predictions can be written in the same format.
  std::vector<std::vector<std::string>> lines;
  std::vector<Diagnostic> diagnostics;  // malformed lines (their sentences are skipped)

  void append(NerCorpus&& other);
};

// Reads GermEval 2014 TSV ("index token outer inner" a line, "#" lines,
// blank lines between sentences). Unknown outer tags and lines with fewer
// than three columns become diagnostics naming `source` and the line, and
// their sentence is dropped. An I- tag that continues nothing starts a mention.
NerCorpus read_germeval(std::istream& in, const std::string& source);

// Reads SmartData JSONL (one document a line with "text" and
// "conceptMentions": character spans, UTF-16 code units as the corpus's
// Java tools count them). ORGANIZATION_COMPANY and ORGANIZATION become ORG,
// PERSON PER, LOCATION, LOCATION_CITY, LOCATION_STREET and LOCATION_STOP
// LOC (a one-word lower-case or adjectival one LOCderiv); LOCATION_ROUTE
// (train lines such as "RE 7") and the non-name types are left out. A
// mention inside one token becomes that token's -part; one whose edges fall
// inside a multi-token span is dropped. Malformed lines become diagnostics.
NerCorpus read_smartdata(std::istream& in, const std::string& source);

// Writes the sentences of a GermEval corpus as read, with column 3
// replaced by the BIO tags of `predicted` (one list per sentence).
void write_germeval(std::ostream& out, const NerCorpus& corpus, const std::vector<std::vector<NerSpan>>& predicted);

// Per token the BILOU label of `spans` (0 outside).
std::vector<std::uint8_t> labels_of(const std::vector<NerSpan>& spans, std::size_t token_count);

}  // namespace kg::extract
