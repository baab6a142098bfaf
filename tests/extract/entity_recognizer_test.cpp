#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "extract/entity_recognizer.h"
#include "extract/model_file.h"
#include "extract/ner_corpus.h"
#include "extract/ner_training.h"
#include "extract/pipeline.h"

using namespace kg::extract;

namespace {

// Sentence patterns in GermEval TSV with invented names: people before
// places (adjacent mentions), companies with legal forms, a -deriv word, a
// nested name (inner column) and a -part compound.
std::string toy_germeval() {
  const char* const people[] = {"Karla Wendt", "Jonas Pirel", "Mira Sandek", "Olaf Trenz"};
  const char* const places[] = {"Varnheim", "Oldrup", "Kesselbach", "Tarnow"};
  const char* const companies[] = {"Quorin", "Bexalo", "Stemra", "Ulvida"};
  std::ostringstream out;
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 4; ++i) {
      const std::string person = people[(i + round) % 4];
      const std::string place = places[(i + 2 * round) % 4];
      const std::string company = companies[(i + round) % 4];
      const std::size_t space = person.find(' ');
      out << "#\tsource\n1\tHeute\tO\tO\n2\tbesucht\tO\tO\n3\t" << person.substr(0, space) << "\tB-PER\tO\n4\t"
          << person.substr(space + 1) << "\tI-PER\tO\n5\t" << place << "\tB-LOC\tO\n6\t.\tO\tO\n\n";
      out << "#\tsource\n1\tDie\tO\tO\n2\t" << company << "\tB-ORG\tO\n3\tAG\tI-ORG\tO\n4\tkauft\tO\tO\n5\tin\tO\tO\n6\t"
          << place << "\tB-LOC\tO\n7\tein\tO\tO\n8\t.\tO\tO\n\n";
      out << "#\tsource\n1\tDer\tO\tO\n2\tfinnische\tB-LOCderiv\tO\n3\tKonzern\tO\tO\n4\tverkauft\tO\tO\n5\t" << company
          << "-Patente\tB-ORGpart\tO\n6\t.\tO\tO\n\n";
      out << "#\tsource\n1\tDer\tO\tO\n2\tFC\tB-ORG\tO\n3\t" << place << "\tI-ORG\tB-LOC\n4\tgewinnt\tO\tO\n5\t.\tO\tO\n\n";
    }
  }
  return out.str();
}

NerCorpus toy_corpus() {
  std::istringstream in(toy_germeval());
  return read_germeval(in, "toy.tsv");
}

EntityRecognizer train_toy(std::uint64_t seed = 1) {
  const NerCorpus corpus = toy_corpus();
  NerTrainingOptions options;
  options.seed = seed;
  options.epochs = 5;
  std::ostringstream log;
  return train_entity_recognizer(corpus.sentences, corpus.gold, corpus.documents, {}, {}, options, log);
}

// A sentence of `words` with spans into the words joined by spaces.
Sentence sentence_of(const std::vector<std::string>& words) {
  Sentence sentence;
  std::size_t offset = 0;
  for (const std::string& word : words) {
    Token token;
    token.form = word;
    token.span = {offset, offset + word.size()};
    offset += word.size() + 1;
    sentence.tokens.push_back(token);
  }
  return sentence;
}

std::vector<NerSpan> spans_of(const EntityRecognizer& recognizer, const Sentence& sentence) {
  std::vector<NerSpan> spans;
  for (const ScoredNerSpan& scored : recognizer.label(sentence)) spans.push_back(scored.span);
  return spans;
}

// The sample article through the analysis and the built-in recogniser.
Document analysed(const std::string& text) {
  static const Pipeline pipeline([] {
    PipelineOptions options;
    options.parse = false;
    return options;
  }());
  Document doc;
  doc.id = "test";
  doc.text = text;
  pipeline.analyze(doc);
  for (Sentence& sentence : doc.sentences) {
    pipeline.annotate(sentence);
    EntityRecognizer::german().recognize(sentence);
  }
  return doc;
}

std::vector<Mention> mentions_of(const Document& doc) {
  std::vector<Mention> all;
  for (const Sentence& sentence : doc.sentences) all.insert(all.end(), sentence.mentions.begin(), sentence.mentions.end());
  return all;
}

const Mention* find_mention(const std::vector<Mention>& mentions, const std::string& text) {
  const auto found = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.text == text; });
  return found == mentions.end() ? nullptr : &*found;
}

}  // namespace

TEST_CASE("the GermEval reader keeps the outer level of nested names and reads -deriv and -part tags") {
  const NerCorpus corpus = toy_corpus();
  REQUIRE(corpus.sentences.size() == 48);
  CHECK(corpus.diagnostics.empty());
  // "Der FC Varnheim gewinnt .": the inner LOC is dropped, the outer ORG spans two words.
  CHECK(corpus.gold[3] == std::vector<NerSpan>{{1, 3, NerClass::Org}});
  CHECK(corpus.gold[2] == std::vector<NerSpan>{{1, 2, NerClass::LocDeriv}, {4, 5, NerClass::OrgPart}});
}

TEST_CASE("the GermEval reader names the file and line of an unknown tag and skips that sentence") {
  std::istringstream in("1\tEin\tO\tO\n2\tWort\tB-XYZ\tO\n\n1\tGut\tO\tO\n\n");
  const NerCorpus corpus = read_germeval(in, "bad.tsv");
  REQUIRE(corpus.diagnostics.size() == 1);
  CHECK(corpus.diagnostics[0].source == "bad.tsv");
  CHECK(corpus.diagnostics[0].line == 2);
  CHECK(corpus.diagnostics[0].message.find("B-XYZ") != std::string::npos);
  CHECK(corpus.sentences.size() == 1);
}

TEST_CASE("the SmartData reader maps character spans to tokens, adjectives to LOCderiv and names inside words to -part") {
  // "Über" makes character and byte offsets differ.
  std::istringstream in(
      "{\"text\":\"Über Quorin: die dänische Firma Quorin baut EU-Werke in Varnheim.\",\"conceptMentions\":["
      "{\"type\":\"organization-company\",\"span\":{\"start\":5,\"end\":11}},"
      "{\"type\":\"LOCATION\",\"span\":{\"start\":17,\"end\":25}},"
      "{\"type\":\"ORGANIZATION\",\"span\":{\"start\":44,\"end\":46}},"
      "{\"type\":\"DATE\",\"span\":{\"start\":0,\"end\":4}},"
      "{\"type\":\"LOCATION_CITY\",\"span\":{\"start\":56,\"end\":64}}]}\n"
      "{not json\n");
  const NerCorpus corpus = read_smartdata(in, "smart.jsonl");
  REQUIRE(corpus.diagnostics.size() == 1);
  CHECK(corpus.diagnostics[0].line == 2);
  std::vector<std::string> texts;
  std::vector<std::string> classes;
  std::size_t s = 0;
  for (const auto& spans : corpus.gold) {
    for (const NerSpan& span : spans) {
      texts.push_back(corpus.sentences[s].tokens[span.first].form);
      classes.emplace_back(ner_class_name(span.ner_class));
    }
    ++s;
  }
  CHECK(texts == std::vector<std::string>{"Quorin", "dänische", "EU-Werke", "Varnheim"});
  CHECK(classes == std::vector<std::string>{"ORG", "LOCderiv", "ORGpart", "LOC"});
}

TEST_CASE("a recogniser trained on a toy corpus separates adjacent mentions of different classes") {
  const EntityRecognizer recognizer = train_toy();
  const Sentence sentence = sentence_of({"Heute", "besucht", "Jonas", "Pirel", "Oldrup", "."});
  CHECK(spans_of(recognizer, sentence) == std::vector<NerSpan>{{2, 4, NerClass::Per}, {4, 5, NerClass::Loc}});
}

TEST_CASE("recognize gives the outer mention of a nested name, byte spans at word edges and no -part mention") {
  const EntityRecognizer recognizer = train_toy();
  Sentence nested = sentence_of({"Der", "FC", "Tarnow", "gewinnt", "."});
  recognizer.recognize(nested);
  REQUIRE(nested.mentions.size() == 1);
  CHECK(nested.mentions[0].type == EntityType::Organization);
  CHECK(nested.mentions[0].first_token == 1);
  CHECK(nested.mentions[0].end_token == 3);
  CHECK(nested.mentions[0].span == Span{4, 13});  // "FC Tarnow"
  CHECK(nested.mentions[0].text == "FC Tarnow");
  CHECK(nested.mentions[0].score > 0.0);
  CHECK(nested.mentions[0].score <= 1.0);

  Sentence part = sentence_of({"Der", "finnische", "Konzern", "verkauft", "Stemra-Patente", "."});
  CHECK(spans_of(recognizer, part) ==
        std::vector<NerSpan>{{1, 2, NerClass::LocDeriv}, {4, 5, NerClass::OrgPart}});
  recognizer.recognize(part);
  REQUIRE(part.mentions.size() == 1);  // the -part word is no mention
  CHECK(part.mentions[0].text == "finnische");
  CHECK(part.mentions[0].derived);
  CHECK(part.mentions[0].base == "Finnland");
  CHECK(part.mentions[0].type == EntityType::Location);
}

TEST_CASE("recognize keeps mentions already present and handles empty and odd sentences") {
  const EntityRecognizer recognizer = train_toy();
  Sentence sentence = sentence_of({"Die", "Quorin", "AG", "kauft", "in", "Kesselbach", "ein", "."});
  Mention earlier;
  earlier.first_token = 5;
  earlier.end_token = 6;
  earlier.type = EntityType::Concept;
  sentence.mentions.push_back(earlier);
  recognizer.recognize(sentence);
  REQUIRE(sentence.mentions.size() == 2);
  CHECK(sentence.mentions[0].text == "Quorin AG");
  CHECK(sentence.mentions[1].type == EntityType::Concept);

  Sentence empty;
  recognizer.recognize(empty);
  CHECK(empty.mentions.empty());
  Sentence odd = sentence_of({"\xff\xfe", "", "-", "----", "\xc3"});
  recognizer.recognize(odd);
}

TEST_CASE("training is deterministic for a seed, and a saved recogniser loads to identical output") {
  const EntityRecognizer first = train_toy(3);
  const EntityRecognizer second = train_toy(3);
  CHECK(first.bytes() == second.bytes());
  const EntityRecognizer loaded = EntityRecognizer::load(first.bytes(), "memory");
  CHECK(loaded.bytes() == first.bytes());
  const NerCorpus corpus = toy_corpus();
  for (const Sentence& sentence : corpus.sentences) CHECK(spans_of(loaded, sentence) == spans_of(first, sentence));
}

TEST_CASE("a truncated, corrupt or foreign recogniser model is refused with a ModelError naming it") {
  const std::string bytes = train_toy().bytes();
  CHECK_THROWS_WITH_AS(EntityRecognizer::load(bytes.substr(0, bytes.size() / 2), "half.kgm"),
                       doctest::Contains("model half.kgm: byte"), ModelError);
  std::string corrupt = bytes;
  corrupt[bytes.size() / 2] ^= 0x55;
  CHECK_THROWS_WITH_AS(EntityRecognizer::load(corrupt, "flipped.kgm"), doctest::Contains("checksum mismatch"), ModelError);
  ModelWriter tagger("tagger", 1);
  tagger.u32(0);
  CHECK_THROWS_WITH_AS(EntityRecognizer::load(tagger.bytes(), "tagger.kgm"), doctest::Contains("expected \"ner\""),
                       ModelError);
  ModelWriter wrong("ner", 1);
  wrong.u64(0);
  wrong.f32(1.0f);
  wrong.array(std::vector<float>(3));
  CHECK_THROWS_WITH_AS(EntityRecognizer::load(wrong.bytes(), "short.kgm"), doctest::Contains("short.kgm"), ModelError);
  CHECK_THROWS_WITH_AS(EntityRecognizer::load("/nonexistent/ner.kgm"), doctest::Contains("/nonexistent/ner.kgm"),
                       ModelError);
}

TEST_CASE("the German recogniser finds the sample article's companies and places and links -deriv adjectives") {
  std::ifstream in(std::string(KG_SOURCE_DIR) + "/samples/nokia-xiaomi.de.txt");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const Document doc = analysed(text);
  const std::vector<Mention> mentions = mentions_of(doc);
  for (const std::string name : {"Nokia", "HMD Global", "Apple", "IDC"}) {
    const Mention* mention = find_mention(mentions, name);
    REQUIRE_MESSAGE(mention != nullptr, name);
    CHECK_MESSAGE(mention->type == EntityType::Organization, name);
  }
  for (const std::string name : {"Peking", "Haidan"}) {
    const Mention* mention = find_mention(mentions, name);
    REQUIRE_MESSAGE(mention != nullptr, name);
    CHECK_MESSAGE(mention->type == EntityType::Location, name);
  }
  const Mention* finnish = find_mention(mentions, "finnische");
  REQUIRE(finnish != nullptr);
  CHECK(finnish->derived);
  CHECK(finnish->base == "Finnland");
  const Mention* chinese = find_mention(mentions, "chinesische");
  REQUIRE(chinese != nullptr);
  CHECK(chinese->base == "China");
  CHECK(find_mention(mentions, "Xiaomi") != nullptr);
  // "Nokia-Patenten" contains a name but is none.
  CHECK(find_mention(mentions, "Nokia-Patenten") == nullptr);
  for (const Mention& mention : mentions) {
    CHECK(doc.text.substr(mention.span.begin, mention.span.size()) == mention.text);
    CHECK(mention.score >= 0.0);
    CHECK(mention.score <= 1.0);
  }
}

TEST_CASE("the German recogniser takes an unknown capitalised word after a class noun as a name, not a lower-case one") {
  const std::vector<Mention> known = mentions_of(analysed("Der Konzern Zorvanta meldet hohe Gewinne."));
  const Mention* name = find_mention(known, "Zorvanta");
  REQUIRE(name != nullptr);
  CHECK(name->type == EntityType::Organization);
  CHECK(mentions_of(analysed("Die Firma meldet zorvanta Gewinne.")).empty());
}
