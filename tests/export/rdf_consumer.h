#pragma once
// Helpers for the tests that hand our output to real consumers (rapper, networkx).

#include <string>
#include <string_view>

namespace kg::exporter::testing {

// Whether `check_command` (e.g. "rapper --version") exits 0. When it does not: under CI=true the test
// fails, otherwise it is skipped with a message; returns false in both cases.
bool require_tool(std::string_view check_command, std::string_view package);

// Whether node and the npm package `package` (in tools/node/node_modules) are
// installed; otherwise fails under CI=true or skips with a message, as require_tool.
bool require_node_package(std::string_view package);

// Runs `node tools/node/<script> <arguments>` (arguments already quoted for
// /bin/sh) with NODE_PATH set; returns standard output, `status` the exit status.
std::string run_node_script(std::string_view script, const std::string& arguments, int& status);

// `text` single-quoted for /bin/sh.
std::string shell_quote(std::string_view text);

// N-Triples / N-Quads lines in one canonical escaping, sorted: every ECHAR
// and UCHAR is decoded and re-encoded the way our writers encode (ECHAR for
// " \ BS TAB LF FF CR, \u00XX for other controls and DEL, UTF-8 otherwise).
// rapper writes non-ASCII as \uXXXX / \UXXXXXXXX and we write UTF-8; both are
// legitimate spellings of the same literal, so both sides go through this.
std::string canonical_lines(std::string_view text);

}  // namespace kg::exporter::testing
