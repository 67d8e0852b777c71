"""The currency table (`resources/currencies.json`) and its derived lookups, computed once.

>>> lookup_currency("dollars")
'USD'
>>> lookup_currency("M€") is None  # scale and symbol glued: split them first
True
>>> lookup_currency("€")
'EUR'
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from extractor.errors import ResourceError

_ALLOWED_KEYS = {"code", "symbols", "codes", "names"}


@dataclass(frozen=True)
class Currency:
    code: str
    symbols: tuple[str, ...]
    codes: tuple[str, ...]
    names: tuple[str, ...]


@lru_cache(maxsize=1)
def currencies() -> tuple[Currency, ...]:
    raw = json.loads(resources.files("extractor").joinpath("resources/currencies.json").read_text("utf-8"))
    table = []
    seen: set[str] = set()
    for row in raw["currencies"]:
        unknown = set(row) - _ALLOWED_KEYS
        if unknown:
            raise ResourceError(f"currencies.json: unknown keys {sorted(unknown)}; allowed: {sorted(_ALLOWED_KEYS)}")
        if row["code"] in seen:
            raise ResourceError(f"currencies.json: duplicate code {row['code']}")
        seen.add(row["code"])
        table.append(Currency(row["code"], tuple(row["symbols"]), tuple(row["codes"]), tuple(row["names"])))
    return tuple(table)


@lru_cache(maxsize=1)
def _lookup_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(case-sensitive symbols and codes, lower-cased names) -> ISO code."""
    exact: dict[str, str] = {}
    names: dict[str, str] = {}
    for cur in currencies():
        for form in cur.symbols + cur.codes:
            exact.setdefault(form, cur.code)
        for name in cur.names:
            names.setdefault(name.lower(), cur.code)
    return exact, names


def lookup_currency(text: str) -> str | None:
    """ISO code for a symbol, a code or a French name; None when unknown."""
    exact, names = _lookup_tables()
    text = " ".join(text.split())
    return exact.get(text) or names.get(text.lower())


def _alternation(forms: set[str]) -> str:
    # Longest first so that "dollars canadiens" wins over "dollars" and "US$" over "$".
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=lambda f: (-len(f), f)))


@lru_cache(maxsize=1)
def symbol_pattern() -> str:
    """Regex alternation of symbols and codes (case-sensitive)."""
    exact, _ = _lookup_tables()
    return _alternation(set(exact))


@lru_cache(maxsize=1)
def name_pattern() -> str:
    """Regex alternation of French currency names (to be compiled case-insensitively)."""
    _, names = _lookup_tables()
    return _alternation(set(names))
