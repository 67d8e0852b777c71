"""Length-preserving typography normalization, so offsets computed on the output hold for the input.

French news writes ’ for the apostrophe and U+00A0 / U+202F inside numbers and before « : ; % ».
The statistical models were trained on ' and plain spaces: give them that, one character for one.

>>> normalize_for_nlp("C’est 1\u202f500\u00a0€") == "C'est 1 500 €"
True

A long run of symbols ("€€€€€€€€…", "((((((((…") is opened up with spaces, one character for one: the
tokenizer splits such a run one symbol at a time, each time scanning the rest, which is quadratic.

>>> normalize_for_nlp("€€€€€€€€€€ 5 €")
'€ € € € €  5 €'
"""
from __future__ import annotations

import re

_ONE_FOR_ONE = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "′": "'", "`": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
    "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u200b": " ", "\ufeff": " ",  # zero-width characters become a plain space: same length, no glue
})


# Eight symbols in a row never make a word, an amount or a date.
SYMBOL_RUN = re.compile(r"[^\w\s]{8,}")


def _open_up(run: re.Match[str]) -> str:
    return "".join(c if i % 2 == 0 else " " for i, c in enumerate(run.group(0)))


def normalize_for_nlp(text: str) -> str:
    """Same length as `text`; only characters the models read badly are swapped."""
    return SYMBOL_RUN.sub(_open_up, text.translate(_ONE_FOR_ONE))
