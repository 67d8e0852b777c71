"""Calibrate the confidence of each relation rule: its precision on our annotated fixtures.

Runs `../shared/eval/score_relations.py` on `fixtures/relations` and counts, for every rule, the predicted
relations the gold matches. A rule's confidence is then its precision, smoothed toward its type's precision
with a weight of five predictions, so that a rule seen three times does not claim 1.0. The table goes to
`extractor/resources/confidence.json`, which `extractor.relations` reads; a rule the fixtures never fire
keeps the value written in its code.

    .venv/bin/python eval/calibrate.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ratchet  # noqa: E402  (the same way of running a shared scorer)

OUT = ratchet.ROOT / "extractor" / "resources" / "confidence.json"
PRIOR_WEIGHT = 5  # predictions' worth of the type's precision mixed into a rule's


def rule_of(flat: str) -> str:
    return re.search(r"\[(\w+)\]\s*$", flat).group(1)


def main() -> int:
    report = ratchet._run_scorer("score_relations", ratchet.FIXTURES / "relations", ratchet.FIXTURES / "gold",
                                 ratchet.FIXTURES / "articles")
    right, seen, type_right, type_seen = Counter(), Counter(), Counter(), Counter()
    kinds: dict[str, str] = {}  # rule -> the relation type it makes
    predictions = [(pair["pred"], pair["pred"].split()[0], True) for a in report["files"] for pair in a["matched"]] + [
        (item["flat"], item["relation"]["type"], False) for a in report["files"] for item in a["spurious"]]
    for flat, kind, matched in predictions:
        rule = rule_of(flat)
        kinds[rule] = kind
        seen[rule] += 1
        type_seen[kind] += 1
        right[rule] += matched
        type_right[kind] += matched
    table = {}
    for rule in sorted(seen):
        prior = type_right[kinds[rule]] / type_seen[kinds[rule]]
        table[rule] = round((right[rule] + PRIOR_WEIGHT * prior) / (seen[rule] + PRIOR_WEIGHT), 2)
    OUT.write_text(json.dumps({"_about": __doc__.splitlines()[0] + " Written by eval/calibrate.py.",
                               "_predictions": dict(sorted(seen.items())), **table}, ensure_ascii=False, indent=1)
                   + "\n", encoding="utf-8")
    for rule in sorted(table):
        print(f"{rule:36s} {table[rule]:.2f}  ({right[rule]}/{seen[rule]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
