"""The client's acceptance on its own sample article (skipped when ../shared is absent)."""
from decimal import Decimal

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def record(nlp, seed_text):
    from extractor import extract

    return extract(seed_text)


def _by_type(record, entity_type):
    return {e.name: e for e in record.entities if e.type == entity_type}


def test_companies(record):
    assert set(_by_type(record, "COMPANY")) == {
        "Amazon", "Google", "Meta", "Microsoft", "Amazon Web Services", "Anthropic", "OpenAI"}
    assert _by_type(record, "COMPANY")["Amazon Web Services"].aliases == ["AWS"]


def test_person_with_alias_and_role(record):
    people = _by_type(record, "PERSON")
    assert set(people) == {"Andy Jassy"}
    jassy = people["Andy Jassy"]
    assert jassy.aliases == ["Jassy"]
    assert [(r.title_normalized, r.organization) for r in jassy.roles] == [("CEO", "amazon")]


def test_products_with_kind_and_maker(record):
    products = _by_type(record, "PRODUCT")
    assert set(products) == {"Trainium2", "Trainium3", "Claude", "DeepSeek"}
    assert products["Claude"].maker == "anthropic"
    for chip in ("Trainium2", "Trainium3"):
        assert (products[chip].kind, products[chip].maker) in {("chip", "amazon"), ("chip", "aws")}


def test_no_false_entities(record):
    names = {m.text for e in record.entities for m in e.mentions}
    assert not names & {"C’", "C'", "qu’", "n’", "Perspectives", "tech"}
    assert "Silicon Valley" not in {e.name for e in record.entities if e.type == "COMPANY"}


def test_amounts(record):
    got = [(a.value, a.currency, a.qualifier, a.currency_inferred) for a in record.amounts]
    assert got == [
        (Decimal("26.3e9"), "USD", "exact", False),
        (Decimal("75e9"), "USD", "exact", False),
        (Decimal("65e9"), "USD", "at_most", True),
        (Decimal("80e9"), "USD", "exact", True),
    ]
    assert record.amounts[0].period == "quarter"


def test_percentages_and_dates(record):
    assert [p.value for p in record.percentages] == [40, 4]
    assert ("2025", "year") in [(d.value, d.precision) for d in record.dates]
    assert not any(d.text.startswith(("26,3", "40")) for d in record.dates)


def test_offsets_point_into_the_original_text(record, seed_text):
    mentions = [m for e in record.entities for m in e.mentions] + record.amounts + record.percentages + record.dates
    assert mentions and all(seed_text[m.start : m.end] == m.text for m in mentions)
