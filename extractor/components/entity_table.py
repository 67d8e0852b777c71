"""`technews_entity_table`: one row per entity the article names, from the mentions `technews_entities` marked.

A row holds what the record needs beyond the mentions: the entity's type (the gazetteer's, else the
majority of its mention labels), its name, kind, maker and parent, and whether it is only ever a cited
source. Rows are plain dicts in `doc._.technews_entity_rows`, in order of first mention, so they travel
with `Doc.to_bytes` (multiprocessing). Roles and relations read them; `extractor.assemble` maps them to
records.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.components._spans import text_of
from extractor.components.entities import ENTITIES_KEY
from extractor.entity_rows import named_group
from extractor.normalize.citations import is_citation
from extractor.normalize.regex import noun_alternation
from extractor.resources import entity_facts, word_list

ENTITY_TABLE = "technews_entity_rows"
if not Doc.has_extension(ENTITY_TABLE):
    Doc.set_extension(ENTITY_TABLE, default=None)

# "GLM-4.5 de Zhipu", "les puces Ascend de Huawei", "le jeu Tarnhold de l'éditeur lyonnais Ardelune", "un
# modèle conçu par Mistral AI", "Copilot, l'assistant IA de Microsoft": the company named right after a product
# makes it.
_COMPANY_NOUNS = noun_alternation(word_list("company_nouns"))
_MAKER_AFTER = re.compile(rf"\s+(?:(?:du\s+|de\s+la\s+|de\s+l['’]\s*)(?:{_COMPANY_NOUNS})"
                          r"(?:\s+[a-zàâçéèêëîïôûù-]+)?\s+|de\s+|d['’])"
                          r"|,?\s+(?:conçue?s?|développée?s?|signée?s?|fabriquée?s?|fournie?s?|éditée?s?)\s+par\s+"
                          rf"(?:(?:le|la|l['’])\s*(?:(?:{_COMPANY_NOUNS})(?:\s+[a-zàâçéèêëîïôûù-]+)?|[a-zàâçéèêëîïôûù-]+)\s+)?"
                          rf"|\s*,\s*(?:le|la|l['’]|un|une)\s*"
                          rf"(?:{noun_alternation(word_list('product_nouns') | word_list('maker_apposition_nouns'))})"
                          r"(?:\s+(?:[a-zàâçéèêëîïôûù-]+|IA|\d+D|d['’][a-zàâçéèêëîïôûù-]+)){0,4}?\s+(?:de\s+|d['’]|du\s+)"
                          r"(?=[A-ZÀ-Ý])")  # "Omniverse, la plateforme de simulation 3D de Nvidia": the name it runs to

# "la plateforme de gestion de parc Halvane Cloud", "sa suite Morvane Clinic", "l'offre Orvane+": a product noun
# right before a name
_PRODUCT_NOUN_BEFORE = re.compile(
    rf"(?i)\b(?:la|le|l['’]|les|sa|son|ses|leur|leurs|une?)\s*"
    rf"(?:{noun_alternation(word_list('product_nouns') | word_list('maker_apposition_nouns'))})"
    r"(?:\s+(?:de|d['’]|des|du)\s*[a-zàâçéèêëîïôûù-]+){0,2}(?:\s+[a-zàâçéèêëîïôûù-]+)?\s+$")


def rows_of(doc: Doc) -> list[dict]:
    """The rows of a doc (built on demand when the component did not run, as in a hand-made pipeline)."""
    rows = doc._.get(ENTITY_TABLE)
    return rows if rows is not None else build_rows(doc)


def build_rows(doc: Doc, spans_key: str = ENTITIES_KEY) -> list[dict]:
    facts = entity_facts()
    text = text_of(doc)
    groups: dict[str, list[Span]] = defaultdict(list)
    for span in doc.spans.get(spans_key, []):
        groups[span.id_].append(span)
    types = {i: _entity_type(facts.get(i), spans) for i, spans in groups.items()}
    # An unknown name grown from a known company's ("Amazon Music", "Citi Ventures"): the company it is
    # named after, which makes a product's maker and a unit's group.
    named_after = {i: spans[0].kb_id_ for i, spans in groups.items() if i not in facts
                   and spans[0].kb_id_ in facts and facts[spans[0].kb_id_].type == "COMPANY"}
    stated_maker = makers_stated(text, groups, types)
    rows = []
    for entity_id, spans in groups.items():
        fact = facts.get(entity_id)
        family = facts.get(spans[0].kb_id_) if spans[0].kb_id_ else None  # "iPhone 16 Pro" from "iPhone"
        entity_type = types[entity_id]
        company = named_after.get(entity_id)
        source_fact = fact or family
        longest = max(range(len(spans)), key=lambda k: (len(spans[k].text), -k))
        # the mentions that name a source ("selon Le Figaro"); an entity only ever named so is a source only
        cited = [entity_type in ("COMPANY", "ORGANIZATION") and is_citation(text, s.start_char, s.end_char)
                 for s in spans]
        rows.append({
            "id": entity_id,
            "type": entity_type,
            "mentions": [[s.start_char, s.end_char] for s in spans],
            "name": fact.name if fact else None,
            "name_at": [spans[longest].start_char, spans[longest].end_char],
            "kind": fact.kind if fact else family.kind if family and entity_type == "PRODUCT" else None,
            # "Amazon Music" (from the company "Amazon"): the company it is named after is its maker
            "maker": ((source_fact.maker if source_fact else None) or stated_maker.get(entity_id) or company)
            if entity_type == "PRODUCT" else None,
            # "Citi Ventures", "Google France": a unit named after its group belongs to it
            "parent": fact.parent if fact else company if entity_type == "COMPANY" else None,
            "named_after": company if entity_type == "COMPANY" else None,
            "wikidata": fact.wikidata if fact else None,
            "known": fact is not None,
            "cited": cited,
            "source_only": all(cited),
        })
    rows.sort(key=lambda r: (r["mentions"][0][0], r["id"]))
    present = {r["id"] for r in rows}
    named_for = _company_prefixes(text, rows)
    for row in rows:
        if row["maker"] and row["maker"] not in present:
            row["maker"] = named_group(row["maker"], present)
        if row["type"] == "PRODUCT" and not row["maker"]:
            row["maker"] = named_for(row)
        elif row["type"] == "COMPANY" and not row["known"] and all(
                _PRODUCT_NOUN_BEFORE.search(text, max(0, start - 60), start) for start, _ in row["mentions"]):
            # "la plateforme Orsane Studio" of Orsane AI, "la plateforme 3DEXPERIENCE de Dassault Systèmes": a name
            # always said as a product, grown from another company's name or said with it, is that company's
            # product ("la plateforme Doctolib" stays a company)
            maker = named_for(row) or stated_maker.get(row["id"])
            if maker is not None and maker != row["id"]:
                row.update(type="PRODUCT", maker=maker, parent=None, named_after=None)
    return rows


def _company_prefixes(text: str, rows: list[dict]):
    """-> a function giving the company of the article a product is named after ("Veltis Ledger", "Casino
    Max", "UberEats"), or None."""
    companies: dict[str, str] = {}
    suffixes = word_list("company_suffixes")
    for row in rows:
        if row["type"] == "COMPANY":
            for start, end in row["mentions"]:
                companies.setdefault(text[start:end], row["id"])
    for row in rows:  # "Ombelle 2" of Ombelle AI, "Morvane Clinic" of Morvane Santé: the name before its suffix
        if row["type"] == "COMPANY":
            first, *rest = text[row["name_at"][0] : row["name_at"][1]].split()
            if rest and all(word.lower() in suffixes for word in rest):
                companies.setdefault(first, row["id"])
    starts = sorted(companies, key=len, reverse=True)

    def named_for(row: dict) -> str | None:
        for start, end in row["mentions"]:
            surface = text[start:end]
            for name in starts:
                rest = surface[len(name) :]
                if surface.startswith(name) and rest and (rest[0] in " -+" or rest[0].isupper()) and len(name) > 2:
                    return companies[name]
        return None

    return named_for


def makers_stated(text: str, groups: dict[str, list[Span]], types: dict[str, str]) -> dict[str, str]:
    """Product id -> the company the text names as its maker, at the first mention that names one (a name
    typed as a company too: a product noun before it can make it a product)."""
    company_at = {s.start_char: s.id_ for spans in groups.values() for s in spans if types[s.id_] == "COMPANY"}
    makers: dict[str, str] = {}
    for product, spans in groups.items():
        if types[product] not in ("PRODUCT", "COMPANY"):
            continue
        for span in spans:
            after = _MAKER_AFTER.match(text, span.end_char)
            if after and after.end() in company_at:
                makers[product] = company_at[after.end()]
                break
    return makers


def _entity_type(fact, spans: list[Span]) -> str:
    """A known entity's type, but a known company only ever named as a platform one posts on ("publié sur
    Twitter") is a product in this article; an unknown one's, by its mentions."""
    if fact is None:
        return _majority_type(spans)
    if fact.type == "COMPANY" and all(s.label_ == "PRODUCT" for s in spans):
        return "PRODUCT"
    return fact.type


def _majority_type(spans: list[Span]) -> str:
    """The most frequent label; LOCATION only when nothing else was seen (the model reads unknown firms as
    places: "Obsyra" is LOC to it, a company to the cue "la start-up nantaise Obsyra")."""
    votes = Counter(s.label_ for s in spans)
    if len(votes) > 1:
        votes.pop("LOCATION", None)
    return votes.most_common(1)[0][0]


class EntityTable:
    def __init__(self, name: str, *, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(ENTITY_TABLE, build_rows(doc, self.spans_key))
        return doc


@Language.factory("technews_entity_table", default_config={"spans_key": ENTITIES_KEY})
def make_entity_table(nlp: Language, name: str, *, spans_key: str) -> EntityTable:
    return EntityTable(name, spans_key=spans_key)
