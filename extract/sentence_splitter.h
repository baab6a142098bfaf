#pragma once

#include <cstddef>

#include "extract/document.h"

namespace kg::extract {

// Limits that keep every later stage's work per sentence bounded.
struct SentenceLimits {
  std::size_t max_bytes = 20000;  // a longer sentence is cut at white space
  std::size_t max_words = 400;    // white-space separated words
};

// Rule-based German sentence splitter. Knows abbreviations ("z. B.",
// "Nr.", "Mio."), initials, ordinals ("am 3. Juli"), decimal commas and
// thousands points, quotes („…“, "…": a sentence ending inside a closing
// quote keeps it) and headlines (a paragraph break always ends a sentence).
// Runs in time linear in the text. Stateless and thread-safe.
class SentenceSplitter {
 public:
  explicit SentenceSplitter(SentenceLimits limits = {});

  // Appends the sentences of doc.text to doc.sentences (spans only). In the
  // first chunk (doc.offset == 0) a leading "date YYYY-MM[-DD]" header sets
  // doc.date when empty and is not part of any sentence. A sentence over
  // the limits is cut at white space with a Diagnostic "sentence too long:
  // split after N bytes" (offset = doc.offset + cut).
  void split(Document& doc) const;

 private:
  SentenceLimits limits_;
};

}  // namespace kg::extract
