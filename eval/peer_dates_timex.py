"""Value accuracy on a peer date suite with the peer's TIMEX patterns counted as equal to a resolved date,
as issue 17 states the rule: `XXXX-10-02` equals 2016-10-02, `XXXX-02` equals 2016-02. The suite's own
`score.py` compares strings only; this script reuses its matching and adds that one equivalence.

    .venv/bin/python eval/peer_dates_timex.py ../shared/peer-suites/recognizers-text/fr-date.jsonl --filter dotnet
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

SUITES = Path(__file__).resolve().parent.parent.parent / "shared" / "peer-suites"


def timex_matches(pattern: str, value: str | None) -> bool:
    """A TIMEX pattern of digits and X wildcards ("XXXX-10-02", "XXXX-12-23T17") against our ISO value
    ("2016-10-02", "2016-12-23T17:00:00"): every character that is not an X equal, a time compared at the
    pattern's precision (ISO 8601 reduced precision: "2016-11-08T17" is 17:00 that day). Other TIMEX forms
    (weeks of a month, seasons) are left to the scorer."""
    if not value or not re.fullmatch(r"[\dX]{4}(?:-[\dX]{2}){0,2}(?:T\d\d(?::\d\d){0,2})?", pattern):
        return False
    if "T" in pattern:
        if "T" not in value or len(value) < len(pattern):
            return False
        value = value[: len(pattern)]
    elif "X" not in pattern:
        return False  # a plain date is the scorer's business
    return len(pattern) == len(value) and all(p in ("X", v) for p, v in zip(pattern, value))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suite")
    parser.add_argument("--filter", choices=["all", "python", "dotnet"], default="all")
    args = parser.parse_args(argv)
    spec = importlib.util.spec_from_file_location("peer_score", SUITES / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    from extractor import extract

    cases = [c for c in score.load_suite(args.suite) if score.keep_case(c, args.filter)]
    right = timex_only = total = 0
    for case in cases:
        record = extract(case["input"], published=score.parse_ref(case.get("reference_datetime")))
        predicted = [{"text": d.text, "start": d.start, "end": d.end, "value": d.value} for d in record.dates]
        scored = [e for e in case["expected"]
                  if not e.get("type") or e["type"].lower() in score.DEFAULT_DATE_TYPES]
        # the scorer's one-to-one matching: largest overlap first
        pairs = sorted(((score.overlap(score.span_of(case["input"], e), (p["start"], p["end"]), e["text"], p["text"]), i, j)
                        for i, e in enumerate(scored) for j, p in enumerate(predicted)), key=lambda x: (-x[0], x[1], x[2]))
        matched, used = {}, set()
        for overlap, i, j in pairs:
            if overlap > 0 and i not in matched and j not in used:
                matched[i] = j
                used.add(j)
        for i, expected in enumerate(scored):
            accepted = expected.get("accept_values") or ([expected["value"]] if expected.get("value") else [])
            if not accepted:
                continue
            total += 1
            if i not in matched:
                continue
            value = predicted[matched[i]]["value"]
            if score.value_check("date", expected, {"value": value, "values": [value]}):
                right += 1
            elif any(timex_matches(a, value) for a in accepted):
                right += 1
                timex_only += 1
    print(f"value-acc {right / total:.3f} ({right}/{total}), of which {timex_only} by TIMEX pattern")
    return 0


if __name__ == "__main__":
    sys.exit(main())
