"""Character matches as span groups, keeping the exact character offsets of each match.

A span is made of whole tokens; a match may end inside one ("15 M€." is one token for the French
tokenizer). The span grows to whole tokens, and the exact offsets of the match go beside it, in the
group's `attrs["offsets"]`, so records can report what was matched and nothing more. Facts about each
match (plain values, one dict per span) may go in `attrs["facts"]`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc, Span

OFFSETS_ATTR = "offsets"
FACTS_ATTR = "facts"


def set_char_spans(doc: Doc, key: str, matches: Iterable[tuple[int, int, str]],
                   facts: Sequence[dict] | None = None, *, keep_urls: bool = False) -> None:
    """Store (start, end, label) character matches in `doc.spans[key]`, in text order, each with the dict
    of `facts` at the same index when given. Matches over a URL or an e-mail address are dropped unless
    `keep_urls`."""
    matches = list(matches)
    order = sorted(range(len(matches)), key=lambda i: matches[i])
    spans, offsets, kept_facts = [], [], []
    for i in order:
        start, end, label = matches[i]
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        # Digits and '%' inside a URL ("q=30%25") are not amounts, percentages or dates.
        if span is not None and len(span) and (keep_urls or not any(t.like_url or t.like_email for t in span)):
            spans.append(span)
            offsets.append([start, end])
            if facts is not None:
                kept_facts.append(facts[i])
    doc.spans[key] = spans
    doc.spans[key].attrs[OFFSETS_ATTR] = offsets
    if facts is not None:
        doc.spans[key].attrs[FACTS_ATTR] = kept_facts


def spans_with_offsets(doc: Doc, key: str) -> Iterator[tuple[Span, int, int]]:
    """(span, start, end) with the exact character offsets of each match (the span's own if unknown)."""
    if key not in doc.spans:
        return
    group = doc.spans[key]
    offsets = group.attrs.get(OFFSETS_ATTR)
    if offsets is None or len(offsets) != len(group):
        offsets = [[span.start_char, span.end_char] for span in group]
    for span, (start, end) in zip(group, offsets):
        yield span, start, end


def span_facts(doc: Doc, key: str) -> Iterator[tuple[int, int, dict]]:
    """(start, end, facts) of each span of a group that carries facts."""
    if key not in doc.spans:
        return
    facts = doc.spans[key].attrs.get(FACTS_ATTR) or []
    for (_, start, end), fact in zip(spans_with_offsets(doc, key), facts):
        yield start, end, fact


def annotated(doc: Doc, attribute: str) -> bool:
    """`doc.has_annotation(attribute)` for "POS" or "DEP", read from one array: `has_annotation` builds a
    Token object per word, and the entity and relation components ask several times per doc."""
    return len(doc) > 0 and bool(doc.to_array(attribute).any())


_TEXT = "technews_text"


def text_of(doc: Doc) -> str:
    """`doc.text`, built once: spaCy joins it from the tokens on every access, and every component reads it.
    Kept in `doc.user_data` (a plain string, so it travels with `Doc.to_bytes`); checked by its length."""
    text = doc.user_data.get(_TEXT)
    last = doc[-1] if len(doc) else None
    size = last.idx + len(last.text_with_ws) if last is not None else 0
    if text is None or len(text) != size:
        text = doc.text
        doc.user_data[_TEXT] = text
    return text

