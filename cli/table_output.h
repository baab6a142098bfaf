#pragma once
// Writes rows as an aligned table (terminal), TSV or JSON.

#include <ostream>
#include <string>
#include <vector>

namespace kg::cli {

enum class TableFormat { Table, Json, Tsv };

// "table", "json", "tsv"; throws UsageError listing the valid names.
TableFormat parse_table_format(const std::string& name);

// Table: columns padded to their widest cell (counted in code points).
// TSV: header line, tabs, newlines and backslashes escaped.
// JSON: {"columns":[...],"rows":[[...],...]}.
void write_table(const std::vector<std::string>& columns, const std::vector<std::vector<std::string>>& rows,
                 TableFormat format, std::ostream& out);

}  // namespace kg::cli
