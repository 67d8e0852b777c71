"""Dates and periods in French news: find candidate spans with rules, normalize each to ISO 8601.

Pure functions. Our own grammar handles the shapes the press uses (years, months, quarters, halves,
fiscal years, intervals); dateparser, with the settings below and the publication date as its
`RELATIVE_BASE`, resolves relative expressions ("hier", "la semaine dernière", "il y a deux ans").
Without a publication date a relative expression keeps `value=None`: we never guess from today's date.

>>> parse_date("au premier trimestre 2024").value
'2024-Q1'
>>> parse_date("l'an dernier", published=dt.date(2025, 2, 3)).value
'2024'
>>> parse_date("l'an dernier").value is None
True
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.lang_fr import MONTHS, NUMBER_WORDS, ORDINAL_WORDS, PLURAL_LOOKING_WORDS, WEEKDAYS
from extractor.normalize.numbers import parse_number
from extractor.normalize.regex import APOSTROPHE, SPACE, alternation

S = SPACE
AP = APOSTROPHE

# Every dateparser call goes through these settings (plus RELATIVE_BASE per article).
DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": False,
}
DATEPARSER_LANGUAGES = ["fr"]


@dataclass(frozen=True)
class DateValue:
    value: str | None
    precision: str | None
    relative: bool = False


# Full month names; abbreviations ("févr.", "sept.") only where a day or a year vouches for them, since
# "sept" is also seven and a full name's final dot ends the sentence.
_MONTH_FULL = rf"(?:{alternation(m for m in MONTHS if len(m) > 4 or m in ('mars', 'mai', 'juin', 'août', 'aout'))})"
_MONTH = rf"(?:{_MONTH_FULL}|(?:{alternation(m for m in MONTHS if len(m) <= 4 and m not in ('mars', 'mai', 'juin', 'août', 'aout'))})\.?)"
_YEAR = r"(?:19[5-9]\d|20\d\d|21\d\d)"
_ORD = rf"(?:{alternation(ORDINAL_WORDS)})"
_NUMW = rf"(?:\d+|{alternation(NUMBER_WORDS)})"
_DAY = r"(?:1er|[12]\d|3[01]|0?[1-9])"
_WEEKDAY = rf"(?:{alternation(WEEKDAYS)})"

# The preposition or article before a quarter or a half belongs to the mention: "au premier trimestre 2024".
_PERIOD_LEAD = rf"(?:(?:au|du|le|ce|en|sur{S}+le|pour{S}+le|depuis{S}+le|dès{S}+le){S}+)?"

_DATE_PATTERNS: list[tuple[str, str]] = [
    ("interval", rf"(?:entre{S}+(?P<a>{_YEAR}){S}+et{S}+(?P<b>{_YEAR})|de{S}+(?P<c>{_YEAR}){S}+à{S}+(?P<d>{_YEAR}))"),
    ("month_interval", rf"(?<![\w])(?:entre{S}+(?P<m1>{_MONTH_FULL}){S}+et{S}+(?P<m2>{_MONTH_FULL})"
                       rf"|de{S}+(?P<m3>{_MONTH_FULL}){S}+à{S}+(?P<m4>{_MONTH_FULL}))(?:{S}+(?P<year>{_YEAR}))?(?![\w])"),
    ("day", rf"(?:(?:le|du|au|depuis{S}+le|dès{S}+le|jusqu{AP}au){S}+)?(?:{_WEEKDAY}{S}+)?(?P<day>{_DAY}){S}+(?P<month>{_MONTH})(?:{S}+(?P<year>{_YEAR}))?(?![\w])"),
    ("numeric", r"(?<![\d/.-])(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/-])"),
    ("iso", r"(?<![\d/-])(?P<year>(?:19|20)\d\d)(?P<sep>[/-])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d/-])"),
    ("quarter", rf"(?<![\w]){_PERIOD_LEAD}(?:(?P<ord>{_ORD}){S}+trimestre(?:{S}+(?:de{S}+l{AP}(?:année|exercice){S}+)?(?:fiscal{S}+)?(?P<year>{_YEAR}))?"
                rf"|[TQ](?P<q>[1-4])(?:{S}*(?P<year2>{_YEAR}|\d\d))?(?![\w]))"),
    ("half", rf"(?<![\w]){_PERIOD_LEAD}(?:(?P<ord>premier|première|second|seconde|deuxième|1er|2e|2nd){S}+semestre(?:{S}+(?P<year>{_YEAR}))?"
             rf"|[SH](?P<h>[12])(?:{S}*(?P<year2>{_YEAR}))?(?![\w]))"),
    ("fiscal", rf"(?i:exercice)(?:{S}+fiscal)?(?:{S}+(?P<y1>{_YEAR})(?:[-/](?P<y2>\d{{2,4}}))?)"),
    ("month", rf"(?:(?:début|fin|mi-|courant|en|au{S}+mois{S}+de|mois{S}+de|de|depuis|d{AP}ici){S}*)?(?P<month>{_MONTH})"
              rf"(?:{S}+(?P<year>{_YEAR}))"),
    ("month_alone", rf"(?<![\w])(?:en|d[eé]but|fin|mi-|courant|depuis|d{AP}ici|(?:au{S}+)?mois{S}+de){S}*(?P<month>{_MONTH_FULL})(?![\w])"),
    ("relative", rf"(?<![\w-])(?:(?:avant[-{S}]?)?hier|aujourd{AP}hui|(?:apr[eè]s[-{S}]?)?demain"
                 rf"|{_WEEKDAY}{S}+(?:dernier|prochain)"
                 rf"|(?:la|cette){S}+semaine{S}+(?:dernière|prochaine|passée)"
                 rf"|(?:(?:le|du|au){S}+)?mois{S}+(?:dernier|prochain|passé)|ce{S}+mois-ci"
                 rf"|l{AP}an{S}+(?:dernier|passé|prochain)|l{AP}année{S}+(?:dernière|passée|prochaine|écoulée|en{S}+cours)"
                 rf"|cette{S}+année|l{AP}an{S}+prochain|cette{S}+semaine"
                 rf"|(?:le{S}+|au{S}+)?(?:prochain{S}+trimestre|trimestre{S}+(?:prochain|dernier|précédent|suivant|en{S}+cours))"
                 rf"|(?:d{AP}ici{S}+|en{S}+|à{S}+)?(?:la{S}+|le{S}+)?(?:fin|début|milieu){S}+(?:de{S}+l{AP}année|d{AP}année)"
                 rf"|(?:cet{S}+|l{AP})(?:été|hiver|automne)(?:{S}+(?:dernier|prochain))?|(?:ce|le){S}+printemps(?:{S}+(?:dernier|prochain))?"
                 rf"|il{S}+y{S}+a{S}+{_NUMW}{S}+(?:jours?|semaines?|mois|ans|années)"
                 rf"|dans{S}+{_NUMW}{S}+(?:jours|semaines|mois|ans|années))(?![\w])"),
    # A bare weekday in news is the last such day up to publication: "a annoncé mardi".
    ("weekday", rf"(?<![\w])(?<!un{S})(?<!chaque{S})(?:(?:le|ce){S}+)?(?P<weekday>{_WEEKDAY})(?:{S}+(?:soir|matin|midi|après-midi))?(?![\w-])"),
    # "dans les années 2000", "les années 1990": a decade
    ("decade", rf"(?:(?:dans|depuis|dès|pendant|durant){S}+)?(?:les|des|aux){S}+années{S}+(?P<decade>(?:19|20)\d0)(?![\w])"),
    ("year", rf"(?:(?:d{AP}ici{S}+(?:à{S}+)?(?:la{S}+)?(?:fin{S}+(?:de{S}+)?)?|jusqu{AP}(?:à|en){S}+(?:fin{S}+)?"
             rf"|en|depuis|fin|début|courant|mi-|dès|avant|après|l{AP}année|l{AP}an|année|de|à|pour){S}*)?"
             rf"(?<![\w,.]){_YEAR}(?![\w,.]\d|\d|{S}*%|{S}*(?:€|\$|euros?|dollars?|millions?|milliards?))"),
]
_COMPILED = [(name, re.compile(pat, re.IGNORECASE)) for name, pat in _DATE_PATTERNS]
# A year right after a capitalised word is a product or an event name ("Windows 2000", "Euro 2024").
_NAME_BEFORE_YEAR = re.compile(rf"[A-Z][\w-]*{S}$")
# A bare year-shaped number before a plural noun counts things ("2025 raisons", "2 000 salariés").
_QUANTITY_AFTER_YEAR = re.compile(
    rf"^{S}*(?:[a-zéè]+{S}+)?(?:salariés|employés|personnes|emplois|unités|exemplaires)"
    rf"|^{S}+(?!(?:{alternation(PLURAL_LOOKING_WORDS)})(?![\w]))[a-zàâçéèêëîïôûù]+[sx](?![\w'’])")


def find_date_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of date candidates, non-overlapping, longest first where they overlap."""
    found: list[tuple[int, int, str]] = []
    for name, pattern in _COMPILED:
        for m in pattern.finditer(text):
            start, end = m.span()
            if name == "year":
                bare = re.fullmatch(_YEAR, m.group(0))
                if bare and (_NAME_BEFORE_YEAR.search(text[max(0, start - 30) : start])
                             or _QUANTITY_AFTER_YEAR.match(text[end : end + 40])):
                    continue
            # "T2", "S2" alone are names as often as periods: they need a year or a lead ("au T2").
            if name == "quarter" and m["q"] and not m["year2"] and m.group(0)[0] in "TQ" \
                    and not _is_period_context(text, start):
                continue
            if name == "half" and m["h"] and not m["year2"] and re.match(r"(?i)(?:[SH]|le\s)", m.group(0)):
                continue
            found.append((start, end, name))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return kept


def _is_period_context(text: str, start: int) -> bool:
    return bool(re.search(r"(?i)(?:au|du|le|ce|en|sur le)\s*$", text[max(0, start - 8) : start]))


def parse_date(text: str, *, published: dt.date | None = None) -> DateValue:
    """Normalize one date span to ISO 8601. Relative expressions need `published`."""
    return _parse_cached(" ".join(text.split()), published)


@lru_cache(maxsize=4096)
def _parse_cached(text: str, published: dt.date | None) -> DateValue:
    month = MONTHS.get(text.lower().rstrip("."))
    if month:  # "en mars": the month of the publication year
        return DateValue(f"{published.year}-{month:02d}" if published else None, "month", True)
    for name, pattern in _COMPILED:
        m = pattern.fullmatch(text)
        if m:
            try:
                return _NORMALIZERS[name](m, published)
            except (KeyError, ValueError):
                # A case-insensitive match the tables do not hold as written ("févrİer", "ſ"): no value.
                return DateValue(None, None)
    return DateValue(None, None)


def _year_of(m: re.Match[str], published: dt.date | None, key: str = "year") -> tuple[int | None, bool]:
    year = m.groupdict().get(key)
    if year:
        y = int(year)
        return (2000 + y if y < 100 else y), False
    return (published.year if published else None), True


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _norm_interval(m, published):
    a, b = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"])
    return DateValue(f"{int(a)}/{int(b)}", "interval")  # int(): "٢٠٢٤" (other digit scripts) -> 2024


def _norm_day(m, published):
    year, relative = _year_of(m, published)
    day = 1 if m["day"].lower() == "1er" else int(m["day"])
    month = _month_number(m["month"])
    if year is None:
        return DateValue(None, "day", True)
    try:
        return DateValue(dt.date(year, month, day).isoformat(), "day", relative)
    except ValueError:
        return DateValue(None, None)


def _norm_numeric(m, published):
    try:
        return DateValue(dt.date(int(m["year"]), int(m["month"]), int(m["day"])).isoformat(), "day")
    except ValueError:
        return DateValue(None, None)


def _norm_quarter(m, published):
    q = ORDINAL_WORDS[m["ord"].lower()] if m["ord"] else int(m["q"])
    year, relative = _year_of(m, published, "year" if m["ord"] else "year2")
    return DateValue(f"{year}-Q{q}" if year else None, "quarter", relative)


def _norm_half(m, published):
    h = 1 if (m["ord"] or "").lower() in ("premier", "première", "1er") else 2
    if m["h"]:
        h = int(m["h"])
    year, relative = _year_of(m, published, "year" if m["ord"] else "year2")
    return DateValue(f"{year}-H{h}" if year else None, "half", relative)


def _norm_fiscal(m, published):
    y2 = m["y2"]
    if y2:
        if len(y2) not in (2, 4):
            return DateValue(None, None)
        end = int(y2) if len(y2) == 4 else int(m["y1"][:2] + y2)
        return DateValue(f"{int(m['y1'])}/{end}", "interval")
    return DateValue(str(int(m["y1"])), "year")


def _norm_month(m, published):
    year, relative = _year_of(m, published)
    month = _month_number(m["month"])
    return DateValue(f"{year}-{month:02d}" if year else None, "month", relative)


def _norm_decade(m, published):
    return DateValue(m["decade"][:3] + "X", "decade")  # "les années 2000" -> 200X (EDTF), the 2000s


def _norm_year(m, published):
    return DateValue(str(int(re.search(_YEAR, m.group(0)).group(0))), "year")


def _norm_relative(m, published):
    text = m.group(0).lower().replace("’", "'")
    text = re.sub(r"^avant[ -]?hier", "avant-hier", re.sub(r"^apr[eè]s[ -]?demain", "après-demain", text))
    if published is None:
        return DateValue(None, _relative_precision(text), True)
    year = published.year
    if re.match(r"l'an(née)? (dernier|dernière|passé|passée|écoulée)", text):
        return DateValue(str(year - 1), "year", True)
    if re.match(r"l'an(née)? prochaine?", text):
        return DateValue(str(year + 1), "year", True)
    if text in ("cette année", "l'année en cours") or re.search(r"(fin|début|milieu) (de l'année|d'année)", text):
        return DateValue(str(year), "year", True)
    season = re.search(r"(été|hiver|automne|printemps)(?: (dernier|prochain))?", text)
    if season:
        shift = {"dernier": -1, "prochain": 1}.get(season.group(2) or "", 0)
        return DateValue(str(year + shift), "season", True)
    if "trimestre" in text:
        shift = 1 if re.search("prochain|suivant", text) else -1 if re.search("dernier|précédent", text) else 0
        index = year * 4 + (published.month - 1) // 3 + shift
        return DateValue(f"{index // 4}-Q{index % 4 + 1}", "quarter", True)
    if text == "cette semaine":
        iso = published.isocalendar()
        return DateValue(f"{iso.year}-W{iso.week:02d}", "week", True)
    month_shift = re.search(r"mois (dernier|passé|prochain)|ce mois-ci", text)
    if month_shift:
        shift = {"dernier": -1, "passé": -1, "prochain": 1}.get(month_shift.group(1) or "", 0)
        index = published.year * 12 + published.month - 1 + shift
        return DateValue(f"{index // 12}-{index % 12 + 1:02d}", "month", True)
    weekday = re.match(rf"({alternation(WEEKDAYS)}) (dernier|prochain)", text)
    if weekday:
        target = WEEKDAYS.index(weekday.group(1))
        delta = (published.weekday() - target) % 7 or 7
        day = published - dt.timedelta(days=delta) if weekday.group(2) == "dernier" else published + dt.timedelta(
            days=(target - published.weekday()) % 7 or 7)
        return DateValue(day.isoformat(), "day", True)
    ago = re.match(r"(il y a|dans) (\S+) (\w+)", text)
    if ago and ago.group(3) in ("ans", "années", "an"):
        n = parse_number(ago.group(2))
        if n is not None and 0 <= n <= 200:  # "il y a 3000 ans" is history, not a date we resolve
            return DateValue(str(year - int(n) if ago.group(1) == "il y a" else year + int(n)), "year", True)
    parsed = _dateparser(text, published)
    if parsed is None:
        return DateValue(None, None, True)
    precision = _relative_precision(text)
    if precision == "month":
        return DateValue(f"{parsed.year}-{parsed.month:02d}", "month", True)
    if precision == "week":
        iso = parsed.isocalendar()
        return DateValue(f"{iso.year}-W{iso.week:02d}", "week", True)
    return DateValue(parsed.isoformat(), "day", True)


def _norm_month_interval(m, published):
    first, last = (m["m1"], m["m2"]) if m["m1"] else (m["m3"], m["m4"])
    year, relative = _year_of(m, published)
    if year is None:
        return DateValue(None, "interval", True)
    return DateValue(f"{year}-{_month_number(first):02d}/{year}-{_month_number(last):02d}", "interval", relative)


def _norm_weekday(m, published):
    if published is None:
        return DateValue(None, "day", True)
    target = WEEKDAYS.index(m["weekday"].lower())
    day = published - dt.timedelta(days=(published.weekday() - target) % 7)
    return DateValue(day.isoformat(), "day", True)


def _relative_precision(text: str) -> str:
    if "semaine" in text:
        return "week"
    if "mois" in text:
        return "month"
    if re.search(r"\ban\b|année|ans\b", text):
        return "year"
    return "day"


@lru_cache(maxsize=1024)
def _dateparser(text: str, published: dt.date) -> dt.date | None:
    import dateparser  # imported lazily: it is slow to import and only relative dates need it

    settings = dict(DATEPARSER_SETTINGS, RELATIVE_BASE=dt.datetime.combine(published, dt.time()))
    result = dateparser.parse(text, languages=DATEPARSER_LANGUAGES, settings=settings)
    return result.date() if result else None


_NORMALIZERS = {
    "interval": _norm_interval,
    "day": _norm_day,
    "numeric": _norm_numeric,
    "iso": _norm_numeric,
    "quarter": _norm_quarter,
    "half": _norm_half,
    "fiscal": _norm_fiscal,
    "month": _norm_month,
    "month_alone": _norm_month,
    "relative": _norm_relative,
    "weekday": _norm_weekday,
    "month_interval": _norm_month_interval,
    "decade": _norm_decade,
    "year": _norm_year,
}
