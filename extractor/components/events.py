"""`technews_roles` and `technews_relations`: who holds which title where, and the events between the
entities, amounts, percentages and dates the earlier components marked.

Both read the doc's sentences (`technews_sentences`), its entity rows (`technews_entity_table`) and the
dependency parse, and write plain data on the doc, so that it travels with `Doc.to_bytes`:
- `doc._.technews_roles`: one dict per role statement (person, title, title_normalized, organization, former);
- `doc._.technews_relations`: one dict per relation, in the shape of `extractor.models.Relation`, its
  offsets into the doc's text. `extractor.assemble` maps them to records.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import asdict
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extractor.components._spans import span_facts, spans_with_offsets
from extractor.components.dates import DATES_KEY
from extractor.components.entity_table import rows_of
from extractor.components.money import AMOUNTS_KEY, PERCENTAGES_KEY
from extractor.components.sentences import sentences_of
from extractor.entity_rows import main_company_of
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
    statements = find_roles(doc.text, mentions, sentences=sentences_of(doc), topic=main_company_of(rows))
    return [asdict(statement) for statement in statements]


@lru_cache(maxsize=4)
def _tree_matcher(vocab: Vocab) -> DependencyMatcher:
    matcher = DependencyMatcher(vocab)
    for row in dependency_patterns():
        matcher.add(f"{row['label']}:{row['id']}", [row["pattern"]])
    return matcher


def tree_matches(doc: Doc) -> list[TreeMatch]:
    """Matches of the dependency patterns on the parse (none without one)."""
    if not doc.has_annotation("DEP"):
        return []
    matcher = _tree_matcher(doc.vocab)
    names = {row["id"]: [node["RIGHT_ID"] for node in row["pattern"]] for row in dependency_patterns()}
    out = []
    for match_id, tokens in matcher(doc):
        type_, rule = doc.vocab.strings[match_id].split(":", 1)
        roles = {}
        for node, i in zip(names[rule], tokens):
            token = doc[i]
            roles[node] = (token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
        trigger = doc[tokens[0]]
        roles.pop("trigger", None)
        out.append(TreeMatch(rule, type_, (trigger.idx, trigger.idx + len(trigger)), roles))
    return out


def find_doc_relations(doc: Doc) -> list[dict]:
    mentions = Mentions(
        entities=rows_of(doc),
        amounts=list(span_facts(doc, AMOUNTS_KEY)),
        percentages=[(start, end) for _, start, end in spans_with_offsets(doc, PERCENTAGES_KEY)],
        dates=[(start, end) for _, start, end in spans_with_offsets(doc, DATES_KEY)],
    )
    relations = find_relations(doc.text, sentences_of(doc), mentions, roles_of(doc), subjects=VerbSubjects(doc),
                               tree_matches=tree_matches(doc))
    return [relation.model_dump(mode="json") for relation in relations]


class VerbSubjects:
    """Start of a verb (character offset) -> character span of its subject, from the dependency parse
    ("Amazon" for "investir" in "Amazon prévoit d'investir": the subject of the governing verb counts too).
    Looked up for trigger words only, so it is computed on demand, one token at a time."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = doc.to_array("IDX").tolist() if doc.has_annotation("DEP") else []

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
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        for token in self.doc[first:last]:
            if token.dep_ == "ROOT" and first <= token.i < last:
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
                if subject is not None:
                    return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        return None


class RoleFinder:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(ROLES, find_doc_roles(doc))
        return doc


class RelationMarker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(RELATIONS, find_doc_relations(doc))
        return doc


@Language.factory("technews_roles")
def make_roles(nlp: Language, name: str) -> RoleFinder:
    return RoleFinder(name)


@Language.factory("technews_relations")
def make_relations(nlp: Language, name: str) -> RelationMarker:
    return RelationMarker(name)
