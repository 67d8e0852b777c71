"""Sentences as character spans: the one notion of sentence of the pipeline (`technews_sentences` stores
them on the doc; roles and relations read them there).

A sentence ends at . ! ? … (and a closing quote) before a capital, a digit or an opening quote, or at a
line end. Titles ("M.", "Mme") and initials ("J. Dupont") do not end one. The statistical parser's
boundaries are not used: it cuts "…du modèle de langage | Claude, vient…" when a name looks like a start.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


_BOUNDARY = re.compile(r"(?<=[.!?…])(?P<close>[\s\u00a0\u202f]?[»”\"])?\s+(?=[«“\"A-ZÀ-ÖØ-Þ0-9])|\n+")
_NO_END = re.compile(r"(?:\b(?:M|Mme|Mmes|MM|Mlle|Dr|Pr|Me|St|Ste|etc|cf|av|apr|env|vol|n°|p)|\b[A-Z])\.$")


def sentence_spans(text: str) -> list[Sentence]:
    """Sentences of `text` as character spans (whitespace between them left out)."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if "\n" not in m.group(0) and _NO_END.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        end = m.end("close") if m["close"] else m.start()  # a closing quote belongs to its sentence
        if text[start:end].strip():
            spans.append(_stripped(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_stripped(text, start, len(text)))
    return spans


def _stripped(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end)


def sentence_start(sentences: list[Sentence], starts: list[int], position: int) -> int:
    """Start of the sentence holding `position` (or of the last one before it); `starts` are the sentences'
    starts, for bisection."""
    index = bisect_right(starts, position) - 1
    return sentences[index].start if index >= 0 else 0
