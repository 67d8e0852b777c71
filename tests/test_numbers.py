"""Table tests of `normalize.numbers`. Add a case to the list it belongs to."""
from decimal import Decimal

import pytest

from extractor.normalize.numbers import parse_number

DIGITS = [
    ("26,3", "26.3"), ("1 500", "1500"), ("1\u00a0500", "1500"), ("1\u202f500", "1500"), ("1.500.000", "1500000"),
    ("3 000,50", "3000.50"), ("1,5", "1.5"), ("1.5", "1.5"), ("10.000", "10000"), ("-4", "-4"), ("+3,5", "3.5"),
    ("−2", "-2"), ("0", "0"), ("2025", "2025"), ("1 000 000", "1000000"),
]
WORDS = [
    ("deux", "2"), ("vingt-cinq", "25"), ("quatre-vingts", "80"), ("quatre-vingt-dix-neuf", "99"),
    ("soixante-dix", "70"), ("mille", "1000"), ("cent cinquante", "150"), ("deux cents", "200"),
    ("vingt et un", "21"), ("trois mille deux cents", "3200"), ("un", "1"), ("une", "1"), ("seize", "16"),
    ("soixante et onze", "71"), ("dix-sept", "17"), ("cinq cent mille", "500000"), ("septante", "70"),
]
NOT_NUMBERS = ["", "abc", "12abc", "deux chats", "1e400", "9" * 40, "1,2,3"]


@pytest.mark.parametrize("text,expected", DIGITS + WORDS)
def test_parse_number_values(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_refuses_non_numbers(text):
    assert parse_number(text) is None
