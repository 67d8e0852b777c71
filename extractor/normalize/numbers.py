"""French numbers to `Decimal`: digits with French separators, and spelled-out numbers.

Pure functions, no spaCy.

>>> parse_number("26,3")
Decimal('26.3')
>>> parse_number("1 500")
Decimal('1500')
>>> parse_number("quatre-vingt-dix-neuf")
Decimal('99')
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from extractor.lang_fr import HUNDRED_WORDS, NUMBER_WORDS, TENS_WORDS, THOUSAND_WORDS, UNIT_WORDS
from extractor.normalize.regex import SPACE

SPACES = " \u00a0\u202f\u2009"
_SPACE_CLASS = SPACE
MINUS_SIGNS = "-−–"

# Digits as the French press writes them. Thousands grouped by (narrow) spaces or dots, decimal comma;
# a dot followed by anything but a group of three digits is an (English) decimal point.
NUMBER_PATTERN = (
    rf"(?:\d{{1,3}}(?:{_SPACE_CLASS}\d{{3}}){{1,6}}(?![\d.]\d)|\d{{1,3}}(?:\.\d{{3}}){{1,6}}(?!\d)|\d+)"
    r"(?:,\d+|\.\d+(?![\d.]))?"
)
# Longest numbers we accept: beyond this a string of digits is an id, a phone number or noise.
MAX_DIGITS = 24

_WORD_SPLIT = re.compile(r"[\s\-]+")


def parse_number(text: str) -> Decimal | None:
    """Parse digits ('1 500', '26,3', '1.500.000', '-4') or French number words; None if neither."""
    text = text.strip()
    if not text:
        return None
    sign = Decimal(-1) if text[0] in MINUS_SIGNS else Decimal(1)
    if text[0] in MINUS_SIGNS + "+":
        text = text[1:].strip()
    if text[:1].isdigit():
        value = parse_digits(text)
    else:
        value = parse_number_words(text)
    return None if value is None else sign * value


def parse_digits(text: str) -> Decimal | None:
    """'1 500' -> 1500, '3 000,50' -> 3000.50, '1.500.000' -> 1500000, '1.5' -> 1.5."""
    compact = "".join(c for c in text if c not in SPACES)
    if not compact or len(compact) > MAX_DIGITS + 4:
        return None
    if "," in compact:
        whole, _, frac = compact.partition(",")
        whole = whole.replace(".", "")
        compact = f"{whole}.{frac}"
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", compact):
        compact = compact.replace(".", "")
    if not re.fullmatch(r"\d+(?:\.\d+)?", compact):
        return None
    try:
        return Decimal(compact)
    except InvalidOperation:  # pragma: no cover - the fullmatch above rules it out
        return None


def parse_number_words(text: str) -> Decimal | None:
    """French number words up to the hundreds of thousands: 'vingt-cinq', 'cent cinquante', 'mille'.

    Scale words (million, milliard) are not numbers here: the amount grammar multiplies them.
    """
    words = [w for w in _WORD_SPLIT.split(text.lower().strip()) if w and w != "et"]
    if not words or any(w not in NUMBER_WORDS for w in words):
        return None
    total = 0
    current = 0
    previous = None
    for word in words:
        if word in UNIT_WORDS:
            current += UNIT_WORDS[word]
        elif word in TENS_WORDS:
            # "quatre-vingt(s)": four twenties.
            if TENS_WORDS[word] == 20 and previous == "quatre":
                current = current - 4 + 80
            else:
                current += TENS_WORDS[word]
        elif word in HUNDRED_WORDS:
            current = (current or 1) * 100
        elif word in THOUSAND_WORDS:
            total += (current or 1) * 1000
            current = 0
        previous = word
    return Decimal(total + current)
