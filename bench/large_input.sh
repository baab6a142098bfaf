#!/usr/bin/env bash
# Time and peak memory of kg extract and kg build on a 200 MB German text
# (the sample articles repeated) and on the sample article itself.
# usage: [KG=path/to/kg] bench/large_input.sh [SIZE_MB]   (from the repository root, after a build)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$size_mb" "$work/large.txt" <<'PY'
import glob, sys
size = int(sys.argv[1]) << 20
parts = []
for path in sorted(glob.glob("samples/*.txt")):
    text = open(path, encoding="utf-8").read()
    parts.append(text.split("\n", 1)[1] if text.startswith("date ") else text)
block = "\n\n".join(parts) + "\n\n"
with open(sys.argv[2], "w", encoding="utf-8") as out:
    written = 0
    while written < size:
        out.write(block)
        written += len(block.encode())
PY
ls -l "$work/large.txt" | awk '{printf "input: %.1f MB\n", $5 / 1e6}'
bench/measure.py -- ${KG:-build/kg} build samples/nokia-xiaomi.de.txt -o "$work/sample.kg" --quiet
bench/measure.py -- ${KG:-build/kg} extract --quiet --format jsonl "$work/large.txt"
bench/measure.py -- ${KG:-build/kg} build --quiet "$work/large.txt" -o "$work/large.kg"
ls -l "$work/large.kg" | awk '{printf "graph file: %.1f MB\n", $5 / 1e6}'
