// kg stats, kg query and kg explain: look into a graph file.

#include <cctype>
#include <iostream>
#include <map>

#include "cli/arguments.h"
#include "cli/graph_reading.h"
#include "cli/commands.h"
#include "cli/sparql_query.h"
#include "cli/table_output.h"
#include "extract/predicates.h"
#include "graph/graph_file.h"
#include "graph/triple_query.h"
#include "query/sparql_parser.h"

namespace kg::cli {

int run_stats(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"--format"}, {}});
  if (arguments.positional().size() != 1) throw UsageError("expected exactly one GRAPH file");
  const TableFormat format = parse_table_format(arguments.value_or("--format", "table"));
  const graph::KnowledgeGraph graph = graph::read_graph_file(arguments.positional()[0]);

  std::map<std::string, std::size_t> types, predicates, merges;
  std::size_t evidence = 0;
  for (graph::NodeId node = 0; node < graph.entity_count(); ++node) ++types[std::string(extract::to_string(graph.entity(node).type))];
  for (graph::EdgeId edge = 0; edge < graph.relation_count(); ++edge) {
    ++predicates[graph.relation(edge).predicate];
    evidence += graph.relation(edge).evidence.size();
  }
  for (const auto& merge : graph.merges()) ++merges[merge.reason];

  std::vector<std::vector<std::string>> rows;
  rows.push_back({"documents", "", std::to_string(graph.documents().size())});
  rows.push_back({"entities", "", std::to_string(graph.entity_count())});
  for (const auto& [type, count] : types) rows.push_back({"entities", type, std::to_string(count)});
  rows.push_back({"relations", "", std::to_string(graph.relation_count())});
  for (const auto& [predicate, count] : predicates) rows.push_back({"relations", predicate, std::to_string(count)});
  rows.push_back({"evidence", "", std::to_string(evidence)});
  rows.push_back({"aliases merged", "", std::to_string(graph.merges().size())});
  for (const auto& [reason, count] : merges) rows.push_back({"aliases merged", reason, std::to_string(count)});
  write_table({"what", "kind", "count"}, rows, format, std::cout);
  return 0;
}

int run_query(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{"--format", "-f", "--file"}, {"--explain"}});
  const auto file = arguments.value("-f") ? arguments.value("-f") : arguments.value("--file");
  const std::string format_name = arguments.value_or("--format", "table");
  if (file) {
    if (arguments.positional().size() != 1) throw UsageError("expected GRAPH and -f FILE, and no query text");
    return run_sparql_query(arguments.positional()[0], read_query_file(*file), format_name, arguments.flag("--explain"));
  }
  if (arguments.positional().size() != 2)
    throw UsageError("expected GRAPH and one query: SPARQL or a pattern 'SUBJECT PREDICATE OBJECT'");
  if (query::looks_like_sparql(arguments.positional()[1]))
    return run_sparql_query(arguments.positional()[0], arguments.positional()[1], format_name, arguments.flag("--explain"));
  if (arguments.flag("--explain")) throw UsageError("--explain needs a SPARQL query");
  const TableFormat format = parse_table_format(format_name);
  graph::TriplePattern pattern;
  try {
    pattern = graph::parse_triple_pattern(arguments.positional()[1]);
  } catch (const graph::QueryError& error) {
    throw UsageError(error.what());
  }
  const graph::KnowledgeGraph graph = graph::read_graph_file(arguments.positional()[0]);
  const graph::PatternMatcher matcher;
  const graph::QueryResult result = matcher.match(graph, pattern);
  for (const auto& note : result.notes) std::cerr << "kg: " << note << '\n';
  std::vector<std::string> columns;
  for (const auto& variable : result.variables) columns.push_back(variable.substr(1));
  if (columns.empty()) {
    // A fully bound pattern asks yes or no.
    write_table({"matches"}, {{result.rows.empty() ? "false" : "true"}}, format, std::cout);
    return 0;
  }
  write_table(columns, result.rows, format, std::cout);
  return 0;
}

}  // namespace kg::cli

namespace kg::cli {
namespace {

// The quote with the first occurrence of each form wrapped in [[…]], then
// the first whole-word occurrence of the cue outside them in {{…}}.
std::string mark(std::string quote, const std::vector<std::string>& forms, const std::string& cue) {
  for (const std::string& form : forms) {
    if (form.empty()) continue;
    const std::size_t at = quote.find(form);
    if (at == std::string::npos || quote.compare(at > 1 ? at - 2 : 0, 2, "[[") == 0) continue;
    quote.insert(at + form.size(), "]]");
    quote.insert(at, "[[");
  }
  if (cue.empty()) return quote;
  const auto word_char = [](char c) { return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)); };
  for (std::size_t at = quote.find(cue); at != std::string::npos; at = quote.find(cue, at + 1)) {
    const std::size_t end = at + cue.size();
    if ((at > 0 && word_char(quote[at - 1])) || (end < quote.size() && word_char(quote[end]))) continue;
    const std::size_t open = quote.rfind("[[", at), close = quote.rfind("]]", at);
    if (open != std::string::npos && (close == std::string::npos || close < open)) continue;  // inside a name
    quote.insert(end, "}}");
    quote.insert(at, "{{");
    break;
  }
  return quote;
}

}  // namespace

int run_explain(const std::vector<std::string>& args) {
  const Arguments arguments(args, {{}, {}});
  if (arguments.positional().size() != 4) throw UsageError("expected GRAPH SUBJECT PREDICATE OBJECT");
  const auto& subject_name = arguments.positional()[1];
  const auto& predicate = arguments.positional()[2];
  const auto& object_name = arguments.positional()[3];
  if (!extract::find_predicate(predicate)) throw UsageError("unknown predicate '" + predicate + "'");
  // Every statement of the subject lies within one hop of it.
  const graph::KnowledgeGraph graph = read_graph_around(arguments.positional()[0], subject_name, 1);
  const auto subject = graph.find(subject_name);
  if (!subject) {
    std::cerr << "kg: no entity named '" << subject_name << "'\n";
    return 1;
  }
  const auto object = graph.find(object_name);
  auto object_matches = [&](graph::NodeId node) {
    return (object && node == *object) || graph::display_name(graph.entity(node)) == object_name;
  };
  std::size_t shown = 0;
  auto explain = [&](graph::EdgeId edge, graph::NodeId other) {
    const graph::Relation& relation = graph.relation(edge);
    if (relation.predicate != predicate || !object_matches(other)) return;
    std::cout << graph.entity(graph.subject(edge)).name << " " << relation.predicate << " "
              << graph::display_name(graph.entity(graph.object(edge))) << "  (confidence " << relation.confidence;
    for (const auto& [key, value] : relation.qualifiers) std::cout << ", " << key << " " << value;
    std::cout << ")\n";
    for (const graph::Evidence& evidence : relation.evidence) {
      std::cout << "  " << evidence.doc.str() << ", sentence " << evidence.sentence << ", bytes " << evidence.span.begin
                << "-" << evidence.span.end << ", " << evidence.extractor.str() << ", confidence "
                << evidence.confidence << "\n    "
                << mark(evidence.quote.str(),
                        {evidence.subject_surface, evidence.subject_form, evidence.object_surface, evidence.object_form},
                        evidence.cue)
                << "\n";
    }
    ++shown;
  };
  for (graph::EdgeId edge : graph.out_edges(*subject)) explain(edge, graph.object(edge));
  for (graph::EdgeId edge : graph.in_edges(*subject))
    if (graph.relation(edge).symmetric) explain(edge, graph.subject(edge));
  if (shown == 0) {
    std::cerr << "kg: the graph holds no statement (" << subject_name << ", " << predicate << ", " << object_name
              << ")\n";
    return 1;
  }
  return 0;
}

}  // namespace kg::cli
