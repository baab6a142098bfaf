#pragma once
// Line-oriented statement output of `kg extract` (SCHEMA.md "--format jsonl").

#include <ostream>
#include <string_view>

#include "extract/statement.h"

namespace kg::exporter {

enum class StatementFormat { Jsonl, Tsv };

// "jsonl", "tsv". Throws ExportError listing the valid names.
StatementFormat parse_statement_format(std::string_view name);

// TSV writes a header line; JSONL writes nothing.
void write_statement_header(StatementFormat format, std::ostream& out);

// One line per statement. JSONL: {"doc","subject","subject_type","predicate",
// "object","object_type","confidence","sentence","span":[b,e],"qualifiers":{...}}
// with a Literal object's unit in qualifiers.unit; plus "extractor" and "evidence".
void write_statement(const extract::Statement& statement, StatementFormat format, std::ostream& out);

}  // namespace kg::exporter
