#!/usr/bin/env python3
"""Strict outer-level NER scores of two GermEval 2014 TSV files (gold, predicted).

A mention counts when its tokens and class are exactly those of a gold one
(conlleval's rule; an I- tag that continues nothing starts a mention).
Prints precision, recall and F1 per class and for PER+ORG+LOC together.
Usage: eval/ner_score.py GOLD.tsv PREDICTED.tsv   (kg ner --input-format germeval GOLD.tsv > PREDICTED.tsv)
"""
import lzma
import sys
from collections import Counter


def sentences(path):
    opener = lzma.open if path.endswith(".xz") else open
    tags = []
    with opener(path, "rt", encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                if tags:
                    yield tags
                tags = []
            elif not line.startswith("#"):
                columns = line.split("\t")
                if len(columns) < 3:
                    sys.exit(f"{path}:{number}: expected index, token and outer tag: {line!r}")
                tags.append(columns[2])
    if tags:
        yield tags


def spans(tags):
    result, open_span = set(), None
    for i, tag in enumerate(tags + ["O"]):
        kind, cls = (tag[0], tag[2:]) if tag != "O" else ("O", None)
        if open_span and (kind != "I" or cls != open_span[2]):
            result.add((open_span[0], i, open_span[2]))
            open_span = None
        if kind in "BI" and open_span is None and cls:
            open_span = (i, None, cls)
    return result


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold, predicted, correct = Counter(), Counter(), Counter()
    pairs = list(zip(sentences(sys.argv[1]), sentences(sys.argv[2])))
    for number, (g, p) in enumerate(pairs, 1):
        if len(g) != len(p):
            sys.exit(f"sentence {number}: {len(g)} gold tokens but {len(p)} predicted")
        gs, ps = spans(g), spans(p)
        gold.update(c for _, _, c in gs)
        predicted.update(c for _, _, c in ps)
        correct.update(c for _, _, c in gs & ps)

    def line(name, classes):
        g, p, c = (sum(x[k] for k in classes) for x in (gold, predicted, correct))
        precision, recall = (c / p if p else 0.0), (c / g if g else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if c else 0.0
        print(f"{name:12s} gold {g:5d} predicted {p:5d} correct {c:5d}  P {100*precision:6.2f}  R {100*recall:6.2f}  F1 {100*f1:6.2f}")

    for cls in sorted(set(gold) | set(predicted)):
        line(cls, [cls])
    line("PER+ORG+LOC", ["PER", "ORG", "LOC"])


if __name__ == "__main__":
    main()
