"""Percentages and percentage points in French text. Pure functions.

>>> [(p.text, str(p.value), p.unit) for p in find_percentages("en hausse de 40% puis -4,5 %")]
[('40%', '40', 'percent'), ('-4,5 %', '-4.5', 'percent')]
>>> [str(p[3]) for p in find_percentages("quarante pour cent")]
['40']
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from extractor.lang_fr import NUMBER_WORDS, RATE_NOUNS
from extractor.normalize.amounts import change_before, range_opener_before
from extractor.normalize.numbers import NUMBER_PATTERN, parse_number
from extractor.normalize.regex import SPACE, alternation, finditer_in, windows_around

S = SPACE
_UNIT = re.compile(rf"%|(?i:pour{S}*-?{S}*cent|pourcent|p\.{S}?100|points?)")
# How far before its unit a percentage may start: "de quatre-vingt-dix-neuf virgule cinq à cent pour cent"
UNIT_REACH = 240

@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
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
    # "de 3 à 4 %", "3-4 %", "entre 3 et 4 %": the low bound without its sign
    ranged = re.compile(
        rf"(?P<lo>{number}){S}*(?P<conn>-|–|(?i:à|et)){S}*(?P<num>{NUMBER_PATTERN}(?!\d)|{word_number}){S}*%")
    return percent, points, rate_before, ranged


class FoundPercentage(NamedTuple):
    start: int
    end: int
    text: str
    value: Decimal | None
    unit: str  # percent or points
    value_max: Decimal | None = None  # the high bound of "de 3 à 4 %"


def find_percentages(text: str) -> list[FoundPercentage]:
    """Every percentage, in text order, longest first where two overlap.

    "de 3 à 4 %" is one range; after a verb of change ("passe de 3 à 4 %") it is two percentages, the first
    taking its unit from the second, as amounts do."""
    percent, points, rate_before, ranged = _patterns()
    # Every percentage ends with its unit: the grammars run near one only (a tenth of a news text)
    near = windows_around(_UNIT, text, UNIT_REACH, 30)
    found: list[FoundPercentage] = []
    for m in finditer_in(ranged, text, near):
        if not (m["conn"] in "-–" or range_opener_before(text, m.start())):
            continue
        lo, hi = parse_number(m["lo"]), parse_number(m["num"])
        if m["conn"] == "à" and change_before(text, m.start()):
            found.append(FoundPercentage(m.start("lo"), m.end("lo"), m["lo"], lo, "percent"))
            found.append(FoundPercentage(m.start("num"), m.end(), text[m.start("num") : m.end()], hi, "percent"))
        elif lo is not None and hi is not None and lo < hi:
            found.append(FoundPercentage(m.start(), m.end(), m.group(0), lo, "percent", hi))
    for m in finditer_in(percent, text, near):
        found.append(FoundPercentage(m.start(), m.end(), m.group(0), parse_number(m["num"]), "percent"))
    for m in finditer_in(points, text, near):
        if m["num3"] and not rate_before.search(text, max(0, m.start() - 60), m.start()):
            continue  # a bare "N points" is a score or an index move unless a rate comes before it
        num = m["num"] or m["num2"] or m["num3"]
        found.append(FoundPercentage(m.start(), m.end(), m.group(0), parse_number(num), "points"))
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[FoundPercentage] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


def parse_percentage(text: str) -> tuple[Decimal | None, str]:
    """Value and unit of one percentage span: '+3,5 %' -> (3.5, 'percent'); '2 points' -> (2, 'points')."""
    hits = find_percentages(text)
    if hits and hits[0].start == 0:
        return hits[0].value, hits[0].unit
    m = re.match(rf"(?P<num>.+?){S}+points?\b", text)
    return (parse_number(m["num"]), "points") if m else (None, "percent")
