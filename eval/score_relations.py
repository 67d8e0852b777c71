"""Score relations against the `relations` of gold files (fixtures/gold format), argument-level.

A predicted relation matches a gold one when the type is the same and every scored role matches: an
entity by any of its names (the gold side's alias list, the predicted entity's name, aliases and mention
texts), an amount or a percentage by value, a date by ISO value, a direction / metric / title by value,
a quote by its first five words. Roles outside SCORED_ROLES (date, period, investors, round) are not
scored. Usage, from the project root:

    .venv/bin/python eval/score_relations.py fixtures/gold fixtures/articles [--show]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from decimal import Decimal
from pathlib import Path

SCORED_ROLES = {
    "INVESTMENT": ("investor", "amount"),
    "FUNDING_ROUND": ("company", "amount"),
    "ACQUISITION": ("acquirer", "target"),
    "PARTNERSHIP": ("partners",),
    "MAKER": ("maker", "product"),
    "PRODUCT_LAUNCH": ("company", "product"),
    "EMPLOYMENT": ("person", "organization", "title"),
    "STOCK_MOVE": ("company", "direction", "percentage"),
    "REVENUE": ("company", "metric", "amount"),
    "QUOTE": ("speaker", "text"),
}
ATTRIBUTE_ROLES = {"direction": "direction", "metric": "metric", "title": "title_normalized", "text": "text"}


def norm(name: str) -> str:
    name = unicodedata.normalize("NFKD", name.replace("’", "'"))
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    name = re.sub(r"^(l|d)'", "", name.strip())
    return re.sub(r"[^0-9a-z]+", "", name)


def _number(value) -> Decimal | None:
    return None if value is None else abs(Decimal(str(value))).normalize()


def _words(text: str, n: int = 5) -> list[str]:
    return re.findall(r"[\w']+", text.replace("’", "'").casefold())[:n]


def resolve(relation: dict, record: dict) -> dict:
    """A predicted relation as {role: comparable value}: entity -> set of normalized names, amount ->
    value, percentage -> value, date -> ISO value, attributes as they are."""
    names = {e["id"]: {norm(n) for n in [e["name"], *e["aliases"], *(m["text"] for m in e["mentions"])]}
             for e in record["entities"]}

    def value(ref: str):
        kind, _, index = ref.partition("/")
        if kind == "amounts" and index.isdigit():
            return _number(record["amounts"][int(index)]["value"])
        if kind == "percentages" and index.isdigit():
            return _number(record["percentages"][int(index)]["value"])
        if kind == "dates" and index.isdigit():
            return record["dates"][int(index)]["value"]
        return frozenset(names.get(ref, {norm(ref)}))

    out = {role: ([value(v) for v in ref] if isinstance(ref, list) else value(ref))
           for role, ref in relation["arguments"].items()}
    for role, key in ATTRIBUTE_ROLES.items():
        if key in relation.get("attributes", {}):
            out[role] = relation["attributes"][key]
    return out


def matches(gold: dict, predicted: dict, aliases: dict[str, set[str]]) -> bool:
    if gold["type"] != predicted["type"]:
        return False
    for role in SCORED_ROLES.get(gold["type"], ()):
        want, got = gold.get(role), predicted.get(role)
        if want is None and got is None:
            continue
        if want is None or got is None:
            return False
        if role == "text":
            if _words(got, len(_words(want))) != _words(want):
                return False
        elif role == "partners":
            wanted = [aliases.get(w, {norm(w)}) for w in want]
            if len(wanted) != len(got) or not all(any(w & g for g in got) for w in wanted):
                return False
        elif isinstance(got, frozenset):
            if not (aliases.get(want, {norm(str(want))}) & got):
                return False
        elif isinstance(got, Decimal):
            if _number(want) != got:
                return False
        elif str(want) != str(got):
            return False
    return True


def score_article(gold: dict, record: dict) -> tuple[Counter, list[str]]:
    """(tally by type of tp / fp / fn, readable misses) for one article."""
    aliases = {}
    for section in ("entities", "optional"):
        for sets in gold.get(section, {}).values():
            for names in sets:
                aliases[names[0]] = {norm(n) for n in names}
    predicted = [dict(resolve(r, record), type=r["type"]) for r in record["relations"]]
    predicted = [p for p in predicted if p["type"] in SCORED_ROLES]
    tally: Counter = Counter()
    misses: list[str] = []
    unmatched = list(predicted)
    for g in gold.get("relations", []):
        hit = next((p for p in unmatched if matches(g, p, aliases)), None)
        if hit is None:
            tally[(g["type"], "fn")] += 1
            misses.append(f"FN {json.dumps(g, ensure_ascii=False)}")
        else:
            tally[(g["type"], "tp")] += 1
            unmatched.remove(hit)
    for p in unmatched:
        tally[(p["type"], "fp")] += 1
        shown = {k: (sorted(v)[0] if isinstance(v, frozenset) and v else str(v)) for k, v in p.items()}
        misses.append(f"FP {json.dumps(shown, ensure_ascii=False)}")
    return tally, misses


def report(tally: Counter) -> list[str]:
    lines = []
    types = sorted({t for t, _ in tally}) + ["ALL"]
    for t in types:
        tp = sum(v for (k, kind), v in tally.items() if kind == "tp" and (t == "ALL" or k == t))
        fp = sum(v for (k, kind), v in tally.items() if kind == "fp" and (t == "ALL" or k == t))
        fn = sum(v for (k, kind), v in tally.items() if kind == "fn" and (t == "ALL" or k == t))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"{t:15s} P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp={tp} fp={fp} fn={fn})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("text_dir", type=Path)
    parser.add_argument("--show", action="store_true", help="print every miss and false positive")
    args = parser.parse_args(argv)
    from extractor import extract

    tally: Counter = Counter()
    for path in sorted(args.gold_dir.glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        if "relations" not in gold:
            continue
        text = (args.text_dir / gold["file"]).read_text("utf-8")
        record = extract(text, published=gold.get("published")).model_dump(mode="json")
        article_tally, misses = score_article(gold, record)
        tally += article_tally
        if args.show and misses:
            print(f"== {path.stem}")
            print("\n".join("   " + m for m in misses))
    print("\n".join(report(tally)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
