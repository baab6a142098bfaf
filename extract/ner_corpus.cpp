#include "extract/ner_corpus.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <istream>
#include <ostream>

#include "extract/conllu.h"
#include "extract/gazetteer.h"
#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"
#include "extract/utf8.h"

namespace kg::extract {

namespace {

Diagnostic diagnostic(const std::string& source, std::size_t line, std::string message, std::string_view excerpt) {
  Diagnostic d;
  d.source = source;
  d.line = line;
  d.message = std::move(message);
  d.excerpt = std::string(excerpt.substr(0, 80));
  return d;
}

bool is_punctuation(std::string_view form) {
  return std::none_of(form.begin(), form.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  });
}

}  // namespace

void NerCorpus::append(NerCorpus&& other) {
  for (auto& s : other.sentences) sentences.push_back(std::move(s));
  for (auto& g : other.gold) gold.push_back(std::move(g));
  for (auto& l : other.lines) lines.push_back(std::move(l));
  const std::size_t first = documents.empty() ? 0 : documents.back() + 1;
  for (const std::size_t d : other.documents) documents.push_back(first + d);
  for (auto& d : other.diagnostics) diagnostics.push_back(std::move(d));
}

NerCorpus read_germeval(std::istream& in, const std::string& source) {
  NerCorpus corpus;
  Sentence sentence;
  std::vector<NerSpan> spans;
  std::vector<std::string> lines;
  bool broken = false;
  std::size_t offset = 0;  // bytes of the rebuilt text
  const auto finish = [&] {
    if (!broken && !sentence.tokens.empty()) {
      sentence.span = {sentence.tokens.front().span.begin, sentence.tokens.back().span.end};
      corpus.documents.push_back(corpus.sentences.size());
      corpus.sentences.push_back(std::move(sentence));
      corpus.gold.push_back(std::move(spans));
      corpus.lines.push_back(std::move(lines));
    }
    sentence = Sentence{};
    spans.clear();
    lines.clear();
    broken = false;
  };
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') {
      if (!sentence.tokens.empty()) finish();
      lines.push_back(line);
      continue;
    }
    lines.push_back(line);
    if (broken) continue;
    const std::vector<std::string_view> columns = split_tabs(line);
    if (columns.size() < 3 || columns[1].empty()) {
      corpus.diagnostics.push_back(diagnostic(source, number, "expected \"index<TAB>token<TAB>outer tag\"", line));
      broken = true;
      continue;
    }
    const std::string_view tag = columns[2];
    const std::size_t index = sentence.tokens.size();
    if (tag != "O") {
      const auto ner_class = tag.size() > 2 && tag[1] == '-' ? parse_ner_class(tag.substr(2)) : std::nullopt;
      if (!ner_class || (tag[0] != 'B' && tag[0] != 'I')) {
        corpus.diagnostics.push_back(diagnostic(source, number, "unknown outer tag \"" + std::string(tag) + "\"", line));
        broken = true;
        continue;
      }
      if (tag[0] == 'I' && !spans.empty() && spans.back().end == index && spans.back().ner_class == *ner_class)
        spans.back().end = index + 1;
      else
        spans.push_back({index, index + 1, *ner_class});
    }
    Token token;
    token.form = std::string(columns[1]);
    token.span = {offset, offset + token.form.size()};
    offset += token.form.size() + 1;
    sentence.tokens.push_back(std::move(token));
  }
  finish();
  return corpus;
}

namespace {

std::optional<NerClass> smartdata_class(std::string type) {
  for (char& c : type) c = c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (type == "ORGANIZATION_COMPANY" || type == "ORGANIZATION") return NerClass::Org;
  if (type == "PERSON") return NerClass::Per;
  if (type == "LOCATION" || type == "LOCATION_CITY" || type == "LOCATION_STREET" || type == "LOCATION_STOP")
    return NerClass::Loc;
  return std::nullopt;
}

// Byte offset of every UTF-16 code unit boundary of `text`.
std::vector<std::size_t> utf16_to_bytes(std::string_view text) {
  std::vector<std::size_t> bytes;
  bytes.reserve(text.size() + 1);
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = decode_utf8(text, pos);
    bytes.push_back(pos);
    if (cp.value > 0xFFFF) bytes.push_back(pos);
    pos += cp.length;
  }
  bytes.push_back(text.size());
  return bytes;
}

struct ByteMention {
  std::size_t begin, end;
  NerClass ner_class;
};

// Gold spans of one sentence from the document's mentions.
std::vector<NerSpan> align(const Sentence& sentence, const std::vector<ByteMention>& mentions) {
  std::vector<NerSpan> spans;
  const auto& tokens = sentence.tokens;
  for (const ByteMention& m : mentions) {
    if (m.end <= sentence.span.begin || m.begin >= sentence.span.end) continue;
    std::size_t first = 0;
    while (first < tokens.size() && tokens[first].span.end <= m.begin) ++first;
    std::size_t end = first;
    while (end < tokens.size() && tokens[end].span.begin < m.end) ++end;
    if (first == end) continue;
    NerClass ner_class = m.ner_class;
    const bool aligned = tokens[first].span.begin == m.begin && tokens[end - 1].span.end == m.end;
    if (!aligned) {
      // A name inside one word ("EU-" of "EU-Kommission") marks the word as containing it.
      if (end - first != 1 || !(tokens[first].span.begin <= m.begin && m.end <= tokens[first].span.end)) continue;
      ner_class = static_cast<NerClass>(static_cast<std::uint8_t>(ner_class) + 8);
    }
    while (end - first > 1 && is_punctuation(tokens[end - 1].form)) --end;
    while (end - first > 1 && is_punctuation(tokens[first].form)) ++first;
    if (is_punctuation(tokens[first].form)) continue;
    // Multiword tokens ("im" = "in dem") share one span: a mention covers whole words.
    if (ner_class == NerClass::Loc && end - first == 1) {
      const std::string& form = tokens[first].form;
      if (!starts_upper(form) || Gazetteer::find_adjective(form) ||
          (Gazetteer::find_demonym(form) && !Gazetteer::find(form)))
        ner_class = NerClass::LocDeriv;
    }
    if (!spans.empty() && first < spans.back().end) continue;  // overlaps the outer one kept before
    spans.push_back({first, end, ner_class});
  }
  return spans;
}

}  // namespace

NerCorpus read_smartdata(std::istream& in, const std::string& source) {
  NerCorpus corpus;
  const SentenceSplitter splitter;
  const Tokenizer tokenizer;
  std::string line;
  std::size_t number = 0, document = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    rapidjson::Document json;
    json.Parse(line.data(), line.size());
    if (json.HasParseError()) {
      corpus.diagnostics.push_back(diagnostic(source, number,
                                              "malformed JSON at column " + std::to_string(json.GetErrorOffset() + 1) +
                                                  ": " + rapidjson::GetParseError_En(json.GetParseError()),
                                              std::string_view(line).substr(json.GetErrorOffset())));
      continue;
    }
    if (!json.IsObject() || !json.HasMember("text") || !json["text"].IsString()) {
      corpus.diagnostics.push_back(diagnostic(source, number, "expected an object with a \"text\" string", line));
      continue;
    }
    Document doc;
    doc.text.assign(json["text"].GetString(), json["text"].GetStringLength());
    const std::vector<std::size_t> bytes = utf16_to_bytes(doc.text);
    std::vector<ByteMention> mentions;
    bool bad = false;
    if (json.HasMember("conceptMentions") && json["conceptMentions"].IsArray()) {
      for (const auto& m : json["conceptMentions"].GetArray()) {
        if (!m.IsObject() || !m.HasMember("type") || !m["type"].IsString() || !m.HasMember("span") ||
            !m["span"].IsObject() || !m["span"].HasMember("start") || !m["span"].HasMember("end") ||
            !m["span"]["start"].IsUint() || !m["span"]["end"].IsUint()) {
          bad = true;
          break;
        }
        const unsigned start = m["span"]["start"].GetUint(), end = m["span"]["end"].GetUint();
        if (start >= end || end >= bytes.size()) {
          bad = true;
          break;
        }
        if (const auto ner_class = smartdata_class(m["type"].GetString()))
          mentions.push_back({bytes[start], bytes[end], *ner_class});
      }
    }
    if (bad) {
      corpus.diagnostics.push_back(diagnostic(source, number, "a concept mention lacks a type or a valid span", line));
      continue;
    }
    // Outer mentions first: by start, longer first.
    std::sort(mentions.begin(), mentions.end(), [](const ByteMention& a, const ByteMention& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    splitter.split(doc);
    for (Sentence& sentence : doc.sentences) {
      tokenizer.tokenize(sentence, doc);
      if (sentence.tokens.empty()) continue;
      corpus.gold.push_back(align(sentence, mentions));
      corpus.sentences.push_back(std::move(sentence));
      corpus.documents.push_back(document);
    }
    ++document;
  }
  return corpus;
}

void write_germeval(std::ostream& out, const NerCorpus& corpus, const std::vector<std::vector<NerSpan>>& predicted) {
  for (std::size_t s = 0; s < corpus.lines.size(); ++s) {
    const std::size_t n = corpus.sentences[s].tokens.size();
    std::vector<std::string> tags(n, "O");
    for (const NerSpan& span : predicted[s])
      for (std::size_t i = span.first; i < span.end && i < n; ++i)
        tags[i] = std::string(i == span.first ? "B-" : "I-") + std::string(ner_class_name(span.ner_class));
    std::size_t token = 0;
    for (const std::string& line : corpus.lines[s]) {
      if (line[0] == '#' || token >= n) {
        out << line << '\n';
        continue;
      }
      std::vector<std::string_view> columns = split_tabs(line);
      columns[2] = tags[token++];
      for (std::size_t c = 0; c < columns.size(); ++c) out << (c ? "\t" : "") << columns[c];
      out << '\n';
    }
    out << '\n';
  }
}

std::vector<std::uint8_t> labels_of(const std::vector<NerSpan>& spans, std::size_t token_count) {
  std::vector<std::uint8_t> labels(token_count, 0);
  for (const NerSpan& span : spans) {
    if (span.end > token_count || span.first >= span.end) continue;
    if (span.end - span.first == 1 || static_cast<std::size_t>(span.ner_class) >= kNameClassCount) {
      // Derived and part words are labelled one by one.
      for (std::size_t i = span.first; i < span.end; ++i) labels[i] = make_label(span.ner_class, LabelPosition::Unit);
      continue;
    }
    labels[span.first] = make_label(span.ner_class, LabelPosition::Begin);
    for (std::size_t i = span.first + 1; i + 1 < span.end; ++i) labels[i] = make_label(span.ner_class, LabelPosition::Inside);
    labels[span.end - 1] = make_label(span.ner_class, LabelPosition::Last);
  }
  return labels;
}

}  // namespace kg::extract
