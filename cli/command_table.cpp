#include "cli/commands.h"

#include "cli/arguments.h"

namespace kg::cli {

// `kg train WHAT ...`: one line per trainable model.
int run_train(const std::vector<std::string>& args) {
  static const std::vector<std::pair<std::string, int (*)(const std::vector<std::string>&)>> trainers{
      {"tagger", run_train_tagger},
      {"parser", run_train_parser},
      {"ner", run_train_ner},
  };
  if (args.empty()) throw UsageError("missing what to train (tagger, parser or ner)");
  for (const auto& [name, run] : trainers)
    if (args[0] == name) return run({args.begin() + 1, args.end()});
  throw UsageError("cannot train '" + args[0] + "' (valid: tagger, parser, ner)");
}

const std::vector<Command>& commands() {
  static const std::vector<Command> table{
      {"analyze", "sentences, tokens, lemmas, parts of speech and dependencies as CoNLL-U",
       "usage: kg analyze FILE...|DIR|- [--input-format text|jsonl|conllu] [--compounds split|whole]\n"
       "                  [--threads N|auto] [--quiet]\n\n"
       "Runs the German analysis (sentence splitting, tokenisation with contractions split\n"
       "into syntactic words, tagging, parsing) and prints CoNLL-U: \"# newdoc id\" per\n"
       "document, \"# sent_id\" and \"# text\" per sentence, multiword-token lines (im = in +\n"
       "dem) and SpaceAfter=No.\n"
       "  --input-format conllu  take the sentences and tokens of CoNLL-U files as given and\n"
       "                         fill LEMMA, UPOS, FEATS, HEAD and DEPREL, so that any CoNLL-U\n"
       "                         evaluator can score the result against the file\n"
       "  --compounds            split (default): hyphenated compounds as UD German writes\n"
       "                         them (\"US-Präsident\" = US - Präsident); whole: one token, as\n"
       "                         kg extract sees it\n"
       "Input problems are reported on stderr (file, line or byte); the exit code is then 1.\n",
       run_analyze},
      {"extract", "statements per document (JSONL, TSV, JSON-LD or N-Quads)",
       "usage: kg extract FILE...|DIR|- [--format jsonl|tsv|jsonld|nquads] [--input-format text|jsonl] [--fast]\n"
       "                  [--threads N|auto] [--raw-confidence] [--quiet]\n\n"
       "Extracts statements from each document, without merging across documents.\n"
       "  --format        jsonl (default; one statement a line, as in SCHEMA.md), tsv (with a\n"
       "                  header line), jsonld or nquads (one graph per document)\n"
       "  --input-format  text: each file is one document whose id is its path (default,\n"
       "                  except for .jsonl files); jsonl: one {\"id\",\"text\",\"lang\"} a line\n"
       "  --fast          no tagging, parsing or trained name recogniser: several times\n"
       "                  faster; names come from capitalisation rules and word lists, and\n"
       "                  the relation rules find subjects by word order alone\n"
       "  --threads       documents (and 1 MiB chunks of long texts) analysed in parallel\n"
       "                  on N threads (auto: one per core; default 1); the output is the\n"
       "                  same, in input order\n"
       "  --quiet         no progress line (it is shown only when stderr is a terminal)\n"
       "  --raw-confidence  the relation rules' own scores instead of calibrated ones (to\n"
       "                  refit the calibration with bench/calibration.py --raw)\n"
       "Directories are walked for .txt and .jsonl files. Input problems (invalid UTF-8,\n"
       "malformed lines, missing files) are reported on stderr and the rest is processed;\n"
       "the exit code is then 1.\n",
       run_extract},
      {"build", "extract and merge everything into one graph file",
       "usage: kg build FILE...|DIR|- -o GRAPH [--input-format text|jsonl] [--fast] [--threads N|auto] [--quiet]\n\n"
       "Extracts statements from every input and merges them into one graph: one node per\n"
       "entity (names, case and legal-form variants, genitives and rare misspellings\n"
       "merged), one edge per (subject, predicate, object) with all its evidence.\n"
       "The graph file is written atomically. Exit code 1 when inputs had problems.\n"
       "--fast and --threads as for kg extract.\n",
       run_build},
      {"merge", "merge graph files into one",
       "usage: kg merge GRAPH... -o GRAPH [--quiet]\n\n"
       "Merges graph files. The result does not depend on the order of the inputs and\n"
       "equals a single build over all their documents.\n",
       run_merge},
      {"export", "write a graph as DOT, JSON-LD, N-Quads, N-Triples, Turtle, TriG, GraphML, Neo4j CSV or Cypher",
       "usage: kg export GRAPH --format dot|jsonld|nquads|ntriples|turtle|trig|graphml|cypher [-o FILE]\n"
       "       kg export GRAPH --format jsonld [--compact|--expanded|--flattened] [--no-reification] [-o FILE]\n"
       "       kg export GRAPH --format neo4j-csv -o DIR\n\n"
       "Writes the graph to FILE (atomically) or to standard output. neo4j-csv writes\n"
       "DIR/nodes.csv and DIR/relationships.csv for neo4j-admin database import;\n"
       "cypher writes idempotent MERGE statements for incremental loads.\n"
       "JSON-LD is compacted by default; --no-reification puts each edge in a named\n"
       "graph named by its statement, annotated with confidence and evidence, instead\n"
       "of rdf:Statement nodes.\n",
       run_export},
      {"render", "draw a graph as SVG, PNG, PDF or an interactive HTML page",
       "usage: kg render GRAPH -o FILE.svg|.png|.pdf|.html [--format svg|png|pdf|html]\n"
       "                 [--focus NAME [--depth N]] [--predicate P,...] [--type T,...]\n"
       "                 [--min-confidence X] [--since DATE] [--cluster type|document]\n"
       "                 [--max-relations N] [--layout dot|neato|sfdp|fdp|circo] [--no-legend]\n\n"
       "Lays out the graph with Graphviz and draws it: boxes coloured and shaped by entity\n"
       "type, edges labelled with the predicate and its time, quantity and source, thicker\n"
       "when more confident, dashed when reported by a source (IDC, Reuters) rather than\n"
       "stated; a legend on top. The format follows the extension unless --format is given.\n"
       "HTML is one self-contained file (no network needed to view it): pan with the mouse,\n"
       "zoom with the wheel, search an entity by name or alias, click an entity for its\n"
       "aliases and statements, click an edge for its evidence sentences.\n\n"
       "Filters: --focus draws what lies within --depth hops (default 1) of one entity, and\n"
       "reads only that part of the graph file; --predicate and --type keep the listed\n"
       "predicates and entity types (comma-separated); --min-confidence hides weaker\n"
       "relations; --since YYYY[-MM[-DD]] or YYYY-Qn keeps relations from documents dated\n"
       "then or later, or whose time qualifier reaches that date. --cluster groups the\n"
       "entities in boxes by type or by the document most of their evidence comes from.\n\n"
       "More than --max-relations relations (default 100; 0 = no limit) cannot be read in\n"
       "one drawing: kg warns and draws that many around the focus or, without one, around\n"
       "the best-connected entity. The layout engine is chosen by size unless --layout is\n"
       "given: dot up to 150 relations and for clusters, neato up to 400, sfdp beyond.\n",
       run_render},
      {"stats", "counts of entities, relations, documents and merged aliases",
       "usage: kg stats GRAPH [--format table|json|tsv]\n\n"
       "Counts entities per type, relations per predicate, documents, evidence records and\n"
       "aliases merged per reason.\n",
       run_stats},
      {"query", "SPARQL SELECT/ASK, or a triple pattern 'S P O'",
       "usage: kg query GRAPH 'SPARQL' [--format table|json|csv|tsv] [--explain]\n"
       "       kg query GRAPH -f FILE.rq [--format table|json|csv|tsv] [--explain]\n"
       "       kg query GRAPH 'SUBJECT PREDICATE OBJECT' [--format table|json|tsv]\n\n"
       "SPARQL 1.1 SELECT and ASK over the RDF that `kg export --format ntriples` writes\n"
       "(same IRIs). Predeclared prefixes: kg, schema, rdf, rdfs, xsd, prov, and entity,\n"
       "doc, stmt as in the Turtle export. Supported: basic graph patterns, FILTER (= != <\n"
       "> <= >=, && || !, regex, lang, str, contains, strstarts, bound), OPTIONAL, UNION,\n"
       "DISTINCT, ORDER BY, LIMIT/OFFSET, COUNT with GROUP BY. Anything else is refused\n"
       "with its line and column. --format json, csv and tsv are the SPARQL 1.1 result\n"
       "formats; table shortens IRIs with the prefixes. --explain prints the plan (pattern\n"
       "order, joins, indexes, match counts) instead of running it. Text starting with\n"
       "SELECT, ASK, PREFIX or BASE is SPARQL; anything else is the pattern form:\n"
       "each part a name (resolved through aliases; quote names with spaces: 'HMD Global')\n"
       "or a ?variable. Examples:\n"
       "  kg query out/graph.kg 'SELECT ?who ?what WHERE { ?who kg:acquired ?what }'\n"
       "  kg query out/graph.kg \"?who acquired ?what\"\n"
       "  kg query out/graph.kg \"'HMD Global' ?p ?o\"\n",
       run_query},
      {"explain", "show the evidence of one statement",
       "usage: kg explain GRAPH SUBJECT PREDICATE OBJECT\n\n"
       "Prints the statement with its confidence and qualifiers, then every piece of\n"
       "evidence: document, sentence, byte span, extractor, and the sentence with the\n"
       "subject and object marked [[like this]] and the word that triggered the\n"
       "extractor {{like this}}. Names resolve through aliases; a\n"
       "literal object is written as shown by kg query (\"14.7 percent\").\n"
       "Exit code 1 when the graph holds no such statement.\n",
       run_explain},
      {"neighbors", "the statements around one entity, N hops out",
       "usage: kg neighbors GRAPH NAME [--depth N] [--predicate P] [--format table|json|tsv]\n\n"
       "Lists the statements reached within --depth hops (default 1) of the entity,\n"
       "following edges both ways, only along --predicate when given.\n",
       run_neighbors},
      {"path", "how two entities are connected",
       "usage: kg path GRAPH FROM TO [--max-length N] [--format table|json|tsv]\n\n"
       "Lists every shortest connection (edges in either direction) of at most\n"
       "--max-length edges (default 6). Exit code 1 when there is none.\n",
       run_path},
      {"entities", "list entities by degree, PageRank or name",
       "usage: kg entities GRAPH [--type T] [--sort degree|pagerank|name] [--limit N]\n"
       "                   [--format table|json|tsv]\n\n"
       "Lists entities with their type, degree, PageRank and number of aliases.\n",
       run_entities},
      {"ner", "named entities (organisations, people, places, products) of documents",
       "usage: kg ner FILE...|- [--input-format text|jsonl|germeval] [--format text|jsonl|germeval]\n"
       "              [--model MODEL] [--sentence-level]\n\n"
       "Runs the analysis and the entity recogniser and prints one mention a line, as\n"
       "kg extract sees them: corrected where the words around a name say more than the\n"
       "model (legal forms, \"der Onlinehändler X\"), one type per name across the\n"
       "document, and later mentions of a name found before (short forms, genitives).\n"
       "  --format text (default)  document, byte span, type, score, text and, for a word\n"
       "                           derived from a name (\"finnische\"), the name (Finnland)\n"
       "  --format jsonl           {\"doc\",\"start\",\"end\",\"text\",\"type\",\"score\"} a line,\n"
       "                           byte offsets of the document (\"derived\", \"base\" when so)\n"
       "  --input-format jsonl     one {\"id\",\"text\"} document a line\n"
       "  --input-format germeval  GermEval 2014 TSV (also .xz), written back with the\n"
       "                           predicted outer tags in column 3 (needs --format germeval,\n"
       "                           the default then) for conlleval-style scoring\n"
       "  --model                  a model from kg train ner instead of the built-in one\n"
       "  --sentence-level         the recogniser's mentions alone, each sentence on its\n"
       "                           own (GermEval input is always read this way)\n"
       "Input problems are reported on stderr (file, line or byte); the exit code is then 1.\n",
       run_ner},
      {"train", "train a model on annotated data (tagger, parser, ner)",
       "usage: kg train tagger --train FILE... [--dev FILE] -o MODEL [--seed N] [--epochs N]\n"
       "       kg train tagger --train FILE... --folds N [--seed N] [--epochs N]\n"
       "       kg train parser --train FILE... [--dev FILE] -o MODEL [--seed N] [--epochs N]\n"
       "                       [--jackknife K] [--prune X] [--quiet]\n"
       "       kg train parser --train FILE... --folds N [--seed N] [--epochs N] [--jackknife K]\n"
       "       kg train ner --train FILE... [--dev FILE] -o MODEL [--seed N] [--epochs N]\n"
       "       kg train ner --train FILE... --folds N [--seed N] [--epochs N] [--errors FILE]\n"
       "                    [--document-level]\n\n"
       "Trains the part-of-speech, morphology and lemma tagger on CoNLL-U files (.conllu or\n"
       ".conllu.xz; gold LEMMA, UPOS and FEATS) and writes the model to MODEL (put it at\n"
       "models/de/tagger.kgm and rebuild to embed it). --dev prints scores on held-out\n"
       "data after every second epoch. --epochs (default 10) and --seed (default 1) set the\n"
       "training; the same data and options give the same model. --folds N cross-validates\n"
       "instead: sentence i is tested in fold i mod N, and the scores of each fold and of all\n"
       "folds are printed; no model is written. Malformed CoNLL-U lines are reported with\n"
       "file and line and their sentences skipped (exit code 1).\n\n"
       "`kg train parser` trains the dependency parser (gold HEAD and DEPREL too; put the\n"
       "model at models/de/parser.kgm). Progress goes to stderr, one line per epoch, with\n"
       "dev scores given --dev (gold tags). --epochs defaults to 10, --prune (default 1)\n"
       "drops smaller weights. --jackknife K (default 5, 0 = gold tags only) also trains on\n"
       "a copy of the data tagged by taggers trained on the other K-1 parts, so that the\n"
       "parser learns the tagger's errors. --folds N prints per fold and overall UAS, LAS\n"
       "and the recall of nsubj and obj (head and relation right) on gold tags and on tags\n"
       "of a tagger trained on the fold's training part; no model is written.\n\n"
       "`kg train ner` trains the entity recogniser on GermEval 2014 TSV (*.tsv[.xz]) and\n"
       "SmartData JSONL (*.jsonl[.xz]) files (tagged with the built-in tagger first) and\n"
       "writes MODEL (models/de/ner.kgm is embedded). --folds N cross-validates by\n"
       "document and prints strict (exact span and class) precision, recall and F1 per\n"
       "class and for PER+ORG+LOC, per fold and pooled; --errors FILE writes there each\n"
       "test sentence with its missed (-) and spurious (+) mentions; --document-level\n"
       "scores what kg ner prints (after the corrections and the document step) instead of\n"
       "the recogniser alone. Defaults: --epochs 12, --seed 1.\n",
       run_train},
  };
  return table;
}

}  // namespace kg::cli
