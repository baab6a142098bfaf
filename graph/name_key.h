#pragma once
// Normalised keys of entity names, the basis of the merge rules.

#include <string>
#include <string_view>

#include "extract/name_spelling.h"

namespace kg::graph {

// Case-folded name with unified dashes and apostrophes, single spaces and no
// surrounding punctuation: "  HMD  Global." -> "hmd global". Folds ASCII,
// Latin-1 and Latin Extended-A letters; other characters are kept.
std::string name_key(std::string_view name);

// name_key without trailing legal forms: "acme ag" -> "acme",
// "acme gmbh & co. kg" -> "acme". Never returns an empty string for a
// non-empty key (a name that is only a legal form keeps it).
std::string core_key(std::string_view key);

// The German/English genitive base of a key: "nokias" -> "nokia",
// "apple's" -> "apple", "schmitz'" -> "schmitz"; empty when the key has no
// genitive ending or would become shorter than 3 bytes.
std::string genitive_base(std::string_view key);

// Code points and their edit distance, shared with the extractor's name rules.
using extract::edit_distance;
using extract::to_code_points;

// Percent-encodes everything but RFC 3986 unreserved characters.
std::string percent_encode(std::string_view text);

}  // namespace kg::graph
