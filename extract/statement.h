#pragma once
// What the extractor hands to the store: one typed triple with provenance.

#include <cstddef>
#include <map>
#include <string>

#include "extract/document.h"

namespace kg::extract {

// One end of a statement.
struct Term {
  std::string name;     // canonical name (most specific proper name); for a Literal its normalised value ("14.7", "3600000", "2017-Q1")
  EntityType type = EntityType::Concept;
  std::string unit;     // Literal only: "percent", "EUR", "employees", "units"; empty otherwise
  std::string surface;  // the form as written in the evidence ("Nokias", "der finnische Konzern"); may equal name or be empty
};

// A statement (subject, predicate, object) with one piece of evidence.
struct Statement {
  std::string doc;        // document id
  Term subject;
  std::string predicate;  // a predicate of SCHEMA.md (kebab-case)
  Term object;
  double confidence = 0.5;     // in [0, 1]
  std::size_t sentence = 0;    // 0-based sentence index within the whole document
  Span span;                   // bytes of the whole source document (chunk offset already added)
  std::string extractor;       // name of the rule or model that produced it
  std::string cue;             // the word of the evidence that triggered the rule ("erworben"); may be empty
  std::string evidence;        // the sentence text the statement comes from (may be shortened)
  std::map<std::string, std::string> qualifiers;  // time, quantity, unit, source, item, from
};

}  // namespace kg::extract
