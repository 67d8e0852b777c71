"""Percentages and percentage points in French text. Pure functions.

>>> [(text, str(value), unit) for _, _, text, value, unit in find_percentages("en hausse de 40% puis -4,5 %")]
[('40%', '40', 'percent'), ('-4,5 %', '-4.5', 'percent')]
>>> [str(p[3]) for p in find_percentages("quarante pour cent")]
['40']
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from extractor.lang_fr import NUMBER_WORDS, RATE_NOUNS
from extractor.normalize.numbers import NUMBER_PATTERN, parse_number
from extractor.normalize.regex import SPACE, alternation

S = SPACE
@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    word = f"(?:{alternation(NUMBER_WORDS)})"
    word_number = rf"(?i:(?<![\w-]){word}(?:(?:{S}+|-)(?:et(?:{S}+|-))?{word}){{0,10}})"
    number = rf"(?:(?<![\w.,+\-−])[-+−]?{NUMBER_PATTERN}(?!\d)|{word_number})"
    percent = re.compile(
        rf"(?P<num>{number}){S}*(?:%|(?i:pour{S}*-?{S}*cents?|pourcents?|p\.{S}?100)(?![\w]))"
    )
    # "de 3 points", "3 points de pourcentage": percentage points (not a score or a bullet list).
    points = re.compile(
        rf"(?<=[dD][eE]{S})(?P<num>{number}){S}+points?(?:{S}+de{S}+pourcentage)?(?![\w])"
        rf"|(?P<num2>{number}){S}+points?{S}+de{S}+pourcentage(?![\w])"
        rf"|(?P<num3>{number}){S}+points?(?![\w])"  # kept only after a rate noun (see below)
    )
    rate_before = re.compile(rf"(?i:(?<![\w])(?:{alternation(RATE_NOUNS)})(?![\w])[^.!?;:\n]{{0,50}}$)")
    return percent, points, rate_before


def find_percentages(text: str) -> list[tuple[int, int, str, Decimal | None, str]]:
    """(start, end, text, value, unit) for each percentage, in text order; unit is 'percent' or 'points'."""
    percent, points, rate_before = _patterns()
    found = []
    for m in percent.finditer(text):
        found.append((m.start(), m.end(), m.group(0), parse_number(m["num"]), "percent"))
    for m in points.finditer(text):
        if m["num3"] and not rate_before.search(text, max(0, m.start() - 60), m.start()):
            continue  # a bare "N points" is a score or an index move unless a rate comes before it
        num = m["num"] or m["num2"] or m["num3"]
        found.append((m.start(), m.end(), m.group(0), parse_number(num), "points"))
    found.sort()
    kept: list[tuple[int, int, str, Decimal | None, str]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return kept


def parse_percentage(text: str) -> tuple[Decimal | None, str]:
    """Value and unit of one percentage span: '+3,5 %' -> (3.5, 'percent'); '2 points' -> (2, 'points')."""
    hits = find_percentages(text)
    if hits and hits[0][0] == 0:
        return hits[0][3], hits[0][4]
    m = re.match(rf"(?P<num>.+?){S}+points?\b", text)
    return (parse_number(m["num"]), "points") if m else (None, "percent")
