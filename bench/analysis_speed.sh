#!/usr/bin/env bash
# Speed and peak memory of the German analysis stages, single-threaded, on
# at least SIZE_MB (default 12) megabytes of German news text: the texts of
# the SmartData corpus and of UD German GSD from ../shared/data plus the
# samples, repeated. Usage: bench/analysis_speed.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-12}
data=../shared/data
corpus=$(mktemp /tmp/kg-analysis-XXXXXX.txt)
trap 'rm -f "$corpus" "$corpus.base"' EXIT
{
  xzcat "$data/smartdata/train.jsonl.xz" | python3 -c '
import json, sys
for line in sys.stdin:
    text = json.loads(line).get("text", "").strip()
    if text:
        print(text + "\n")'
  for f in "$data"/ud-german-gsd/*.conllu.xz; do xzcat "$f" | sed -n 's/^# text = //p'; done
  cat samples/*.txt
} > "$corpus.base"
while [ "$(stat -c %s "$corpus")" -lt $((size_mb * 1000000)) ]; do cat "$corpus.base" >> "$corpus"; done
build/bench/kg_analysis_speed "$corpus"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
