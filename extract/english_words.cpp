#include "extract/english_words.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "extract/embedded_files.h"
#include "extract/tagger_features.h"

namespace kg::extract {

namespace {

struct Lists {
  std::vector<std::uint64_t> words;  // sorted hashes of the lower-case entries
  std::vector<std::uint64_t> names;  // and of the capitalised ones
};

// One entry a line; possessives ("Boeing's") are left out.
const Lists& lists() {
  static const Lists loaded = [] {
    Lists lists;
    const std::string_view text = kg::embedded_file("en/words");
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view entry = text.substr(start, end - start);
      start = end + 1;
      if (entry.empty() || entry.find('\'') != std::string_view::npos) continue;
      const auto first = static_cast<unsigned char>(entry[0]);
      if (first >= 'a' && first <= 'z') {
        lists.words.push_back(hash_text(entry));
      } else if (first >= 'A' && first <= 'Z') {
        lists.names.push_back(hash_text(entry));
      }
    }
    std::sort(lists.words.begin(), lists.words.end());
    std::sort(lists.names.begin(), lists.names.end());
    return lists;
  }();
  return loaded;
}

bool contains(const std::vector<std::uint64_t>& sorted, std::string_view text) {
  return std::binary_search(sorted.begin(), sorted.end(), hash_text(text));
}

}  // namespace

bool EnglishWords::is_word(std::string_view lower) { return contains(lists().words, lower); }
bool EnglishWords::is_name(std::string_view form) { return contains(lists().names, form); }
std::size_t EnglishWords::size() { return lists().words.size() + lists().names.size(); }

}  // namespace kg::extract
