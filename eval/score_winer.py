"""Mention-level scores on WiNER-fr (hand-annotated French Wikinews): an outside check of people and
organisations on news we never tuned on. Exact spans; our COMPANY and ORGANIZATION both count as
Organization. Usage, from the project root:

    .venv/bin/python eval/score_winer.py ../shared/corpus/winer-fr/winer-fr.test-2018.jsonl [--baseline]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

OURS = {"PERSON": "Person", "COMPANY": "Organization", "ORGANIZATION": "Organization", "PRODUCT": "Product",
        "LOCATION": "Location"}
MODEL = {"PER": "Person", "ORG": "Organization", "LOC": "Location", "MISC": "Product"}
LABELS = ("Person", "Organization", "Product")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl")
    parser.add_argument("--baseline", action="store_true", help="score raw fr_core_news_md labels instead")
    args = parser.parse_args(argv)
    documents = [json.loads(line) for line in open(args.jsonl, encoding="utf-8")]
    if args.baseline:
        import spacy

        nlp = spacy.load("fr_core_news_md")
        predicted = [{(e.start_char, e.end_char, MODEL[e.label_]) for e in nlp(d["text"]).ents if e.label_ in MODEL}
                     for d in documents]
    else:
        from extractor import extract_many

        predicted = [{(m.start, m.end, OURS[e.type]) for e in r.entities for m in e.mentions}
                     for r in extract_many([{"text": d["text"], "id": d["id"]} for d in documents])]
    tally: Counter = Counter()
    for document, found in zip(documents, predicted):
        gold = {(e["start"], e["end"], e["label"]) for e in document["entities"] if e["label"] in LABELS}
        found = {f for f in found if f[2] in LABELS}
        for label in LABELS:
            g = {x for x in gold if x[2] == label}
            p = {x for x in found if x[2] == label}
            tally[(label, "tp")] += len(g & p)
            tally[(label, "fp")] += len(p - g)
            tally[(label, "fn")] += len(g - p)
    for label in LABELS:
        tp, fp, fn = (tally[(label, k)] for k in ("tp", "fp", "fn"))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{label:13s} P {precision:.3f} R {recall:.3f} F1 {f1:.3f}  (tp={tp} fp={fp} fn={fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
