#!/usr/bin/env bash
# Words per second and peak memory of the whole kg extract pipeline (tagging,
# parsing, the recogniser, the relation rules) on real news: the SmartData
# train texts as JSONL documents, repeated to at least SIZE_MB megabytes,
# with each thread count given (default: 1 and 2).
# usage: [KG=path/to/kg] bench/extract_speed.sh [SIZE_MB [THREADS...]]   (from the repository root, after a build)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-10}
shift || true
thread_counts=("$@")
[ $# -gt 0 ] || thread_counts=(1 2)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
xzcat ../shared/data/smartdata/train.jsonl.xz | python3 -c '
import json, sys
size, out_path = int(sys.argv[1]) << 20, sys.argv[2]
docs = [json.loads(line)["text"] for line in sys.stdin if line.strip()]
written = words = copy = 0
with open(out_path, "w", encoding="utf-8") as out:
    while written < size:
        for i, text in enumerate(docs):
            line = json.dumps({"id": f"{copy}-{i}", "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(text.encode())
            words += len(text.split())
        copy += 1
print(f"input: {written / 1e6:.1f} MB of text, {words} words, {copy * len(docs)} documents")
open(out_path + ".words", "w").write(str(words))
' "$size_mb" "$work/news.jsonl"
words=$(cat "$work/news.jsonl.words")
for threads in "${thread_counts[@]}"; do
  line=$(bench/measure.py -- ${KG:-build/kg} extract --quiet --threads "$threads" "$work/news.jsonl" 2>&1 >/dev/null | tail -1)
  seconds=$(echo "$line" | sed -n 's/.*exit [0-9]*, \([0-9.]*\) s,.*/\1/p')
  peak=$(echo "$line" | sed -n 's/.*peak \(.*\)$/\1/p')
  echo "threads $threads: $seconds s, peak $peak, $(python3 -c "print(f'{$words / $seconds:,.0f} words/s')")"
done
