"""Table tests of percentages and percentage points, in sentences through our rules (blank pipeline).

Each row: a sentence and every percentage it must yield as (mention text, value, unit).
"""
from decimal import Decimal

import pytest

PERCENTAGES = [
    ("Le titre gagne 40%.", [("40%", 40, "percent")]),
    ("Le titre gagne 40 %.", [("40 %", 40, "percent")]),
    ("Le titre gagne 40\u00a0%.", [("40\u00a0%", 40, "percent")]),
    ("Le titre gagne 40\u202f%.", [("40\u202f%", 40, "percent")]),
    ("Une hausse de 3,5 % du chiffre d'affaires.", [("3,5 %", 3.5, "percent")]),
    ("Le titre prend +3,5 % à l'ouverture.", [("+3,5 %", 3.5, "percent")]),
    ("Le titre recule de -4 %.", [("-4 %", -4, "percent")]),
    ("Le titre recule de −4 %.", [("−4 %", -4, "percent")]),
    ("Il détient 40 pour cent du capital.", [("40 pour cent", 40, "percent")]),
    ("Il détient quarante pour cent du capital.", [("quarante pour cent", 40, "percent")]),
    ("Il détient 12 pour-cent du capital.", [("12 pour-cent", 12, "percent")]),
    ("Il détient 12 pourcent du capital.", [("12 pourcent", 12, "percent")]),
    ("Il détient cinquante et un pour cent des parts.", [("cinquante et un pour cent", 51, "percent")]),
    ("Une part de marché de 0,5 %.", [("0,5 %", 0.5, "percent")]),
    ("Une croissance de 100 %.", [("100 %", 100, "percent")]),
    ("Une hausse de 1 200 %.", [("1 200 %", 1200, "percent")]),
    # the grammars run near a unit only: percentages far apart, and a long one in words, are all found
    ("Le titre gagne 4 %. " + "Rien à signaler. " * 40 + "Il détient quatre-vingt-dix-neuf pour cent du capital.",
     [("4 %", 4, "percent"), ("quatre-vingt-dix-neuf pour cent", 99, "percent")]),
    ("La marge gagne 3 points.", [("3 points", 3, "points")]),
    ("Le taux de chômage recule encore de 0,2 point.", [("0,2 point", 0.2, "points")]),
    ("La part de marché d'Apple gagne 2 points sur un an.", [("2 points", 2, "points")]),
    ("La marge gagne 3 points de pourcentage.", [("3 points de pourcentage", 3, "points")]),
    ("La part recule de 2,5 points.", [("2,5 points", 2.5, "points")]),
    ("La part recule de deux points de pourcentage.", [("deux points de pourcentage", 2, "points")]),
    ("Le taux passe de 2 % à 3 %.", [("2 %", 2, "percent"), ("3 %", 3, "percent")]),
    ("Le taux passera de 3 à 4 %.", [("3", 3, "percent"), ("4 %", 4, "percent")]),
    ("Il détient 0,5 Md€ et 12,5 % du capital.", [("12,5 %", 12.5, "percent")]),
    ("Apple (+2 %), Nvidia (-3,1 %) et Intel (+0,4 %).",
     [("+2 %", 2, "percent"), ("-3,1 %", -3.1, "percent"), ("+0,4 %", 0.4, "percent")]),
    ("Un bond de 40% de son action sur l'année écoulée et de 4% en 2025.",
     [("40%", 40, "percent"), ("4%", 4, "percent")]),
    ("Le chômage est à 7,3 %, contre 7,1 % un an plus tôt.", [("7,3 %", 7.3, "percent"), ("7,1 %", 7.1, "percent")]),
    ("Les 5 % les plus riches.", [("5 %", 5, "percent")]),
    ("Un taux de 4,25 % par an.", [("4,25 %", 4.25, "percent")]),
    # not percentages
    ("Il a payé cent euros.", []),
    ("Le pourcentage d'abonnés augmente.", []),
    ("Le joueur a marqué 3 points.", []),
    ("Le CAC 40 gagne 50 points.", []),
    ("Voir les points 3 et 4 du rapport.", []),
    ("La 5G couvre la France.", []),
    ("Un iPhone 16 à 40 euros de plus.", []),
    ("Le score est de 3 à 1.", []),
    ("Il a vendu 40 000 unités en 2024.", []),
    ("Trois cents salariés ont signé.", []),
    ("Le taux directeur reste inchangé.", []),
]


@pytest.mark.parametrize("sentence,expected", PERCENTAGES)
def test_percentages_in_sentences(rules_record, sentence, expected):
    record = rules_record(sentence)
    found = [(p.text, p.value, p.unit) for p in record.percentages]
    assert found == [(t, Decimal(str(v)), u) for t, v, u in expected]
    for percentage in record.percentages:
        assert sentence[percentage.start : percentage.end] == percentage.text


# ranges: value is the low bound, value_max the high one
PERCENT_RANGES = [
    ("La marge est de 3 à 4 %.", "3 à 4 %", 3, 4),
    ("Une croissance attendue entre 5 et 7 % cette année.", "5 et 7 %", 5, 7),
    ("Une hausse de 10-15 %.", "10-15 %", 10, 15),
]


@pytest.mark.parametrize("sentence,text,low,high", PERCENT_RANGES)
def test_percentage_ranges(rules_record, sentence, text, low, high):
    (percentage,) = rules_record(sentence).percentages
    assert (percentage.text, percentage.value, percentage.value_max) == (text, low, high)


@pytest.mark.parametrize("sentence", ["Il détient 40 pour cent du capital.", "Une hausse de 40 pour cent."])
def test_pour_cent_is_never_a_currency(rules_record, sentence):
    assert rules_record(sentence).amounts == []

