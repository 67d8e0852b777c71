"""Approval tests: the whole record of every fixture article equals its committed snapshot.

`fixtures/expected/NNN_slug.json` is what `extract` gives today for `fixtures/articles/NNN_slug.txt`, with the
publication date of its gold file. Any change to an output, better or worse, fails here with a diff of the
record. Review the diff; when the change is wanted, regenerate the snapshots and commit them with the code:

    .venv/bin/python -m pytest tests/test_fixtures_snapshot.py --force-regen

(pytest-regressions rewrites the files that differ and fails once; the next run passes). How good the records
are is measured against the hand-made gold by tests/test_score_ratchet.py, not here.
"""
from __future__ import annotations

import json

import pytest

from paths import FIXTURES
from snapshot_format import compact_json

ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))
EXPECTED = FIXTURES / "expected"


def published_of(article) -> str | None:
    """The publication date stated in the article's gold file."""
    gold = FIXTURES / "gold" / f"{article.stem}.json"
    return json.loads(gold.read_text("utf-8"))["published"]


@pytest.mark.model
@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_fixture_record_equals_snapshot(nlp, file_regression, article):
    from extractor import extract

    record = extract(article.read_text("utf-8"), published=published_of(article))
    file_regression.check(compact_json(record.model_dump(mode="json")) + "\n",
                          fullpath=EXPECTED / f"{article.stem}.json", encoding="utf-8")


def test_every_snapshot_has_its_article():
    """A renamed or removed article must not leave a stale snapshot behind."""
    assert sorted(p.stem for p in EXPECTED.glob("*.json")) == [a.stem for a in ARTICLES]
