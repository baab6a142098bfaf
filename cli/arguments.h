#pragma once
// Command-line arguments of one subcommand: options declared up front,
// everything else positional. "--name value" and "--name=value" both work;
// "-" is a positional (standard input); "--" ends the options.

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace kg::cli {

// Wrong usage; main prints it with the command's usage line and exits 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct OptionSpec {
  std::set<std::string> with_value;  // e.g. "--format", "-o"
  std::set<std::string> flags;       // e.g. "--quiet"
};

class Arguments {
 public:
  // Throws UsageError for an unknown option or a missing value.
  Arguments(const std::vector<std::string>& args, const OptionSpec& spec);

  bool flag(const std::string& name) const { return flags_.contains(name); }
  std::optional<std::string> value(const std::string& name) const;
  std::string value_or(const std::string& name, const std::string& fallback) const;
  // The value parsed as a number in [low, high]; throws UsageError.
  double number_or(const std::string& name, double fallback, double low, double high) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::set<std::string> flags_;
  std::map<std::string, std::string> values_;
  std::vector<std::string> positional_;
};

}  // namespace kg::cli
