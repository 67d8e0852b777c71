"""`technews_roles` and `technews_relations`: who holds which title where, and the events between the
entities, amounts, percentages and dates the earlier components marked.

Both read the doc's sentences (`technews_sentences`), its entity rows (`technews_entity_table`) and the
dependency parse (the relations also the patterns of `resources/patterns/relations.dep.jsonl`, read at their
trigger words), and write plain data on the doc, so that it travels with `Doc.to_bytes`:
- `doc._.technews_roles`: one dict per role statement (person, title, title_normalized, organization, former,
  at: where the text states it);
- `doc._.technews_relations`: one dict per relation, in the shape of `extractor.models.Relation`, its
  offsets into the doc's text. `extractor.assemble` maps them to records.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import asdict
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components._spans import annotated, span_facts, spans_with_offsets, text_of
from extractor.components.dates import DATES_KEY
from extractor.components.entity_table import rows_of
from extractor.components.money import AMOUNTS_KEY, PERCENTAGES_KEY
from extractor.components.sentences import sentences_of
from extractor.entity_rows import main_company_of
from extractor.errors import ResourceError
from extractor.relations import Mentions, TreeMatch, find_relations
from extractor.resources import dependency_patterns
from extractor.roles import MentionRef, find_roles

ROLES = "technews_roles"
RELATIONS = "technews_relations"
for _name in (ROLES, RELATIONS):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def roles_of(doc: Doc) -> list[dict]:
    roles = doc._.get(ROLES)
    return roles if roles is not None else find_doc_roles(doc)


def relations_of(doc: Doc) -> list[dict]:
    relations = doc._.get(RELATIONS)
    return relations if relations is not None else find_doc_relations(doc)


def find_doc_roles(doc: Doc) -> list[dict]:
    rows = rows_of(doc)
    mentions = [MentionRef(row["id"], row["type"], start, end, row["named_after"])
                for row in rows for start, end in row["mentions"]]
    statements = find_roles(text_of(doc), mentions, sentences=sentences_of(doc), topic=main_company_of(rows))
    return [asdict(statement) for statement in statements]


@lru_cache(maxsize=1)
def _tree_patterns() -> tuple[re.Pattern[str], tuple[tuple[str, str, list[dict]], ...]]:
    """Any trigger word of the dependency patterns, and (relation type, rule id, nodes) of each. The patterns
    are in spaCy's DependencyMatcher shape; the relations only need its direct-dependent operator (">"), read
    here at the trigger words alone: a DependencyMatcher would scan every word of the text."""
    out, stems = [], []
    for row in dependency_patterns():
        trigger, *nodes = row["pattern"]
        if any(node.get("REL_OP") != ">" for node in nodes):
            raise ResourceError(f"patterns/relations.dep.jsonl: {row['id']}: only the '>' operator is read")
        stems.append(trigger["RIGHT_ATTRS"]["LOWER"]["REGEX"].lstrip("^"))
        out.append((row["label"], row["id"], [trigger, *nodes]))
    return re.compile(r"(?<![\w'’])(?:" + "|".join(stems) + ")", re.IGNORECASE), tuple(out)


def _fits(token, attrs: dict) -> bool:
    """A token has the attributes of a pattern node (LOWER, DEP, POS: a value, {"IN": [...]} or {"REGEX": …})."""
    for key, want in attrs.items():
        value = {"LOWER": token.lower_, "DEP": token.dep_, "POS": token.pos_}[key]
        if isinstance(want, dict):
            if "IN" in want and value not in want["IN"]:
                return False
            if "REGEX" in want and not re.search(want["REGEX"], value):
                return False
        elif value != want:
            return False
    return True


def tree_matches(doc: Doc) -> list[TreeMatch]:
    """Matches of the dependency patterns on the parse (none without one): each role is the character span
    of the word that fills it with all its dependents."""
    if not annotated(doc, "DEP"):
        return []
    words, patterns = _tree_patterns()
    starts = {m.start() for m in words.finditer(text_of(doc))}
    if not starts:
        return []
    out = []
    for i in [i for i, idx in enumerate(doc.to_array("IDX").tolist()) if idx in starts]:
        token = doc[i]
        for type_, rule, (trigger, *nodes) in patterns:
            if not _fits(token, trigger["RIGHT_ATTRS"]):
                continue
            found = _bind(nodes, {"trigger": token})
            if found is not None:
                roles = {name: (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
                         for name, t in found.items() if name != "trigger"}
                out.append(TreeMatch(rule, type_, (token.idx, token.idx + len(token)), roles))
    return out


def _bind(nodes: list[dict], found: dict) -> dict | None:
    """The words that fill `nodes` in order, each a direct dependent of a word bound before; the next
    candidate is tried when a later node finds nothing ("repris en 2013 par X": the agent, not "2013")."""
    if not nodes:
        return found
    node, rest = nodes[0], nodes[1:]
    head = found.get(node["LEFT_ID"])
    for child in (c for c in head.children if _fits(c, node["RIGHT_ATTRS"])) if head is not None else ():
        bound = _bind(rest, found | {node["RIGHT_ID"]: child})
        if bound is not None:
            return bound
    return None


def find_doc_relations(doc: Doc) -> list[dict]:
    mentions = Mentions(
        entities=rows_of(doc),
        amounts=list(span_facts(doc, AMOUNTS_KEY)),
        percentages=list(span_facts(doc, PERCENTAGES_KEY)),
        dates=[(start, end) for _, start, end in spans_with_offsets(doc, DATES_KEY)],
    )
    relations = find_relations(text_of(doc), sentences_of(doc), mentions, roles_of(doc), subjects=VerbSubjects(doc),
                               tree_matches=tree_matches(doc))
    return [relation.model_dump(mode="json") for relation in relations]


class VerbSubjects:
    """Start of a verb (character offset) -> character span of its subject, from the dependency parse
    ("Amazon" for "investir" in "Amazon prévoit d'investir": the subject of the governing verb counts too).
    Looked up for trigger words only, so it is computed on demand, one token at a time."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = doc.to_array("IDX").tolist() if annotated(doc, "DEP") else []
        self.heads = doc.to_array("HEAD").tolist() if self.starts else []  # relative offsets: 0 for a root
        self.main_subjects: dict[tuple[int, int], tuple[int, int] | None] = {}

    def get(self, start: int) -> tuple[int, int] | None:
        index = bisect_left(self.starts, start)
        if index == len(self.starts) or self.starts[index] != start:
            return None
        token = self.doc[index]
        if token.pos_ not in ("VERB", "AUX", "NOUN"):
            return None
        head = token
        for _ in range(3):  # "prévoit d'investir": climb to the verb that has the subject
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if subject is not None and subject.lower_ == "qui" and head.dep_ == "acl:relcl":
                noun = head.head  # "Armorique Partners, qui avait investi": the noun the relative clause is of
                return noun.left_edge.idx, noun.idx + len(noun)
            if subject is not None:
                return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
            if head.head is head:
                return None
            head = head.head
        return None

    def main_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """Character span of the subject of the main verb of the text between `start` and `end` (a sentence):
        "Fondé en 2016 par trois anciens d'Ankama, Mirefeu emploie 140 salariés" -> "Mirefeu"."""
        if not self.starts:
            return None
        if (start, end) not in self.main_subjects:  # asked again for each description of the next sentence
            self.main_subjects[start, end] = self._main_subject(start, end)
        return self.main_subjects[start, end]

    def _main_subject(self, start: int, end: int) -> tuple[int, int] | None:
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        roots = [first + i for i, head in enumerate(self.heads[first:last]) if head == 0]  # ROOT: its own head
        for i in roots:
            subject = next((c for c in self.doc[i].children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if subject is not None:
                return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        return None


class DocFinder:
    """A component that stores what `find` reads from a doc in the doc extension `extension`."""

    def __init__(self, name: str, extension: str, find: Callable[[Doc], list[dict]]) -> None:
        self.name = name
        self.extension = extension
        self.find = find

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(self.extension, self.find(doc))
        return doc


@Language.factory("technews_roles")
def make_roles(nlp: Language, name: str) -> DocFinder:
    return DocFinder(name, ROLES, find_doc_roles)


@Language.factory("technews_relations")
def make_relations(nlp: Language, name: str) -> DocFinder:
    return DocFinder(name, RELATIONS, find_doc_relations)
