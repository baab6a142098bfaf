#pragma once
// Collects observations (statements, documents, other graphs) and builds the
// merged KnowledgeGraph. The result depends only on the set of evidence
// records (a statement with its document, sentence, span and extractor) and
// documents, never on their order: build(a + b) == build(b + a), adding a
// built graph equals adding the statements it was built from, and adding the
// same evidence twice changes nothing.

#include <memory>

#include "extract/statement.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

class GraphBuilder {
 public:
  GraphBuilder();
  ~GraphBuilder();
  GraphBuilder(GraphBuilder&&) noexcept;
  GraphBuilder& operator=(GraphBuilder&&) noexcept;

  // Records one statement. Unknown predicates and empty names are ignored
  // (the extractor never produces them). A repeated statement adds evidence.
  void add(const extract::Statement& statement);
  void add(const DocumentInfo& document);
  // Records every evidence record and document of `graph`.
  void add(const KnowledgeGraph& graph);

  // Resolves names into entities (the merge rules of alias_resolver.h) and
  // statements into edges. The builder is left empty.
  KnowledgeGraph build();

  std::size_t statement_count() const;  // evidence records added so far

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace kg::graph
