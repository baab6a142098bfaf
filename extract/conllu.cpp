#include "extract/conllu.h"

#include <charconv>
#include <istream>
#include <optional>
#include <ostream>
#include <string_view>

namespace kg::extract {

namespace {

bool parse_index(std::string_view text, std::size_t& value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

std::string column(std::string_view field) { return field == "_" ? std::string() : std::string(field); }

bool has_no_space_after(std::string_view misc) {
  std::size_t start = 0;
  while (start <= misc.size()) {
    const std::size_t bar = misc.find('|', start);
    const std::string_view item = misc.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
    if (item == "SpaceAfter=No") return true;
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return false;
}

// Collects the lines of one sentence, then appends it to the treebank.
class SentenceBuilder {
 public:
  SentenceBuilder(Treebank& treebank, const std::string& source) : treebank_(treebank), source_(source) {}

  void comment(std::string_view line) {
    auto value_of = [&](std::string_view key) -> std::optional<std::string_view> {
      if (line.substr(0, key.size()) != key) return std::nullopt;
      std::string_view rest = line.substr(key.size());
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      if (rest.empty() || rest.front() != '=') return std::nullopt;
      rest.remove_prefix(1);
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      return rest;
    };
    if (const auto id = value_of("# sent_id")) sent_id_ = *id;
    if (const auto text = value_of("# text")) text_ = *text;
  }

  void word_line(std::string_view line, std::size_t line_number) {
    if (failed_) return;
    const std::vector<std::string_view> fields = split_tabs(line);
    if (fields.size() != 10) return fail(line_number, "expected 10 tab-separated columns, found " + std::to_string(fields.size()), line);
    const std::string_view id = fields[0];
    if (id.find('.') != std::string_view::npos) return;  // empty node of enhanced UD
    if (const std::size_t dash = id.find('-'); dash != std::string_view::npos) {
      std::size_t first = 0, last = 0;
      if (!parse_index(id.substr(0, dash), first) || !parse_index(id.substr(dash + 1), last) || first != words_.size() + 1 ||
          last < first)
        return fail(line_number, "bad multiword token range \"" + std::string(id) + "\"", line);
      multiword_.push_back({first - 1, last, std::string(fields[1]), {}, !has_no_space_after(fields[9])});
      return;
    }
    std::size_t index = 0;
    if (!parse_index(id, index) || index != words_.size() + 1)
      return fail(line_number, "word id \"" + std::string(id) + "\" out of sequence", line);
    Word word;
    word.token.form = std::string(fields[1]);
    word.token.lemma = fields[2] == "_" && fields[1] != "_" ? std::string() : std::string(fields[2]);
    word.token.upos = column(fields[3]);
    word.token.feats = column(fields[5]);
    word.token.deprel = column(fields[7]);
    word.token.space_after = !has_no_space_after(fields[9]);
    std::size_t head = 0;
    if (fields[6] == "_") {
      word.head = -1;
    } else if (parse_index(fields[6], head)) {
      word.head = static_cast<long>(head);
    } else {
      return fail(line_number, "bad HEAD \"" + std::string(fields[6]) + "\"", line);
    }
    if (word.token.form.empty()) return fail(line_number, "empty FORM", line);
    words_.push_back(std::move(word));
  }

  // Ends the sentence at a blank line or the end of the input.
  void finish(std::size_t line_number) {
    if (!failed_ && !words_.empty()) build(line_number);
    words_.clear();
    multiword_.clear();
    sent_id_.clear();
    text_.clear();
    failed_ = false;
  }

 private:
  struct Word {
    Token token;
    long head = -1;  // 1-based as in the file, 0 = root, -1 = none
  };

  void build(std::size_t line_number) {
    for (const Word& word : words_) {
      if (word.head > static_cast<long>(words_.size())) {
        fail(line_number, "HEAD " + std::to_string(word.head) + " points past the sentence's " +
                              std::to_string(words_.size()) + " words",
             word.token.form);
        return;
      }
    }
    for (const MultiwordToken& mwt : multiword_) {
      if (mwt.end > words_.size()) {
        fail(line_number, "multiword token \"" + mwt.form + "\" runs past the sentence", mwt.form);
        return;
      }
    }
    Document& doc = treebank_.document;
    if (!doc.text.empty()) doc.text += '\n';
    Sentence sentence;
    sentence.span.begin = doc.text.size();
    std::size_t next_multiword = 0;
    // The file's 1-based heads (0 = root) as 0-based indices, a root pointing to itself.
    const auto head_of = [&](std::size_t i) {
      const long head = words_[i].head;
      return head < 0 ? -1 : head == 0 ? static_cast<int>(i) : static_cast<int>(head - 1);
    };
    for (std::size_t i = 0; i < words_.size(); ++i) {
      Token token = words_[i].token;
      token.head = head_of(i);
      if (next_multiword < multiword_.size() && multiword_[next_multiword].first == i) {
        MultiwordToken mwt = multiword_[next_multiword++];
        mwt.span = {doc.text.size(), doc.text.size() + mwt.form.size()};
        doc.text += mwt.form;
        if (mwt.space_after) doc.text += ' ';
        for (std::size_t w = mwt.first; w < mwt.end; ++w) {
          Token part = words_[w].token;
          part.head = head_of(w);
          part.span = mwt.span;
          part.space_after = w + 1 == mwt.end && mwt.space_after;
          sentence.tokens.push_back(std::move(part));
        }
        i = mwt.end - 1;
        sentence.multiword_tokens.push_back(std::move(mwt));
        continue;
      }
      token.span = {doc.text.size(), doc.text.size() + token.form.size()};
      doc.text += token.form;
      if (token.space_after) doc.text += ' ';
      sentence.tokens.push_back(std::move(token));
    }
    while (doc.text.size() > sentence.span.begin && doc.text.back() == ' ') doc.text.pop_back();
    sentence.span.end = doc.text.size();
    doc.sentences.push_back(std::move(sentence));
    treebank_.sentence_ids.push_back(sent_id_);
    treebank_.texts.push_back(text_);
  }

  void fail(std::size_t line_number, const std::string& message, std::string_view excerpt) {
    failed_ = true;
    treebank_.document.diagnostics.push_back(
        {source_, line_number, 0, message + "; sentence skipped", std::string(excerpt.substr(0, 60))});
  }

  Treebank& treebank_;
  const std::string& source_;
  std::vector<Word> words_;
  std::vector<MultiwordToken> multiword_;
  std::string sent_id_;
  std::string text_;
  bool failed_ = false;
};

}  // namespace

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

Treebank read_conllu(std::istream& in, const std::string& source) {
  Treebank treebank;
  treebank.document.id = source;
  SentenceBuilder builder(treebank, source);
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      builder.finish(line_number);
    } else if (line.front() == '#') {
      builder.comment(line);
    } else {
      builder.word_line(line, line_number);
    }
  }
  builder.finish(line_number);
  return treebank;
}

namespace {

void write_field(std::ostream& out, const std::string& value) {
  if (value.empty()) {
    out << '_';
    return;
  }
  for (const char c : value) out << (c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

}  // namespace

void write_conllu(std::ostream& out, const Document& doc, const Sentence& sentence, const std::string& sent_id,
                  std::string_view original_text) {
  out << "# sent_id = " << sent_id << '\n';
  std::string text = original_text.empty() ? doc.text.substr(sentence.span.begin, sentence.span.size())
                                           : std::string(original_text);
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  out << "# text = " << text << '\n';
  std::size_t next_multiword = 0;
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    const Token& token = sentence.tokens[i];
    bool inside_multiword = false;
    while (next_multiword < sentence.multiword_tokens.size() && sentence.multiword_tokens[next_multiword].end <= i)
      ++next_multiword;
    if (next_multiword < sentence.multiword_tokens.size()) {
      const MultiwordToken& mwt = sentence.multiword_tokens[next_multiword];
      if (mwt.first == i) {
        out << i + 1 << '-' << mwt.end << '\t';
        write_field(out, mwt.form);
        out << "\t_\t_\t_\t_\t_\t_\t_\t" << (mwt.space_after ? "_" : "SpaceAfter=No") << '\n';
      }
      inside_multiword = mwt.first <= i && i < mwt.end;
    }
    out << i + 1 << '\t';
    write_field(out, token.form);
    out << '\t';
    write_field(out, token.lemma);
    out << '\t';
    write_field(out, token.upos);
    out << "\t_\t";
    write_field(out, token.feats);
    out << '\t';
    if (token.head < 0) {
      out << '_';
    } else {
      out << (static_cast<std::size_t>(token.head) == i ? 0 : token.head + 1);
    }
    out << '\t';
    write_field(out, token.deprel);
    out << "\t_\t" << (!inside_multiword && !token.space_after ? "SpaceAfter=No" : "_") << '\n';
  }
  out << '\n';
}

}  // namespace kg::extract
