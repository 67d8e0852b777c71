"""Dates and periods in French news: find spans with our own grammar, normalize each to ISO 8601.

Pure functions, in two steps that share one analysis:

1. **Atoms.** One regex per shape (`_ATOMS`): a day ("le 3 février 2025", "03/02/25", "le 27"), a month,
   a quarter, a year, a decade, a weekday ("mardi prochain"), a relative expression ("hier", "les 12
   derniers mois", "la veille"), a clock time ("à 15h30", which is never a mention on its own).
2. **Joins.** Neighbouring atoms become one mention: a date and its time ("le 2 mars à 5h"), two dates
   around "au", "à", "jusqu'à", "-" or "entre … et" (an interval: "du 3 au 5 mars"), a relative day and
   the date it counts from ("le lendemain du 13 février").

`find_date_spans` returns the mentions; `parse_date` reads one mention's text with the same analysis. The
grammar matches on a folded copy of the text (accents, apostrophes, dashes and spaces folded one character
for one, so offsets never move), which lets "derniere", "fevrier" and "aout" match as their accented forms.

How each shape resolves (docs/dates.md has the full table):

- Absolute shapes ("le 3 février 2025", "T1 2024", "les années 2000" -> 200X) need no publication date.
- A shape without its year ("le 3 février", "en mars", "le 27") takes the publication year (and month);
  without a publication date its value is null and `relative` is true. We never guess from today's date.
- "la veille", "le lendemain", "deux jours plus tard" count from the last day named before them in the
  text (`anchor`), else from the publication date.
- An interval gives its first bound as `value` and its last as `value_max` ("du 3 au 5 mars 2025" ->
  2025-03-03, 2025-03-05), the way amounts give a range. A clock time makes the value a datetime
  ("2025-03-02T05:00:00", precision hour or minute).
- dateparser (with the publication date as `RELATIVE_BASE`) only normalizes relative spans we found
  ("il y a trois jours"); it never finds spans, since `search_dates` reads "26,3" and "40%" as dates.

>>> parse_date("au premier trimestre 2024").value
'2024-Q1'
>>> parse_date("l'an dernier", published=dt.date(2025, 2, 7)).value
'2024'
>>> parse_date("l'an dernier").value is None
True
>>> d = parse_date("du 3 au 5 mars 2025"); (d.value, d.value_max, d.precision)
('2025-03-03', '2025-03-05', 'day')
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from extractor.lang_fr import MONTHS, NUMBER_WORDS, ORDINAL_WORDS, PLURAL_LOOKING_WORDS, WEEKDAYS
from extractor.normalize.numbers import parse_number
from extractor.normalize.regex import alternation, finditer_in, merged_windows, windows_around

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
    value_max: str | None = None
    counted: bool = False  # counted from another date ("la veille"): never an anchor itself


# ----------------------------------------------------------------------------------------------- folding

_FOLD_EXTRA = {
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " ",
    "’": "'", "‘": "'", "ʼ": "'", "´": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
}


def _fold_char(char: str) -> str:
    if char in _FOLD_EXTRA:
        return _FOLD_EXTRA[char]
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isalpha() and base.isascii() else char


_FOLD_TABLE = {code: _fold_char(chr(code)) for code in range(0x80, 0x2100) if _fold_char(chr(code)) != chr(code)}
_FOLD_TABLE.update({ord(k): v for k, v in _FOLD_EXTRA.items()})


def fold(text: str) -> str:
    """Accents, apostrophes, dashes and spaces folded one character for one: offsets stay valid.

    >>> fold("l’été dernier, début février")
    "l'ete dernier, debut fevrier"
    """
    return text.translate(_FOLD_TABLE)


def _words(words) -> str:
    return alternation({fold(w) for w in words})


# ----------------------------------------------------------------------------------------------- tables

_MONTH_NUMBER = {fold(name): number for name, number in MONTHS.items()} | {
    "jan": 1, "fevr": 2, "fev": 2, "mar": 3, "jun": 6, "jul": 7, "sep": 9}
_FULL_MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                "novembre", "decembre")
_ABBREVIATIONS = sorted(set(_MONTH_NUMBER) - set(_FULL_MONTHS))
_WEEKDAY_ABBREVIATIONS = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
_ORDINALS = {fold(word): number for word, number in ORDINAL_WORDS.items()} | {
    "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10}

_MONTH_FULL = rf"(?:{_words(_FULL_MONTHS)})"
_MONTH_ABBR = rf"(?:{_words(_ABBREVIATIONS)})\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_YEAR = r"(?:19[5-9]\d|20\d\d|21\d\d)"  # a bare year: 1950-2199 ("1500 salariés" is a count)
_YEAR_WITH_MONTH = r"(?:1\d\d\d|20\d\d|21\d\d)"  # beside a month any four-digit year reads as one
_YEAR2_AT_END = r"\d\d(?=\s*(?:$|[.,;:!?)\n]))"  # "juillet 98", "le 1er avril 78." (never "mai 20 salariés")
_UNITS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_DAY_WORDS = (
    ["premier", *_UNITS[1:], "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "trente",
     "vingt"]
    + [f"dix{sep}{u}" for sep in "- " for u in ("sept", "huit", "neuf")]
    + [f"{tens}{sep}et{sep}un" for tens in ("vingt", "trente") for sep in "- "]
    + [f"vingt{sep}{u}" for sep in "- " for u in _UNITS[1:]]
)
_DAY_NUM = r"(?:1er|[12]\d|3[01]|0?[1-9])(?:eme|e)?"
_DAY = rf"(?:{_DAY_NUM}|{_words(_DAY_WORDS)})"
_WEEKDAY = rf"(?:{_words(WEEKDAYS)})"
_WEEKDAY_SHORT = rf"(?:{_WEEKDAY}|(?:{_words(_WEEKDAY_ABBREVIATIONS)})\.?)"
_ORD = rf"(?:{_words(_ORDINALS)})"
_NUMW = rf"(?:\d+|(?:{_words(NUMBER_WORDS)})(?:[- ](?:et[- ])?(?:{_words(NUMBER_WORDS)}))*)"
_END = r"(?![\w])"
_START = r"(?<![\w])"

# Words before a day that belong to the mention: "le 3 mars", "du 3 au 5", "jusqu'au 30 juin".
_DAY_LEAD = r"(?:(?:le|du|au|ce|depuis le|des le|jusqu'au|a partir du|avant le|apres le|pour le|d'ici au) +)?"
# "la semaine du 3 mars" is that week.
_WEEK_OF = r"(?P<week_of>(?:la +)?semaine +du +)?"
_MONTH_REL = r"(?:(?:de +)?(?:ce|cette) +mois(?:-ci)?|(?:du +|le +)?mois +(?:prochain|dernier|passe|suivant))"

_CLOCK = (
    r"(?:(?P<h>[01]?\d|2[0-3]) *(?:h|heures?)(?: *(?P<mi>[0-5]\d))?(?: *(?:min|mn))?(?![\w])"
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?::(?P<s2>[0-5]\d))?(?: *(?P<ampm2>am|pm))?(?![\w])"
    r"|(?P<h3>1[0-2]|0?[1-9]) *(?P<ampm3>am|pm)(?![\w])"
    rf"|(?:(?P<hw>(?:{_words(NUMBER_WORDS)})(?:-\w+)*) +heures?|(?P<noon>midi|minuit))"
    rf"(?: +(?:et +(?P<plus>quart|demie?|{_NUMW})|moins +(?:le +)?(?P<minus>quart|{_NUMW})|(?P<mw>trois quarts|{_NUMW}))"
    rf"(?: +minutes?)?)?(?![\w]))"
    r"(?: +(?P<part>du matin|du mat|du soir|de l'apres-midi|dans la soiree|dans la matinee|de l'aprem))?"
)
_CLOCK_LEAD = r"(?:(?:a|vers|des|avant|apres|jusqu'a|aux alentours de|autour de|a environ|plutot vers|environ) +)?"
_CONNECTOR = r"(?:au|a|jusqu'(?:a|au|en)|et|-|/)"
_CLOCK_UNNAMED = re.sub(r"\(\?P<\w+>", "(?:", _CLOCK)

# (name, pattern); the name picks the normalizer. Longest match wins where atoms overlap.
_ATOM_PATTERNS: list[tuple[str, str]] = [
    ("day_range", rf"{_START}(?:(?:du|de|entre|depuis|a partir du) +)?(?:le +)?(?P<d1>{_DAY_NUM}) *(?:au|a|jusqu'(?:a|au)|et|-) *"
                  rf"(?:le +)?(?P<d2>{_DAY_NUM})(?: +de)? +(?:(?P<month>{_MONTH})|(?P<month_rel>{_MONTH_REL}))"
                  rf"(?:(?: *,)? +(?P<year>{_YEAR_WITH_MONTH}))?{_END}"),
    ("month_day_range", rf"{_START}(?P<month>{_MONTH}) +(?:entre +)?(?P<d1>{_DAY_NUM}) *(?:au|a|jusqu'(?:a|au)|et|-) *"
                        rf"(?P<d2>{_DAY_NUM})(?:(?: *,)? +(?P<year>{_YEAR_WITH_MONTH}))?(?![\w/-])"),
    ("day", rf"{_START}{_WEEK_OF}{_DAY_LEAD}(?:(?P<weekday>{_WEEKDAY_SHORT}),? +)?(?P<day>{_DAY})(?: +de)? *"
            rf"(?:(?P<month>{_MONTH})|(?P<month_rel>{_MONTH_REL}))"
            rf"(?:(?: *,)? +(?:de +)?(?P<year>{_YEAR_WITH_MONTH})|(?: +|')(?P<year2>{_YEAR2_AT_END})|(?: +(?P<shift>prochain|dernier)))?{_END}"),
    ("month_first", rf"{_START}(?P<month>{_MONTH})(?:\.? *(?P<sep>[-/]) *|\.? +)(?P<day>{_DAY})"
                    rf"(?:(?: *,)? +(?:de +)?(?P<year>{_YEAR_WITH_MONTH})|(?P=sep)(?P<year_b>{_YEAR_WITH_MONTH}))?(?![\w/-])"),
    ("mixed", rf"(?<![\w/-])(?P<a>\d{{1,4}}|{_MONTH})(?P<sep>[-/])(?P<b>\d{{1,4}}|{_MONTH})(?:(?P=sep)(?P<c>\d{{1,4}}|{_MONTH}))?(?![\w/-])"),
    ("numeric", r"(?<![\d/.,-])(?P<d>\d{1,2})(?P<sep>[/.-]) ?(?P<m>\d{1,2})(?:(?P=sep)|,) ?(?P<y>\d{4}|\d\d)(?![\d/-]|[.,]\d)"),
    ("spaced", r"(?<![\d,.])(?<!\d )(?P<d>[0-3]?\d) (?P<m>[01]?\d) (?P<y>(?:19|20)\d\d|\d\d)(?! ?\d)(?![.,]\d)"),
    ("iso", r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d/-]|[.,]\d)"),
    ("day_month_numeric", r"(?<![\d/.,-])(?P<lead>(?:le|du|au|sur|depuis le|des le|avant le|apres le|jusqu'au) +)?"
                          r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/]|[.,]\d)"),
    ("year_month_numeric", r"(?<![\d/.,-])(?:(?P<y>(?:19|20)\d\d) *(?P<sep>[-/.]) *(?P<m>\d{1,2})|(?P<m2>\d{1,2}) *[-/] *(?P<y2>(?:19|20)\d\d))"
                           r"(?![\d/-]|[.,]\d)"),
    ("quarter", rf"{_START}(?:(?:au|du|le|ce|en|sur +le|pour +le|depuis +le|des +le) +)?"
                rf"(?:(?P<ord>{_ORD}) +(?:trimestre|quart)(?: +(?:de +l'(?:annee|exercice) +|de +)?(?:fiscal +)?(?P<year>{_YEAR}))?"
                rf"|[tq](?P<q>[1-4])(?: *(?P<year2>{_YEAR}|\d\d))?{_END})"),
    ("half", rf"{_START}(?:(?:au|du|le|ce|en|sur +le|pour +le|depuis +le|des +le) +)?"
             rf"(?:(?P<ord>premier|premiere|second|seconde|deuxieme|1er|2e|2nd) +semestre(?: +(?:de +)?(?P<year>{_YEAR}))?"
             rf"|[sh](?P<h>[12])(?: *(?P<year2>{_YEAR}))?{_END})"),
    ("week_of_year", rf"{_START}(?:la|le) +(?P<ord>{_ORD}) +semaine +(?:de +(?:l'annee +)?)?(?P<year>{_YEAR}){_END}"),
    ("fiscal", rf"(?i:exercice)(?: +fiscal)?(?: +(?P<y1>{_YEAR})(?:[-/](?P<y2>\d{{2,4}}))?)"),
    ("month", rf"{_START}(?:(?:debut|fin|mi-|courant|en|au +mois +de|du +mois +de|le +mois +de|mois +de|de|d'|depuis|d'ici|ce|cette|des|jusqu'en) *)?"
              rf"(?P<month>{_MONTH})(?:,? +(?P<year>{_YEAR_WITH_MONTH})|(?: +|')(?P<year2>{_YEAR2_AT_END})){_END}"),
    ("month_alone", rf"{_START}(?:(?P<lead>en|debut|fin|mi-|courant|depuis|d'ici|des|jusqu'en|a partir de|avant|apres|dans|(?:au +|du +|le +)?mois +de|(?:ce|cette)|prochain|dernier)"
                    rf" *(?P<month>{_MONTH_FULL}|{_MONTH_ABBR})(?: +(?P<shift>prochain|dernier|passe))?"
                    rf"|(?P<bare>{_MONTH_FULL})(?: +(?P<shift2>prochain|dernier|passe))?){_END}(?!\.? *\d)"),
    ("relative_range", rf"{_START}(?:(?:au cours|lors|pendant|durant) +(?:des|de ces) +|(?:les|ces|des) +)?"
                       rf"(?:(?P<n>{_NUMW}) +(?P<way>prochain|derniers?|dernieres?|precedents?|precedentes?|prochains|prochaines) +(?P<unit>jours|semaines|mois|annees|ans)"
                       rf"|(?P<way2>derniers?|dernieres?|prochains?|prochaines?) +(?P<n2>{_NUMW}) +(?P<unit2>jours|semaines|mois|annees|ans)){_END}"),
    ("anchored", rf"{_START}(?<!jusqu'au )(?<!jusqu'a )(?:(?:la|l') *(?P<back>veille|avant-veille)|(?:le +)?(?P<next>lendemain|surlendemain)"
                 rf"|(?:le +)?jour +(?P<jour>suivant|precedent|d'avant|d'apres)|un +jour +(?P<one>apres|plus tard|avant|plus tot)"
                 rf"|(?P<n>{_NUMW}) +(?P<unit>jours|semaines|mois|ans|annees) +(?P<way>plus tard|apres|auparavant|plus tot|avant)(?! +(?:l[ae']|les|de|du|d'|son|sa|ses|leur|que|qu'|[a-z]+ion)))"
                 rf"{_END}"),
    ("relative", rf"(?<![\w-])(?:(?:(?:avant[- ]?)?hier|aujourd'hui|(?:apres[- ]?)?demain)(?: +(?:matin|soir|midi|apres-midi|nuit))?"
                 rf"|(?:ce|cette) +(?:matin|soir|nuit|apres-midi)"
                 rf"|la +semaine +(?:derniere|prochaine|passee|suivante|precedente|qui suit|d'apres)|(?:cette|dans +la) +semaine"
                 rf"|(?:(?:le|du|au) +)?mois +(?:dernier|prochain|passe|suivant)|ce +mois-ci|(?:ce|cette) +mois(?![\w-]| +(?:ou|qui|que|qu'|la|de|d')\b)|prochain +mois"
                 rf"|l'an +(?:dernier|passe|prochain)|l'annee +(?:derniere?|passee|prochaine|ecoulee|en +cours)"
                 rf"|cette +annee"
                 rf"|(?:le +|au +)?(?:prochain +trimestre|trimestre +(?:prochain|dernier|precedent|suivant|en +cours))"
                 rf"|(?:d'ici +|en +|a +)?(?:la +|le +)?(?:fin|debut|milieu) +(?:de +l'annee|d'annee)"
                 rf"|(?:(?:cet|cette|l'|a +l'|au|en|le|ce|prochain|dernier|derniere) *)(?:ete|hiver|automne|printemps)(?: +(?:dernier|prochain|(?P<season_year>{_YEAR})))?"
                 rf"|(?:ce|le) +week-?end(?: +(?:dernier|prochain))?|ce +weekend"
                 rf"|il +y ?a +{_NUMW} +(?:jours?|semaines?|mois|ans|annees)"
                 rf"|dans +(?:{_NUMW} +(?:jours|semaines|mois|ans|annees)|une? +(?:jour|semaine|mois|an|annee)))(?![\w])"),
    # A bare weekday in news is the last such day up to publication: "a annoncé mardi".
    ("weekday", rf"(?<![\w])(?<!un )(?<!chaque )(?:(?P<this>le|ce|cette) +)?(?P<weekday>{_WEEKDAY})"
                rf"(?: +(?P<day>{_DAY_NUM})(?= *(?:$|[.,;:!?)](?!\d)| a | vers | de | entre | \d{{1,2}} ?h)))?"
                rf"(?: +(?:matin|soir|midi|apres-midi|soiree|matinee|dans la matinee|dans la soiree|dans le matin))?"
                rf"(?: +(?P<rel>prochain|dernier|suivant|d'apres|precedent|en +(?:huit|8|quinze|15)"
                rf"|(?:de +)?(?:la|cette) +semaine(?: +(?:prochaine?|suivante|derniere?|passee|precedente|d'apres|qui suit))?))?"
                rf"(?![\w-])"),
    # "le 27": a day of the month alone, only where nothing after it makes it a rank or a count
    ("day_alone", rf"{_START}(?:(?:le|pour +le|depuis +le|des +le|jusqu'au|avant +le) +)(?P<day>[12]\d|3[01]|0?[1-9]|{_words(w for w in _DAY_WORDS if w != 'premier')})"
                  rf"(?= *(?:$|[.,;:!?)](?!\d)| (?:a|vers|de|entre|au|jusqu'a|jusqu'au) +(?:\d|midi|minuit)| \d{{1,2}} ?h))"),
    ("nth_weekday", rf"{_START}(?:le +)?(?P<nth>premier|deuxieme|second|troisieme|quatrieme|dernier) +(?P<weekday>{_WEEKDAY})"
                    rf" +(?:(?:de|d') *(?P<month>{_MONTH_FULL})(?: +(?P<year>{_YEAR}))?|(?P<month_rel>{_MONTH_REL})){_END}"),
    # "dans les années 2000", "les années 70", "les années quatre-vingt-dix": a decade
    ("decade", rf"(?:(?:dans|depuis|des|pendant|durant) +)?(?:les|des|aux) +annees +(?:(?P<decade>(?:19|20)\d0)"
               rf"|(?P<yy>[1-9]0)(?:'?s)?|(?P<words>(?:(?:dix-neuf|mille neuf cent) +)?(?:quatre-vingt-dix|quatre-vingts?|soixante-dix|soixante|cinquante|quarante|trente|vingt)|deux +mille(?: +dix)?)){_END}"),
    ("year", rf"(?:{_START}(?:d'ici +(?:a +)?(?:la +)?(?:fin +(?:de +)?)?|jusqu'(?:a|en) +(?:fin +)?"
             rf"|en|depuis|fin|debut|courant|mi-|des|avant|apres|l'annee|l'an|annee|de|a|pour) *)?"
             rf"(?<![\w,.]){_YEAR}(?![\w,.]\d|\d|/\d{{1,2}}(?!\d)| *%| *(?:€|\$|euros?|dollars?|millions?|milliards?))"),
    ("clock", rf"(?<![\w:-]){_CLOCK_LEAD}{_CLOCK}"),
    # "de 14h à 16h", "entre 12h00 et 14h00", "de 5 à 6pm"; bare hours ("de 14 à 16") only beside a day
    ("clock_range", rf"{_START}(?:de|entre) +(?P<a>{_CLOCK_UNNAMED}|\d{{1,2}}) +(?:a|au|et|jusqu'a) +"
                    rf"(?P<b>{_CLOCK_UNNAMED}|\d{{1,2}})(?![\w%,.]\d|[\w%]| *(?:%|€|\$|euros?|dollars?))"),
    ("numeric_range", r"(?<![\d/.,-])(?P<d1>\d{1,2})/(?P<m1>\d{1,2}) *- *(?P<d2>\d{1,2})/(?P<m2>\d{1,2})"
                      r"(?:/(?P<y>\d{4}|\d\d))?(?![\d/]|[.,]\d)"),
]
# Patterns are lower case and match a lower-cased copy of the folded text: case-insensitive matching
# would cost twice the time. Guards that need case read the folded text itself.
_ATOMS = [(name, re.compile(pattern)) for name, pattern in _ATOM_PATTERNS]

# Every match of an atom holds one of its keys: a digit, a month, a weekday, a word of time, a day in words.
# Atoms are searched only within _KEY_REACH characters of a key (no match reaches further from one, but across
# runs of spaces no prose has): most of a news text is words no date can start from, and searching them was
# most of the cost.
_KEYS = {
    "digit": r"\d",
    "month": rf"(?:{_MONTH_FULL}|{_words(_ABBREVIATIONS)}|mois)(?![a-z])",
    "weekday": rf"(?<![a-z]){_WEEKDAY}",
    "time_word": r"(?<![a-z])(?:aujourd|(?:avant|apres)?hier|(?:apres)?demain|matin|soir|nuit|midi|minuit|jour|semaine"
                 r"|mois|an(?:s|nees?)?(?![a-z])|trimestre|quart|semestre|ete|hiver|automne|printemps|week|veille"
                 r"|lendemain|surlendemain|heure)",
    "day_word": rf"(?<![a-z])(?:{_words(w for w in _DAY_WORDS if w != 'premier')})(?![a-z])",
}
_KEY_PATTERNS = {key: re.compile(pattern) for key, pattern in _KEYS.items()}
_ATOM_KEYS = {
    "day_range": ("digit",), "month_day_range": ("digit",), "day": ("month",), "month_first": ("month",),
    "mixed": ("digit", "month"), "numeric": ("digit",), "spaced": ("digit",), "iso": ("digit",),
    "day_month_numeric": ("digit",), "year_month_numeric": ("digit",), "quarter": ("digit", "time_word"),
    "half": ("digit", "time_word"), "week_of_year": ("digit",), "fiscal": ("digit",), "month": ("digit",),
    "month_alone": ("month",), "relative_range": ("time_word",), "anchored": ("time_word",),
    "relative": ("time_word",), "weekday": ("weekday",), "day_alone": ("digit", "day_word"),
    "nth_weekday": ("weekday",), "decade": ("time_word",), "year": ("digit",), "clock": ("digit", "time_word"),
    "clock_range": ("digit", "time_word"), "numeric_range": ("digit",),
}
_KEY_REACH = 100
_CLOCK_ALONE = re.compile(_CLOCK, re.IGNORECASE)

# A year right after a capitalised word is a product or an event name ("Windows 2000", "Euro 2024").
_NAME_BEFORE_YEAR = re.compile(r"[A-Z][\w-]* $")
# A bare year-shaped number before a plural noun counts things ("2025 raisons", "2 000 salariés").
_QUANTITY_AFTER_YEAR = re.compile(
    r"^ *(?:[a-z]+ +)?(?:salaries|employes|personnes|emplois|unites|exemplaires)"
    rf"|^ +(?!(?:{_words(PLURAL_LOOKING_WORDS)})(?![\w]))[a-z]+[sx](?![\w'])")
# Kinds that carry a day, so a clock time can join them.
_DAY_KINDS = {"day", "month_first", "mixed", "numeric", "spaced", "iso", "day_month_numeric", "weekday",
              "day_alone", "anchored", "relative"}
_CLOCK_KINDS = ("clock", "clock_range")
# Idioms shaped like dates: "24/7" is round the clock.
_IDIOMS = {"24/7"}


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    kind: str
    match: re.Match[str]


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    kind: str  # an atom's kind, or "datetime", "interval", "anchored_to"
    parts: tuple[_Atom, ...]
    clock: tuple[re.Match[str], ...] = ()


# ----------------------------------------------------------------------------------------------- finding


def find_date_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of date mentions, non-overlapping, in text order."""
    return [(m.start, m.end, m.kind) for m in _mentions(fold(text))]


def _mentions(folded: str) -> list[_Mention]:
    lower = _lower(folded)
    atoms = _atoms(lower, folded)
    mentions: list[_Mention] = []
    i = 0
    while i < len(atoms):
        mention, i = _join(lower, atoms, i)
        if mention is not None and (mention.kind not in _CLOCK_KINDS or _standalone_clock(mention, lower)):
            mentions.append(mention)
    return mentions


def _standalone_clock(mention: _Mention, text: str) -> bool:
    """A time alone is a mention when it reads as one: "à 15h", "vers midi", "15h30", "17:45"; never a
    bare "15h" or "midi" (also the South), nor a duration ("après 3 heures de débats")."""
    m = mention.parts[0].match
    if mention.kind != "clock" or re.match(r" +(?:de|d')\b", text[mention.end :]):
        return False
    led = re.match(r"(?:a|vers|des|avant|apres|jusqu'a|aux alentours de|autour de|a environ|plutot vers) ", m.group(0))
    return bool(led or m["mi"] or m["h2"] is not None or m["plus"] or m["minus"] or m["mw"])


def _lower(folded: str) -> str:
    lower = folded.lower()
    if len(lower) == len(folded):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)  # offsets never move


def _atoms(lower: str, folded: str) -> list[_Atom]:
    windows = _windows_near_keys(lower)
    found = [_Atom(m.start(), m.end(), name, m) for name, pattern in _ATOMS
             for m in finditer_in(pattern, lower, windows[_ATOM_KEYS[name]]) if _plausible(name, m, lower, folded)]
    # Longest first where atoms overlap ("2015/08/12" beats "de 2015"), then in text order.
    found.sort(key=lambda a: (-(a.end - a.start), a.start))
    starts: list[int] = []
    kept: list[_Atom] = []
    for atom in found:
        i = bisect.bisect_right(starts, atom.start)
        if (i and kept[i - 1].end > atom.start) or (i < len(kept) and kept[i].start < atom.end):
            continue
        starts.insert(i, atom.start)
        kept.insert(i, atom)
    return kept


def _windows_near_keys(lower: str) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """For each set of keys an atom has, the stretches of text its matches can lie in."""
    near = {key: windows_around(pattern, lower, _KEY_REACH, _KEY_REACH) for key, pattern in _KEY_PATTERNS.items()}
    return {keys: merged_windows(window for key in keys for window in near[key]) for keys in set(_ATOM_KEYS.values())}


def _plausible(name: str, m: re.Match[str], text: str, cased: str) -> bool:
    """Guards a regex cannot say: context, and numbers that must be a real day or month. `text` is the
    lower-cased text the match comes from, `cased` the folded text with its capitals."""
    start, end = m.span()
    if name == "year":
        bare = re.fullmatch(_YEAR, m.group(0))
        counted = re.fullmatch(rf"(?:a|de)? *{_YEAR}", m.group(0)) and _QUANTITY_AFTER_YEAR.match(text[end : end + 40])
        return not (counted or bare and _NAME_BEFORE_YEAR.search(cased[max(0, start - 30) : start]))
    if name == "quarter" and m["q"] and not m["year2"] and m.group(0)[0] in "tq":
        # "T2", "S2" alone are names as often as periods: they need a year or a lead ("au T2").
        return bool(re.search(r"(?:au|du|le|ce|en|sur le) *$", text[max(0, start - 8) : start]))
    if name == "half" and m["h"] and not m["year2"]:
        return not re.match(r"(?:[sh]|le )", m.group(0))
    if name == "quarter" and m["ord"] and "quart" in m.group(0).lower() and "trimestre" not in m.group(0).lower():
        return bool(m["year"])  # "le troisième quart de 2016", never "un quart"
    if name == "numeric":
        d, mo = int(m["d"]), int(m["m"])
        if m["sep"] == "." and len(m["y"]) == 2 and (len(m["d"]) < 2 or len(m["m"]) < 2):
            return False  # "version 1.2.25"
        return 1 <= d <= 31 and 1 <= mo <= 31 and (mo <= 12 or d <= 12)
    if name in ("spaced", "iso"):
        return 1 <= int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12
    if name == "day_month_numeric":
        d, mo = int(m["d"]), int(m["m"])
        if f"{m['d']}/{m['m']}" in _IDIOMS or not (1 <= d <= 31 and 1 <= mo <= 12):
            return False
        # "1/3" is a ratio; "le 2/3", "22/04" and "17/2" are days
        return bool(m["lead"]) or len(m["m"]) == 2 or d > 12
    if name == "year_month_numeric":
        month, year = (m["m"], m["y"]) if m["y"] else (m["m2"], m["y2"])
        if not 1 <= int(month) <= 12:
            return False
        # "2011-12" is a season or a fiscal year (2011-2012), not December 2011
        return not (m["y"] and len(month) == 2 and int(month) == (int(year) + 1) % 100)
    if name == "mixed":
        parts = [p for p in (m["a"], m["b"], m["c"]) if p]
        named = [p for p in parts if not p.isdigit()]
        numbers = [p for p in parts if p.isdigit()]
        if len(named) != 1:
            return False
        years = [p for p in numbers if len(p) == 4]
        days = [p for p in numbers if len(p) <= 2]
        return len(days) == 1 and 1 <= int(days[0]) <= 31 and len(years) == len(numbers) - 1
    if name == "month_first":
        # "mars 2 000 salariés": after a month, a bare number is a day only before an end or a connector
        if m["sep"] or m["year"] or m["year_b"]:
            return True
        return bool(re.match(rf" *(?:$|[.,;:!?)\n]| +{_CONNECTOR} )", text[end:]))
    if name == "month_alone" and m["bare"]:
        if cased[m.start("bare") : m.end("bare")].islower():
            return True
        # Capitalised, a month name is often a name ("Avril Haines", the planet "Mars"): only where the
        # sentence ends with it.
        before = cased[max(0, start - 30) : start]
        return bool(re.match(r" *(?:$|[.,;:!?)\n])", text[end:])) and not re.search(r"[A-Z][\w-]* $", before)
    if name == "month_alone" and not m["bare"] and re.fullmatch(_MONTH_ABBR, m["month"]):
        # an abbreviation alone needs a lead that only dates take ("en sept ans" counts years)
        return m["month"].lower().rstrip(".") != "sept" and m["lead"].lower() in (
            "en", "dans", "ce", "cette", "prochain", "dernier", "depuis", "debut", "fin", "mi-", "courant")
    if name == "numeric_range":
        return all(1 <= int(m[d]) <= 31 for d in ("d1", "d2")) and all(1 <= int(m[k]) <= 12 for k in ("m1", "m2"))
    if name == "anchored" and m["n"]:
        return parse_number(m["n"]) is not None
    if name == "anchored":
        # "au lendemain de la publication": the day after an event we cannot date
        return not re.match(r" +(?:de|du|des|d')(?! *(?:le +)?\d)", text[end:])
    return True


def _join(text: str, atoms: list[_Atom], i: int) -> tuple[_Mention | None, int]:
    """The mention that starts with atoms[i], joined with its neighbours; and the next atom index."""
    atom = atoms[i]
    nxt = atoms[i + 1] if i + 1 < len(atoms) else None
    mention = _Mention(atom.start, atom.end, atom.kind, (atom,))
    used = i + 1
    # "le samedi 23/06/18": the weekday introduces the date after it
    if atom.kind == "weekday" and not atom.match["rel"] and not atom.match["day"] and nxt is not None \
            and nxt.kind in ("numeric", "spaced", "iso", "day_month_numeric") \
            and re.fullmatch(r",? +", text[atom.end : nxt.start]):
        mention = _Mention(atom.start, nxt.end, nxt.kind, (nxt,))
        used += 1
        nxt = atoms[used] if used < len(atoms) else None
    # "le lendemain du 13 février": the relative day counts from the date after it
    if atom.kind == "anchored" and nxt is not None and nxt.kind in _DAY_KINDS and text[atom.end : nxt.start] == " " \
            and re.match(r"(?:du|de) ", text[nxt.start : nxt.end]):
        mention = _Mention(atom.start, nxt.end, "anchored_to", (atom, nxt))
        used = i + 2
        nxt = atoms[used] if used < len(atoms) else None
    # "9h le mardi", "de 14h à 16h le 3 mars": the time first
    if atom.kind in _CLOCK_KINDS:
        if nxt is not None and nxt.kind in _DAY_KINDS and re.fullmatch(r" +(?:le +)?", text[atom.end : nxt.start] or "x") \
                and _clock_pair(atom.match, bare=False) is not None:
            return _Mention(atom.start, nxt.end, "datetime", (nxt,), (atom.match,)), used + 1
        return mention, used
    # "le 2 mars à 5h", "Mardi 11:00", "le 17 de 14h à 16h"
    if (mention.parts[-1].kind in _DAY_KINDS or mention.kind == "anchored_to") and nxt is not None \
            and nxt.kind in _CLOCK_KINDS and re.fullmatch(r" *,? *", text[mention.end : nxt.start]) \
            and _clock_pair(nxt.match) is not None:
        mention = _Mention(mention.start, nxt.end, "datetime", mention.parts, (nxt.match,))
        used += 1
        nxt = atoms[used] if used < len(atoms) else None
    # "du 3 mars au 5 avril", "de 2010 à 2018", "entre mars et juin 2024", "aujourd'hui jusqu'à demain"
    if nxt is not None and nxt.kind not in (*_CLOCK_KINDS, "decade") and mention.kind not in ("interval", "day_range",
                                                                                      "month_day_range"):
        between = text[mention.end : nxt.start]
        opened = re.search(r"(?<![\w'])(?:entre|du|de|depuis|a partir du|d') *$", text[max(0, mention.start - 12) : mention.start])
        inner = re.match(r"(?:entre|du|de|depuis|d') *", text[mention.start : mention.end])
        connector = re.fullmatch(rf" *{_CONNECTOR} *(?:le +)?", between)
        led = between.strip() == "" and re.match(r"(?:au|a|jusqu'(?:a|au|en)) ", text[nxt.start : nxt.end])
        is_et = connector is not None and between.strip().startswith("et")
        if (connector or led) and (not is_et or (opened and opened.group(0).startswith("entre"))
                                   or (inner and inner.group(0).startswith("entre"))):
            start = mention.start - len(opened.group(0)) if opened and not inner else mention.start
            if (between.strip() != "/" or mention.parts[-1].kind == nxt.kind == "year") and _compatible(mention, nxt):
                return _Mention(start, nxt.end, "interval", mention.parts + (nxt,), mention.clock), used + 1
    return mention, used


def _compatible(first: _Mention, second: _Atom) -> bool:
    """Two dates an interval can join: not a lone year beside a day ("2024 - 3 mars")."""
    years = {"year", "fiscal"}
    return (first.parts[-1].kind in years) == (second.kind in years)


# ----------------------------------------------------------------------------------------------- parsing


@dataclass(frozen=True)
class _Context:
    published: dt.date | None
    anchor: DateValue | None = None  # the last date named before the mention
    anchor_day: DateValue | None = None  # the last day named before it
    year: int | None = None  # the year of the other bound of an interval
    month: int | None = None


def parse_date(text: str, *, published: dt.date | None = None, anchor: DateValue | None = None,
               anchor_day: DateValue | None = None) -> DateValue:
    """Normalize one date mention to ISO 8601.

    Relative expressions need `published`. "la veille" counts from `anchor_day` (the last day named
    before it), else from `published`; "deux ans plus tard" counts from `anchor` (the last date named)."""
    return _parse_cached(" ".join(text.split()), published, anchor, anchor_day)


@lru_cache(maxsize=4096)
def _parse_cached(text: str, published: dt.date | None, anchor: DateValue | None,
                  anchor_day: DateValue | None) -> DateValue:
    folded = fold(text)
    mentions = _mentions(folded)
    if not mentions:
        return DateValue(None, None)
    mention = max(mentions, key=lambda m: m.end - m.start)
    try:
        return _value(mention, _Context(published, anchor, anchor_day))
    except (KeyError, ValueError, OverflowError):
        # A case-insensitive match the tables do not hold as written ("févrİer", "ſ"): no value.
        return DateValue(None, None)


def _value(mention: _Mention, ctx: _Context) -> DateValue:
    if mention.kind == "anchored_to":
        base = _atom_value(mention.parts[1], ctx)
        return replace(_atom_value(mention.parts[0], replace(ctx, anchor=base, anchor_day=base)),
                       relative=base.relative)
    if mention.kind == "datetime":
        date = _value(_Mention(mention.start, mention.end, mention.parts[0].kind, mention.parts), ctx) \
            if len(mention.parts) == 1 else _value(_Mention(mention.start, mention.end, "anchored_to", mention.parts), ctx)
        return _with_clock(date, mention.clock[0])
    if mention.kind == "interval":
        return _interval(mention, ctx)
    return _atom_value(mention.parts[0], ctx)


def _atom_value(atom: _Atom, ctx: _Context) -> DateValue:
    return _NORMALIZERS[atom.kind](atom.match, ctx)


def _interval(mention: _Mention, ctx: _Context) -> DateValue:
    """The first bound takes what it leaves unsaid from the last: "de mars à mai 2024" is March 2024."""
    *first_parts, last = mention.parts
    high = _atom_value(last, ctx)
    year, month = _year_month_of(high.value)
    kind = "anchored_to" if len(first_parts) == 2 else first_parts[0].kind
    low = _value(_Mention(mention.start, mention.end, kind, tuple(first_parts)), replace(ctx, year=year, month=month))
    if mention.clock:
        low = _with_clock(low, mention.clock[0])
    low_value = low.value
    # "du 28 décembre au 3 janvier 2025": the first bound is in the year before
    if low_value and high.value and len(low_value) == len(high.value) and low_value > high.value \
            and not _has_stated_year(first_parts[-1]):
        low_value = str(int(low_value[:4]) - 1) + low_value[4:]
    return DateValue(low_value, low.precision or high.precision, low.relative or high.relative,
                     value_max=high.value_max or high.value)


def _has_stated_year(atom: _Atom) -> bool:
    groups = atom.match.groupdict()
    return any(groups.get(key) for key in ("year", "year2", "year_b", "y", "y2", "y1", "decade")) \
        or atom.kind == "year"


def _year_month_of(value: str | None) -> tuple[int | None, int | None]:
    m = re.match(r"(\d{4})(?:-(\d\d))?", value or "")
    if not m:
        return None, None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


def day_of(value: DateValue) -> dt.date | None:
    """The day a value names, if it names one (a datetime names its day)."""
    if value.value and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", value.value):
        return dt.date.fromisoformat(value.value[:10])
    return None


def _clock_pair(clock: re.Match[str], *, bare: bool = True):
    """(first, last) clock times of a time or a time range; None where a time does not read as one.

    `bare=False` refuses a range of bare numbers ("de 3 à 4"), which reads as hours only after a day.
    In "de 5 à 6pm" the afternoon said after the range holds for its start too."""
    if clock.groupdict().get("a") is None:
        first = _clock_of(clock.group(0))
        return None if first is None else (first, None)
    first, last = _clock_of(clock["a"]), _clock_of(clock["b"])
    if first is None or last is None or (not bare and clock["a"].isdigit() and clock["b"].isdigit()):
        return None
    (hour, minute, second), precision = first
    if hour < 12 <= last[0][0] and hour + 12 <= last[0][0] and re.fullmatch(r"\d+", clock["a"]):
        first = ((hour + 12, minute, second), precision)
    return first, last


def _with_clock(date: DateValue, clock: re.Match[str]) -> DateValue:
    pair = _clock_pair(clock)
    if pair is None:
        return date
    first, last = pair
    (hour, minute, second), precision = first
    day = day_of(date)
    if date.precision != "day":
        return date
    if day is None:
        return DateValue(None, precision, date.relative)
    value = dt.datetime.combine(day, dt.time(hour, minute, second)).isoformat()
    value_max = None
    if last:
        value_max = dt.datetime.combine(day, dt.time(*last[0])).isoformat()
    return DateValue(value, precision, date.relative, value_max)


def _clock_of(text: str) -> tuple[tuple[int, int, int], str] | None:
    """((hour, minute, second), precision) of a clock time: '15h30', '8:00:31am', 'sept heures et quart'."""
    text = re.sub(r"^(?:a|vers|des|avant|apres|jusqu'a|aux alentours de|autour de|a environ|plutot vers|environ) +",
                  "", text.strip(), flags=re.IGNORECASE)
    if text.isdigit():  # "de 14 à 16" after a day
        hour = int(text)
        return ((hour, 0, 0), "hour") if 0 <= hour <= 23 else None
    m = _CLOCK_ALONE.fullmatch(text)
    if not m:
        return None
    minute = second = 0
    precision = "hour"
    if m["h"] is not None:
        hour = int(m["h"])
        if m["mi"]:
            minute, precision = int(m["mi"]), "minute"
    elif m["h2"] is not None:
        hour, minute, precision = int(m["h2"]), int(m["mi2"]), "minute"
        if m["s2"]:
            second, precision = int(m["s2"]), "second"
        hour = _ampm(hour, m["ampm2"])
    elif m["h3"] is not None:
        hour = _ampm(int(m["h3"]), m["ampm3"])
    else:  # "quinze heures trente", "midi et quart", "huit heures moins vingt-trois minutes"
        number = ({"midi": 12, "minuit": 0}[m["noon"].lower()] if m["noon"] else parse_number(m["hw"]))
        if number is None or not 0 <= number <= 23:
            return None
        hour = int(number)
        words = {"quart": 15, "demi": 30, "demie": 30, "trois quarts": 45}
        if m["plus"] or m["mw"]:
            extra = words.get((m["plus"] or m["mw"]).lower()) or parse_number(m["plus"] or m["mw"])
            if extra is None or not 0 <= extra < 60:
                return None
            minute, precision = int(extra), "minute"
        elif m["minus"]:
            less = words.get(m["minus"].lower()) or parse_number(m["minus"])
            if less is None or not 0 < less < 60:
                return None
            hour, minute, precision = (hour - 1) % 24, 60 - int(less), "minute"
    part = (m["part"] or "").lower()
    if part and part not in ("du matin", "du mat", "dans la matinee") and hour < 12:
        hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return (hour, minute, second), precision


def _ampm(hour: int, marker: str | None) -> int:
    if marker and marker.lower() == "pm" and hour < 12:
        return hour + 12
    if marker and marker.lower() == "am" and hour == 12:
        return 0
    return hour


# ----------------------------------------------------------------------------------------------- normalizers


def _year_of(m: re.Match[str], ctx: _Context, *keys: str) -> tuple[int | None, bool]:
    for key in keys or ("year",):
        year = m.groupdict().get(key)
        if year:
            y = int(year)
            return (_two_digit_year(y) if y < 100 else y), False
    if ctx.year is not None:
        return ctx.year, False
    return (ctx.published.year if ctx.published else None), True


def _two_digit_year(y: int) -> int:
    return 2000 + y if y < 50 else 1900 + y  # "05/05/89" -> 1989, "3-7-27" -> 2027


def _month_number(word: str) -> int:
    return _MONTH_NUMBER[fold(word).lower().rstrip(".")]


def _day_number(word: str) -> int:
    word = word.lower()
    if word in ("1er", "premier"):
        return 1
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group(0))
    number = parse_number(word)
    if number is None:
        raise ValueError(word)
    return int(number)


def _day_value(year: int | None, month: int | None, day: int, relative: bool) -> DateValue:
    if year is None or month is None:
        return DateValue(None, "day", True)
    if relative and (month, day) == (2, 29):
        while not _valid(year, 2, 29):  # "le 29/2" said in a common year: the last leap year's
            year -= 1
    return DateValue(dt.date(year, month, day).isoformat(), "day", relative)


def _month_of_rel(phrase: str, ctx: _Context) -> tuple[int | None, int | None]:
    """(year, month) of 'ce mois', 'le mois prochain', 'mois dernier' against the publication date."""
    if ctx.published is None:
        return None, None
    shift = 1 if re.search(r"prochain|suivant", phrase) else -1 if re.search(r"dernier|passe", phrase) else 0
    index = ctx.published.year * 12 + ctx.published.month - 1 + shift
    return index // 12, index % 12 + 1


def _year_and_month(m, ctx, *year_keys: str) -> tuple[int | None, int | None, bool]:
    """(year, month, relative) of a month said by name ("mars 2025", "mars") or as "ce mois", "le mois prochain"."""
    if m.groupdict().get("month_rel"):
        year, month = _month_of_rel(m["month_rel"].lower(), ctx)
        return year, month, True
    year, relative = _year_of(m, ctx, *year_keys)
    return year, _month_number(m["month"]), relative


def _norm_day(m, ctx):
    year, month, relative = _year_and_month(m, ctx, "year", "year2")
    day = _day_number(m["day"])
    if m["shift"] and ctx.published and relative:  # "le 21 novembre prochain", "le 24 décembre dernier"
        year += 1 if m["shift"].lower() == "prochain" and (month, day) <= (ctx.published.month, ctx.published.day) else 0
        year -= 1 if m["shift"].lower() == "dernier" and (month, day) >= (ctx.published.month, ctx.published.day) else 0
    value = _day_value(year, month, day, relative)
    if m["week_of"] and value.value:
        iso = dt.date.fromisoformat(value.value).isocalendar()
        return DateValue(f"{iso.year}-W{iso.week:02d}", "week", value.relative)
    return value


def _norm_month_first(m, ctx):
    year, relative = _year_of(m, ctx, "year", "year_b")
    return _day_value(year, _month_number(m["month"]), _day_number(m["day"]), relative)


def _norm_mixed(m, ctx):
    parts = [p for p in (m["a"], m["b"], m["c"]) if p]
    month = next(_month_number(p) for p in parts if not p.isdigit())
    year = next((int(p) for p in parts if p.isdigit() and len(p) == 4), None)
    day = next(int(p) for p in parts if p.isdigit() and len(p) <= 2)
    if year is None:
        return _day_value(ctx.year or (ctx.published.year if ctx.published else None), month, day, ctx.year is None)
    return _day_value(year, month, day, False)


def _norm_numeric(m, ctx):
    day, month = int(m["d"]), int(m["m"])
    if month > 12:  # "02/22/2016": the American order
        day, month = month, day
    year = int(m["y"])
    return _day_value(_two_digit_year(year) if year < 100 else year, month, day, False)


def _norm_day_month_numeric(m, ctx):
    year = ctx.year or (ctx.published.year if ctx.published else None)
    return _day_value(year, int(m["m"]), int(m["d"]), ctx.year is None)


def _norm_year_month_numeric(m, ctx):
    year, month = (m["y"], m["m"]) if m["y"] else (m["y2"], m["m2"])
    return DateValue(f"{int(year)}-{int(month):02d}", "month")


def _norm_day_range(m, ctx):
    year, month, relative = _year_and_month(m, ctx)
    low = _day_value(year, month, _day_number(m["d1"]), relative)
    high = _day_value(year, month, _day_number(m["d2"]), relative)
    return DateValue(low.value, "day", relative, high.value)


def _norm_quarter(m, ctx):
    q = _ORDINALS[fold(m["ord"]).lower()] if m["ord"] else int(m["q"])
    if not 1 <= q <= 4:
        return DateValue(None, None)
    year, relative = _year_of(m, ctx, "year" if m["ord"] else "year2")
    return DateValue(f"{year}-Q{q}" if year else None, "quarter", relative)


def _norm_half(m, ctx):
    h = 1 if (m["ord"] or "").lower() in ("premier", "premiere", "1er") else 2
    if m["h"]:
        h = int(m["h"])
    year, relative = _year_of(m, ctx, "year" if m["ord"] else "year2")
    return DateValue(f"{year}-H{h}" if year else None, "half", relative)


def _norm_week_of_year(m, ctx):
    week = _ORDINALS[fold(m["ord"]).lower()]
    return DateValue(f"{int(m['year'])}-W{week:02d}", "week")


def _norm_fiscal(m, ctx):
    y2 = m["y2"]
    if y2:
        if len(y2) not in (2, 4):
            return DateValue(None, None)
        end = int(y2) if len(y2) == 4 else int(m["y1"][:2] + y2)
        return DateValue(str(int(m["y1"])), "year", value_max=str(end))
    return DateValue(str(int(m["y1"])), "year")


def _norm_month(m, ctx):
    year, relative = _year_of(m, ctx, "year", "year2")
    month = _month_number(m["month"])
    return DateValue(f"{year}-{month:02d}" if year else None, "month", relative)


def _norm_month_alone(m, ctx):
    month = _month_number(m["month"] or m["bare"])
    shift = (m["shift"] or m["shift2"] or "").lower() or (m["lead"] or "").lower()
    if ctx.year is not None:
        return DateValue(f"{ctx.year}-{month:02d}", "month", False)
    if ctx.published is None:
        return DateValue(None, "month", True)
    year = ctx.published.year
    if shift == "prochain" and month <= ctx.published.month:
        year += 1
    elif shift in ("dernier", "passe") and month >= ctx.published.month:
        year -= 1
    return DateValue(f"{year}-{month:02d}", "month", True)


def _norm_decade(m, ctx):
    if m["decade"]:
        return DateValue(m["decade"][:3] + "X", "decade")  # "les années 2000" -> 200X (EDTF), the 2000s
    if m["yy"]:
        return DateValue(f"19{m['yy'][0]}X", "decade")  # "les années 70": the twentieth century
    words = re.sub(r"^(?:dix-neuf|mille neuf cent) +", "", m["words"].lower())
    if words.startswith("deux"):
        return DateValue("201X" if words.endswith("dix") else "200X", "decade")
    tens = parse_number(words)
    return DateValue(f"19{int(tens) // 10}X", "decade") if tens else DateValue(None, None)


def _norm_year(m, ctx):
    return DateValue(str(int(re.search(_YEAR, m.group(0)).group(0))), "year")


def _norm_nth_weekday(m, ctx):
    """'le premier vendredi de juillet', 'le dernier lundi de ce mois'."""
    year, month, relative = _year_and_month(m, ctx)
    if year is None:
        return DateValue(None, "day", True)
    target = WEEKDAYS.index(m["weekday"].lower())
    days = [dt.date(year, month, d) for d in range(1, 32) if _valid(year, month, d)]
    matching = [d for d in days if d.weekday() == target]
    nth = m["nth"].lower()
    day = matching[-1] if nth == "dernier" else matching[{"premier": 0, "deuxieme": 1, "second": 1,
                                                          "troisieme": 2, "quatrieme": 3}[nth]]
    return DateValue(day.isoformat(), "day", relative)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _norm_day_alone(m, ctx):
    """'le 27': that day of the publication month (of the other bound's month in an interval)."""
    day = _day_number(m["day"])
    if ctx.month is not None and ctx.year is not None:
        return _day_value(ctx.year, ctx.month, day, False)
    if ctx.published is None:
        return DateValue(None, "day", True)
    return _day_value(ctx.published.year, ctx.published.month, day, True)


def _norm_anchored(m, ctx):
    """'la veille' counts from the last day named, else from publication (news tells today's events);
    'deux ans plus tard' only from a date the text names, precise enough for its unit."""
    anchor_day = day_of(ctx.anchor_day) if ctx.anchor_day else None
    relative = ctx.anchor_day.relative if anchor_day else True
    if m["back"] or m["next"] or m["jour"] or m["one"]:
        days = {"veille": -1, "avant-veille": -2, "lendemain": 1, "surlendemain": 2}.get((m["back"] or m["next"] or "").lower())
        if days is None:
            days = -1 if (m["jour"] or m["one"]).lower() in ("precedent", "d'avant", "avant", "plus tot") else 1
        base = anchor_day or ctx.published
        if base is None:
            return DateValue(None, "day", True)
        return DateValue((base + dt.timedelta(days=days)).isoformat(), "day", relative, counted=True)
    n = int(parse_number(m["n"]))
    sign = -1 if m["way"].lower() in ("auparavant", "plus tot", "avant") else 1
    unit = m["unit"].lower()
    year, month = _year_month_of(ctx.anchor.value if ctx.anchor else None)
    if unit in ("jours", "semaines") and anchor_day and ctx.anchor and day_of(ctx.anchor) == anchor_day:
        return replace(_shifted(anchor_day, sign * n, unit, ctx.anchor.relative), counted=True)
    if unit == "mois" and month:
        return replace(_shifted(dt.date(year, month, 1), sign * n, unit, ctx.anchor.relative), counted=True)
    if unit in ("ans", "annees") and year:
        return replace(_shifted(dt.date(year, 1, 1), sign * n, unit, ctx.anchor.relative), counted=True)
    return DateValue(None, _UNIT_PRECISION[unit], True)


_UNIT_PRECISION = {"jours": "day", "semaines": "week", "mois": "month", "ans": "year", "annees": "year"}


def _shifted(base: dt.date, n: int, unit: str, relative: bool) -> DateValue:
    if not -3000 < n < 3000:
        return DateValue(None, _UNIT_PRECISION[unit], relative)
    if unit == "jours":
        return DateValue((base + dt.timedelta(days=n)).isoformat(), "day", relative)
    if unit == "semaines":
        iso = (base + dt.timedelta(weeks=n)).isocalendar()
        return DateValue(f"{iso.year}-W{iso.week:02d}", "week", relative)
    if unit == "mois":
        index = base.year * 12 + base.month - 1 + n
        return DateValue(f"{index // 12}-{index % 12 + 1:02d}", "month", relative)
    return DateValue(str(base.year + n), "year", relative)


def _norm_relative_range(m, ctx):
    """'les 12 derniers mois' -> the twelve months before the publication month; 'les 3 prochaines
    semaines' -> the day after publication to three weeks later."""
    n = parse_number(m["n"] or m["n2"])
    way = (m["way"] or m["way2"]).lower()
    unit = (m["unit"] or m["unit2"]).lower()
    precision = {"jours": "day", "semaines": "day", "mois": "month"}.get(unit, "year")
    if ctx.published is None or n is None or not 0 < n < 1000:
        return DateValue(None, precision, True)
    n = int(n)
    pub = ctx.published
    past = way.startswith(("dernier", "derniere", "precedent"))
    if unit in ("jours", "semaines"):
        days = n * (7 if unit == "semaines" else 1)
        low, high = (pub - dt.timedelta(days=days), pub - dt.timedelta(days=1)) if past else (
            pub + dt.timedelta(days=1), pub + dt.timedelta(days=days))
        return DateValue(low.isoformat(), "day", True, high.isoformat())
    if unit == "mois":
        index = pub.year * 12 + pub.month - 1
        low, high = (index - n, index - 1) if past else (index + 1, index + n)
        return DateValue(f"{low // 12}-{low % 12 + 1:02d}", "month", True, f"{high // 12}-{high % 12 + 1:02d}")
    low, high = (pub.year - n, pub.year - 1) if past else (pub.year + 1, pub.year + n)
    return DateValue(str(low), "year", True, str(high))


def _norm_relative(m, ctx):
    text = m.group(0).lower()
    text = re.sub(r"^avant[ -]?hier", "avant-hier", re.sub(r"^apres[ -]?demain", "apres-demain", text))
    text = re.sub(r" +(?:matin|soir|midi|apres-midi|nuit)$", "", text) if re.match(r"(?:avant-)?hier|aujourd|(?:apres-)?demain", text) else text
    published = ctx.published
    if published is None:
        return DateValue(None, _relative_precision(text), True)
    year = published.year
    if re.match(r"(?:ce|cette) +(?:matin|soir|nuit|apres-midi)", text):
        return DateValue(published.isoformat(), "day", True)
    if re.match(r"l'an(nee)? (derniere?|passee?|ecoulee)", text):
        return DateValue(str(year - 1), "year", True)
    if re.match(r"l'an(nee)? prochaine?", text):
        return DateValue(str(year + 1), "year", True)
    if text in ("cette annee", "l'annee en cours") or re.search(r"(fin|debut|milieu) (de l'annee|d'annee)", text):
        return DateValue(str(year), "year", True)
    season = re.search(r"(ete|hiver|automne|printemps)(?: (dernier|prochain|\d{4}))?", text)
    if season:
        if season.group(2) and season.group(2).isdigit():
            return DateValue(str(int(season.group(2))), "season")
        shift = {"dernier": -1, "prochain": 1}.get(season.group(2) or "", 0)
        if re.match(r"(prochain|dernier|derniere) ", text):
            shift = 1 if text.startswith("prochain") else -1
        return DateValue(str(year + shift), "season", True)
    if "trimestre" in text:
        shift = 1 if re.search("prochain|suivant", text) else -1 if re.search("dernier|precedent", text) else 0
        index = year * 4 + (published.month - 1) // 3 + shift
        return DateValue(f"{index // 4}-Q{index % 4 + 1}", "quarter", True)
    if "week" in text:  # "ce week-end": the Saturday and Sunday of the publication week
        shift = {"dernier": -1, "prochain": 1}.get(text.split()[-1], 0)
        saturday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift, days=5)
        return DateValue(saturday.isoformat(), "day", True, (saturday + dt.timedelta(days=1)).isoformat())
    if "semaine" in text and not re.match(r"il y ?a |dans (?!la )", text):
        shift = 1 if re.search("prochaine|suivante|qui suit|d'apres", text) else -1 if re.search(
            "derniere|passee|precedente", text) else 0
        iso = (published + dt.timedelta(weeks=shift)).isocalendar()
        return DateValue(f"{iso.year}-W{iso.week:02d}", "week", True)
    month_shift = re.search(r"mois (dernier|passe|prochain|suivant)|(?:ce|cette) mois|prochain mois", text)
    if month_shift:
        year_, month_ = _month_of_rel(text, ctx)
        return DateValue(f"{year_}-{month_:02d}", "month", True)
    ago = re.match(r"(il y ?a|dans) (.+) (\w+)$", text)
    if ago:
        n = parse_number(ago.group(2))
        unit = {"jour": "jours", "semaine": "semaines", "an": "ans", "annee": "ans", "annees": "ans"}.get(
            ago.group(3), ago.group(3))
        if n is None or n != int(n) or unit not in _UNIT_PRECISION:
            return DateValue(None, None, True)
        if unit in ("ans", "annees") and not 0 <= n <= 200:
            return DateValue(None, None, True)  # "il y a 3000 ans" is history, not a date we resolve
        return _shifted(published, int(n) * (-1 if ago.group(1).startswith("il") else 1), unit, True)
    parsed = _dateparser(text, published)
    if parsed is None:
        return DateValue(None, None, True)
    return DateValue(parsed.isoformat(), "day", True)


def _norm_weekday(m, ctx):
    target = WEEKDAYS.index(m["weekday"].lower()) if m["weekday"].lower() in WEEKDAYS else None
    if target is None:
        return DateValue(None, None)
    published = ctx.published
    if published is None:
        return DateValue(None, "day", True)
    rel = (m["rel"] or "").lower()
    if m["day"]:  # "mercredi 13": the 13th nearest the publication that falls on a Wednesday
        day = _day_number(m["day"])
        for shift in (0, -1, 1):
            index = published.year * 12 + published.month - 1 + shift
            try:
                candidate = dt.date(index // 12, index % 12 + 1, day)
            except ValueError:
                continue
            if candidate.weekday() == target:
                return DateValue(candidate.isoformat(), "day", True)
        return _day_value(published.year, published.month, day, True)
    monday = published - dt.timedelta(days=published.weekday())
    if "semaine" in rel or (m["this"] or "").lower() in ("ce", "cette") or rel.startswith("en "):
        weeks = 0
        if re.search(r"prochaine?|suivante|d'apres|qui suit|huit|8", rel):
            weeks = 1
        elif re.search(r"quinze|15", rel):
            weeks = 2
        elif re.search(r"dernier|passee|precedente", rel):
            weeks = -1
        return DateValue((monday + dt.timedelta(weeks=weeks, days=target)).isoformat(), "day", True)
    if rel in ("prochain", "suivant", "d'apres"):
        day = published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
    elif rel in ("dernier", "precedent"):
        day = published - dt.timedelta(days=(published.weekday() - target) % 7 or 7)
    else:
        day = published - dt.timedelta(days=(published.weekday() - target) % 7)
    return DateValue(day.isoformat(), "day", True)


def _relative_precision(text: str) -> str:
    if "semaine" in text:
        return "week"
    if "mois" in text:
        return "month"
    if re.search(r"ete|hiver|automne|printemps", text):
        return "season"
    if re.search(r"\ban\b|annee|ans\b", text):
        return "year"
    if "trimestre" in text:
        return "quarter"
    return "day"


def _norm_numeric_range(m, ctx):
    """'10/1-11/2/2017', '28/2-1/3': two days and months, the year said once (or the publication year)."""
    if m["y"]:
        year, relative = (_two_digit_year(int(m["y"])) if len(m["y"]) == 2 else int(m["y"])), False
    else:
        year, relative = _year_of(m, ctx, "y")
    high = _day_value(year, int(m["m2"]), int(m["d2"]), relative)
    low = _day_value(year, int(m["m1"]), int(m["d1"]), relative)
    if low.value and high.value and low.value > high.value:
        low = _day_value(year - 1, int(m["m1"]), int(m["d1"]), relative)
    return DateValue(low.value, "day", relative, high.value)


def _norm_clock(m, ctx):
    """A time alone is on the last day named before it, else on the publication day."""
    pair = _clock_pair(m)
    precision = pair[0][1] if pair else None
    day = ctx.anchor_day or (DateValue(ctx.published.isoformat(), "day", True) if ctx.published else None)
    if day is None or pair is None:
        return DateValue(None, precision, True)
    return replace(_with_clock(DateValue(day.value[:10], "day", day.relative), m), counted=True)


@lru_cache(maxsize=1024)
def _dateparser(text: str, published: dt.date) -> dt.date | None:
    import dateparser  # imported lazily: it is slow to import and only relative dates need it

    settings = dict(DATEPARSER_SETTINGS, RELATIVE_BASE=dt.datetime.combine(published, dt.time()))
    result = dateparser.parse(text, languages=DATEPARSER_LANGUAGES, settings=settings)
    return result.date() if result else None


_NORMALIZERS = {
    "day_range": _norm_day_range,
    "month_day_range": _norm_day_range,
    "day": _norm_day,
    "month_first": _norm_month_first,
    "mixed": _norm_mixed,
    "numeric": _norm_numeric,
    "spaced": _norm_numeric,
    "iso": _norm_numeric,
    "day_month_numeric": _norm_day_month_numeric,
    "year_month_numeric": _norm_year_month_numeric,
    "quarter": _norm_quarter,
    "half": _norm_half,
    "week_of_year": _norm_week_of_year,
    "fiscal": _norm_fiscal,
    "month": _norm_month,
    "month_alone": _norm_month_alone,
    "relative_range": _norm_relative_range,
    "anchored": _norm_anchored,
    "relative": _norm_relative,
    "weekday": _norm_weekday,
    "day_alone": _norm_day_alone,
    "nth_weekday": _norm_nth_weekday,
    "decade": _norm_decade,
    "year": _norm_year,
    "clock": _norm_clock,
    "clock_range": _norm_clock,
    "numeric_range": _norm_numeric_range,
}
