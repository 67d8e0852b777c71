"""Relations: pure sentence splitting, rule tables on the blank pipeline, the client's sample with the model."""
import pytest

from extractor.relations import sentence_spans

SENTENCES = [
    ("Amazon investit. Google aussi.", ["Amazon investit.", "Google aussi."]),
    ("M. Dupont a parlé. Mme Durand aussi !", ["M. Dupont a parlé.", "Mme Durand aussi !"]),
    ("Titre sans point\nPremier paragraphe. Second.", ["Titre sans point", "Premier paragraphe.", "Second."]),
    ("« C'est fini. » Il part.", ["« C'est fini. »", "Il part."]),
    ("Le modèle de langage Claude, créé par Anthropic, progresse.",
     ["Le modèle de langage Claude, créé par Anthropic, progresse."]),
    ("Il vaut 3,5 milliards. En 2025, il double.", ["Il vaut 3,5 milliards.", "En 2025, il double."]),
]


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_sentence_spans(text, expected):
    assert [text[s.start : s.end] for s in sentence_spans(text)] == expected


# (sentence, [(type, arguments with amounts/percentages/dates replaced by their text, attributes)])
RELATIONS = [
    ("Microsoft rachète Activision Blizzard pour 69 milliards de dollars.",
     [("ACQUISITION", {"acquirer": "microsoft", "target": "activision_blizzard", "amount": "69 milliards de dollars"},
       {})]),
    ("Le rachat d'Activision Blizzard par Microsoft pour 69 milliards de dollars a été validé.",
     [("ACQUISITION", {"acquirer": "microsoft", "target": "activision_blizzard", "amount": "69 milliards de dollars"},
       {})]),
    ("Mistral AI lève 600 millions d'euros auprès de Nvidia et de Microsoft, en série B.",
     [("FUNDING_ROUND", {"company": "mistral_ai", "amount": "600 millions d'euros",
                         "investors": ["nvidia", "microsoft"]}, {"round": "série B"})]),
    ("Nvidia a publié un chiffre d'affaires de 35 milliards de dollars au troisième trimestre.",
     [("REVENUE", {"company": "nvidia", "amount": "35 milliards de dollars", "date": "au troisième trimestre"},
       {"metric": "revenue"})]),
    ("L'action Nvidia a chuté de 17 % lundi.",
     [("STOCK_MOVE", {"company": "nvidia", "percentage": "17 %", "date": "lundi"}, {"direction": "down"})]),
    ("Le titre Nvidia a bondi de 40 % sur l'année écoulée.",
     [("STOCK_MOVE", {"company": "nvidia", "percentage": "40 %", "period": "l'année écoulée"},
       {"direction": "up"})]),
    ("« Nous allons investir massivement en France », a déclaré Satya Nadella, le PDG de Microsoft.",
     [("EMPLOYMENT", {"person": "satya_nadella", "organization": "microsoft"},
       {"title": "PDG", "title_normalized": "CEO"}),
      ("QUOTE", {"speaker": "satya_nadella"}, {"text": "Nous allons investir massivement en France"})]),
    ("Apple lance l'iPhone 16 en septembre 2024.",
     [("MAKER", {"maker": "apple", "product": "iphone_16"}, {}),
      ("PRODUCT_LAUNCH", {"company": "apple", "product": "iphone_16", "date": "en septembre 2024"}, {})]),
    ("Google va investir 5 milliards d'euros en France d'ici 2030.",
     [("INVESTMENT", {"investor": "google", "amount": "5 milliards d'euros", "date": "d'ici 2030"}, {})]),
    ("Microsoft noue un partenariat avec OpenAI.", [("PARTNERSHIP", {"partners": ["microsoft", "openai"]}, {})]),
    ("La « vaste majorité » ira au cloud.", []),
    ("Le groupe emploie 3 000 personnes à Paris.", []),
]


def _readable(record, relation):
    def text(ref):
        kind, _, index = ref.partition("/")
        return getattr(record, kind)[int(index)].text if kind in ("amounts", "percentages", "dates") else ref

    arguments = {k: [text(v) for v in value] if isinstance(value, list) else text(value)
                 for k, value in relation.arguments.items()}
    return relation.type, arguments, relation.attributes


@pytest.mark.parametrize("sentence,expected", RELATIONS)
def test_relation_rules(rules_record, sentence, expected):
    record = rules_record(sentence)
    assert [_readable(record, r) for r in record.relations] == expected
    for relation in record.relations:
        assert sentence[relation.sentence.start : relation.sentence.end].strip()
        assert relation.rule and 0 < relation.confidence <= 1


@pytest.mark.model
def test_client_sample_relations(nlp, seed_text):
    from extractor import extract

    record = extract(seed_text)
    got = {(r.type, tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in r.arguments.items())))
           for r in record.relations}

    def amount(value):
        return next(f"amounts/{i}" for i, a in enumerate(record.amounts) if a.value == value)

    def percent(value):
        return next(f"percentages/{i}" for i, p in enumerate(record.percentages) if p.value == value)

    investments = {dict(args).get("investor"): dict(args)["amount"] for t, args in got if t == "INVESTMENT"}
    assert investments == {"amazon": amount(26_300_000_000), "google": amount(75_000_000_000),
                           "meta": amount(65_000_000_000), "microsoft": amount(80_000_000_000)}
    amazon = next(r for r in record.relations if r.type == "INVESTMENT" and r.arguments["investor"] == "amazon")
    assert amazon.attributes["period"] == "quarter" and record.dates[int(amazon.arguments["date"][6:])].value == "2025"
    assert ("PARTNERSHIP", (("partners", ("amazon", "anthropic")),)) in got
    assert ("MAKER", (("maker", "anthropic"), ("product", "claude"))) in got
    for chip in ("trainium2", "trainium3"):
        assert ("MAKER", (("maker", "amazon"), ("product", chip))) in got
    assert ("EMPLOYMENT", (("organization", "amazon"), ("person", "andy_jassy"))) in got
    quote = next(r for r in record.relations if r.type == "QUOTE")
    assert (quote.arguments, quote.attributes["text"]) == ({"speaker": "andy_jassy"},
                                                          "Nous apprenons tous les uns des autres")
    moves = {(r.arguments["company"], r.attributes["direction"], r.arguments["percentage"])
             for r in record.relations if r.type == "STOCK_MOVE"}
    assert moves == {("amazon", "up", percent(40)), ("amazon", "down", percent(4))}
    up = next(r for r in record.relations if r.type == "STOCK_MOVE" and r.attributes["direction"] == "up")
    assert record.dates[int(up.arguments["period"][6:])].text == "l’année écoulée"
