#pragma once
// Training data for the parser as it will see text: tags from a tagger
// that did not see the sentence (jackknifing), so that the parser learns
// to live with the tagger's errors.

#include <iosfwd>
#include <vector>

#include "extract/document.h"
#include "extract/tagger_training.h"

namespace kg::extract {

// Copies of `gold` whose lemma, upos and feats come from taggers trained
// on the other parts: sentence i is tagged by the tagger trained without
// the sentences j with j mod parts == i mod parts. Heads and relations stay
// gold. Deterministic; requires parts >= 2. Progress per part goes to `log`.
std::vector<Sentence> jackknife_tagged(const std::vector<Sentence>& gold, int parts, const TaggerTrainingOptions& options,
                                       std::ostream& log);

}  // namespace kg::extract
