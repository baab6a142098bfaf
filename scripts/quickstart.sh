#!/usr/bin/env bash
# The README's first command: install, build, and build the graph of samples/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
mkdir -p out
status=0
build/kg build samples -o out/graph.kg || status=$?
# Exit code 1 means "done, with input diagnostics": the graph is written.
[ "$status" -le 1 ] || exit "$status"
build/kg export out/graph.kg --format dot -o out/graph.dot
build/kg export out/graph.kg --format jsonld -o out/graph.jsonld
build/kg render out/graph.kg -o out/graph.svg
build/kg render out/graph.kg -o out/graph.html
build/kg analyze samples/nokia-xiaomi.de.txt > out/nokia-xiaomi.conllu
build/kg stats out/graph.kg
echo
echo "kg: the graph of samples/ is in:"
for file in out/graph.svg out/graph.html out/graph.dot out/graph.jsonld out/graph.kg out/nokia-xiaomi.conllu; do echo "  $PWD/$file"; done
