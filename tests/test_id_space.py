"""One id space: every id a record uses resolves to an entity of the record or to one of its references
(`ArticleRecord.references`), on the fixtures and on the shared corpus (skipped where ../shared is absent)."""
from __future__ import annotations

import pytest

from paths import FIXTURES, SHARED

CORPUS = SHARED / "corpus" / "fr-tech-news"


def used_ids(record) -> set[str]:
    ids = {e.maker for e in record.entities} | {e.parent for e in record.entities} \
        | {role.organization for e in record.entities for role in e.roles}
    for relation in record.relations:
        for argument in relation.arguments.values():
            ids |= {v for v in (argument if isinstance(argument, list) else [argument])
                    if v.split("/")[0] not in ("amounts", "percentages", "dates")}
    return {i for i in ids if i}


def dangling(record) -> set[str]:
    known = {e.id for e in record.entities} | {r.id for r in record.references}
    return used_ids(record) - known


def test_a_maker_the_article_does_not_name_is_a_reference(rules_record):
    record = rules_record("DeepSeek a publié un nouveau modèle.")
    assert [(e.id, e.maker) for e in record.entities] == [("deepseek", "deepseek_ai")]
    assert [(r.id, r.type, r.name) for r in record.references] == [("deepseek_ai", "COMPANY", "DeepSeek AI")]


def test_a_maker_becomes_its_group_that_the_article_names(rules_record):
    record = rules_record("Samsung lance le Galaxy S25 en France.")
    assert {e.id: e.maker for e in record.entities}.get("galaxy_s25") == "samsung"
    assert record.references == []


@pytest.mark.model
def test_every_id_of_the_fixtures_and_the_corpus_resolves(nlp):
    from extractor import extract_many

    paths = sorted((FIXTURES / "articles").glob("*.txt")) + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])
    problems = {record.source: dangling(record) for record in extract_many(paths)}
    assert {source: ids for source, ids in problems.items() if ids} == {}
