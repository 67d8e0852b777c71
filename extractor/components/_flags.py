"""A token pattern's first test as a lexeme flag, so that the Matcher reads one bit per word.

The Matcher tries every pattern's first token at every word of a doc. A `{"LOWER": {"IN": [...]}}` or
`{"TEXT": {"REGEX": ...}}` test there is a Python call per word and pattern, which made the cue patterns
cost as much as the rest of the rules together. Both depend on the word alone, so spaCy can store them as a
flag of the word's lexeme (`Vocab.add_flag`), computed once per distinct word, and the Matcher then checks
the flag natively. The patterns stay data in their JSONL files; only the loaded copy changes.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.vocab import Vocab

# spaCy's own flags use bits 1–18 (IS_ALPHA … IS_CURRENCY); 19–63 are free for ours.
_FIRST_FREE_BIT, _LAST_BIT = 19, 63


class WordTest:
    """A test of a word's text alone: its lower case in a set, or a regex search (the Matcher's semantics)."""

    def __init__(self, attr: str, predicate: str, value: Any) -> None:
        self.key = (attr, predicate, frozenset(value) if predicate == "IN" else value)
        if predicate == "IN":
            words = frozenset(value)
            self._test = (lambda text: text.lower() in words) if attr == "LOWER" else (lambda text: text in words)
        else:
            regex = re.compile(value)
            self._test = (lambda text: regex.search(text.lower()) is not None) if attr == "LOWER" \
                else (lambda text: regex.search(text) is not None)

    def __call__(self, text: str) -> bool:
        return self._test(text)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WordTest) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)


def _word_test(token: dict[str, Any]) -> tuple[str, WordTest] | None:
    """The first word-only test of a pattern token (its attribute name and the test), if any."""
    for attr in ("LOWER", "TEXT", "ORTH"):
        value = token.get(attr)
        if isinstance(value, dict) and len(value) == 1:
            (predicate, argument), = value.items()
            if predicate in ("IN", "REGEX"):
                return attr, WordTest("TEXT" if attr == "ORTH" else attr, predicate, argument)
    return None


def flag_of(vocab: Vocab, test: WordTest) -> int:
    """The flag id of `test` in `vocab`, added on first use (shared by every pattern and matcher of the vocab)."""
    for flag_id, getter in vocab.lex_attr_getters.items():
        if getter == test:
            return flag_id
    free = [bit for bit in range(_FIRST_FREE_BIT, _LAST_BIT + 1) if bit not in vocab.lex_attr_getters]
    if not free:
        raise RuntimeError("no lexeme flag left in this vocab for the cue patterns' word tests")
    return vocab.add_flag(test, flag_id=free[0])


def with_first_word_flag(vocab: Vocab, pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`pattern` with its first token's word-list or regex test read from a lexeme flag (same matches)."""
    found = _word_test(pattern[0]) if pattern else None
    if found is None:
        return pattern
    attr, test = found
    first = {key: value for key, value in pattern[0].items() if key != attr}
    first[flag_of(vocab, test)] = True
    return [first, *pattern[1:]]
