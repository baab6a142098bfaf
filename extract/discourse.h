#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract/entity_type.h"

namespace kg::extract {

// What a description or pronoun must agree with to refer to an organisation.
struct DescriptionCue {
  std::string class_noun;  // "Konzern", "Smartphone-Hersteller"; may be empty
  std::string country;     // from "der finnische ..."; may be empty
  std::string city;        // from "der Münchner ..." or "die Leipziger"; may be empty
};

// The state of one document that reaches across sentences: which
// organisations were mentioned how recently, what is known about them, the
// current topic, report source, time and market. Built per document by the
// relation extractor; not shared between threads.
class Discourse {
 public:
  // Records a mention of an organisation at a global position (increasing).
  void mention(const std::string& name, std::size_t position, bool subject);
  void learn_country(const std::string& name, const std::string& country);
  void learn_city(const std::string& name, const std::string& city);
  void learn_class(const std::string& name, const std::string& class_noun);

  // The organisation a description refers to: the most recent one that
  // agrees with the cue and is not in `excluded`; nullopt if none is known.
  std::optional<std::string> resolve(const DescriptionCue& cue, const std::vector<std::string>& excluded) const;

  // The organisation the text is currently about (the most recent
  // grammatical subject, else the most mentioned one), excluding `excluded`.
  std::optional<std::string> topic(const std::vector<std::string>& excluded = {}) const;

  // Two coordinated organisations most recently mentioned ("X und Y"), for "beide".
  std::vector<std::string> pair;
  // The organisation that raised money in the text so far ("hat in einer
  // Finanzierungsrunde Kapital eingesammelt"), for "die Runde" later.
  std::string funded;
  // The organisation most recently named as the source of a report, for the
  // current paragraph.
  std::string source;
  // The last explicit time of the paragraph ("2017-Q1").
  std::string time;
  // The paragraph's market or product segment ("Wearables").
  std::string market;
  // A sentence of the paragraph spoke of market shares.
  bool market_share = false;

  // Forgets the paragraph-level state (source, time, market) at a paragraph break.
  void new_paragraph();

 private:
  struct Entity {
    std::size_t last = 0;
    std::size_t last_subject = 0;  // position of the last mention as a subject, + 1; 0 = never
    std::size_t count = 0;
    std::string country;
    std::string city;
    std::vector<std::string> classes;
  };
  std::map<std::string, Entity> entities_;
  std::string last_subject_;
};

}  // namespace kg::extract
