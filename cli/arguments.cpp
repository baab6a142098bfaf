#include "cli/arguments.h"

#include <charconv>
#include <cmath>

namespace kg::cli {

Arguments::Arguments(const std::vector<std::string>& args, const OptionSpec& spec) {
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
      positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    std::string name = arg;
    std::optional<std::string> inline_value;
    if (const auto equals = arg.find('='); equals != std::string::npos && arg.starts_with("--")) {
      name = arg.substr(0, equals);
      inline_value = arg.substr(equals + 1);
    }
    if (spec.flags.contains(name) && !inline_value) {
      flags_.insert(name);
    } else if (spec.with_value.contains(name)) {
      if (inline_value) {
        values_[name] = *inline_value;
      } else if (i + 1 < args.size()) {
        values_[name] = args[++i];
      } else {
        throw UsageError("option " + name + " needs a value");
      }
    } else {
      throw UsageError("unknown option " + name);
    }
  }
}

std::optional<std::string> Arguments::value(const std::string& name) const {
  if (auto it = values_.find(name); it != values_.end()) return it->second;
  return std::nullopt;
}

std::string Arguments::value_or(const std::string& name, const std::string& fallback) const {
  return value(name).value_or(fallback);
}

double Arguments::number_or(const std::string& name, double fallback, double low, double high) const {
  const auto text = value(name);
  if (!text) return fallback;
  double number = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), number);
  if (error != std::errc() || end != text->data() + text->size() || !std::isfinite(number) || number < low || number > high)
    throw UsageError("option " + name + " expects a number from " + std::to_string(low) + " to " +
                     std::to_string(high) + ", not '" + *text + "'");
  return number;
}

}  // namespace kg::cli
