"""Bundled data is validated on load; components work on a blank pipeline and serialize."""
import pytest
import spacy

from extractor.errors import ResourceError
from extractor.resources import build_facts, entity_facts, entity_patterns, parse_jsonl

COMPANY = {"id": "acme", "name": "Acme", "parent": None, "wikidata": None, "ambiguous": False, "source": "cac40"}
ALLOWED = {"id", "name", "parent", "wikidata", "ambiguous", "source"}

BAD_FACT_TABLES = [
    ({"companies": [COMPANY, COMPANY]}, "duplicate id"),
    ({"companies": [{**COMPANY, "parent": "nowhere"}]}, "unknown id"),
    ({"companies": [{k: v for k, v in COMPANY.items() if k != "name"}]}, "misses keys"),
    ({"companies": [{**COMPANY, "source": "my memory"}]}, "unknown source"),
]


@pytest.mark.parametrize("tables,message", BAD_FACT_TABLES)
def test_build_facts_refuses_bad_tables(tables, message):
    with pytest.raises(ResourceError, match=message):
        build_facts(tables)


BAD_JSONL = [
    ('{"id": "acme", "nme": "Acme"}', "unknown keys"),
    ('{"id": "acme",', "invalid JSON"),
]


@pytest.mark.parametrize("text,message", BAD_JSONL)
def test_parse_jsonl_refuses_bad_rows_naming_file_and_line(text, message):
    with pytest.raises(ResourceError, match=rf"companies.jsonl:1: {message}"):
        list(parse_jsonl(text, ALLOWED, "companies.jsonl"))


def test_bundled_gazetteer_is_consistent_and_big_enough():
    facts = entity_facts()
    counts = {t: sum(f.type == t for f in facts.values()) for t in ("COMPANY", "PRODUCT", "PERSON", "ORGANIZATION")}
    assert counts["COMPANY"] >= 400 and counts["PRODUCT"] >= 250 and counts["PERSON"] >= 150
    assert {p["id"] for p in entity_patterns()} <= set(facts)
    assert all(f.wikidata is None or f.wikidata.startswith("Q") for f in facts.values())


def test_most_entries_come_from_a_stated_list():
    """Provenance: each entry names the list it comes from (entities/sources.json) or null, awaiting one.
    Fixture-only entries say so; the unlisted share must not grow unnoticed."""
    facts = entity_facts().values()
    listed = sum(f.source is not None for f in facts)
    assert listed / len(facts) >= 0.75
    assert sum(f.source == "fixture" for f in facts) <= 20


ALIASES = [("AWS", "aws"), ("Amazon Web Services", "aws"), ("Facebook", "meta"), ("Meta", "meta")]


@pytest.mark.parametrize("alias,entity_id", ALIASES)
def test_aliases_resolve_to_one_id(blank_nlp, alias, entity_id):
    doc = blank_nlp(f"Hier, {alias} a publié ses comptes.")
    assert [(s.text, s.id_) for s in doc.spans["technews_gazetteer"]] == [(alias, entity_id)]


# (text, gazetteer matches): a name whatever the case of its inner letters, never with another initial, never
# in capitals unless the name is written so
CASES = [("Il a dévoilé la XBox Series X, hier.", [("XBox Series X", "xbox_series_x")]),
         ("Il a quitté Linkedin hier.", [("Linkedin", "linkedin")]),
         ("Une robe orange, hier.", []),
         ("LE MONDE DE LA CULTURE, hier.", []),
         ("Il publie sur Aws hier.", []),
         ("La fibre de Orange arrive.", [("Orange", "orange")])]


@pytest.mark.parametrize("text,expected", CASES)
def test_gazetteer_tolerates_inner_case_only(blank_nlp, text, expected):
    doc = blank_nlp(text)
    assert [(s.text, s.id_) for s in doc.spans["technews_gazetteer"]] == expected


# (text, tokens): a capital and a full stop are split where a sentence starts after them, kept as an initial
FINAL_LETTERS = [("la Xbox Series X. Le groupe", ["la", "Xbox", "Series", "X", ".", "Le", "groupe"]),
                 ("la start-up H.\nElle", ["la", "start", "-", "up", "H", ".", "\n", "Elle"]),
                 ("son compte X.", ["son", "compte", "X", "."]),
                 ("L'entreprise X. L'autre", ["L'", "entreprise", "X", ".", "L'", "autre"]),
                 ("J. K. Rowling", ["J.", "K.", "Rowling"]),
                 ("M. Dupont. Il", ["M.", "Dupont", ".", "Il"]),
                 # capitalised words joined by hyphens are one name, unless the gazetteer knows a part
                 ("Le groupe Paris-Turf recrute", ["Le", "groupe", "Paris-Turf", "recrute"]),
                 ("Jean-Pierre Farandou", ["Jean-Pierre", "Farandou"]),
                 ("l'alliance Renault-Nissan", ["l'", "alliance", "Renault", "-", "Nissan"]),
                 ("un franco-allemand", ["un", "franco-allemand"]),
                 # a network's generation is one word, also before a full stop; a unit after a number is not
                 ("le forfait 5G Kalao, en 4G.", ["le", "forfait", "5G", "Kalao", ",", "en", "4G", "."]),
                 ("10 km", ["10", "km"])]


@pytest.mark.parametrize("text,tokens", FINAL_LETTERS)
def test_a_capital_ending_a_sentence_ends_a_name(blank_nlp, text, tokens):
    assert [t.text for t in blank_nlp(text)] == tokens


def test_google_and_alphabet_are_distinct_but_linked():
    facts = entity_facts()
    assert facts["google"].parent == "alphabet" and "alphabet" in facts


# (text, amount as the doc's span holds it): the tokenizer cuts a full stop after a currency sign and a sign
# before a number, so that the span is the amount itself, never more
EXACT_SPANS = [("Elle a levé 31 M€.", "31 M€"), ("Une perte de -301 millions d'euros.", "301 millions d'euros"),
               ("Le résultat atteint +313 millions d'euros.", "313 millions d'euros"), ("Soit 1,2 Md€.", "1,2 Md€")]


@pytest.mark.parametrize("text,amount", EXACT_SPANS)
def test_amount_spans_are_exact(blank_nlp, text, amount):
    doc = blank_nlp(text)
    assert [span.text for span in doc.spans["technews_amounts"]] == [amount]


def test_components_are_registered_factories_usable_in_any_pipeline():
    import extractor.pipeline  # noqa: F401

    nlp = spacy.blank("fr")
    nlp.add_pipe("technews_money")
    doc = nlp("Une levée de 15 M€.")
    assert [(s.text, s.label_) for s in doc.spans["technews_amounts"]] == [("15 M€.", "MONEY")]
    assert doc.spans["technews_amounts"].attrs["offsets"] == [[13, 18]]


def test_gazetteer_round_trips_through_bytes():
    import extractor.pipeline  # noqa: F401

    nlp = spacy.blank("fr")
    nlp.add_pipe("technews_gazetteer")
    restored = spacy.blank("fr")
    restored.add_pipe("technews_gazetteer", config={"bundled_patterns": False})
    restored.from_bytes(nlp.to_bytes())
    doc = restored("Anthropic et OpenAI.")
    assert [s.id_ for s in doc.spans["technews_gazetteer"]] == ["anthropic", "openai"]


def test_model_pipeline_has_our_components_after_ner(nlp):
    names = nlp.pipe_names
    assert names.index("ner") < names.index("technews_money") < names.index("technews_entities")


def test_a_record_past_the_mention_ceiling_is_cut_with_a_warning():
    from extractor.assemble import within_ceiling
    from extractor.models import ArticleRecord, Entity, Mention, Percentage, Relation, Span

    text = "Acme 1 % Acme 2 % Acme 3 %"
    record = ArticleRecord(
        entities=[Entity(id="acme", type="COMPANY", name="Acme",
                         mentions=[Mention(text="Acme", start=i, end=i + 4) for i in (0, 9, 18)])],
        percentages=[Percentage(text=f"{n} %", start=s, end=s + 3, value=n) for n, s in ((1, 5), (2, 14), (3, 23))],
        relations=[Relation(type="STOCK_MOVE", arguments={"company": "acme", "percentage": f"percentages/{i}"},
                            sentence=Span(start=s, end=s + 8), rule="r", confidence=0.8)
                   for i, s in enumerate((0, 9, 18))],
    )
    assert within_ceiling(record, limit=6) == record
    cut = within_ceiling(record, limit=3)
    assert [m.start for m in cut.entities[0].mentions] == [0, 9] and [p.value for p in cut.percentages] == [1]
    assert [r.arguments["percentage"] for r in cut.relations] == ["percentages/0"]
    assert cut.warnings == ["6 mentions: more than the ceiling of 3; the record covers the text before character 14 only"]
    assert all(text[m.start:m.end] == m.text for m in cut.entities[0].mentions)


def test_known_hyphenated_names_survive_the_token_fixes(blank_nlp):
    """`technews_final_letters` merges "Paris-Turf" into one token; never a name the gazetteer matches on the
    tokenizer's pieces ("Air France-KLM", "François-Henri Pinault")."""
    import re

    from extractor.resources import entity_patterns

    hyphenated = re.compile(r"(?<![\w-])[A-ZÀ-Þ][\w’']*(?:-[A-ZÀ-Þ][\w’']*)+(?![\w-])")
    names = [p for p in entity_patterns() if isinstance(p["pattern"], str) and hyphenated.search(p["pattern"])]
    assert len(names) >= 20
    missed = []
    for pattern in names:
        doc = blank_nlp(f"Hier, {pattern['pattern']} a parlé.")
        if (pattern["pattern"], pattern["id"]) not in {(s.text, s.id_) for s in doc.spans["technews_gazetteer"]}:
            missed.append(pattern["pattern"])
    assert missed == []
