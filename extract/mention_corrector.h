#pragma once
// Small corrections of a trained recogniser's mentions where the text's
// own signals are more reliable than the model. Each is general German
// grammar or news style; none names an entity.

#include <cstddef>
#include <optional>

#include "extract/document.h"

namespace kg::extract {

// Corrects one sentence's mentions. Stateless and thread-safe.
//  - Descriptors are not part of a name: a place adjective ("Hamburger",
//    "österreichischen") or a class or role noun ("Reedereigruppe",
//    "Investorin") that opens a mention is cut off ("Hamburger
//    Reedereigruppe Tamsen" -> "Tamsen"), unless only a known place would
//    remain ("Landgericht Mannheim"); a cut-off place adjective becomes a
//    derived Location mention. A mention of descriptors alone ("Berliner
//    Fintech") is dropped, as is a compound class noun ("Smartphone-
//    Hersteller"), except "X-Konzern" and "X-Gruppe", which name the
//    organisation X. "die Schweden" (a demonym after "die" or "den") is no
//    Location: the relation rules read it as a description.
//  - A legal form ("AG", "GmbH", "Inc.") joins the mention before it, and so
//    does a word that continues company names ("Mobile", "Systems") unless
//    the mention is a person or a known place; either makes it an
//    Organization, as does the name-like word before a mention that starts
//    with such a word ("Kesler Robotics" for a mention "Robotics").
//  - After a plural class noun, capitalised words the recogniser left in a
//    coordination with a name are names too ("die Drogeriemarktketten X und
//    Y").
//  - A platform or ecosystem named after a brand ("Mi-Ökosystems", not
//    "IoT-Plattform", not the "Nokia-Plattform" of a name in the sentence)
//    is a Product mention, written in the nominative ("Mi-Ökosystem").
//  - Every mention takes the type its context gives (context_type).
// A mention whose type or extent a rule decided has a score of at least 0.8.
class MentionCorrector {
 public:
  // Rewrites sentence.mentions in place; requires tokens (forms, spans).
  // The mentions end up ordered by position.
  void correct(Sentence& sentence) const;
};

// The type the words around sentence.mentions[m] give it, whatever a
// recogniser says: Organization when a legal form ends it, or a word that
// continues company names ends a name of two or more words that does not
// start with a first name ("Talweg Capital"); else the type of
// the class or role noun right before it, or before the names it is
// coordinated with: "der Onlinehändler X" and "dem Partner X" are
// Organizations, "die Marke X" a Product, "die Investorin X" and "Chefin
// X" Persons, "die Hersteller X und Y" Organizations. nullopt when the words
// say nothing, for derived mentions and for places the gazetteer knows.
// Requires sentence.mentions ordered by position.
std::optional<EntityType> context_type(const Sentence& sentence, std::size_t m);

}  // namespace kg::extract
