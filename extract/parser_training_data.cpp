#include "extract/parser_training_data.h"

#include <ostream>
#include <sstream>
#include <stdexcept>

namespace kg::extract {

std::vector<Sentence> jackknife_tagged(const std::vector<Sentence>& gold, int parts, const TaggerTrainingOptions& options,
                                       std::ostream& log) {
  if (parts < 2) throw std::invalid_argument("parser: jackknifing needs at least 2 parts");
  const auto count = static_cast<std::size_t>(parts);
  std::vector<Sentence> tagged = gold;
  for (std::size_t part = 0; part < count; ++part) {
    std::vector<Sentence> train;
    for (std::size_t i = 0; i < gold.size(); ++i)
      if (i % count != part) train.push_back(gold[i]);
    if (train.empty()) continue;
    std::ostringstream quiet;  // the tagger's per-epoch lines
    const Tagger tagger = train_tagger(train, {}, options, quiet);
    for (std::size_t i = part; i < gold.size(); i += count) tagger.tag(tagged[i]);
    log << "parser: tagged part " << part + 1 << "/" << parts << " with a tagger trained on the rest\n";
  }
  return tagged;
}

}  // namespace kg::extract
