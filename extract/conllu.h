#pragma once
// CoNLL-U, the Universal Dependencies file format: reading treebanks for
// training and evaluation, writing what `kg analyze` found.

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace kg::extract {

// A CoNLL-U file read into the pipeline's structures. The document's text
// is rebuilt from the word forms (one space between tokens unless
// SpaceAfter=No, a line break between sentences), so every token has a
// real span and the stages run on it as on any text.
struct Treebank {
  Document document;  // one Sentence per CoNLL-U sentence, tokens = syntactic words with the file's columns
  std::vector<std::string> sentence_ids;  // "# sent_id = …" of each sentence; empty when missing
  std::vector<std::string> texts;         // "# text = …" of each sentence; empty when missing
};

// Reads CoNLL-U from `in`. Empty nodes (ids "8.1") are skipped; a malformed
// line becomes a Diagnostic in document.diagnostics naming `source` and the
// line, and its sentence is dropped. HEAD becomes a 0-based index (a root
// points to itself); "_" columns stay empty.
Treebank read_conllu(std::istream& in, const std::string& source);

// The tab-separated columns of a line (CoNLL-U, GermEval TSV), as views
// into it.
std::vector<std::string_view> split_tabs(std::string_view line);

// Writes one sentence of `doc` as CoNLL-U: "# sent_id", "# text" (the
// sentence's bytes of doc.text, line breaks as spaces), multiword-token
// lines, and the ten columns of every syntactic word (LEMMA, UPOS, FEATS,
// HEAD, DEPREL as the stages filled them, "_" where empty; XPOS and DEPS
// "_"; MISC SpaceAfter=No where the text has no space). Ends with a blank
// line. A non-empty `text` replaces the "# text" taken from doc.text (the
// original text of a sentence read from CoNLL-U).
void write_conllu(std::ostream& out, const Document& doc, const Sentence& sentence, const std::string& sent_id,
                  std::string_view text = {});

}  // namespace kg::extract
