"""Regex pieces shared by the French grammars of `extractor.normalize`."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
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

def windows_around(anchor: re.Pattern[str], text: str, before: int, after: int) -> list[tuple[int, int]]:
    """The stretches of `text` within `before` / `after` characters of a match of `anchor`, merged, in text
    order: where a grammar whose every match holds an anchor ("%" for a percentage) can match at all."""
    return merged_windows((max(0, m.start() - before), min(len(text), m.end() + after)) for m in anchor.finditer(text))


def merged_windows(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) stretches sorted, overlapping or touching ones merged."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def finditer_in(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` restricted to `windows` (from `windows_around`); lookbehinds still see the text
    before a window."""
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


# A preposition right before a name: "… par trois anciens d'Ankama, Mirefeu…" (Ankama is no subject); or before
# the name's article and one or two lower-case words ("passé par la fintech Lydia, la start-up…")
PREPOSITION_BEFORE = re.compile(r"(?i)(?:\b(?:de|du|des|par|à|au|aux|avec|chez|pour|sur|contre)\s+(?:(?:la|le|les)\s+|l['’]\s*)?"
                                r"|\bd['’])$")
_PREPOSITION_NOUN_BEFORE = re.compile(r"\b(?:de|du|des|par|à|au|aux|avec|chez|pour|sur|contre)\s+(?:(?:la|le|les)\s+|l['’]\s*)"
                                      r"(?:[a-zà-ÿ-]+\s+){1,2}$")


def after_preposition(text: str, start: int, reach: int = 8) -> bool:
    """A preposition ends right before `start`, in the `reach` characters before it ("d'Ankama", "auprès de"), or
    before an article and a noun ("par la fintech Lydia")."""
    return PREPOSITION_BEFORE.search(text, max(0, start - reach), start) is not None \
        or _PREPOSITION_NOUN_BEFORE.search(text, max(0, start - 40), start) is not None


def first_bare(text: str, mentions: Iterable[T]) -> T | None:
    """The first of `mentions` (anything with a `start` into `text`) that no preposition introduces: the
    subject of its sentence, most often ("… par trois anciens d'Ankama, Mirefeu emploie…": Mirefeu)."""
    return next((m for m in mentions if not after_preposition(text, m.start)), None)
