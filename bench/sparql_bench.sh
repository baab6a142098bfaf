#!/bin/sh
# kg's SPARQL engine beside Oxigraph on the same synthetic graph (about
# 1,000,000 statements): load time, memory per statement, and the queries of
# bench/sparql_queries.txt. Usage: bench/sparql_bench.sh [DIR] (default /tmp/kg-sparql-bench)
set -e
cd "$(dirname "$0")/.."
dir=${1:-/tmp/kg-sparql-bench}
mkdir -p "$dir"
build/bench/kg_sparql_bench generate "$dir/graph.kg" 100000 52000
build/kg export "$dir/graph.kg" --format ntriples -o "$dir/graph.nt"
echo "== kg (graph file -> triple store)"
build/bench/kg_sparql_bench query "$dir/graph.kg" bench/sparql_queries.txt
echo "== Oxigraph $(node -p "require('./tools/node/node_modules/oxigraph/package.json').version") (N-Triples -> in-memory store)"
NODE_PATH=tools/node/node_modules node bench/oxigraph_bench.js "$dir/graph.nt" bench/sparql_queries.txt
