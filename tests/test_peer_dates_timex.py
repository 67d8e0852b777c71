"""The TIMEX equivalence eval/peer_dates_timex.py adds to the peer scorer (issue 17's rule), case by case."""
import sys

import pytest

from paths import ROOT

sys.path.insert(0, str(ROOT / "eval"))
from peer_dates_timex import timex_matches  # noqa: E402

CASES = [
    ("XXXX-10-02", "2016-10-02", True),
    ("XXXX-02", "2016-02", True),
    ("XXXX-10-02", "2016-10-03", False),
    ("XXXX-02", "2016-02-01", False),  # a month is no day
    ("XXXX-12-23T17", "2016-12-23T17:00:00", True),  # a time at the pattern's precision
    ("2016-11-08T17", "2016-11-08T17:00:00", True),
    ("2016-11-08T17", "2016-11-08T18:00:00", False),
    ("2016-11-08T17", "2016-11-08", False),  # a day is no time
    ("2016-11-08", "2016-11-08", False),  # plain dates are the scorer's own comparison
    ("XXXX-WXX-4", "2016-11-03", False),  # week forms are not read
    ("XXXX-10-02", None, False),
]


@pytest.mark.parametrize("pattern,value,expected", CASES)
def test_timex_matches(pattern, value, expected):
    assert timex_matches(pattern, value) is expected
