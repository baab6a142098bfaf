#!/usr/bin/env python3
"""Converts the SmartData corpus's relation mentions into the gold format of
../shared/eval/score.py, so that kg's statements can be scored on them.

usage: bench/smartdata_relations.py SMARTDATA.jsonl[.xz] > gold.jsonl
       python3 ../shared/eval/score.py --gold gold.jsonl --kg build/kg \
           --only acquired,merged-with,ceo-of,employee-of

Only documents with at least one Acquisition, Merger or
OrganizationLeadership mention are written (the relation annotation of the
others says nothing). Mapping onto SCHEMA.md:
  Acquisition (buyer, acquired)            -> [buyer, acquired, acquired]
  Merger (old, old, ...)                   -> [old_i, merged-with, old_j] per pair
  OrganizationLeadership (person, organization, position)
      position a chief executive's         -> [person, ceo-of, organization]
      any other position                   -> [person, employee-of, organization]
Argument names are the annotated surface forms (normalizedValue); every
other surface of a concept mention with the same normalised value is an
alias. SmartData often annotates a description ("die Privatbank") as an
argument; kg names the entity instead, so recall here is a lower bound.
"""
import collections
import json
import lzma
import sys

# Positions of the person who runs the organisation (SCHEMA.md: Chef,
# Vorstandschef, CEO, Vorstandsvorsitzende(r)), lower-cased.
CEO_POSITIONS = {
    "chef", "chefin", "ceo", "vorstandschef", "vorstandschefin", "konzernchef", "konzernchefin",
    "firmenchef", "firmenchefin", "unternehmenschef", "unternehmenschefin", "vorstandsvorsitzender",
    "vorstandsvorsitzende", "vorstandvorsitzender", "geschäftsführer", "geschäftsführerin",
    "vorsitzende der geschäftsführung", "vorsitzender der geschäftsführung", "chief executive",
    "chief executive officer", "managing director",
}

ENTITY_TYPES = {"organization": "Organization", "organization-company": "Organization", "person": "Person"}


def open_input(path):
    return lzma.open(path, "rt", encoding="utf-8") if path.endswith(".xz") else open(path, encoding="utf-8")


def argument(relation, role):
    return [a["conceptMention"] for a in relation["args"] if a["role"] == role and a.get("conceptMention")]


def convert(record):
    triples, entities = [], {}
    surfaces = collections.defaultdict(set)
    text = record["text"]
    for mention in record.get("conceptMentions") or []:
        span = mention["span"]
        surfaces[mention.get("normalizedValue") or ""].add(text[span["start"]:span["end"]])

    def name(mention):
        value = mention.get("normalizedValue") or text[mention["span"]["start"]:mention["span"]["end"]]
        entity = entities.setdefault(value, {"name": value, "type": ENTITY_TYPES.get(mention["type"], "Organization"),
                                             "aliases": []})
        entity["aliases"] = sorted((surfaces[value] | set(entity["aliases"])) - {value})
        return value

    for relation in record.get("relationMentions") or []:
        kind = relation.get("name")
        if kind == "Acquisition":
            for buyer in argument(relation, "buyer"):
                for acquired in argument(relation, "acquired"):
                    triples.append([name(buyer), "acquired", name(acquired)])
        elif kind == "Merger":
            parties = argument(relation, "old")
            for i, a in enumerate(parties):
                for b in parties[i + 1:]:
                    triples.append([name(a), "merged-with", name(b)])
        elif kind == "OrganizationLeadership":
            positions = [(p.get("normalizedValue") or "").lower() for p in argument(relation, "position")]
            predicate = "ceo-of" if any(p in CEO_POSITIONS for p in positions) else "employee-of"
            for person in argument(relation, "person"):
                for organization in argument(relation, "organization"):
                    triples.append([name(person), predicate, name(organization)])
    unique = list(dict.fromkeys(tuple(t) for t in triples))
    return {
        "id": record["id"], "lang": record.get("langCode") or "de", "date": (record.get("date") or "")[:10],
        "text": text, "entities": list(entities.values()), "triples": [list(t) for t in unique],
        "negatives": [], "qualifiers": [], "notes": ["converted from SmartData by bench/smartdata_relations.py"],
    }


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    written = 0
    with open_input(sys.argv[1]) as lines:
        for line in lines:
            if not line.strip():
                continue
            gold = convert(json.loads(line))
            if gold["triples"]:
                print(json.dumps(gold, ensure_ascii=False))
                written += 1
    print(f"smartdata_relations: {written} documents with relations", file=sys.stderr)


if __name__ == "__main__":
    main()
