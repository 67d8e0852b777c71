"""Calibrate the confidence of each relation rule: its precision on our annotated articles.

Runs `../shared/eval/score_relations.py` on `fixtures/relations` and `eval/dev-relations` and counts, for every rule, the predicted
relations the gold matches. A rule's confidence is then its precision, smoothed toward its type's precision
with a weight of five predictions, so that a rule seen three times does not claim 1.0. The table goes to
`extractor/resources/confidence.json`, which `extractor.relations` reads; a rule the fixtures never fire
keeps the value written in its code. It also prints how well the confidences hold: calibrated on the
fixtures alone and measured on the dev articles, then on all of them (docs/evaluation.md).

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


def predictions(*folders: Path) -> list[tuple[str, str, bool]]:
    """(rule, relation type, matched by the gold) for every relation predicted on an annotated set."""
    report = ratchet._run_scorer("score_relations", *folders)
    out = [(rule_of(pair["pred"]), pair["pred"].split()[0], True) for a in report["files"] for pair in a["matched"]]
    return out + [(rule_of(item["flat"]), item["relation"]["type"], False)
                  for a in report["files"] for item in a["spurious"]]


def confidences(found: list[tuple[str, str, bool]]) -> dict[str, float]:
    right, seen, type_right, type_seen = Counter(), Counter(), Counter(), Counter()
    kinds: dict[str, str] = {}  # rule -> the relation type it makes
    for rule, kind, matched in found:
        kinds[rule] = kind
        seen[rule] += 1
        type_seen[kind] += 1
        right[rule] += matched
        type_right[kind] += matched
    table = {}
    for rule in sorted(seen):
        prior = type_right[kinds[rule]] / type_seen[kinds[rule]]
        table[rule] = round((right[rule] + PRIOR_WEIGHT * prior) / (seen[rule] + PRIOR_WEIGHT), 2)
    return table


def reliability(table: dict[str, float], found: list[tuple[str, str, bool]]) -> list[str]:
    """Markdown rows: confidence band, predictions, share right (rules the table lacks are left out)."""
    bands = [(0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
    rows = []
    for low, high in bands:
        inside = [matched for rule, _, matched in found if rule in table and low <= table[rule] < high]
        if inside:
            rows.append(f"| {low:.1f}–{min(high, 1.0):.1f} | {len(inside)} | {sum(inside) / len(inside):.2f} |")
    return rows


def main() -> int:
    fixtures = predictions(ratchet.FIXTURES / "relations", ratchet.FIXTURES / "gold", ratchet.FIXTURES / "articles")
    dev = predictions(ratchet.ROOT / "eval" / "dev-relations", ratchet.ROOT / "eval" / "dev-gold", ratchet.CORPUS)
    table = confidences(fixtures + dev)
    seen = Counter(rule for rule, _, _ in fixtures + dev)
    right = Counter(rule for rule, _, matched in fixtures + dev if matched)
    OUT.write_text(json.dumps({"_about": __doc__.splitlines()[0] + " Written by eval/calibrate.py.",
                               "_predictions": dict(sorted(seen.items())), **table}, ensure_ascii=False, indent=1)
                   + "\n", encoding="utf-8")
    for rule in sorted(table):
        print(f"{rule:36s} {table[rule]:.2f}  ({right[rule]}/{seen[rule]})")
    print("\nconfidence | predictions | right  (calibrated on the fixtures, measured on the dev articles)")
    print("\n".join(reliability(confidences(fixtures), dev)))
    print("\nconfidence | predictions | right  (calibrated and measured on all the annotated articles)")
    print("\n".join(reliability(table, fixtures + dev)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
