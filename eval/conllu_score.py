#!/usr/bin/env python3
"""Scores a system CoNLL-U file against a gold one, in the manner of the
CoNLL 2018 shared task: both files are aligned on their characters with all
white space removed, so the system may tokenise and split sentences
differently from the gold file.

Prints F1 of sentences, tokens (surface tokens) and words (syntactic words:
"im" = "in" + "dem"), and over aligned words the F1 of UPOS, lemma, UFeats
(the whole FEATS column), Case, UAS and LAS, plus the recall of nsubj and obj
attachments (gold nsubj/obj words whose head and label the system got
right).

  python3 eval/conllu_score.py GOLD.conllu SYSTEM.conllu [--json]
  python3 eval/conllu_score.py --raw-text GOLD.conllu > raw.txt   # the text to analyse
"""
import argparse
import json
import sys


class Word:
    __slots__ = ("form", "lemma", "upos", "feats", "head", "deprel", "span", "sentence", "index", "token")

    def __init__(self, columns, sentence, index):
        self.form = columns[1]
        self.lemma = columns[2]
        self.upos = columns[3]
        self.feats = columns[5]
        self.head = int(columns[6]) if columns[6].isdigit() else -1
        self.deprel = columns[7].split(":")[0]
        self.sentence = sentence
        self.index = index
        self.span = None
        self.token = None


def read(path):
    """Returns (sentences, tokens, words): sentences as char spans, tokens as
    (span, [word ...]), words with spans of their token."""
    sentences, tokens, words = [], [], []
    offset = 0
    sentence_words = []
    pending = None  # (last id, form, words collected)

    def close_sentence():
        nonlocal sentence_words
        if sentence_words:
            start = sentence_words[0].span[0]
            end = sentence_words[-1].span[1]
            sentences.append((start, end))
            base = len(words) - len(sentence_words)
            for word in sentence_words:
                word.head = base + word.head - 1 if word.head > 0 else (-1 if word.head < 0 else None)
        sentence_words = []

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line:
                close_sentence()
                continue
            if line.startswith("#"):
                continue
            columns = line.split("\t")
            if len(columns) != 10 or "." in columns[0]:
                continue
            if "-" in columns[0]:
                first, last = (int(x) for x in columns[0].split("-"))
                length = len("".join(columns[1].split()))
                span = (offset, offset + length)
                offset += length
                pending = (last, span, [])
                tokens.append((span, pending[2]))
                continue
            word = Word(columns, len(sentences), len(sentence_words) + 1)
            if pending and int(columns[0]) <= pending[0]:
                word.span = pending[1]
                pending[2].append(word)
                if int(columns[0]) == pending[0]:
                    pending = None
            else:
                length = len("".join(word.form.split()))
                word.span = (offset, offset + length)
                offset += length
                tokens.append((word.span, [word]))
            words.append(word)
            sentence_words.append(word)
    close_sentence()
    return sentences, tokens, words


def f1(correct, gold, system):
    precision = correct / system if system else 0.0
    recall = correct / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold_path, system_path):
    gold_sentences, gold_tokens, gold_words = read(gold_path)
    system_sentences, system_tokens, system_words = read(system_path)
    results = {}
    results["sentences"] = f1(len(set(gold_sentences) & set(system_sentences)), len(gold_sentences), len(system_sentences))
    gold_token_spans = {span: ws for span, ws in gold_tokens}
    system_token_spans = {span: ws for span, ws in system_tokens}
    common = set(gold_token_spans) & set(system_token_spans)
    results["tokens"] = f1(len(common), len(gold_tokens), len(system_tokens))
    # Words align within tokens of the same span and the same word count.
    alignment = {}
    for span in common:
        g, s = gold_token_spans[span], system_token_spans[span]
        if len(g) == len(s):
            for gw, sw in zip(g, s):
                alignment[id(gw)] = sw
    aligned = [(gw, alignment[id(gw)]) for gw in gold_words if id(gw) in alignment]
    results["words"] = f1(len(aligned), len(gold_words), len(system_words))

    def aligned_head(gw, sw):
        if gw.head is None or gw.head < 0:
            return (gw.head is None) and sw.head is None
        target = alignment.get(id(gold_words[gw.head]))
        return target is not None and sw.head is not None and sw.head >= 0 and system_words[sw.head] is target

    def case_of(feats):
        for item in feats.split("|"):
            if item.startswith("Case="):
                return item[5:]
        return ""

    counts = {"upos": 0, "lemma": 0, "ufeats": 0, "case": 0, "uas": 0, "las": 0}
    case_gold = 0
    case_right = 0
    role = {"nsubj": [0, 0], "obj": [0, 0]}
    for gw, sw in aligned:
        counts["upos"] += gw.upos == sw.upos
        counts["lemma"] += gw.lemma == sw.lemma
        counts["ufeats"] += gw.feats == sw.feats
        counts["case"] += case_of(gw.feats) == case_of(sw.feats)
        if case_of(gw.feats):
            case_gold += 1
            case_right += case_of(gw.feats) == case_of(sw.feats)
        head_right = aligned_head(gw, sw)
        counts["uas"] += head_right
        counts["las"] += head_right and gw.deprel == sw.deprel
        if gw.deprel in role:
            role[gw.deprel][0] += 1
            role[gw.deprel][1] += head_right and gw.deprel == sw.deprel
    for key, value in counts.items():
        results[key] = f1(value, len(gold_words), len(system_words))
    results["case_where_gold_has_case"] = case_right / case_gold if case_gold else 0.0
    for label, (total, right) in role.items():
        results[label + "_recall"] = right / total if total else 0.0
    results["gold_words"] = len(gold_words)
    results["gold_sentences"] = len(gold_sentences)
    return results


def raw_text(gold_path):
    texts = []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# text = "):
                texts.append(line[len("# text = "):].rstrip("\n"))
    return " ".join(texts) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("system", nargs="?")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--raw-text", action="store_true", help="print the gold file's sentence texts, joined by spaces")
    args = parser.parse_args()
    if args.raw_text:
        sys.stdout.write(raw_text(args.gold))
        return
    if not args.system:
        parser.error("give GOLD and SYSTEM")
    results = score(args.gold, args.system)
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for key, value in results.items():
        print(f"{key:26} {value * 100:6.2f}" if isinstance(value, float) else f"{key:26} {value}")


if __name__ == "__main__":
    main()
