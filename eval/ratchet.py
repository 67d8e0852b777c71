"""The score ratchet: our annotated articles scored with the shared scorers, against a committed floor.

Scores (F1, and precision / recall of all relations) come from `../shared/eval/score_gold.py` and
`../shared/eval/score_relations.py`, run in this process so that the spaCy model is loaded once, on:
- `eval/dev-gold`: our entity gold of the 60 articles of `../shared/corpus/fr-tech-news`;
- `fixtures/gold` and `fixtures/relations`: the entity and relation gold of our fixture articles;
- `eval/dev-relations`: our relation gold of the 60 shared articles;
- the dates of `fixtures/gold` (values, with multiplicity), which the shared scorers do not score;
- the date suites of `../shared/peer-suites` (Recognizers-Text's verified French cases, Duckling's), with
  their own `score.py` and each case's reference date as the publication date.

`eval/ratchet.json` holds the floor. `tests/test_score_ratchet.py` fails when a figure drops below it. A change
that raises a figure raises the floor in the same commit:

    .venv/bin/python eval/ratchet.py            # print today's figures beside the floor
    .venv/bin/python eval/ratchet.py --update   # write today's figures as the new floor
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
PEER_SUITES = ROOT.parent / "shared" / "peer-suites"
CORPUS = ROOT.parent / "shared" / "corpus" / "fr-tech-news"
FLOOR = ROOT / "eval" / "ratchet.json"
FIXTURES = ROOT / "fixtures"
# A figure may move by this much without counting as a drop (the scorers round to 3 decimals).
TOLERANCE = 0.0005


def _shared_scorer(name: str, folder: Path = SHARED_EVAL):
    spec = importlib.util.spec_from_file_location(f"shared_{name}", folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run_scorer(name: str, *args: Path | str, folder: Path = SHARED_EVAL) -> dict:
    """A shared scorer's --json output, its printout silenced."""
    scorer = _shared_scorer(name, folder)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scores.json"
        argv = sys.argv
        sys.argv = [name, *map(str, args), "--json", str(out)]
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                scorer.main()
        finally:
            sys.argv = argv
        return json.loads(out.read_text("utf-8"))


def peer_date_scores() -> dict[str, float]:
    """Detection F1 and value accuracy on the peers' French date suites."""
    out = {}
    for label, suite, extra in [("RT fr-date (verified)", "recognizers-text/fr-date.jsonl", ["--filter", "dotnet"]),
                                ("Duckling fr-time", "duckling/fr-time.jsonl", [])]:
        scores = _run_scorer("score", PEER_SUITES / suite, *extra, "--ref-kw", "published", folder=PEER_SUITES)
        out[f"{label} detect F1"] = round(scores["f1"], 3)
        out[f"{label} value"] = round(scores["value_acc"], 3)
    return out


def date_f1() -> float:
    """F1 of the date values of the fixtures against their gold `dates` (each occurrence counts)."""
    from extractor import extract

    tally: Counter = Counter()
    for path in sorted((FIXTURES / "gold").glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        text = (FIXTURES / "articles" / gold["file"]).read_text("utf-8")
        wanted = Counter(d["value"] for d in gold["dates"])
        found = Counter(d.value for d in extract(text, published=gold["published"]).dates)
        tally["tp"] += sum((wanted & found).values())
        tally["gold"] += sum(wanted.values())
        tally["found"] += sum(found.values())
    if not tally["tp"]:
        return 0.0
    precision, recall = tally["tp"] / tally["found"], tally["tp"] / tally["gold"]
    return round(2 * precision * recall / (precision + recall), 3)


def current_scores() -> dict[str, dict[str, float]]:
    """Today's figures, grouped by gold set. Needs ../shared (the scorers and the corpus)."""
    def f1s(scores: dict) -> dict[str, float]:
        return {kind: figures["f1"] for kind, figures in scores.items()}

    def relation_figures(*folders: Path) -> dict[str, float]:
        relations = _run_scorer("score_relations", *folders)["scores"]
        figures = {kind: values["f1"] for kind, values in relations.items() if kind != "ALL"}
        figures.update({"ALL precision": relations["ALL"]["p"], "ALL recall": relations["ALL"]["r"],
                        "ALL": relations["ALL"]["f1"]})
        return figures

    return {
        "dev-gold entities (60 shared articles)": f1s(
            _run_scorer("score_gold", ROOT / "eval" / "dev-gold", CORPUS)["scores"]),
        "fixture entities": {**f1s(_run_scorer("score_gold", FIXTURES / "gold", FIXTURES / "articles")["scores"]),
                             "DATE": date_f1()},
        "fixture relations": relation_figures(FIXTURES / "relations", FIXTURES / "gold", FIXTURES / "articles"),
        "dev relations (60 shared articles)": relation_figures(ROOT / "eval" / "dev-relations", ROOT / "eval" / "dev-gold",
                                                               CORPUS),
        "peer date suites": peer_date_scores(),
    }


def drops(current: dict, floor: dict) -> list[str]:
    """Every figure of the floor that today's figures fall below (or no longer report)."""
    out = []
    for group, figures in floor.items():
        for kind, least in figures.items():
            now = current.get(group, {}).get(kind)
            if now is None or now < least - TOLERANCE:
                out.append(f"{group} / {kind}: {now} < floor {least}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="write today's figures as the new floor")
    args = parser.parse_args(argv)
    current = current_scores()
    floor = json.loads(FLOOR.read_text("utf-8")) if FLOOR.exists() else {}
    for group, figures in current.items():
        print(group)
        for kind, value in figures.items():
            least = floor.get(group, {}).get(kind)
            mark = "" if least is None else f"  (floor {least}{', DROP' if value < least - TOLERANCE else ''})"
            print(f"  {kind:22s} {value:.3f}{mark}")
    if args.update:
        FLOOR.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {FLOOR.relative_to(ROOT)}")
    return 1 if drops(current, floor) and not args.update else 0


if __name__ == "__main__":
    sys.exit(main())
