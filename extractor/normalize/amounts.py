"""Monetary amounts in French text: find them, parse them, read their context. Pure functions.

`find_amount_spans(text)` locates candidates; `parse_amount(span_text)` turns one into numbers and an ISO
currency; `resolve_amounts(text, spans)` gives every amount its value, its currency (carried from the amount
said before for "75 milliards de dollars…, jusqu'à 65 milliards"), its qualifier and its period, reading the
words around it with `qualifier_before`, `period_before` and `period_after`.

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
    MONEY_CUE_STEMS,
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
MONEY_PART = "MONEY_PART"  # "Sur ces 78 milliards de dollars, 53 l'ont été…": a part, in the unit of the whole
AMOUNT_LABELS = (MONEY, MONEY_BARE, MONEY_FROM, MONEY_PART)
# How far back (characters) a currency said earlier still applies to "jusqu'à 65 milliards".
CURRENCY_CARRY_WINDOW = 600

HALF_WORDS = {"demi-milliard": Decimal(5) * 10**8, "demi-million": Decimal(5) * 10**5}
# Largest value we accept; beyond it the "amount" is noise (or an attack) and is dropped.
MAX_VALUE = Decimal(10) ** 18


@dataclass(frozen=True)
class ParsedAmount:
    value: Decimal | None
    currency: str | None
    value_max: Decimal | None = None
    scale: Decimal | None = None  # the factor of its scale word or abbreviation: 10**9 for "milliards"


@dataclass(frozen=True)
class AmountSpan:
    start: int
    end: int
    label: str  # one of AMOUNT_LABELS


@dataclass(frozen=True)
class ResolvedAmount:
    """An amount with everything its words say: what the money component stores and the record shows."""
    start: int
    end: int
    value: Decimal
    currency: str | None
    currency_inferred: bool
    qualifier: str
    value_max: Decimal | None
    period: str | None
    duration: str | None


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
        "bare_range": re.compile(
            rf"{lo}{S}*(?P<conn>-|–|(?i:à|et)){S}*(?P<num>{number}){S}+(?P<scale>{scale_word})(?P<half>{half})?(?![\w])"),
        # "Sur ces 78 milliards de dollars investis, 53 l'ont été par…": the part is a bare number before a word.
        "part": re.compile(rf"[^.;!?]{{0,80}}?,{S}*(?P<num>\d+(?:,\d+)?)(?![\d,.]){S}+(?=[a-zà-ÿ])"
                           rf"(?!(?:{scale_word}|%|pour|{name})(?![\w]))"),
        # "3 millions d'utilisateurs" counts things; "614 millions de marge" is money all the same, and so is
        # "aux 38,7 millions de la même période" (things counted take no article).
        "count_after": re.compile(
            rf"{S}+(?:de|d{AP}){S}*(?!{name})(?!(?:{alternation(MONEY_NOUNS)}|plus|moins)(?![\w]))(?!(?:la|le){S}|l{AP})"
            rf"[^\W\d]", re.IGNORECASE),
    }


# A name right before a number: "iPhone 16", "Nova 5" (a model number, not the low bound of a range)
_MODEL_NAME_BEFORE = re.compile(r"(?<![\w])(?:[A-Z]|[a-z]+[A-Z])[\w-]*[ \u00a0]$")


def find_amount_spans(text: str) -> list[AmountSpan]:
    """Non-overlapping amount candidates, in text order; longest wins where candidates overlap."""
    pats = _patterns()
    found: list[AmountSpan] = []
    for m in pats["range"].finditer(text):
        # "2-3 Md$" is a range by itself, and so is "110 à 120 millions d'euros"; "16 et 999 euros" is one only
        # after "entre".
        opener = range_opener_before(text, m.start())
        if not (m["conn"] in "-–" or opener or m["conn"] == "à" and not (m["loabbr"] or m["loscale"])
                and _ascending(m["lo"], m["num"]) and not _MODEL_NAME_BEFORE.search(text, max(0, m.start() - 30),
                                                                                      m.start())):
            continue  # "le Nova 5 à 449 euros": the 5 is the model's number, 449 euros its price
        if m["conn"] == "à" and opener and change_before(text, m.start()):
            # A change, not a range: two amounts, the first one taking its unit from the second.
            found.append(AmountSpan(m.start("lo"), m.end("lo") if not m["loscale"] and not m["loabbr"]
                                    else m.start("conn"), MONEY_FROM))
            found.append(AmountSpan(m.start("num"), m.end(), MONEY))
        else:
            found.append(AmountSpan(m.start(), m.end(), MONEY))
    for kind in ("compound", "suffix", "prefix", "subunit"):
        for m in pats[kind].finditer(text):
            if kind == "compound" and (m["abbr"] or m["scale"]):
                continue  # "0,5 Md€ et 12,5 %": hundredths never follow a scaled amount
            found.append(AmountSpan(m.start(), m.end(), MONEY))
    for m in pats["bare_range"].finditer(text):
        # "de 800 à 830 millions", and "contre 800 à 830 millions" with no opener, as for a currency said
        ascending = m["conn"] == "à" and not (m["loabbr"] or m["loscale"]) and _ascending(m["lo"], m["num"]) \
            and not _MODEL_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if (m["conn"] in "-–" or ascending or range_opener_before(text, m.start())) \
                and not change_before(text, m.start()) and not is_count_of_things(text, m.end()):
            found.append(AmountSpan(m.start(), m.end(), MONEY_BARE))
    for m in pats["bare"].finditer(text):
        if not is_count_of_things(text, m.end()):
            found.append(AmountSpan(m.start(), m.end(), MONEY_BARE))
    kept = _longest_first(found)
    parts = [AmountSpan(m.start("num"), m.end("num"), MONEY_PART) for span in kept if span.label != MONEY_FROM
             and _PART_OPENER_RE.search(text, max(0, span.start - 12), span.start)
             for m in [pats["part"].match(text, span.end)] if m]
    return _longest_first(kept + parts) if parts else kept


def _longest_first(found: list[AmountSpan]) -> list[AmountSpan]:
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[AmountSpan] = []
    for span in found:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _ascending(low: str, high: str) -> bool:
    """'110' before '120': the two numbers of "110 à 120 millions" read as a range."""
    lo, hi = parse_number(low), parse_number(high)
    return lo is not None and hi is not None and lo < hi


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


def _factor(abbr: str | None, scale: str | None) -> Decimal | None:
    if abbr:
        return SCALE_ABBREVIATIONS[abbr]
    return _scale_value(scale) if scale else None


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
            return ParsedAmount(_safe(units + hundredths / 100), _currency(m))
    m = pats["subunit"].fullmatch(text)
    if m:
        hundredths = parse_number(m["num"])
        value = hundredths / 100 if hundredths is not None else None
        return ParsedAmount(_safe(value), lookup_subunit(m["subname"]))
    for kind in ("range", "bare_range"):
        m = pats[kind].fullmatch(text)
        if m:
            return _parse_range(m)
    for kind in ("suffix", "prefix"):
        m = pats[kind].fullmatch(text)
        if m:
            value = _scaled(m["num"], m["abbr"], m["scale"], m["half"])
            return ParsedAmount(_safe(value), _currency(m), None, _factor(m["abbr"], m["scale"]))
    m = pats["bare"].fullmatch(text)
    if m:
        return ParsedAmount(_safe(_scaled(m["num"], None, m["scale"], m["half"])), None, None,
                            _factor(None, m["scale"]))
    return ParsedAmount(None, None)


def _parse_range(m: re.Match[str]) -> ParsedAmount:
    hi = _scaled(m["num"], m.groupdict().get("abbr"), m["scale"], m["half"])
    abbr = m.groupdict().get("abbr")
    if m["loabbr"] or m["loscale"]:
        lo = _scaled(m["lo"], m["loabbr"], m["loscale"], None)
    else:
        lo = parse_number(m["lo"])
        hi_number = parse_number(m["num"])
        # "entre 2 et 3 milliards", "de 3 à 2 milliards": the low bound shares the scale;
        # "de 500 000 à 2 millions" does not.
        if lo is not None and hi_number is not None and (lo <= hi_number or lo < 1000):
            lo = _scaled(m["lo"], abbr, m["scale"], None)
    return ParsedAmount(_safe(lo), _currency(m), _safe(hi), _factor(abbr, m["scale"]))


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
_MONEY_NOUN_AFTER_RE = re.compile(
    rf"{S}+(?:de|d{AP}){S}*(?:{alternation(k.replace(chr(39), '§') for k in MONEY_NOUNS)})(?![\w])".replace("§", AP),
    re.IGNORECASE)
_PART_OPENER_RE = re.compile(rf"(?<![\w])[Ss]ur{S}+(?:ces|les){S}+$")
# Within its clause before a bare amount, a word of money: "le projet coûte 3 milliards".
_MONEY_CUE_RE = re.compile(
    rf"(?<![\w])(?:{alternation(k.replace(chr(39), '§') for k in MONEY_CUE_STEMS)})[^.;!?]{{0,80}}$".replace(
        "§", AP), re.IGNORECASE)
# An anaphor opening the sentence after an amount: "26,3 milliards. C'est la somme qu'Amazon investira…".
_ANAPHORIC_AMOUNT = re.compile(rf"^\W*(?:c{AP}est|ce{S}|cette|il{S}s{AP}agit)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)")
_PERIOD_RE = re.compile(
    rf"^[,]?{S}*(?:{S}*(?:d{AP}\w+|de{S}+\w+|en{S}+\w+))?{S}*"
    rf"({alternation(k.replace(chr(39), '§') for k in PERIOD_WORDS)})(?![\w])".replace("§", AP),
    re.IGNORECASE,
)
_DURATION_RE = re.compile(
    rf"^{S}*(?:[^.;:!?]{{0,40}}?{S})?(?:sur|en|pendant|durant){S}+(?P<n>\d+|{alternation(NUMBER_WORDS)}){S}+"
    rf"(?P<unit>{alternation(DURATION_UNITS)})(?![\w])",
    re.IGNORECASE,
)
_PERIOD_BEFORE_RE = re.compile(
    rf"(?<![\w])({alternation(k for k in PERIOD_WORDS if k.startswith(('chaque ', 'par ')))})"
    rf"{S}*,?(?:{S}+[^\W\d][\w'’-]*){{0,4}}{S}+$",
    re.IGNORECASE,
)
_PERIOD_NORMALIZE = {k.replace("'", "’"): v for k, v in PERIOD_WORDS.items()} | PERIOD_WORDS


def qualifier_before(text: str, start: int) -> str | None:
    """'jusqu'à 65 milliards' -> 'at_most' (reads the words just before `start`)."""
    m = _QUALIFIER_RE.search(text[max(0, start - 30) : start])
    if not m:
        return None
    return QUALIFIER_WORDS.get(m.group(1).lower().replace("’", "'"))


def change_before(text: str, start: int) -> bool:
    """True for 'passé de 200 à…', 'abaissé de 24 à…': a change from one value to another, not a range."""
    return bool(_CHANGE_BEFORE_RE.search(text[max(0, start - 40) : start]))


def range_opener_before(text: str, start: int) -> bool:
    """True for 'entre 2 et 3…' and 'de 10 à 15…' (the range reads as one amount)."""
    return bool(_RANGE_OPENER_RE.search(text[max(0, start - 10) : start]))


def period_before(text: str, start: int) -> str | None:
    """'chaque année 110 à 120 millions d'euros' -> 'year': a recurrence said just before an amount, a comma
    and up to four words apart at most."""
    m = _PERIOD_BEFORE_RE.search(text, max(0, start - 80), start)
    return _PERIOD_NORMALIZE.get(m.group(1).lower()) if m else None


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


def money_cue_around(text: str, start: int, end: int) -> bool:
    """True when a word of money comes before the amount in its clause ('le projet coûte 3 milliards') or
    names it right after ('60 milliards de chiffre d'affaires')."""
    return bool(_MONEY_CUE_RE.search(text, max(0, start - 120), start) or _MONEY_NOUN_AFTER_RE.match(text, end))


@lru_cache(maxsize=1)
def _money_of_re() -> re.Pattern[str]:
    """A currency and "de" just before a noun: "40 milliards de dollars de | ventes" (money, not things counted)."""
    return re.compile(rf"(?:{name_pattern()}|{symbol_pattern()}){S}+(?:de|d{AP}){S}*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _count_nouns_re() -> re.Pattern[str]:
    """Nouns of counted things near a bare amount ("abonnés", "utilisateurs"), as one compiled pattern."""
    from extractor.resources import word_list

    return re.compile(rf"(?<![\w])(?:{alternation(word_list('count_nouns'))})(?![\w])")


def period_of_next_sentence(text: str, end: int) -> str | None:
    """'26,3 milliards de dollars. C'est la somme qu'Amazon prévoit d'investir chaque trimestre': an amount
    that closes its sentence takes the recurrence of the next one when that one opens with an anaphor."""
    stop = _SENTENCE_END.match(text, end + len(text[end:]) - len(text[end:].lstrip(" \u00a0\u202f»\"”)")))
    if stop is None:
        return None
    following = text[stop.end() : stop.end() + 300].lstrip()
    if not _ANAPHORIC_AMOUNT.match(following):
        return None
    sentence_end = _SENTENCE_END.search(following)
    return period_in(following[: sentence_end.end() if sentence_end else len(following)])


def resolve_amounts(text: str, spans: list[AmountSpan]) -> list[ResolvedAmount]:
    """Every amount span's value, currency, qualifier, range bound, period and duration, in text order.

    Precedence of the currency of an amount written without one, as an ordered list:
    1. counted things named just before it ("le nombre d'abonnés atteint 3 millions"): not money, dropped;
    2. the last currency said within CURRENCY_CARRY_WINDOW characters before it (inferred);
    3. when a word of money goes with it, the last currency said anywhere before it, else the first one said
       after it (inferred), else none (null);
    4. otherwise it is dropped. So is a span whose number cannot be read.

    >>> text = "Google investit 75 milliards de dollars, Meta jusqu'à 65 milliards par an."
    >>> [(str(a.value), a.currency, a.currency_inferred, a.qualifier, a.period)
    ...  for a in resolve_amounts(text, find_amount_spans(text))]
    [('75000000000', 'USD', False, 'exact', None), ('65000000000', 'USD', True, 'at_most', 'year')]
    """
    parsed = _parse_spans(text, spans)
    written = [(span.end, amount.currency) for span, amount in zip(spans, parsed) if amount.currency is not None
               and span.label != MONEY_FROM]
    out: list[ResolvedAmount] = []
    last_currency: tuple[str, int] | None = None  # (ISO code, end offset) of the last currency said or carried
    for index, (span, amount) in enumerate(zip(spans, parsed)):
        if amount.value is None:
            continue
        currency, inferred = amount.currency, False
        if currency is None and span.label in (MONEY_BARE, MONEY_PART):
            if any(not _money_of_re().search(text, max(0, m.start() - 40), m.start())
                   for m in _count_nouns_re().finditer(text, max(0, span.start - 60), span.start)):
                continue  # (not the noun of an amount: "40 milliards de dollars de ventes, contre 32 milliards")
            if last_currency is not None and span.start - last_currency[1] <= CURRENCY_CARRY_WINDOW:
                currency, inferred = last_currency[0], True
            elif span.label == MONEY_PART or money_cue_around(text, span.start, span.end):
                later = next((code for end, code in written if end > span.end), None)
                currency = last_currency[0] if last_currency is not None else later
                inferred = currency is not None
            else:
                continue
        if currency is not None:
            last_currency = (currency, span.end)
        # The starting amount of a change has the unit and the period said after the final one.
        end = spans[index + 1].end if span.label == MONEY_FROM and index + 1 < len(spans) else span.end
        period, duration = period_after(text, end)
        period = period or period_before(text, span.start) or period_of_next_sentence(text, span.end)
        out.append(ResolvedAmount(
            start=span.start, end=span.end, value=amount.value, currency=currency, currency_inferred=inferred,
            qualifier="range" if amount.value_max is not None else (qualifier_before(text, span.start) or "exact"),
            value_max=amount.value_max, period=period, duration=duration,
        ))
    return out


def _parse_spans(text: str, spans: list[AmountSpan]) -> list[ParsedAmount]:
    """The numbers of each span: a change's start read with its end ("de 200 à 1 400 euros"), a part in the
    scale of the amount before it ("Sur ces 78 milliards…, 53")."""
    parsed: list[ParsedAmount] = []
    last_scale: Decimal | None = None
    for index, span in enumerate(spans):
        if span.label == MONEY_FROM and index + 1 < len(spans):
            whole = parse_amount(text[span.start : spans[index + 1].end])
            amount = ParsedAmount(whole.value, whole.currency, None, whole.scale)
        elif span.label == MONEY_PART:
            number = parse_number(text[span.start : span.end])
            amount = ParsedAmount(_safe(number * last_scale) if number is not None and last_scale else None, None)
        else:
            amount = parse_amount(text[span.start : span.end])
        last_scale = amount.scale or last_scale
        parsed.append(amount)
    return parsed
