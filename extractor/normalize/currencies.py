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

_ALLOWED_KEYS = {"code", "symbols", "codes", "names", "subunits"}


@dataclass(frozen=True)
class Currency:
    code: str
    symbols: tuple[str, ...]
    codes: tuple[str, ...]
    names: tuple[str, ...]
    subunits: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _raw_table() -> dict:
    return json.loads(resources.files("extractor").joinpath("resources/currencies.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def currencies() -> tuple[Currency, ...]:
    raw = _raw_table()
    table = []
    seen: set[str] = set()
    for row in raw["currencies"]:
        unknown = set(row) - _ALLOWED_KEYS
        if unknown:
            raise ResourceError(f"currencies.json: unknown keys {sorted(unknown)}; allowed: {sorted(_ALLOWED_KEYS)}")
        if row["code"] in seen:
            raise ResourceError(f"currencies.json: duplicate code {row['code']}")
        seen.add(row["code"])
        table.append(
            Currency(
                row["code"],
                tuple(row["symbols"]),
                tuple(row["codes"]),
                tuple(row["names"]),
                tuple(row.get("subunits", ())),
            )
        )
    return tuple(table)


@lru_cache(maxsize=1)
def unresolved_names() -> frozenset[str]:
    """Money words whose currency cannot be told ('francs'): amounts keep currency null."""
    return frozenset(name.lower() for name in _raw_table().get("unresolved_names", ()))


@lru_cache(maxsize=1)
def _subunit_table() -> dict[str, str]:
    return {name.lower().replace("’", "'"): cur.code for cur in currencies() for name in cur.subunits}


def lookup_subunit(text: str) -> str | None:
    """ISO code of the unit whose hundredth `text` names: 'cents' -> 'USD', 'pence' -> 'GBP'."""
    return _subunit_table().get(" ".join(text.split()).lower().replace("’", "'"))


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
    """Regex alternation of French currency names, unresolved ones included (compile case-insensitively)."""
    _, names = _lookup_tables()
    return _alternation(set(names) | unresolved_names())


@lru_cache(maxsize=1)
def subunit_pattern() -> str:
    """Regex alternation of sub-unit names: 'cents', 'centimes', 'pence' (compile case-insensitively)."""
    return _alternation(set(_subunit_table()) | {n.replace("'", "’") for n in _subunit_table()})
