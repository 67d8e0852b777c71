"""`technews_money`: marks monetary amounts and percentages in `doc.spans`.

Spans only; values are parsed by `extractor.assemble` with the pure functions of `normalize.amounts`.
Labels: MONEY (currency written), MONEY_BARE (scale word, currency said before, maybe), PERCENT.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components._spans import set_char_spans
from extractor.normalize.amounts import find_amount_spans
from extractor.normalize.percentages import find_percentages

AMOUNTS_KEY = "technews_amounts"
PERCENTAGES_KEY = "technews_percentages"


class MoneyMarker:
    def __init__(self, name: str, *, amounts_key: str, percentages_key: str) -> None:
        self.name = name
        self.amounts_key = amounts_key
        self.percentages_key = percentages_key

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        set_char_spans(doc, self.amounts_key, [(s.start, s.end, s.label) for s in find_amount_spans(text)])
        set_char_spans(doc, self.percentages_key, [(p[0], p[1], "PERCENT") for p in find_percentages(text)])
        return doc


@Language.factory(
    "technews_money",
    default_config={"amounts_key": AMOUNTS_KEY, "percentages_key": PERCENTAGES_KEY},
)
def make_money(nlp: Language, name: str, *, amounts_key: str, percentages_key: str) -> MoneyMarker:
    return MoneyMarker(name, amounts_key=amounts_key, percentages_key=percentages_key)
