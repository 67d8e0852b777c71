"""Entity rows: the plain dicts `technews_entity_table` writes on a doc (one per entity, in order of first
mention), and the few rules every reader of them shares.

A row: id, type, mentions ([start, end] pairs), name (the gazetteer's), name_at (the span of its longest
form), kind, maker, parent, named_after (the known company an unknown unit is named after), wikidata,
known, cited (per mention: it names a source, "selon Le Figaro"), source_only (only ever a cited source).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from extractor.resources import entity_facts


def main_company(entities: Iterable[tuple[str, str, int]]) -> str | None:
    """The company an article is about, from (id, type, number of mentions) in order of first mention: the
    most mentioned company, the first one named counting one mention more (its first mention, in the title
    most often, counts twice), the first one on a tie. The one rule of the pipeline (roles, relations)."""
    best, most, first = None, 0, True
    for entity_id, entity_type, count in entities:
        if entity_type != "COMPANY":
            continue
        score = count + (1 if first else 0)
        first = False
        if score > most:
            best, most = entity_id, score
    return best


def main_company_of(rows: list[dict]) -> str | None:
    """The main company among the entities that are more than cited sources."""
    return main_company((r["id"], r["type"], len(r["mentions"])) for r in rows if not r["source_only"])


def row_name(row: dict, text: str) -> str:
    """The entity's name as `text` writes it ("Total" in 2019, "Facebook" before Meta): the gazetteer's when
    a form holds it ("Groupe Iliad" is Iliad), else its longest form. The id stays the key across articles."""
    known = row["name"]
    # "les Echos" writes "Les Echos" with its article in lower case, "Anssi" is not "ANSSI"
    if known is not None and any(re.search(rf"(?<!\w)(?i:{re.escape(known[:1])}){re.escape(known[1:])}(?!\w)", text[start:end])
                                 for start, end in row["mentions"]):
        return known
    return text[row["name_at"][0] : row["name_at"][1]]


def named_group(company: str, present: set[str]) -> str:
    """A product's known maker the article does not name becomes the group of it that the article names:
    the Galaxy S25's maker, Samsung Electronics, is the record's "Samsung"."""
    facts = entity_facts()
    seen = set()
    group: str | None = company
    while group is not None and group not in seen:
        if group in present:
            return group
        seen.add(group)
        group = facts[group].parent if group in facts else None
    return company
