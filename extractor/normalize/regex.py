"""Regex pieces shared by the French grammars of `extractor.normalize`."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")

SPACE = "[ \u00a0\u202f\u2009]"  # one space of any width: plain, no-break, narrow no-break, thin
APOSTROPHE = "['’]"


def alternation(words: Iterable[str]) -> str:
    """Escaped regex alternation, longest first so that "milliards" wins over "milliard"."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def noun_alternation(words: Iterable[str]) -> str:
    """`alternation` of nouns written with a space or a hyphen or neither: "jeune pousse" matches "jeune-pousse"
    and "start-up" "startup"."""
    return "|".join(re.sub(r"\\[ -]", r"[\\s-]?\\s*", re.escape(w)) for w in sorted(words, key=lambda w: (-len(w), w)))

# A preposition right before a name: "… par trois anciens d'Ankama, Mirefeu…" (Ankama is no subject)
PREPOSITION_BEFORE = re.compile(r"(?i)(?:\b(?:de|du|des|par|à|au|aux|avec|chez|pour|sur|contre)\s+|\bd['’])$")


def first_bare(text: str, mentions: Iterable[T]) -> T | None:
    """The first of `mentions` (anything with a `start` into `text`) that no preposition introduces: the
    subject of its sentence, most often ("… par trois anciens d'Ankama, Mirefeu emploie…": Mirefeu)."""
    return next((m for m in mentions if not PREPOSITION_BEFORE.search(text, max(0, m.start - 8), m.start)), None)
