#pragma once
// The subcommands of `kg`. Each takes its arguments (after the subcommand
// name) and returns the exit code: 0 clean, 1 finished with input
// diagnostics, 2 usage or fatal error (thrown as UsageError or another
// exception and mapped by main).

#include <string>
#include <vector>

namespace kg::cli {

struct Command {
  const char* name;
  const char* summary;  // one line for `kg --help`
  const char* usage;    // full help for `kg NAME --help`
  int (*run)(const std::vector<std::string>& args);
};

int run_extract(const std::vector<std::string>& args);
int run_build(const std::vector<std::string>& args);
int run_merge(const std::vector<std::string>& args);
int run_export(const std::vector<std::string>& args);
int run_render(const std::vector<std::string>& args);
int run_stats(const std::vector<std::string>& args);
int run_query(const std::vector<std::string>& args);
int run_explain(const std::vector<std::string>& args);
int run_neighbors(const std::vector<std::string>& args);
int run_path(const std::vector<std::string>& args);
int run_entities(const std::vector<std::string>& args);
int run_analyze(const std::vector<std::string>& args);
// `kg train WHAT ...` hands the arguments after WHAT to one of these.
int run_train(const std::vector<std::string>& args);
int run_train_tagger(const std::vector<std::string>& args);
int run_train_parser(const std::vector<std::string>& args);
int run_train_ner(const std::vector<std::string>& args);
int run_ner(const std::vector<std::string>& args);


// Every subcommand, in the order `kg --help` lists them.
const std::vector<Command>& commands();

}  // namespace kg::cli
