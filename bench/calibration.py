#!/usr/bin/env python3
"""How often kg's statements are right at each confidence: runs `kg extract`
on gold sets in the scorer's format and counts, per confidence band, the
statements that match a gold triple (with the scorer's own matching rules,
imported from ../shared/eval/score.py). A statement the gold set does not
list counts as wrong, so the figures are lower bounds.

usage: bench/calibration.py --kg build/kg GOLD.jsonl... [--lang de] [--only P,...] [--raw]

--raw scores the relation rules' own confidence (kg extract --raw-confidence),
the input of the fit in extract/confidence_calibration.h.
"""
import argparse
import collections
import importlib.util
import json
import os
import sys

SCORER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "score.py")
BANDS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 1.01)]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kg", required=True)
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--lang")
    parser.add_argument("--only")
    parser.add_argument("--raw", action="store_true", help="the rules' confidence, before calibration")
    args = parser.parse_args()
    score = load_scorer()
    only = set(args.only.split(",")) if args.only else None
    right, total = collections.Counter(), collections.Counter()
    for path in args.gold:
        with open(path, encoding="utf-8") as handle:
            docs = [json.loads(line) for line in handle if line.strip()]
        if args.lang:
            docs = [d for d in docs if d.get("lang", "de") == args.lang]
        predictions = score.load_predictions(score.run_kg(args.kg, docs, ["--raw-confidence"] if args.raw else []))
        for record in docs:
            doc = score.GoldDoc(record)
            seen = set()
            for statement in predictions.get(doc.id, []):
                if only and statement["predicate"] not in only:
                    continue
                key = (score.norm(statement["subject"]), statement["predicate"], score.norm(str(statement["object"])))
                if key in seen:
                    continue
                seen.add(key)
                band = next(b for b in BANDS if b[0] <= statement["confidence"] < b[1])
                total[band] += 1
                if any(score.statement_matches(doc, gold, statement) for gold in doc.triples):
                    right[band] += 1
    print(f"{'confidence':<12} {'statements':>10} {'right':>6} {'precision':>9}")
    for band in BANDS:
        if total[band]:
            label = f"[{band[0]:.1f}, {min(band[1], 1.0):.1f}{']' if band[1] > 1 else ')'}"
            print(f"{label:<12} {total[band]:>10} {right[band]:>6} {right[band] / total[band]:>9.2f}")
    above = [b for b in BANDS if b[0] >= 0.8]
    n, r = sum(total[b] for b in above), sum(right[b] for b in above)
    if n:
        print(f"confidence >= 0.8: {r} of {n} right ({r / n:.2f})")


if __name__ == "__main__":
    sys.exit(main())
