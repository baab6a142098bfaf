#!/bin/sh
# kg's SPARQL engine beside Oxigraph on the same synthetic graph (1,000,000
# relations among 100,000 entities, about 17 million triples in the
# N-Triples view): load time, memory per relation and per triple, and the
# queries of bench/sparql_queries.txt.
# Usage: bench/sparql_bench.sh [DIR [RELATIONS]] (default /tmp/kg-sparql-bench, 1000000).
# Oxigraph needs about 15 GB at the full size; node gets --max-old-space-size.
set -e
cd "$(dirname "$0")/.."
dir=${1:-/tmp/kg-sparql-bench}
relations=${2:-1000000}
mkdir -p "$dir"
build/bench/kg_sparql_bench generate "$dir/graph.kg" 100000 "$relations"
build/bench/kg_sparql_bench ntriples "$dir/graph.kg" "$dir/graph.nt"
echo "== kg (graph file -> triple store)"
build/bench/kg_sparql_bench query "$dir/graph.kg" bench/sparql_queries.txt
echo "== Oxigraph $(node -p "require('./tools/node/node_modules/oxigraph/package.json').version") (N-Triples -> in-memory store)"
NODE_PATH=tools/node/node_modules node --max-old-space-size=20000 bench/oxigraph_bench.js "$dir/graph.nt" bench/sparql_queries.txt
