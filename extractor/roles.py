"""Person – title – organization statements, read from the text around entity mentions. Pure functions.

Shapes handled (French press):
- "Andy Jassy, le PDG d'Amazon", "Arthur Mensch, cofondateur et directeur général de Mistral AI"
- "le PDG d'Amazon, Andy Jassy", "le patron de Tesla Elon Musk"
- "son patron Mark Zuckerberg", "Mark Zuckerberg, son PDG" (org: the company named just before)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.resources import titles

S = r"[\s\u00a0\u202f]"
AP = "['’]"
_DETERMINERS = rf"(?:(?:le|la|l{AP}|les|son|sa|ses|leur|notre|un|une|qui{S}+est|désormais|actuel|actuelle|nouveau|nouvel|nouvelle|ancien|ancienne|ex-|futur|future|emblématique|célèbre|jeune|puissant|puissante|influent|influente)(?:{S}*|(?<=['’-])))*"
_POSSESSIVE = rf"(?:son|sa|leur)"
_OF = rf"(?:de{S}+la|de{S}+l{AP}|du|des|de|d{AP}|chez|au{S}+sein{S}+de|au{S}+sein{S}+du)"
_ORG_NOUN = (
    rf"(?:(?:la|le|l{AP}){S}*)?(?:société|groupe|entreprise|start-up|startup|firme|géant|constructeur|opérateur|"
    rf"banque|éditeur|fabricant|plateforme|compagnie|studio|jeune{S}+pousse|licorne|filiale)?"
    rf"(?:{S}+[a-zéèêàç-]+)?{S}*"
)


@dataclass(frozen=True)
class MentionRef:
    id: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class RoleStatement:
    person: str
    title: str
    title_normalized: str
    organization: str | None


@lru_cache(maxsize=1)
def _title_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    normalized = {t.lower(): n for t, n in titles()}
    parts = []
    for title, _ in titles():
        escaped = re.escape(title).replace(r"\ ", f"{S}+").replace("'", AP)
        parts.append(escaped if title.isupper() else f"(?i:{escaped})")
    one = f"(?:{'|'.join(parts)})(?![\\w-])"
    return re.compile(one), normalized


def _titles_in(text: str) -> list[tuple[str, str]]:
    pattern, normalized = _title_regex()
    out = []
    for m in pattern.finditer(text):
        written = m.group(0)
        key = re.sub(r"[\s\u00a0\u202f]+", " ", written.lower()).replace("’", "'")
        out.append((written, normalized.get(key, "other")))
    return out


def find_roles(text: str, mentions: list[MentionRef]) -> list[RoleStatement]:
    """Role statements linking PERSON mentions to COMPANY / ORGANIZATION mentions."""
    pattern, _ = _title_regex()
    title_run = rf"(?P<titles>{pattern.pattern}(?:{S}*(?:,|et){S}*{pattern.pattern})*)"
    after_re = re.compile(rf"{S}*,{S}*{_DETERMINERS}{title_run}")
    before_re = re.compile(rf"{_DETERMINERS}{title_run}{S}*{_OF}{S}*{_ORG_NOUN}$")
    possessive_before_re = re.compile(rf"{_POSSESSIVE}{S}+{title_run}{S}*,?{S}*$")
    possessive_after_re = re.compile(rf"{S}*,{S}*{_POSSESSIVE}{S}+{title_run}")
    orgs = sorted((m for m in mentions if m.label in ("COMPANY", "ORGANIZATION")), key=lambda m: m.start)
    people = [m for m in mentions if m.label == "PERSON"]
    found: list[RoleStatement] = []

    def org_after(pos: int) -> MentionRef | None:
        for org in orgs:
            if org.start >= pos and org.start - pos <= 60:
                gap = text[pos : org.start]
                if re.fullmatch(rf"{S}*{_OF}{S}*{_ORG_NOUN}", gap):
                    return org
                return None
        return None

    def org_before(pos: int, window: int = 400) -> MentionRef | None:
        earlier = [o for o in orgs if o.end <= pos and pos - o.end <= window and o.label == "COMPANY"]
        return earlier[-1] if earlier else None

    def add(person: MentionRef, written_titles: str, org: MentionRef | None) -> None:
        for written, normalized in _titles_in(written_titles):
            found.append(RoleStatement(person.id, written, normalized, org.id if org else None))

    for person in people:
        after = after_re.match(text, person.end, min(len(text), person.end + 160))
        if after:
            add(person, after["titles"], org_after(after.end()))
            continue
        poss_after = possessive_after_re.match(text, person.end, min(len(text), person.end + 80))
        if poss_after:
            add(person, poss_after["titles"], org_before(person.start))
            continue
        # "le PDG d'Amazon, Andy Jassy": the organization ends just before the person.
        org = next((o for o in reversed(orgs) if o.end <= person.start and person.start - o.end <= 3
                    and re.fullmatch(rf"{S}*,?{S}*", text[o.end : person.start])), None)
        if org is not None:
            before = before_re.search(text, max(0, org.start - 120), org.start)
            if before:
                add(person, before["titles"], org)
                continue
        poss_before = possessive_before_re.search(text, max(0, person.start - 80), person.start)
        if poss_before:
            add(person, poss_before["titles"], org_before(poss_before.start()))
    return list(dict.fromkeys(found))
