"""The one place that turns an annotated `Doc` into an `ArticleRecord`.

The doc was made from a length-preserving normalization of the user's text, so every character offset
is an offset into the original: mention texts are sliced from `original`, never from `doc.text`.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from extractor.components._spans import span_facts, spans_with_offsets
from extractor.components.dates import DATES_KEY
from extractor.components.entities import ENTITIES_KEY
from extractor.components.money import AMOUNTS_KEY, PERCENTAGES_KEY
from extractor.models import Amount, ArticleRecord, DateMention, Entity, Mention, Percentage, Reference, Relation, Role
from extractor.normalize.citations import is_citation
from extractor.normalize.dates import DateValue, day_of, parse_date
from extractor.relations import find_relations, one_per_event, shift_relation
from extractor.resources import entity_facts
from extractor.roles import MentionRef, find_roles
from extractor.typography import normalize_for_nlp

# More mentions than this in one record mean a table dump or a generated file, not an article: the record
# is cut there (see `within_ceiling`).
MAX_MENTIONS = 100_000



def doc_to_record(
    doc: Doc,
    original: str,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    language: str = "fr",
) -> ArticleRecord:
    text = _doc_text(doc, original)
    entities = makers_in_record(build_entities(doc, original, text))
    amounts = build_amounts(doc, original)
    percentages = build_percentages(doc, original)
    dates = build_dates(doc, original, published, text)
    relations = find_relations(original, [e for e in entities if not e.source_only], amounts, percentages, dates,
                               subjects=VerbSubjects(doc))
    return ArticleRecord(
        source=source,
        published=published,
        language=language,
        entities=entities,
        references=references_of(entities, relations),
        amounts=amounts,
        percentages=percentages,
        dates=dates,
        relations=relations,
    )


def _doc_text(doc: Doc, original: str) -> str:
    """`doc.text`, which spaCy builds token by token on each access (a tenth of the record's time): the doc
    is `nlp(normalize_for_nlp(original))`, so that string is its text; checked by its length."""
    text = normalize_for_nlp(original)
    last = doc[-1] if len(doc) else None
    if last is not None and last.idx + len(last.text_with_ws) == len(text):
        return text
    return doc.text


def makers_in_record(entities: list[Entity]) -> list[Entity]:
    """A product's known maker that the article does not name becomes the group of it that the article
    names: the Galaxy S25's maker, Samsung Electronics, is the record's "Samsung"."""
    facts = entity_facts()
    present = {e.id for e in entities}

    def named_group(company: str) -> str:
        seen = set()
        group: str | None = company
        while group is not None and group not in seen:
            if group in present:
                return group
            seen.add(group)
            group = facts[group].parent if group in facts else None
        return company

    return [e.model_copy(update={"maker": named_group(e.maker)}) if e.maker and e.maker not in present else e
            for e in entities]


def references_of(entities: list[Entity], relations: list[Relation]) -> list[Reference]:
    """The known entities the record's ids point to that the article does not name (ArticleRecord.references)."""
    facts = entity_facts()
    present = {e.id for e in entities}
    used = {e.maker for e in entities} | {e.parent for e in entities} \
        | {role.organization for e in entities for role in e.roles} \
        | {value for r in relations for argument in r.arguments.values()
           for value in (argument if isinstance(argument, list) else [argument])}
    return [Reference(id=i, type=facts[i].type, name=facts[i].name)
            for i in sorted(i for i in used if i and i not in present and i in facts)]


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


def _mention(original: str, span: Span) -> Mention:
    return Mention(text=original[span.start_char : span.end_char], start=span.start_char, end=span.end_char)


def build_entities(doc: Doc, original: str, text: str | None = None) -> list[Entity]:
    """Entities of a doc; `text` is `doc.text` when the caller has read it already."""
    facts = entity_facts()
    text = doc.text if text is None else text
    groups: dict[str, list[Span]] = defaultdict(list)
    for span in doc.spans.get(ENTITIES_KEY, []):
        groups[span.id_].append(span)
    types = {i: facts[i].type if i in facts else _majority_type(spans) for i, spans in groups.items()}
    # An unknown name grown from a known company's ("Amazon Music", "Citi Ventures"): the company it is
    # named after, which makes a product's maker and a unit's group.
    named_after = {i: spans[0].kb_id_ for i, spans in groups.items() if i not in facts
                   and spans[0].kb_id_ in facts and facts[spans[0].kb_id_].type == "COMPANY"}
    refs = [MentionRef(s.id_, types[s.id_], s.start_char, s.end_char,
                       named_after.get(s.id_) if types[s.id_] == "COMPANY" else None)
            for spans in groups.values() for s in spans]
    stated_maker = makers_stated(text, groups, types)
    roles_by_person: dict[str, list[Role]] = defaultdict(list)
    for statement in find_roles(text, refs):
        roles_by_person[statement.person].append(
            Role(title=statement.title, title_normalized=statement.title_normalized, former=statement.former,
                 organization=statement.organization)
        )
    entities = []
    for entity_id, spans in groups.items():
        fact = facts.get(entity_id)
        family = facts.get(spans[0].kb_id_) if spans[0].kb_id_ else None  # "iPhone 16 Pro" from "iPhone"
        mentions = [_mention(original, s) for s in spans]
        surface = list(dict.fromkeys(m.text for m in mentions))
        # the name as the article writes it ("Total" in 2019, "Facebook" before Meta), the gazetteer's when a
        # form holds it ("Groupe Iliad" is Iliad); the id stays the key across articles
        written = fact is not None and any(re.search(rf"(?<!\w){re.escape(fact.name)}(?!\w)", s) for s in surface)
        name = fact.name if written else max(surface, key=len)
        source_fact = fact or family
        entity_type = types[entity_id]
        company = named_after.get(entity_id)
        entities.append(Entity(
            id=entity_id,
            type=entity_type,
            name=name,
            aliases=[s for s in surface if s != name],
            mentions=mentions,
            kind=fact.kind if fact else family.kind if family and entity_type == "PRODUCT" else None,
            # "Amazon Music" (from the company "Amazon"): the company it is named after is its maker
            maker=((source_fact.maker if source_fact else None) or stated_maker.get(entity_id) or company)
            if entity_type == "PRODUCT" else None,
            # "Citi Ventures", "Google France": a unit named after its group belongs to it
            parent=fact.parent if fact else company if entity_type == "COMPANY" else None,
            wikidata=fact.wikidata if fact else None,
            roles=list(dict.fromkeys(roles_by_person.get(entity_id, []))),
            known=fact is not None,
            source_only=entity_type in ("COMPANY", "ORGANIZATION")
            and all(is_citation(text, s.start_char, s.end_char) for s in spans),
        ))
    return sorted(entities, key=lambda e: (e.mentions[0].start, e.id))


# "GLM-4.5 de Zhipu", "les puces Ascend de Huawei", "un modèle conçu par Mistral AI": the company named
# right after a product makes it.
_MAKER_AFTER = re.compile(r"\s+(?:de\s+|d['’]|du\s+(?:groupe|fabricant|géant|constructeur)\s+|de\s+la\s+(?:société|start-up)\s+)"
                          r"|,?\s+(?:conçue?s?|développée?s?|signée?s?|fabriquée?s?)\s+par\s+")


def makers_stated(text: str, groups: dict[str, list[Span]], types: dict[str, str]) -> dict[str, str]:
    """Product id -> the company the text names as its maker, at the first mention that names one."""
    company_at = {s.start_char: s.id_ for spans in groups.values() for s in spans if types[s.id_] == "COMPANY"}
    makers: dict[str, str] = {}
    for product, spans in groups.items():
        if types[product] != "PRODUCT":
            continue
        for span in spans:
            after = _MAKER_AFTER.match(text, span.end_char)
            if after and after.end() in company_at:
                makers[product] = company_at[after.end()]
                break
    return makers


def _majority_type(spans: list[Span]) -> str:
    """The most frequent label; LOCATION only when nothing else was seen (the model reads unknown firms as
    places: "Obsyra" is LOC to it, a company to the cue "la start-up nantaise Obsyra")."""
    votes = Counter(s.label_ for s in spans)
    if len(votes) > 1:
        votes.pop("LOCATION", None)
    return votes.most_common(1)[0][0]


def build_amounts(doc: Doc, original: str) -> list[Amount]:
    return [Amount(text=original[start:end], start=start, end=end, **facts)
            for start, end, facts in span_facts(doc, AMOUNTS_KEY)]


def build_percentages(doc: Doc, original: str) -> list[Percentage]:
    return [Percentage(text=original[start:end], start=start, end=end, **facts)
            for start, end, facts in span_facts(doc, PERCENTAGES_KEY)]


def build_dates(doc: Doc, original: str, published: dt.date | None, text: str | None = None) -> list[DateMention]:
    """Dates in text order; "la veille" counts from the last date named before it (`anchor`)."""
    out = []
    text = doc.text if text is None else text
    anchor = anchor_day = None
    for _, start, end in spans_with_offsets(doc, DATES_KEY):
        parsed = parse_date(text[start:end], published=published, anchor=anchor, anchor_day=anchor_day)
        out.append(DateMention(text=original[start:end], start=start, end=end, value=parsed.value,
                               value_max=parsed.value_max, precision=parsed.precision, relative=parsed.relative))
        if parsed.value and not parsed.counted:  # an interval is followed from its end: "du 3 au 5 mars… le lendemain" is 6 mars
            anchor = DateValue(parsed.value_max or parsed.value, parsed.precision, parsed.relative)
            anchor_day = anchor if day_of(anchor) else anchor_day
    return out


def _shift(mention, offset: int):
    return mention.model_copy(update={"start": mention.start + offset, "end": mention.end + offset})


def merge_records(parts: list[tuple[int, ArticleRecord]]) -> ArticleRecord:
    """One record from the records of consecutive parts of a text, each with its offset in the text.

    Mentions are shifted to whole-text offsets; an entity seen in several parts becomes one entity. Each
    part is visited once and each list built once: linear in the number of mentions."""
    first_seen: dict[str, Entity] = {}
    mentions: dict[str, list[Mention]] = defaultdict(list)
    aliases: dict[str, dict[str, None]] = defaultdict(dict)
    roles: dict[str, dict[Role, None]] = defaultdict(dict)
    amounts, percentages, dates, relations = [], [], [], []
    for offset, record in parts:
        counts = {"amounts": len(amounts), "percentages": len(percentages), "dates": len(dates)}
        relations += [shift_relation(relation, offset, counts) for relation in record.relations]
        for entity in record.entities:
            seen = first_seen.setdefault(entity.id, entity)
            mentions[entity.id] += [_shift(m, offset) for m in entity.mentions]
            aliases[entity.id].update(dict.fromkeys(a for a in entity.aliases if a != seen.name))
            roles[entity.id].update(dict.fromkeys(entity.roles))
        amounts += [_shift(a, offset) for a in record.amounts]
        percentages += [_shift(p, offset) for p in record.percentages]
        dates += [_shift(d, offset) for d in record.dates]
    entities = makers_in_record(sorted(
        (entity.model_copy(update={"mentions": mentions[i], "aliases": list(aliases[i]), "roles": list(roles[i]),
                                   "source_only": all(p.get(i, True) for p in _source_only_by_part(parts))})
         for i, entity in first_seen.items()), key=lambda e: (e.mentions[0].start, e.id)))
    relations = one_per_event(relations, amounts)  # as in one doc: each event or role once
    return parts[0][1].model_copy(update={
        "entities": entities, "references": references_of(entities, relations),
        "amounts": amounts, "percentages": percentages, "dates": dates, "relations": relations,
    })


def _source_only_by_part(parts: list[tuple[int, ArticleRecord]]) -> list[dict[str, bool]]:
    """An entity is a source only if it is one in every part that mentions it."""
    return [{e.id: e.source_only for e in record.entities} for _, record in parts]


def within_ceiling(record: ArticleRecord, limit: int = MAX_MENTIONS) -> ArticleRecord:
    """The record itself, or, when it holds more than `limit` mentions (entities, amounts, percentages and
    dates together), the record of the text before the mention past the limit, with a warning that says so.
    Such a text is a table dump or a generated file, not an article: the record stays well-formed and its
    size bounded."""
    starts = sorted([m.start for e in record.entities for m in e.mentions]
                    + [x.start for x in (*record.amounts, *record.percentages, *record.dates)])
    if len(starts) <= limit:
        return record
    cut = starts[limit]
    amounts = [a for a in record.amounts if a.start < cut]
    percentages = [p for p in record.percentages if p.start < cut]
    dates = [d for d in record.dates if d.start < cut]
    entities = [e.model_copy(update={"mentions": [m for m in e.mentions if m.start < cut]})
                for e in record.entities if e.mentions[0].start < cut]
    kept_ids = {e.id for e in entities}
    counts = {"amounts": len(amounts), "percentages": len(percentages), "dates": len(dates)}

    def kept(value: str) -> bool:
        kind, _, index = value.partition("/")
        return int(index) < counts[kind] if kind in counts and index.isdigit() else value in kept_ids

    relations = [r for r in record.relations if r.sentence.end <= cut and all(
        kept(v) for value in r.arguments.values() for v in (value if isinstance(value, list) else [value]))]
    warning = (f"{len(starts)} mentions: more than the ceiling of {limit}; the record covers the text before "
               f"character {cut} only")
    return record.model_copy(update={"entities": entities, "amounts": amounts, "percentages": percentages,
                                     "dates": dates, "relations": relations,
                                     "warnings": [*record.warnings, warning]})
