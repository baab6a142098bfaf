#!/usr/bin/env bash
# Rewrites tests/golden/*.jsonl from the current build's `kg extract` on
# samples/, then shows the diff to review before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
for sample in samples/*.txt; do
  name=$(basename "$sample" .txt)
  build/kg extract - < "$sample" > "tests/golden/$name.jsonl"
done
git --no-pager diff --stat -- tests/golden
