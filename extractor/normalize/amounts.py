"""Monetary amounts in French text: find them, parse them, read their context. Pure functions.

`find_amount_spans(text)` locates candidates; `parse_amount(span_text)` turns one into numbers and an ISO
currency; `qualifier_before` / `period_after` read the words around it; `carry_currency` fills the currency
of scale-word amounts from the amount said before ("75 milliards de dollars…, jusqu'à 65 milliards").

>>> parse_amount("26,3 milliards de dollars").value
Decimal('26300000000.0')
>>> parse_amount("1,5 Md€").currency
'EUR'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from extractor.lang_fr import (
    DURATION_UNITS,
    MONEY_NOUNS,
    NUMBER_WORDS,
    PERIOD_WORDS,
    QUALIFIER_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
)
from extractor.normalize.currencies import (
    lookup_currency,
    lookup_subunit,
    name_pattern,
    subunit_pattern,
    symbol_pattern,
)
from extractor.normalize.numbers import NUMBER_PATTERN, parse_number
from extractor.normalize.regex import APOSTROPHE, SPACE, alternation

S = SPACE
AP = APOSTROPHE

MONEY = "MONEY"  # an amount with its currency written
MONEY_BARE = "MONEY_BARE"  # "65 milliards": a scale word and no currency; money only in a money context
MONEY_FROM = "MONEY_FROM"  # "passée de 200 à 1 400 euros": the starting amount of a change, unit said after it

HALF_WORDS = {"demi-milliard": Decimal(5) * 10**8, "demi-million": Decimal(5) * 10**5}
# Largest value we accept; beyond it the "amount" is noise (or an attack) and is dropped.
MAX_VALUE = Decimal(10) ** 18


@dataclass(frozen=True)
class ParsedAmount:
    value: Decimal | None
    currency: str | None
    value_max: Decimal | None = None
    has_scale_word: bool = False


@dataclass(frozen=True)
class AmountSpan:
    start: int
    end: int
    label: str  # MONEY or MONEY_BARE


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    word = f"(?:{alternation(NUMBER_WORDS)})"
    # Bounded repetition: a long run of number words must not make the scan quadratic.
    word_number = rf"(?i:(?<![\w-]){word}(?:(?:{S}+|-)(?:et(?:{S}+|-))?{word}){{0,10}}(?![\w-]))"
    number = rf"(?:(?<![\w.,]){NUMBER_PATTERN}(?![\d])|{word_number})"
    scale_word = rf"(?i:(?:mille{S}+)?(?:milliards?|millions?|billions?)|{alternation(HALF_WORDS)}|mille|milliers)"
    scale_abbr = rf"(?:{alternation(SCALE_ABBREVIATIONS)})(?![A-Za-zÀ-ÿ0-9])"
    half = rf"(?:{S}+et{S}+demie?)"
    scale = rf"(?:{S}*(?P<abbr>{scale_abbr})|{S}+(?P<scale>{scale_word})(?P<half>{half})?)"
    symbol = rf"(?:{symbol_pattern()})"
    name = rf"(?i:{name_pattern()})"
    currency_after = rf"(?:{S}*(?:(?i:de|d{AP}){S}*)?(?P<sym>{symbol})(?![A-Za-z'’])|{S}*(?:(?i:de|d{AP}){S}*)?(?P<name>{name})(?![\w]))"
    core = rf"(?P<num>{number}){scale}?"
    # After a prefix symbol or code the number may be glued to it: "EUR29,99", "USD1,23".
    prefixed_core = rf"(?P<num>{NUMBER_PATTERN}(?![\d])|{word_number}){scale}?"
    subunit = rf"(?P<subname>(?i:{subunit_pattern()}))(?![\w])"
    # "15 dollars et 15 cents", "1 USD 23 cents", "15 dollars 50.": hundredths after the unit.
    cents = rf"(?:{S}+et)?{S}+(?:(?P<cents>\d{{1,2}}|{word_number}){S}+{subunit}|(?P<cents_bare>\d\d)(?={S}*(?:[.,;:!?)]|$)))"
    lo = rf"(?P<lo>{number})(?:{S}*(?P<loabbr>{scale_abbr})|{S}+(?P<loscale>{scale_word}))?"
    return {
        "suffix": re.compile(core + currency_after),
        "prefix": re.compile(rf"(?<![\w$€£¥])(?P<psym>{symbol}){S}?{prefixed_core}"),
        "range": re.compile(rf"{lo}{S}*(?P<conn>-|–|(?i:à|et)){S}*{core}{currency_after}"),
        "compound": re.compile(core + currency_after + cents),
        # Sub-units only after digits: in "quatre cents salariés", "cents" is the number 400.
        "subunit": re.compile(rf"(?<![\w.,])(?P<num>{NUMBER_PATTERN})(?![\d]){S}*{subunit}"),
        "bare": re.compile(rf"(?P<num>{number}){S}+(?P<scale>{scale_word})(?P<half>{half})?(?![\w])"),
        # "3 millions d'utilisateurs" counts things; "614 millions de marge" is money all the same.
        "count_after": re.compile(
            rf"{S}+(?:de|d{AP}){S}*(?!{name})(?!(?:{alternation(MONEY_NOUNS)})(?![\w]))[^\W\d]", re.IGNORECASE),
    }


def find_amount_spans(text: str) -> list[AmountSpan]:
    """Non-overlapping amount candidates, in text order; longest wins where candidates overlap."""
    pats = _patterns()
    found: list[AmountSpan] = []
    for m in pats["range"].finditer(text):
        # "2-3 Md$" is a range by itself; "16 à 999 euros" is one only after "entre"/"de".
        if m["conn"] in "-–" or range_opener_before(text, m.start()):
            if m["conn"] == "à" and _CHANGE_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()]):
                # A change, not a range: two amounts, the first one taking its unit from the second.
                found.append(AmountSpan(m.start("lo"), m.end("lo") if not m["loscale"] and not m["loabbr"]
                                        else m.start("conn"), MONEY_FROM))
                found.append(AmountSpan(m.start("num"), m.end(), MONEY))
            else:
                found.append(AmountSpan(m.start(), m.end(), MONEY))
    for kind in ("compound", "suffix", "prefix", "subunit"):
        for m in pats[kind].finditer(text):
            found.append(AmountSpan(m.start(), m.end(), MONEY))
    for m in pats["bare"].finditer(text):
        if not pats["count_after"].match(text, m.end()):  # "3 millions d'utilisateurs" counts things
            found.append(AmountSpan(m.start(), m.end(), MONEY_BARE))
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[AmountSpan] = []
    for span in found:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _scaled(number: str | None, abbr: str | None, scale: str | None, half: str | None) -> Decimal | None:
    if number is None:
        return None
    value = parse_number(number)
    if value is None:
        return None
    if half:
        value += Decimal("0.5")
    if abbr:
        value *= SCALE_ABBREVIATIONS[abbr]
    elif scale:
        value *= _scale_value(scale)
    return value


def _scale_value(scale: str) -> Decimal:
    words = scale.lower().split()
    if words[0] in HALF_WORDS:
        return HALF_WORDS[words[0]]
    factor = Decimal(1)
    for w in words:
        factor *= SCALE_WORDS[w]  # KeyError for a case-folded oddity ("mİllion"): parse_amount gives no value
    return factor


def _safe(value: Decimal | None) -> Decimal | None:
    try:
        return value if value is not None and value.is_finite() and abs(value) <= MAX_VALUE else None
    except InvalidOperation:  # pragma: no cover
        return None


def parse_amount(text: str) -> ParsedAmount:
    """Parse one amount span: '26,3 milliards de dollars', '$5', '1,5 Md€', '2-3 Md$', '65 milliards'.

    A span the tables cannot read as written (case-insensitive matches such as "1 mİllion") has no value."""
    try:
        return _parse_amount(text)
    except (KeyError, ValueError, InvalidOperation):
        return ParsedAmount(None, None)


def _parse_amount(text: str) -> ParsedAmount:
    pats = _patterns()
    text = text.strip()
    m = pats["compound"].fullmatch(text)
    if m:
        units = _scaled(m["num"], m["abbr"], m["scale"], m["half"])
        hundredths = parse_number(m["cents"] or m["cents_bare"])
        if units is not None and hundredths is not None and hundredths < 100:
            return ParsedAmount(_safe(units + hundredths / 100), _currency(m), None, False)
    m = pats["subunit"].fullmatch(text)
    if m:
        hundredths = parse_number(m["num"])
        value = hundredths / 100 if hundredths is not None else None
        return ParsedAmount(_safe(value), lookup_subunit(m["subname"]), None, False)
    m = pats["range"].fullmatch(text)
    if m:
        hi = _scaled(m["num"], m["abbr"], m["scale"], m["half"])
        if m["loabbr"] or m["loscale"]:
            lo = _scaled(m["lo"], m["loabbr"], m["loscale"], None)
        else:
            lo = parse_number(m["lo"])
            hi_number = parse_number(m["num"])
            # "entre 2 et 3 milliards", "de 3 à 2 milliards": the low bound shares the scale;
            # "de 500 000 à 2 millions" does not.
            if lo is not None and hi_number is not None and (lo <= hi_number or lo < 1000):
                lo = _scaled(m["lo"], m["abbr"], m["scale"], None)
        return ParsedAmount(_safe(lo), _currency(m), _safe(hi), bool(m["scale"] or m["abbr"]))
    for kind in ("suffix", "prefix"):
        m = pats[kind].fullmatch(text)
        if m:
            value = _scaled(m["num"], m["abbr"], m["scale"], m["half"])
            return ParsedAmount(_safe(value), _currency(m), None, bool(m["scale"] or m["abbr"]))
    m = pats["bare"].fullmatch(text)
    if m:
        return ParsedAmount(_safe(_scaled(m["num"], None, m["scale"], m["half"])), None, None, True)
    return ParsedAmount(None, None)


def _currency(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    for key in ("psym", "sym", "name"):
        if groups.get(key):
            return lookup_currency(groups[key])
    return None


# ---------------------------------------------------------------------------------------------- context
_QUALIFIER_RE = re.compile(
    rf"(?<![\w])({alternation(k.replace(chr(39), '§') for k in QUALIFIER_WORDS)}){S}*$".replace("§", AP),
    re.IGNORECASE,
)
# Verbs of change before "de X à Y": "passé de 200 à 1 400 euros", "abaissé de 24 à 19 euros".
_CHANGE_BEFORE_RE = re.compile(
    r"(?:pass|abaiss|relev|port|augment|rédui|réduit|baiss|hauss|grimp|chut|recul|bondi|gonfl|rehauss|ramen|"
    r"remont|descend|mont|progress|évolu|tomb|glissé|fondu|doublé|triplé)\w*(?:\s+\w+){0,2}\s+(?:de|d['’])\s*$",
    re.IGNORECASE,
)
_RANGE_OPENER_RE = re.compile(rf"(?<![\w])(?:entre|de|d{AP}){S}*$", re.IGNORECASE)
_PERIOD_RE = re.compile(
    rf"^[,]?{S}*(?:{S}*(?:d{AP}\w+|de{S}+\w+|en{S}+\w+))?{S}*"
    rf"({alternation(k.replace(chr(39), '§') for k in PERIOD_WORDS)})(?![\w])".replace("§", AP),
    re.IGNORECASE,
)
_DURATION_RE = re.compile(
    rf"^{S}*(?:[^.;:!?]{{0,40}}?{S})?(?:sur|en){S}+(?P<n>\d+|{alternation(NUMBER_WORDS)}){S}+"
    rf"(?P<unit>{alternation(DURATION_UNITS)})(?![\w])",
    re.IGNORECASE,
)
_PERIOD_NORMALIZE = {k.replace("'", "’"): v for k, v in PERIOD_WORDS.items()} | PERIOD_WORDS


def qualifier_before(text: str, start: int) -> str | None:
    """'jusqu'à 65 milliards' -> 'at_most' (reads the words just before `start`)."""
    m = _QUALIFIER_RE.search(text[max(0, start - 30) : start])
    if not m:
        return None
    return QUALIFIER_WORDS.get(m.group(1).lower().replace("’", "'"))


def range_opener_before(text: str, start: int) -> bool:
    """True for 'entre 2 et 3…' and 'de 10 à 15…' (the range reads as one amount)."""
    return bool(_RANGE_OPENER_RE.search(text[max(0, start - 10) : start]))


def period_after(text: str, end: int) -> tuple[str | None, str | None]:
    """(period, ISO duration) said right after an amount: 'par an' -> year; 'sur cinq ans' -> P5Y."""
    window = text[end : end + 80]
    period = None
    m = _PERIOD_RE.match(window)
    if m:
        period = _PERIOD_NORMALIZE.get(m.group(1).lower())
    duration = None
    d = _DURATION_RE.match(window)
    if d:
        n = parse_number(d["n"])
        unit = DURATION_UNITS[d["unit"].lower()]
        if n is not None and n == n.to_integral_value():
            duration = f"P{int(n) * 3}M" if unit == "Q" else f"P{int(n)}{unit}"
    return period, duration


def period_in(text: str) -> str | None:
    """The first recurrence phrase anywhere in `text` ('… prévoit d'investir chaque trimestre…')."""
    m = re.search(
        rf"(?<![\w])({alternation(k.replace(chr(39), '§') for k in PERIOD_WORDS if not k.startswith(('/', 'l')))})(?![\w])".replace(
            "§", AP
        ),
        text,
        re.IGNORECASE,
    )
    return _PERIOD_NORMALIZE.get(m.group(1).lower()) if m else None


def is_count_of_things(text: str, end: int) -> bool:
    """'3 millions d'utilisateurs': the scale word counts something that is not money."""
    return bool(_patterns()["count_after"].match(text, end))
