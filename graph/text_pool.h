#pragma once
// Hands out one SharedText per distinct string, so equal strings share storage.

#include <string>
#include <string_view>
#include <unordered_map>

#include "graph/shared_text.h"

namespace kg::graph {

class TextPool {
 public:
  SharedText intern(std::string_view text) {
    auto it = texts_.find(text);
    if (it != texts_.end()) return it->second;
    SharedText shared{std::string(text)};
    texts_.emplace(shared.str(), shared);  // the key views the shared string itself
    return shared;
  }

 private:
  std::unordered_map<std::string_view, SharedText> texts_;
};

}  // namespace kg::graph
