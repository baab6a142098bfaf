#pragma once
// An immutable string shared by every copy: evidence records repeat the same
// document id, extractor name and sentence many times, and a graph of a
// million statements should hold each of them once.

#include <compare>
#include <memory>
#include <string>
#include <string_view>

namespace kg::graph {

class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text) : text_(std::make_shared<const std::string>(std::move(text))) {}
  SharedText(const char* text) : SharedText(std::string(text)) {}

  const std::string& str() const { return text_ ? *text_ : empty_string(); }
  operator std::string_view() const { return str(); }
  bool empty() const { return str().empty(); }
  std::size_t size() const { return str().size(); }

  friend bool operator==(const SharedText& a, const SharedText& b) {
    return a.text_ == b.text_ || a.str() == b.str();
  }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) {
    if (a.text_ == b.text_) return std::strong_ordering::equal;
    return a.str().compare(b.str()) <=> 0;
  }

 private:
  static const std::string& empty_string() {
    static const std::string empty;
    return empty;
  }
  std::shared_ptr<const std::string> text_;
};

}  // namespace kg::graph
