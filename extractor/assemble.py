"""The one place that turns an annotated `Doc` into an `ArticleRecord`.

The doc was made from a length-preserving normalization of the user's text, so every character offset
is an offset into the original: mention texts are sliced from `original`, never from `doc.text`.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from spacy.tokens import Doc

from extractor.components._spans import span_facts, spans_with_offsets, text_of
from extractor.components.dates import DATES_KEY
from extractor.components.entity_table import rows_of
from extractor.components.events import relations_of, roles_of
from extractor.components.money import AMOUNTS_KEY, PERCENTAGES_KEY
from extractor.entity_rows import named_group, row_name
from extractor.models import (
    Amount,
    ArticleRecord,
    DateMention,
    Entity,
    Mention,
    Percentage,
    Reference,
    Relation,
    Role,
)
from extractor.normalize.dates import DateValue, day_of, parse_date
from extractor.relations import one_per_event, shift_relation
from extractor.resources import entity_facts

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
    text = text_of(doc)
    entities = build_entities(doc, original)
    relations = [_relation(r, text, original) for r in relations_of(doc)]
    return ArticleRecord(
        source=source,
        published=published,
        language=language,
        entities=entities,
        references=references_of(entities, relations),
        amounts=build_amounts(doc, original),
        percentages=build_percentages(doc, original),
        dates=build_dates(doc, original, published, text),
        relations=relations,
    )


def _relation(found: dict, text: str, original: str) -> Relation:
    """A relation the doc holds, its texts taken from the user's text: the trigger word, a quote's words."""
    relation = Relation.model_validate(found)
    trigger = relation.trigger
    updates: dict = {}
    if trigger is not None:
        updates["trigger"] = trigger.model_copy(update={"text": original[trigger.start : trigger.end]})
    quote = relation.attributes.get("text")
    if quote is not None:
        at = text.find(quote, relation.sentence.start)  # normalization keeps lengths: same place in both
        if at >= 0:
            updates["attributes"] = relation.attributes | {"text": original[at : at + len(quote)]}
    return relation.model_copy(update=updates) if updates else relation


def makers_in_record(entities: list[Entity]) -> list[Entity]:
    """Each product's maker as an entity of the record when the article names its group (`named_group`)."""
    present = {e.id for e in entities}
    return [e.model_copy(update={"maker": named_group(e.maker, present)}) if e.maker and e.maker not in present else e
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


def _mention(original: str, start: int, end: int) -> Mention:
    return Mention(text=original[start:end], start=start, end=end)


def build_entities(doc: Doc, original: str) -> list[Entity]:
    """The doc's entity rows and roles as records, every text taken from the user's text."""
    roles_by_person: dict[str, dict[Role, None]] = defaultdict(dict)
    for statement in roles_of(doc):
        if statement["implied"]:
            continue  # a person's roles are the titles the text gives them; an implied one is an EMPLOYMENT only
        role = Role(title=statement["title"], title_normalized=statement["title_normalized"],
                    former=statement["former"], organization=statement["organization"])
        roles_by_person[statement["person"]][role] = None
    entities = []
    for row in rows_of(doc):
        mentions = [_mention(original, start, end) for start, end in row["mentions"]]
        name = row_name(row, original)
        entities.append(Entity(
            id=row["id"],
            type=row["type"],
            name=name,
            aliases=[s for s in dict.fromkeys(m.text for m in mentions) if s != name],
            mentions=mentions,
            kind=row["kind"],
            maker=row["maker"],
            parent=row["parent"],
            wikidata=row["wikidata"],
            roles=list(roles_by_person.get(row["id"], {})),
            known=row["known"],
            source_only=row["source_only"],
        ))
    return entities


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
    # as in one doc: each event or role once
    relations = one_per_event(relations, [a.value for a in amounts], [p.value for p in percentages])
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
