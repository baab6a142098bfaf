// kg: builds knowledge graphs from news text. This file only dispatches to
// the subcommands and maps errors to exit codes.

#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/arguments.h"
#include "cli/commands.h"

namespace {

void print_overview(std::ostream& out) {
  out << "usage: kg COMMAND [ARGS]\n\nBuilds knowledge graphs from German news text.\n\ncommands:\n";
  for (const auto& command : kg::cli::commands()) {
    std::string name = command.name;
    name.resize(10, ' ');
    out << "  " << name << command.summary << '\n';
  }
  out << "\n`kg COMMAND --help` describes a command. Exit codes: 0 done, 1 done with input\n"
         "diagnostics (outputs written), 2 usage or fatal error.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> all(argv + 1, argv + argc);
  if (all.empty() || all[0] == "--help" || all[0] == "-h" || all[0] == "help") {
    print_overview(all.empty() ? std::cerr : std::cout);
    return all.empty() ? 2 : 0;
  }
  if (all[0] == "--version") {
    std::cout << "kg 0.1.0\n";
    return 0;
  }
  for (const auto& command : kg::cli::commands()) {
    if (all[0] != command.name) continue;
    const std::vector<std::string> args(all.begin() + 1, all.end());
    for (const auto& arg : args) {
      if (arg == "--") break;
      if (arg == "--help" || arg == "-h") {
        std::cout << command.usage;
        return 0;
      }
    }
    try {
      const int code = command.run(args);
      std::cout.flush();
      if (!std::cout) {
        std::cerr << "kg: error: writing to standard output failed\n";
        return 2;
      }
      return code;
    } catch (const kg::cli::UsageError& error) {
      std::cerr << "kg " << command.name << ": error: " << error.what() << "\n\n" << command.usage;
      return 2;
    } catch (const std::bad_alloc&) {
      std::cerr << "kg: error: out of memory\n";
      return 2;
    } catch (const std::exception& error) {
      std::cerr << "kg: error: " << error.what() << '\n';
      return 2;
    }
  }
  std::cerr << "kg: error: unknown command '" << all[0] << "'\n\n";
  print_overview(std::cerr);
  return 2;
}
