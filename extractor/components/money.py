"""`technews_money`: marks monetary amounts and percentages in `doc.spans`, with what their words say.

Each amount span comes with its resolved facts (value, currency, carried or not, qualifier, range bound,
period, duration) in the span group's `attrs["facts"]`, one dict of plain values per span, so that they
survive `Doc.to_bytes` (multiprocessing). `extractor.assemble` only maps them to records.
Amount span labels: MONEY (currency written), MONEY_BARE (scale word alone), MONEY_FROM (the start of a
change), MONEY_PART (a part of an earlier amount); percentages: PERCENT.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components._spans import set_char_spans, text_of
from extractor.normalize.amounts import find_amount_spans, resolve_amounts
from extractor.normalize.percentages import find_percentages

AMOUNTS_KEY = "technews_amounts"
PERCENTAGES_KEY = "technews_percentages"


def _plain(value) -> str | None:
    """Decimals travel as strings: msgpack (Doc.to_bytes) has no Decimal."""
    return None if value is None else str(value)


class MoneyMarker:
    def __init__(self, name: str, *, amounts_key: str, percentages_key: str) -> None:
        self.name = name
        self.amounts_key = amounts_key
        self.percentages_key = percentages_key

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        spans = find_amount_spans(text)
        labels = {(s.start, s.end): s.label for s in spans}
        amounts = resolve_amounts(text, spans)
        set_char_spans(doc, self.amounts_key, [(a.start, a.end, labels[a.start, a.end]) for a in amounts], facts=[
            {"value": _plain(a.value), "currency": a.currency, "currency_inferred": a.currency_inferred,
             "qualifier": a.qualifier, "value_max": _plain(a.value_max), "period": a.period, "duration": a.duration}
            for a in amounts])
        percentages = [p for p in find_percentages(text) if p.value is not None]
        set_char_spans(doc, self.percentages_key, [(p.start, p.end, "PERCENT") for p in percentages], facts=[
            {"value": _plain(p.value), "unit": p.unit, "value_max": _plain(p.value_max)} for p in percentages])
        return doc


@Language.factory(
    "technews_money",
    default_config={"amounts_key": AMOUNTS_KEY, "percentages_key": PERCENTAGES_KEY},
)
def make_money(nlp: Language, name: str, *, amounts_key: str, percentages_key: str) -> MoneyMarker:
    return MoneyMarker(name, amounts_key=amounts_key, percentages_key=percentages_key)
