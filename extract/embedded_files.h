#pragma once
// Files built into the kg binary: the compiled German lexicon and the
// trained models of models/de/ (see cmake/EmbedFiles.cmake).

#include <string_view>

namespace kg {

// The bytes embedded under `name` ("lexicon.de", "tagger.de", ...), valid
// for the program's lifetime; an empty view when nothing was embedded under
// that name (say, a model not trained yet).
std::string_view embedded_file(std::string_view name);

}  // namespace kg
