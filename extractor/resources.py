"""Bundled data files, found through importlib.resources and validated when loaded.

Unknown keys and duplicate ids are refused with a message that names the file and the allowed keys.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Iterator

from extractor.errors import ResourceError

ENTITY_FILES: dict[str, str] = {  # facts file stem -> SpanRuler label of its patterns
    "companies": "COMPANY",
    "organizations": "ORGANIZATION",
    "products": "PRODUCT",
    "people": "PERSON",
}
FACT_KEYS: dict[str, set[str]] = {
    "companies": {"id", "name", "parent", "wikidata", "ambiguous", "source"},
    "organizations": {"id", "name", "kind", "wikidata", "ambiguous", "source"},
    "products": {"id", "name", "kind", "maker", "wikidata", "ambiguous", "source"},
    "people": {"id", "name", "title", "title_normalized", "organization", "wikidata", "ambiguous", "source"},
}
PATTERN_KEYS = {"label", "pattern", "id"}


@dataclass(frozen=True)
class EntityFacts:
    id: str
    type: str
    name: str
    ambiguous: bool = False
    parent: str | None = None
    kind: str | None = None
    maker: str | None = None
    title: str | None = None
    title_normalized: str | None = None
    organization: str | None = None
    wikidata: str | None = None
    source: str | None = None  # id of the stated list the entry comes from (entities/sources.json), or null


def _resource(path: str):
    return resources.files("extractor").joinpath("resources", path)


def read_jsonl(path: str, allowed: set[str]) -> Iterator[dict[str, Any]]:
    """Rows of a bundled JSONL file; refuses unknown keys, names file and line on any error."""
    return parse_jsonl(_resource(path).read_text("utf-8"), allowed, path)


def parse_jsonl(text: str, allowed: set[str], path: str) -> Iterator[dict[str, Any]]:
    """Rows of JSONL `text` read from `path`; refuses unknown keys, names file and line on any error."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise ResourceError(f"{path}:{number}: invalid JSON ({err.msg})") from None
        unknown = set(row) - allowed
        if unknown:
            raise ResourceError(f"{path}:{number}: unknown keys {sorted(unknown)}; allowed: {sorted(allowed)}")
        yield row


@lru_cache(maxsize=1)
def entity_facts() -> dict[str, EntityFacts]:
    """Every known entity by id, across companies, organizations, products and people."""
    return build_facts({stem: read_jsonl(f"entities/{stem}.jsonl", FACT_KEYS[stem]) for stem in ENTITY_FILES})


@lru_cache(maxsize=1)
def entity_sources() -> dict[str, dict[str, Any]]:
    """The stated, checkable lists gazetteer entries come from, by id (entities/sources.json)."""
    return json.loads(_resource("entities/sources.json").read_text("utf-8"))


def build_facts(rows_by_stem: dict[str, Iterable[dict[str, Any]]]) -> dict[str, EntityFacts]:
    """Facts by id from the rows of each facts file; refuses missing keys, duplicates, dangling refs and
    sources that are not stated lists."""
    facts: dict[str, EntityFacts] = {}
    sources = entity_sources()
    for stem, rows in rows_by_stem.items():
        label = ENTITY_FILES[stem]
        for row in rows:
            missing = FACT_KEYS[stem] - set(row)
            if missing:
                raise ResourceError(f"entities/{stem}.jsonl: {row.get('id')!r} misses keys {sorted(missing)}")
            if row["id"] in facts:
                raise ResourceError(f"entities/{stem}.jsonl: duplicate id {row['id']!r}")
            if row["source"] is not None and row["source"] not in sources:
                raise ResourceError(f"entities/{stem}.jsonl: {row['id']!r} has unknown source {row['source']!r}")
            facts[row["id"]] = EntityFacts(type=label, **{k: v for k, v in row.items()})
    for fact in facts.values():
        for ref in (fact.parent, fact.maker, fact.organization):
            if ref is not None and ref not in facts:
                raise ResourceError(f"entity {fact.id!r} refers to unknown id {ref!r}")
    return facts


@lru_cache(maxsize=1)
def entity_patterns() -> tuple[dict[str, Any], ...]:
    """SpanRuler patterns of every known entity; each `id` must exist in the facts tables."""
    facts = entity_facts()
    patterns = []
    seen: dict[str, str] = {}
    for stem, label in ENTITY_FILES.items():
        for row in read_jsonl(f"entities/{stem}.patterns.jsonl", PATTERN_KEYS):
            if row["id"] not in facts:
                raise ResourceError(f"entities/{stem}.patterns.jsonl: unknown id {row['id']!r}")
            if row["label"] != label:
                raise ResourceError(f"entities/{stem}.patterns.jsonl: label {row['label']!r}, expected {label!r}")
            key = json.dumps(row["pattern"], ensure_ascii=False)
            if key in seen and seen[key] != row["id"]:
                raise ResourceError(f"pattern {key} maps to both {seen[key]!r} and {row['id']!r}")
            seen[key] = row["id"]
            patterns.append(row)
    # Mid-sentence, French writes a newspaper's article in lower case: "relayé par les Echos", "selon le Monde".
    for row in list(patterns):
        phrase = row["pattern"]
        if isinstance(phrase, str) and _TITLE_ARTICLE.match(phrase) and facts[row["id"]].source in PRESS_SOURCES:
            lowered = phrase[0].lower() + phrase[1:]
            if json.dumps(lowered, ensure_ascii=False) not in seen:
                seen[json.dumps(lowered, ensure_ascii=False)] = row["id"]
                patterns.append({**row, "pattern": lowered})
    return tuple(patterns)


PRESS_SOURCES = ("acpm_press", "arcom_services")  # lists of newspapers and broadcasters (entities/sources.json)
_TITLE_ARTICLE = re.compile(r"(?:Le|La|Les) [A-ZÀ-Ý]|L['’][A-ZÀ-Ý]")


@lru_cache(maxsize=1)
def titles() -> tuple[tuple[str, str], ...]:
    """(title as written, normalized title), longest first: 'président-directeur général' -> CEO. Rows of the
    one rule shape: `id`, `label` (the normalized title), `pattern` (the phrase)."""
    rows = [(r["pattern"], r["label"]) for r in read_jsonl("titles.jsonl", PATTERN_KEYS)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A named list of words from `resources/word_lists.json` (lower-cased)."""
    data = json.loads(_resource("word_lists.json").read_text("utf-8"))
    if name not in data:
        raise ResourceError(f"word_lists.json has no list {name!r}; lists: {sorted(k for k in data if k != '_about')}")
    return frozenset(w.lower() for w in data[name])


@lru_cache(maxsize=None)
def cue_patterns(name: str) -> tuple[dict[str, Any], ...]:
    """Token patterns (SpanRuler shape) of `resources/patterns/<name>.jsonl`. Inside an `IN` list, "@name"
    stands for the words of that list of `word_lists.json`, so that each closed list is written once."""
    return tuple({**row, "pattern": [_expand(token) for token in row["pattern"]]}
                 for row in read_jsonl(f"patterns/{name}.jsonl", PATTERN_KEYS))


def _expand(token: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in token.items():
        if isinstance(value, dict) and isinstance(value.get("IN"), list):
            words: list[str] = []
            for item in value["IN"]:
                words += sorted(word_list(item[1:])) if isinstance(item, str) and item.startswith("@") else [item]
            value = {**value, "IN": list(dict.fromkeys(words))}
        out[key] = value
    return out


@lru_cache(maxsize=1)
def rule_confidence() -> dict[str, float]:
    """Each relation rule's precision on the annotated articles (`resources/confidence.json`, written by
    eval/calibrate.py); a rule missing from it keeps the confidence written in its code."""
    path = _resource("confidence.json")
    if not path.is_file():
        return {}
    return {rule: value for rule, value in json.loads(path.read_text("utf-8")).items() if not rule.startswith("_")}


def dependency_patterns() -> tuple[dict[str, Any], ...]:
    """DependencyMatcher patterns of the relation rules (`resources/patterns/relations.dep.jsonl`): `id`, `label`
    (the relation type) and a `pattern` whose node names (RIGHT_ID) are the roles the matched words fill."""
    return tuple(read_jsonl("patterns/relations.dep.jsonl", PATTERN_KEYS))


@lru_cache(maxsize=1)
def relation_cues() -> dict[str, tuple[str, ...]]:
    """Trigger stems of the relation rules by label (`resources/patterns/triggers.jsonl`: rows of the one rule
    shape, `id`, `label` and a `{"REGEX": stem}` pattern matched at a word start, case-insensitively)."""
    cues: dict[str, list[str]] = {}
    for row in read_jsonl("patterns/triggers.jsonl", PATTERN_KEYS):
        if not isinstance(row["pattern"], dict) or set(row["pattern"]) != {"REGEX"}:
            raise ResourceError(f"patterns/triggers.jsonl: {row['id']}: the pattern must be {{\"REGEX\": stem}}")
        cues.setdefault(row["label"], []).append(row["pattern"]["REGEX"])
    return {label: tuple(stems) for label, stems in cues.items()}
