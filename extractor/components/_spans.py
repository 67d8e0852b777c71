"""Helpers shared by the components: character matches to token spans."""
from __future__ import annotations

from spacy.tokens import Doc, Span


def char_spans(doc: Doc, matches, label: str) -> list[Span]:
    """Token spans for (start, end) character matches; a match inside a token grows to the whole token."""
    spans = []
    for start, end in matches:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return spans
