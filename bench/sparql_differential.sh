#!/bin/sh
# The long run of the differential SPARQL test: kg against Oxigraph on
# random queries over random graphs, several seeds (CI runs 400 queries of
# seed 2024). Usage: bench/sparql_differential.sh [QUERIES] [SEEDS...]
set -e
cd "$(dirname "$0")/.."
queries=${1:-5000}
shift 2>/dev/null || true
seeds=${*:-"1 2 3 4 5"}
for seed in $seeds; do
  echo "seed $seed, $queries queries"
  KG_SPARQL_SEED=$seed KG_SPARQL_QUERIES=$queries build/tests/kg_tests \
    -tc="*random queries over a random graph*" | grep -E "MESSAGE|Status|ERROR|logged" || true
done
