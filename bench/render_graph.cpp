// A synthetic graph for looking at and timing `kg render`: N statements
// among about E entities (organisations, people, places, products,
// concepts) with German-looking names, over the SCHEMA.md predicates, with a
// few well-connected entities as in real news (degrees fall off like a power
// law), time and source qualifiers, dated documents and several evidence
// sentences per statement. Deterministic. Writes a graph file.
//
// usage: render_graph --statements N [--entities E] -o FILE.kg
//   500 entities: render_graph --statements 900 --entities 500 -o g500.kg
//   bench:        render_graph --statements 1000000 -o g1m.kg

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "graph/graph_builder.h"
#include "graph/graph_file.h"

namespace {

using kg::extract::EntityType;

class Random {
 public:
  std::uint64_t next() {  // xorshift64
    state_ ^= state_ << 13, state_ ^= state_ >> 7, state_ ^= state_ << 17;
    return state_;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
  // Skewed towards 0: a few entities take most statements.
  std::size_t skewed(std::size_t n) { return static_cast<std::size_t>(static_cast<double>(n) * std::pow(unit(), 2.5)); }

 private:
  std::uint64_t state_ = 0x9E3779B97F4A7C15ull;
};

template <std::size_t N>
const char* pick(const char* const (&words)[N], std::size_t i) { return words[i % N]; }

const char* const kStems[] = {"Nord", "Süd", "Alpen", "Rhein", "Elb", "Hansa", "Solar", "Daten", "Volt", "Kraft",
                              "Licht", "Stahl", "Isar", "Main", "Weser", "Falken", "Linden", "Berg", "Quell", "Funk"};
const char* const kEndings[] = {"werk", "tec", "link", "soft", "med", "bau", "log", "net", "chem", "tronik", "cap",
                                "mobil"};
const char* const kForms[] = {" AG", " GmbH", " SE", "", " Holding", " Labs"};
const char* const kFirst[] = {"Anna", "Jonas", "Miriam", "Felix", "Sabine", "Tobias", "Leyla", "Karl", "Ines", "Piotr"};
const char* const kLast[] = {"Becker", "Yilmaz", "Hoffmann", "Schulze", "Nowak", "Krüger", "Wolf", "Brandt", "Arslan"};
const char* const kPlaces[] = {"Hamburg", "München", "Leipzig", "Kiel", "Bremen", "Dresden", "Köln", "Stuttgart",
                               "Nürnberg", "Rostock", "Peking", "Seoul", "Eindhoven", "Wien", "Zürich", "Lyon"};
const char* const kConcepts[] = {"Batteriezellen", "Wärmepumpen", "Chipdesign", "Cloud-Dienste", "Lastenräder",
                                 "Halbleiter", "Windparks", "Logistikdienste", "Robotik", "Medizintechnik",
                                 "Solarmodule", "Software", "Wasserstoff", "Smartphones", "Sensorik"};

struct Node {
  std::string name;
  EntityType type;
};

std::vector<Node> make_entities(std::size_t count, Random& random) {
  std::vector<Node> nodes;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t kind = random.below(20);
    const std::string serial = i < 200 ? "" : " " + std::to_string(i);
    if (kind < 12) {
      nodes.push_back({std::string(pick(kStems, i * 7 + random.below(3))) + pick(kEndings, i * 5 + random.below(5)) +
                           pick(kForms, i) + serial,
                       EntityType::Organization});
    } else if (kind < 14) {
      nodes.push_back({std::string(pick(kFirst, i)) + " " + pick(kLast, i / 3) + serial, EntityType::Person});
    } else if (kind < 16) {
      nodes.push_back({std::string(pick(kPlaces, i)) + (i < 50 ? "" : serial), EntityType::Location});
    } else if (kind < 18) {
      nodes.push_back({std::string(pick(kConcepts, i)) + (i < 50 ? "" : serial), EntityType::Concept});
    } else {
      nodes.push_back({std::string(pick(kStems, i)) + "-Serie " + std::to_string(i % 9 + 1) + serial,
                       EntityType::Product});
    }
  }
  return nodes;
}

// A predicate that fits the object's type.
const char* predicate_for(EntityType object, Random& random) {
  static const char* const kOrganization[] = {"partner-of", "acquired", "supplies", "invests-in", "licenses-to",
                                              "competitor-of", "subsidiary-of", "sues"};
  static const char* const kConcept[] = {"develops", "produces", "instance-of", "leads-market", "shipped"};
  switch (object) {
    case EntityType::Organization: return kOrganization[random.below(8)];
    case EntityType::Location: return random.below(2) ? "headquartered-in" : "operates-in";
    case EntityType::Product: return random.below(2) ? "launched" : "produces";
    case EntityType::Person: return "partner-of";
    default: return kConcept[random.below(5)];
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t statements = 1000, entities = 0;
  std::string output;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--statements") == 0) statements = std::stoul(argv[i + 1]);
    else if (std::strcmp(argv[i], "--entities") == 0) entities = std::stoul(argv[i + 1]);
    else if (std::strcmp(argv[i], "-o") == 0) output = argv[i + 1];
  }
  if (output.empty()) {
    std::fprintf(stderr, "usage: render_graph --statements N [--entities E] -o FILE.kg\n");
    return 2;
  }
  if (entities == 0) entities = statements / 3 + 10;
  Random random;
  const std::vector<Node> nodes = make_entities(entities, random);
  const std::size_t documents = statements / 25 + 1;
  kg::graph::GraphBuilder builder;
  for (std::size_t d = 0; d < documents; ++d)
    builder.add(kg::graph::DocumentInfo{"news-" + std::to_string(d), "20" + std::to_string(15 + d % 10) + "-" +
                                            (d % 12 < 9 ? "0" : "") + std::to_string(d % 12 + 1), "de"});
  for (std::size_t i = 0; i < statements; ++i) {
    const Node* subject = &nodes[random.skewed(entities)];
    for (int tries = 0; subject->type != EntityType::Organization && subject->type != EntityType::Person && tries < 20;
         ++tries)
      subject = &nodes[random.skewed(entities)];
    const Node* object = &nodes[random.below(3) ? random.below(entities) : random.skewed(entities)];
    for (int tries = 0; subject->type == EntityType::Person && object->type != EntityType::Organization && tries < 20;
         ++tries)
      object = &nodes[random.below(entities)];
    if (object == subject) object = &nodes[(static_cast<std::size_t>(object - nodes.data()) + 1) % entities];
    kg::extract::Statement s;
    s.subject = {subject->name, subject->type, "", ""};
    s.object = {object->name, object->type, "", ""};
    const std::size_t role = random.below(6);
    s.predicate = subject->type == EntityType::Person ? (role < 4 ? "employee-of" : role < 5 ? "ceo-of" : "founded")
                                                      : predicate_for(object->type, random);
    if (s.predicate == "partner-of" && object->type == EntityType::Person) s.predicate = "competitor-of";
    const std::size_t evidence = 1 + random.below(3);
    for (std::size_t e = 0; e < evidence; ++e) {
      s.doc = "news-" + std::to_string(random.below(documents));
      s.sentence = random.below(30);
      s.span = {150 * s.sentence, 150 * s.sentence + 110};
      s.extractor = "baseline-cue/render-bench";
      s.confidence = 0.35 + 0.6 * random.unit();
      s.evidence = "Wie " + subject->name + " am Dienstag mitteilte, betrifft die Vereinbarung auch " +
                   object->name + ".";
      s.qualifiers.clear();
      if (random.below(4) == 0) s.qualifiers["time"] = "20" + std::to_string(15 + random.below(10)) + "-Q" +
                                                        std::to_string(1 + random.below(4));
      if (random.below(8) == 0) s.qualifiers["source"] = random.below(2) ? "IDC" : "Reuters";
      builder.add(s);
    }
  }
  const kg::graph::KnowledgeGraph graph = builder.build();
  kg::graph::write_graph_file(graph, output);
  std::printf("%s: %zu entities, %zu relations, %zu documents\n", output.c_str(), graph.entity_count(),
              graph.relation_count(), graph.documents().size());
  return 0;
}
