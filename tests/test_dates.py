"""Table tests of dates: whole sentences through our rules (blank pipeline), with and without a
publication date. Each row: a sentence and every date it must yield as (mention text, ISO value,
precision). Relative expressions resolve against PUBLISHED, a Friday, and stay null without it.
A mention keeps its lead word ("au premier trimestre 2024", "le 3 février 2025", "en mars"), as the
annotation guidelines do.
"""
import datetime as dt

import pytest

from extractor.normalize import dates
from extractor.normalize.dates import find_date_spans, parse_date
from extractor.normalize.regex import finditer_in
from paths import FIXTURES

PUBLISHED = dt.date(2025, 2, 7)

# Absolute dates: the same answer with or without a publication date.
ABSOLUTE = [
    ("Il a été nommé le 3 février 2025.", [("le 3 février 2025", "2025-02-03", "day")]),
    ("Il a été nommé le 1er mars 2024.", [("le 1er mars 2024", "2024-03-01", "day")]),
    ("Rendez-vous le lundi 3 février 2025.", [("le lundi 3 février 2025", "2025-02-03", "day")]),
    ("La vente a eu lieu le 03/02/2025.", [("03/02/2025", "2025-02-03", "day")]),
    ("La vente a eu lieu le 3/2/2025.", [("3/2/2025", "2025-02-03", "day")]),
    ("La vente a eu lieu le 03.02.2025.", [("03.02.2025", "2025-02-03", "day")]),
    ("Publié le 2025-02-03.", [("2025-02-03", "2025-02-03", "day")]),
    ("La vente a eu lieu le 21-04-2016.", [("21-04-2016", "2016-04-21", "day")]),
    ("Le registre date du 2015/08/12.", [("2015/08/12", "2015-08-12", "day")]),
    ("Le 31 décembre 2024, il a démissionné.", [("Le 31 décembre 2024", "2024-12-31", "day")]),
    ("Depuis le 15 janvier 2023.", [("Depuis le 15 janvier 2023", "2023-01-15", "day")]),
    ("Le 29 février 2024 était un jeudi.", [("Le 29 février 2024", "2024-02-29", "day")]),
    ("Le rapport du 12 sept. 2024.", [("du 12 sept. 2024", "2024-09-12", "day")]),
    ("Sortie en mars 2024.", [("en mars 2024", "2024-03", "month")]),
    # decades, and "d'ici (à) / fin" kept whole
    ("Le secteur a explosé dans les années 2000.", [("dans les années 2000", "200X", "decade")]),
    ("Les années 1990 furent fastes.", [("Les années 1990", "199X", "decade")]),
    ("Le réseau sera déployé d'ici à 2022.", [("d'ici à 2022", "2022", "year")]),
    ("Il sera prêt d'ici fin 2026.", [("d'ici fin 2026", "2026", "year")]),
    ("Le plan court jusqu'à fin 2027.", [("jusqu'à fin 2027", "2027", "year")]),
    # a bare year before a word that only looks plural stays a year
    ("En Bourse, 2025 les a surpris.", [("2025", "2025", "year")]),
    ("Le plan court jusqu'à 2027 dans toute l'Europe.", [("jusqu'à 2027", "2027", "year")]),
    ("Sortie prévue fin juin 2025.", [("fin juin 2025", "2025-06", "month")]),
    ("Depuis septembre 2023, les ventes montent.", [("Depuis septembre 2023", "2023-09", "month")]),
    ("Les résultats de décembre 2024.", [("de décembre 2024", "2024-12", "month")]),
    ("La mise à jour d'août 2024.", [("d'août 2024", "2024-08", "month")]),
    ("La société a été créée en 2019.", [("en 2019", "2019", "year")]),
    ("Amazon prévoit d'investir en 2025.", [("en 2025", "2025", "year")]),
    ("L'année 2025 sera décisive.", [("L'année 2025", "2025", "year")]),
    ("Il vise la neutralité d'ici 2030.", [("d'ici 2030", "2030", "year")]),
    ("Le lancement est prévu fin 2025.", [("fin 2025", "2025", "year")]),
    ("Le lancement est prévu début 2026.", [("début 2026", "2026", "year")]),
    ("Il dirige l'entreprise depuis 2019.", [("depuis 2019", "2019", "year")]),
    ("Le chantier a commencé mi-2024.", [("mi-2024", "2024", "year")]),
    ("Les ventes ont chuté en 1998.", [("en 1998", "1998", "year")]),
    ("Le chiffre du T1 2025.", [("du T1 2025", "2025-Q1", "quarter")]),
    ("Le chiffre du T3 2024 est bon.", [("du T3 2024", "2024-Q3", "quarter")]),
    ("Le chiffre du Q4 2024 est bon.", [("du Q4 2024", "2024-Q4", "quarter")]),
    ("Au premier trimestre 2024, les ventes ont crû.", [("Au premier trimestre 2024", "2024-Q1", "quarter")]),
    ("Au deuxième trimestre 2025.", [("Au deuxième trimestre 2025", "2025-Q2", "quarter")]),
    ("Au troisième trimestre 2023.", [("Au troisième trimestre 2023", "2023-Q3", "quarter")]),
    ("Au quatrième trimestre 2024.", [("Au quatrième trimestre 2024", "2024-Q4", "quarter")]),
    ("Au 4e trimestre 2024.", [("Au 4e trimestre 2024", "2024-Q4", "quarter")]),
    ("Au premier semestre 2025.", [("Au premier semestre 2025", "2025-H1", "half")]),
    ("Au second semestre 2024.", [("Au second semestre 2024", "2024-H2", "half")]),
    ("Au S2 2024, la marge a progressé.", [("Au S2 2024", "2024-H2", "half")]),
    ("Au H1 2025, la marge a progressé.", [("Au H1 2025", "2025-H1", "half")]),
    ("Sur l'exercice 2025, le groupe vise 5 %.", [("exercice 2025", "2025", "year")]),
    ("Pour l'exercice fiscal 2026.", [("exercice fiscal 2026", "2026", "year")]),
    ("Il est né le 5 mai 1970 et nommé en 2020.",
     [("le 5 mai 1970", "1970-05-05", "day"), ("en 2020", "2020", "year")]),
]

# Not dates: amounts, percentages, product numbers, counts, scores, codes.
NOT_DATES = [
    "Amazon prévoit d'investir 26,3 milliards de dollars.",
    "Le titre a bondi de 40% sur un an.",
    "Le titre a bondi de 40 %.",
    "Windows 2000 et Windows 11 sont des logiciels.",
    "L'iPhone 16 est sorti.",
    "Le groupe emploie 2000 salariés.",
    "Il a vendu 2025 exemplaires.",
    "Un contrat de 2025 millions d'euros.",
    "La puce H100 et le GPU B200.",
    "Le score est de 3 à 1.",
    "Le modèle GPT-4o est disponible.",
    "Le CAC 40 gagne 1,2 %.",
    "La 5G et la 4G couvrent 99 % du pays.",
    "Appelez le 01 23 45 67 89.",
    "Le code postal 75008.",
    "Le Salon Euro 2024 a eu lieu.",
    "Il a payé 2 024 euros.",
    "Un investissement de 2030 euros.",
    "Le taux est de 20,25.",
    "Il y a 2025 raisons d'y croire.",
    "Ils ont vendu 2024 voitures.",
    "L'A380 d'Airbus vole toujours.",
    "Le RTX 5090 de Nvidia.",
    "Le T1000 est un robot de fiction.",
    "Les versions 3.2.1 et 2.0.",
    "La page 12 du rapport.",
    "Le ratio est de 1/3.",
    "Le vol AF 1234 a décollé.",
    "Un milliard d'utilisateurs.",
    "Il est arrivé troisième.",
    "Le marché ouvre chaque lundi.",
    "Les 500 plus grandes entreprises.",
    "Le service est disponible 24/7.",
    "Il est arrivé le 27e.",
    "Il est le 3e du classement.",
    "Avril Haines a parlé.",
    "Mars a publié ses comptes.",
    "La version 1.2.25 est sortie.",
    "Il l'a bâti en sept ans.",
    "Deux jours après l'annonce, le titre a chuté.",
    "Le titre valait 1 200 le 3 pour cent.",
    "Après 3 heures de débats, le texte est adopté.",
    "Il est parti vers le Midi.",
    "Le magasin ouvre de 9h à 18h.",
]

# Intervals and clock times, absolute: (sentence, [(mention, value, value_max, precision)]).
INTERVALS_AND_TIMES = [
    ("Le plan court entre 2024 et 2026.", [("entre 2024 et 2026", "2024", "2026", "year")]),
    ("Le plan court de 2024 à 2026.", [("de 2024 à 2026", "2024", "2026", "year")]),
    ("La saison 2015-2016 fut bonne.", [("2015-2016", "2015", "2016", "year")]),
    ("La saison 2024/2025 fut bonne.", [("2024/2025", "2024", "2025", "year")]),
    ("La promotion court de mars à mai 2024.", [("de mars à mai 2024", "2024-03", "2024-05", "month")]),
    ("Sur l'exercice 2024-2025, les ventes montent.", [("exercice 2024-2025", "2024", "2025", "year")]),
    ("Sur l'exercice 2024/25, les ventes montent.", [("exercice 2024/25", "2024", "2025", "year")]),
    ("Le salon a lieu du 3 au 5 mars 2025.", [("du 3 au 5 mars 2025", "2025-03-03", "2025-03-05", "day")]),
    ("Le salon a lieu les 3-5 mars 2025.", [("3-5 mars 2025", "2025-03-03", "2025-03-05", "day")]),
    ("Le salon a lieu entre le 3 et le 5 mars 2025.", [("entre le 3 et le 5 mars 2025", "2025-03-03", "2025-03-05", "day")]),
    ("La grève dure du 28 décembre au 3 janvier 2025.",
     [("du 28 décembre au 3 janvier 2025", "2024-12-28", "2025-01-03", "day")]),
    ("La vente court du 3 mars 2025 au 5 avril 2025.",
     [("du 3 mars 2025 au 5 avril 2025", "2025-03-03", "2025-04-05", "day")]),
    ("Entre mars 2024 et juin 2024 puis en 2025.",
     [("Entre mars 2024 et juin 2024", "2024-03", "2024-06", "month"), ("en 2025", "2025", None, "year")]),
    ("Le vote a lieu le 3 mars 2025 à 15h30.", [("le 3 mars 2025 à 15h30", "2025-03-03T15:30:00", None, "minute")]),
    ("Le vote a lieu le 2 mars 2025 à 5h du matin.", [("le 2 mars 2025 à 5h du matin", "2025-03-02T05:00:00", None, "hour")]),
    ("Le vote a lieu le 2 mars 2025 vers 6h du soir.", [("le 2 mars 2025 vers 6h du soir", "2025-03-02T18:00:00", None, "hour")]),
    ("Le vote a lieu le 12 avril 2024 à midi.", [("le 12 avril 2024 à midi", "2024-04-12T12:00:00", None, "hour")]),
    ("Le vote a lieu à 9h le 13 décembre 2018.", [("à 9h le 13 décembre 2018", "2018-12-13T09:00:00", None, "hour")]),
    ("La séance du 23.04.2022 14:55 a été levée.", [("23.04.2022 14:55", "2022-04-23T14:55:00", None, "minute")]),
    ("Il parle de 14h à 16h le 3 mars 2025.",
     [("de 14h à 16h le 3 mars 2025", "2025-03-03T14:00:00", "2025-03-03T16:00:00", "hour")]),
    ("Il parle de 5 à 6pm le 22 avril 2025.",
     [("de 5 à 6pm le 22 avril 2025", "2025-04-22T17:00:00", "2025-04-22T18:00:00", "hour")]),
    ("La vente court du 10/1-11/2/2017.", [("10/1-11/2/2017", "2017-01-10", "2017-02-11", "day")]),
    ("Le 17 mars 2025 de 14h à 16h, il parle.",
     [("Le 17 mars 2025 de 14h à 16h", "2025-03-17T14:00:00", "2025-03-17T16:00:00", "hour")]),
]

# Shapes a day or a month can take, absolute: (sentence, [(mention, value, precision)]).
MORE_ABSOLUTE = [
    ("La vente a eu lieu le 21/04/16.", [("21/04/16", "2016-04-21", "day")]),
    ("Envoyez-le avant le 15.05.99.", [("15.05.99", "1999-05-15", "day")]),
    ("La vente a eu lieu le 02/22/2016.", [("02/22/2016", "2016-02-22", "day")]),
    ("Il est né le 1er avril 78.", [("le 1er avril 78", "1978-04-01", "day")]),
    ("En juillet 98, la France a gagné.", [("En juillet 98", "1998-07", "month")]),
    ("Il est né le 12 janvier, 2016.", [("le 12 janvier, 2016", "2016-01-12", "day")]),
    ("Il est né le 23 novembre de 1987.", [("le 23 novembre de 1987", "1987-11-23", "day")]),
    ("Le rapport du samedi 23/06/18.", [("samedi 23/06/18", "2018-06-23", "day")]),
    ("Les chiffres de 2015/3 sont bons.", [("2015/3", "2015-03", "month")]),
    ("Les chiffres de 11/2016 sont bons.", [("11/2016", "2016-11", "month")]),
    ("Le réseau grandit dans les années 70.", [("dans les années 70", "197X", "decade")]),
    ("Le réseau grandit dans les années quatre-vingt-dix.",
     [("dans les années quatre-vingt-dix", "199X", "decade")]),
    ("Il parle le premier vendredi de juillet 2025.", [("le premier vendredi de juillet 2025", "2025-07-04", "day")]),
    ("Les ventes de la semaine du 3 mars 2025.", [("la semaine du 3 mars 2025", "2025-W10", "week")]),
    ("Les ventes de la troisième semaine de 2027.", [("la troisième semaine de 2027", "2027-W03", "week")]),
    ("Au troisième trimestre de l'exercice 2026.", [("Au troisième trimestre de l'exercice 2026", "2026-Q3", "quarter")]),
    ("Il a signé le lendemain du 13 février 2025.", [("le lendemain du 13 février 2025", "2025-02-14", "day")]),
]

# Relative dates: (sentence, [(mention, value with PUBLISHED, precision)]); without a publication date the
# value is null and `relative` is true.
RELATIVE = [
    ("Il a démissionné hier.", [("hier", "2025-02-06", "day")]),
    ("Il a démissionné avant-hier.", [("avant-hier", "2025-02-05", "day")]),
    ("Il part aujourd'hui.", [("aujourd'hui", "2025-02-07", "day")]),
    ("Il part aujourd’hui.", [("aujourd’hui", "2025-02-07", "day")]),
    ("Il part demain.", [("demain", "2025-02-08", "day")]),
    ("Il part après demain.", [("après demain", "2025-02-09", "day")]),
    ("Il est parti avant hier.", [("avant hier", "2025-02-05", "day")]),
    ("Il part après-demain.", [("après-demain", "2025-02-09", "day")]),
    ("Il a parlé mardi dernier.", [("mardi dernier", "2025-02-04", "day")]),
    ("Il a parlé vendredi dernier.", [("vendredi dernier", "2025-01-31", "day")]),
    ("Il parlera lundi prochain.", [("lundi prochain", "2025-02-10", "day")]),
    ("Il parlera vendredi prochain.", [("vendredi prochain", "2025-02-14", "day")]),
    ("Les ventes de la semaine dernière.", [("la semaine dernière", "2025-W05", "week")]),
    ("Les ventes de la semaine prochaine.", [("la semaine prochaine", "2025-W07", "week")]),
    ("Les ventes du mois dernier.", [("du mois dernier", "2025-01", "month")]),
    ("Les ventes de ce mois-ci.", [("ce mois-ci", "2025-02", "month")]),
    ("Il a signé en décembre.", [("en décembre", "2025-12", "month")]),
    ("Il a signé le mois dernier.", [("le mois dernier", "2025-01", "month")]),
    ("Il signera le mois prochain.", [("le mois prochain", "2025-03", "month")]),
    ("Il a gagné 4 % l'an dernier.", [("l'an dernier", "2024", "year")]),
    ("Il a gagné 4 % l'an passé.", [("l'an passé", "2024", "year")]),
    ("Il vise l'an prochain.", [("l'an prochain", "2026", "year")]),
    ("Il a gagné l'année dernière.", [("l'année dernière", "2024", "year")]),
    ("Une hausse de 40% sur l'année écoulée.", [("l'année écoulée", "2024", "year")]),
    ("L'année prochaine sera meilleure.", [("L'année prochaine", "2026", "year")]),
    ("Cette année, le groupe investit.", [("Cette année", "2025", "year")]),
    ("Sur l'année en cours, le groupe investit.", [("l'année en cours", "2025", "year")]),
    ("Le groupe a été fondé il y a deux ans.", [("il y a deux ans", "2023", "year")]),
    ("Le groupe a été fondé il y a 10 ans.", [("il y a 10 ans", "2015", "year")]),
    ("Le produit arrive dans trois ans.", [("dans trois ans", "2028", "year")]),
    ("Le produit arrive dans trois mois.", [("dans trois mois", "2025-05", "month")]),
    ("Il a été vu il y a trois jours.", [("il y a trois jours", "2025-02-04", "day")]),
    ("Il reviendra dans deux semaines.", [("dans deux semaines", "2025-W08", "week")]),
    ("Les résultats sortent en mars.", [("en mars", "2025-03", "month")]),
    ("Au troisième trimestre, les ventes ont progressé.", [("Au troisième trimestre", "2025-Q3", "quarter")]),
    ("Au premier trimestre, les ventes ont progressé.", [("Au premier trimestre", "2025-Q1", "quarter")]),
    ("Au second semestre, les ventes ont progressé.", [("Au second semestre", "2025-H2", "half")]),
    ("Le 3 février, Amazon publiait ses comptes.", [("Le 3 février", "2025-02-03", "day")]),
    ("Le 3 févr., Amazon publiait ses comptes.", [("Le 3 févr.", "2025-02-03", "day")]),
    ("Au T2, la marge progresse.", [("Au T2", "2025-Q2", "quarter")]),
    ("Amazon a annoncé mardi ses résultats.", [("mardi", "2025-02-04", "day")]),
    ("Les ventes de cette semaine.", [("cette semaine", "2025-W06", "week")]),
    ("Il vise la rentabilité d'ici la fin de l'année.", [("d'ici la fin de l'année", "2025", "year")]),
    ("Il a été lancé en début d'année.", [("en début d'année", "2025", "year")]),
    ("Le jeu sort cet été.", [("cet été", "2025", "season")]),
    ("Il a été annoncé l'été dernier.", [("l'été dernier", "2024", "season")]),
    ("La marge remonte au prochain trimestre.", [("au prochain trimestre", "2025-Q2", "quarter")]),
    ("La marge a baissé au trimestre précédent.", [("au trimestre précédent", "2024-Q4", "quarter")]),
    ("Jeudi soir, le titre a chuté.", [("Jeudi soir", "2025-02-06", "day")]),
    ("Le conseil se réunit vendredi.", [("vendredi", "2025-02-07", "day")]),
    # a day of the month alone: of the publication month
    ("Il reviendra le 27.", [("le 27", "2025-02-27", "day")]),
    ("Rendez-vous le 3 à 9h.", [("le 3 à 9h", "2025-02-03T09:00:00", "hour")]),
    ("Rendez-vous mercredi 12.", [("mercredi 12", "2025-02-12", "day")]),
    # weekdays with the week they belong to
    ("Il parle ce lundi.", [("ce lundi", "2025-02-03", "day")]),
    ("Il parle vendredi cette semaine.", [("vendredi cette semaine", "2025-02-07", "day")]),
    ("Il parle lundi de la semaine prochaine.", [("lundi de la semaine prochaine", "2025-02-10", "day")]),
    ("Il a parlé mercredi de la semaine dernière.", [("mercredi de la semaine dernière", "2025-01-29", "day")]),
    ("Il parle lundi en huit.", [("lundi en huit", "2025-02-10", "day")]),
    ("Il parle mardi à 15h30.", [("mardi à 15h30", "2025-02-04T15:30:00", "minute")]),
    ("Il a parlé ce matin.", [("ce matin", "2025-02-07", "day")]),
    ("Il parle ce soir à 20h.", [("ce soir à 20h", "2025-02-07T20:00:00", "hour")]),
    # "la veille", "le lendemain": of the publication date when the text names no day before
    ("La veille, le titre avait chuté.", [("La veille", "2025-02-06", "day")]),
    ("Le lendemain, le titre a rebondi.", [("Le lendemain", "2025-02-08", "day")]),
    # months without their year: the publication year, or the next or last one the word points to
    ("Il a signé en février.", [("en février", "2025-02", "month")]),
    ("Il a signé en juin dernier.", [("en juin dernier", "2024-06", "month")]),
    ("Il signera en septembre prochain.", [("en septembre prochain", "2025-09", "month")]),
    ("La rentrée de septembre sera chargée.", [("septembre", "2025-09", "month")]),
    ("Il a signé le mois dernier.", [("le mois dernier", "2025-01", "month")]),
    ("Il reviendra dans une semaine.", [("dans une semaine", "2025-W07", "week")]),
    ("Les ventes dans la semaine ont chuté.", [("dans la semaine", "2025-W06", "week")]),
    # a time alone: on the publication day when no day is named before it
    ("Le titre a clôturé à 17h30.", [("à 17h30", "2025-02-07T17:30:00", "minute")]),
    ("Le titre valait 12 euros vers quinze heures trente.", [("vers quinze heures trente", "2025-02-07T15:30:00", "minute")]),
    ("Le taux est passé de 3 à 4 mardi.", [("mardi", "2025-02-04", "day")]),
]

# Relative periods give two bounds: (sentence, [(mention, value, value_max, precision)]) with PUBLISHED.
RELATIVE_INTERVALS = [
    ("Le titre a bondi au cours des 12 derniers mois.",
     [("au cours des 12 derniers mois", "2024-02", "2025-01", "month")]),
    ("Les ventes des trois prochaines semaines.", [("des trois prochaines semaines", "2025-02-08", "2025-02-28", "day")]),
    ("Il a gagné ces trois dernières années.", [("ces trois dernières années", "2022", "2024", "year")]),
    ("Il part ce week-end.", [("ce week-end", "2025-02-08", "2025-02-09", "day")]),
    ("Les ventes entre janvier et mars ont chuté.", [("entre janvier et mars", "2025-01", "2025-03", "month")]),
]


@pytest.mark.parametrize("sentence,expected", ABSOLUTE)
@pytest.mark.parametrize("published", [None, PUBLISHED], ids=["no-date", "published"])
def test_absolute_dates(rules_record, sentence, expected, published):
    record = rules_record(sentence, published=published)
    assert [(d.text, d.value, d.precision) for d in record.dates] == expected
    assert not any(d.relative for d in record.dates)


@pytest.mark.parametrize("sentence,expected", INTERVALS_AND_TIMES)
@pytest.mark.parametrize("published", [None, PUBLISHED], ids=["no-date", "published"])
def test_intervals_and_times(rules_record, sentence, expected, published):
    record = rules_record(sentence, published=published)
    assert [(d.text, d.value, d.value_max, d.precision) for d in record.dates] == expected


@pytest.mark.parametrize("sentence,expected", MORE_ABSOLUTE)
@pytest.mark.parametrize("published", [None, PUBLISHED], ids=["no-date", "published"])
def test_more_absolute_shapes(rules_record, sentence, expected, published):
    record = rules_record(sentence, published=published)
    assert [(d.text, d.value, d.precision) for d in record.dates] == expected


@pytest.mark.parametrize("sentence,expected", RELATIVE_INTERVALS)
def test_relative_intervals(rules_record, sentence, expected):
    record = rules_record(sentence, published=PUBLISHED)
    assert [(d.text, d.value, d.value_max, d.precision) for d in record.dates] == expected
    assert [(d.value, d.value_max, d.relative) for d in rules_record(sentence).dates] == [(None, None, True)] * len(
        expected)


def test_a_time_alone_is_on_the_last_day_named(rules_record):
    dates = rules_record("Mardi, le titre a ouvert en baisse. À 11h02, il perdait 12 %.", published=PUBLISHED).dates
    assert [(d.text, d.value, d.relative) for d in dates] == [
        ("Mardi", "2025-02-04", True), ("À 11h02", "2025-02-04T11:02:00", True)]


def test_la_veille_counts_from_the_last_day_named(rules_record):
    text = "Le 3 mars 2025, Apple a publié ses comptes. La veille, le titre avait chuté. Deux jours plus tard, il a rebondi."
    dates = rules_record(text, published=PUBLISHED).dates
    assert [(d.text, d.value, d.relative) for d in dates] == [
        ("Le 3 mars 2025", "2025-03-03", False), ("La veille", "2025-03-02", False),
        ("Deux jours plus tard", "2025-03-05", False)]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(rules_record, sentence):
    assert [d.text for d in rules_record(sentence, published=PUBLISHED).dates] == []


@pytest.mark.parametrize("sentence,expected", RELATIVE)
def test_relative_dates_resolve_against_publication(rules_record, sentence, expected):
    record = rules_record(sentence, published=PUBLISHED)
    assert [(d.text, d.value, d.precision) for d in record.dates] == expected
    assert all(d.relative for d in record.dates)


@pytest.mark.parametrize("sentence,expected", RELATIVE)
def test_relative_dates_stay_null_without_publication(rules_record, sentence, expected):
    record = rules_record(sentence)
    assert [(d.text, d.value, d.relative) for d in record.dates] == [(t, None, True) for t, _, _ in expected]


def test_dates_next_to_money_are_not_amount_digits(rules_record):
    record = rules_record("Amazon investit 26,3 milliards de dollars en 2025, soit 40% de plus.")
    assert [(d.text, d.value) for d in record.dates] == [("en 2025", "2025")]


def test_find_date_spans_is_pure_and_ordered():
    text = "en 2024 puis le 3 mars 2025"
    spans = find_date_spans(text)
    assert [text[s:e] for s, e, _ in spans] == ["en 2024", "le 3 mars 2025"]


def test_parse_date_never_guesses_from_today():
    assert parse_date("hier").value is None
    assert parse_date("hier", published=dt.date(2020, 1, 1)).value == "2019-12-31"


def _sentence(row) -> str:
    return row if isinstance(row, str) else row[0]


@pytest.mark.parametrize("text", [
    *(_sentence(row) for table in (ABSOLUTE, NOT_DATES, INTERVALS_AND_TIMES, MORE_ABSOLUTE, RELATIVE,
                                   RELATIVE_INTERVALS) for row in table),
    *(path.read_text(encoding="utf-8") for path in sorted((FIXTURES / "articles").glob("*.txt"))),
    "avant-hier, l'avanthier, enmars, le quinze. Du 3 au 5 mars 2025 à 14h, la trente-deuxième semaine de l'année 2024",
])
def test_atoms_searched_near_keys_are_those_of_the_whole_text(text):
    lower = dates._lower(dates.fold(text))
    near = dates._windows_near_keys(lower)
    assert sorted((name, m.span()) for name, pattern in dates._ATOMS
                  for m in finditer_in(pattern, lower, near[dates._ATOM_KEYS[name]])) == \
        sorted((name, m.span()) for name, pattern in dates._ATOMS for m in pattern.finditer(lower))
