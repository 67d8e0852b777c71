"""The score ratchet: no figure on our annotated articles may drop below the floor in eval/ratchet.json.

Raise the floor in the commit that raises a figure (`.venv/bin/python eval/ratchet.py --update`). Skipped where
../shared (the shared scorers and corpus) is absent, as in a user's clone."""
from __future__ import annotations

import json
import sys

import pytest

from paths import ROOT, SHARED

sys.path.insert(0, str(ROOT / "eval"))
import ratchet  # noqa: E402

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def current(nlp):
    if not (SHARED / "eval" / "score_gold.py").exists() or not ratchet.CORPUS.is_dir():
        pytest.skip("the ratchet needs ../shared/eval and ../shared/corpus (not part of a user's clone)")
    return ratchet.current_scores()


def test_no_figure_drops_below_the_floor(current):
    floor = json.loads(ratchet.FLOOR.read_text("utf-8"))
    assert ratchet.drops(current, floor) == []


@pytest.mark.parametrize("current_value,floor_value,dropped", [(0.80, 0.80, False), (0.81, 0.80, False),
                                                               (0.79, 0.80, True), (None, 0.80, True)])
def test_drops_compares_each_figure_with_its_floor(current_value, floor_value, dropped):
    current = {"g": {"COMPANY": current_value}} if current_value is not None else {"g": {}}
    assert bool(ratchet.drops(current, {"g": {"COMPANY": floor_value}})) is dropped
