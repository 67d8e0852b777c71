"""`technews_dates`: marks date and period expressions in `doc.spans` (label DATE).

Candidates come from the rules of `normalize.dates`, never from dateparser's `search_dates`, which reads
"26,3" and "40%" as dates. Values are computed in `extractor.assemble`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components._spans import set_char_spans, spans_with_offsets, text_of
from extractor.normalize.dates import find_date_spans

DATES_KEY = "technews_dates"


class DateMarker:
    def __init__(self, name: str, *, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        taken = {i for key in ("technews_amounts", "technews_percentages")
                 for _, start, end in spans_with_offsets(doc, key) for i in range(start, end)}
        matches = [(s, e, "DATE") for s, e, _ in find_date_spans(text_of(doc)) if s not in taken and e - 1 not in taken]
        set_char_spans(doc, self.spans_key, matches)
        return doc


@Language.factory("technews_dates", default_config={"spans_key": DATES_KEY})
def make_dates(nlp: Language, name: str, *, spans_key: str) -> DateMarker:
    return DateMarker(name, spans_key=spans_key)
