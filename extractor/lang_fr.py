"""Small closed French word lists, as constants (the way spaCy's `lang/fr/lex_attrs.py` keeps them).

Open lists (companies, products, titles, cue words) are data files in `resources/`, not here.
"""
from __future__ import annotations

from decimal import Decimal

# Spelled-out numbers. Compounds ("vingt-cinq", "quatre-vingt-dix", "cent cinquante") are parsed by
# `normalize.numbers.parse_number_words`, so only the atoms are listed.
UNIT_WORDS: dict[str, int] = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16,
}
TENS_WORDS: dict[str, int] = {
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}
HUNDRED_WORDS: dict[str, int] = {"cent": 100, "cents": 100}
THOUSAND_WORDS: dict[str, int] = {"mille": 1000, "mil": 1000}
NUMBER_WORDS: frozenset[str] = frozenset(UNIT_WORDS) | frozenset(TENS_WORDS) | frozenset(HUNDRED_WORDS) | frozenset(
    THOUSAND_WORDS
)

# Scale words after a number. French "billion" is 10^12 (a false friend of English "billion").
SCALE_WORDS: dict[str, Decimal] = {
    "mille": Decimal(10) ** 3,
    "millier": Decimal(10) ** 3,
    "milliers": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "millions": Decimal(10) ** 6,
    "milliard": Decimal(10) ** 9,
    "milliards": Decimal(10) ** 9,
    "billion": Decimal(10) ** 12,
    "billions": Decimal(10) ** 12,
}
# Abbreviations, case-sensitive: "M" is a million but "m" is a metre.
SCALE_ABBREVIATIONS: dict[str, Decimal] = {
    "k": Decimal(10) ** 3,
    "K": Decimal(10) ** 3,
    "M": Decimal(10) ** 6,
    "Mio": Decimal(10) ** 6,
    "Mn": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "Md": Decimal(10) ** 9,
    "Mds": Decimal(10) ** 9,
    "Mrd": Decimal(10) ** 9,
    "Mrds": Decimal(10) ** 9,
    "md": Decimal(10) ** 9,
    "mds": Decimal(10) ** 9,
    "Mdr": Decimal(10) ** 9,
    "G": Decimal(10) ** 9,
}

# Words before an amount that say how exact it is. Longest first is ensured where they are compiled.
QUALIFIER_WORDS: dict[str, str] = {
    "jusqu'à": "at_most",
    "jusqu'a": "at_most",
    "au plus": "at_most",
    "au maximum": "at_most",
    "pas plus de": "at_most",
    "moins de": "at_most",
    "moins d'": "at_most",
    "un maximum de": "at_most",
    "plafonné à": "at_most",
    "plus de": "at_least",
    "plus d'": "at_least",
    "au moins": "at_least",
    "au minimum": "at_least",
    "un minimum de": "at_least",
    "dès": "at_least",
    "à partir de": "at_least",
    "supérieur à": "at_least",
    "supérieure à": "at_least",
    "près de": "approx",
    "près d'": "approx",
    "environ": "approx",
    "quelque": "approx",
    "quelques": "approx",
    "autour de": "approx",
    "autour d'": "approx",
    "approximativement": "approx",
    "à peu près": "approx",
    "presque": "approx",
    "de l'ordre de": "approx",
    "de l'ordre d'": "approx",
    "aux alentours de": "approx",
    "~": "approx",
}

# Recurrence after an amount.
PERIOD_WORDS: dict[str, str] = {
    "par heure": "hour", "de l'heure": "hour", "chaque heure": "hour", "/heure": "hour", "/h": "hour",
    "par jour": "day", "chaque jour": "day", "quotidien": "day", "quotidiens": "day", "/jour": "day",
    "par semaine": "week", "chaque semaine": "week", "hebdomadaire": "week", "hebdomadaires": "week",
    "par mois": "month", "chaque mois": "month", "mensuel": "month", "mensuels": "month", "/mois": "month",
    "par trimestre": "quarter", "chaque trimestre": "quarter", "trimestriel": "quarter",
    "trimestriels": "quarter",
    "par semestre": "half", "chaque semestre": "half", "semestriel": "half",
    "par an": "year", "chaque année": "year", "par année": "year", "annuel": "year", "annuels": "year",
    "annuellement": "year", "/an": "year", "l'an": "year",
}

DURATION_UNITS: dict[str, str] = {
    "an": "Y", "ans": "Y", "année": "Y", "années": "Y", "mois": "M", "semaine": "W", "semaines": "W",
    "jour": "D", "jours": "D", "trimestre": "Q", "trimestres": "Q",
}

MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
    "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12,
    "déc": 12, "dec": 12,
}

WEEKDAYS: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

ORDINAL_WORDS: dict[str, int] = {
    "premier": 1, "première": 1, "1er": 1, "1ère": 1, "1re": 1, "deuxième": 2, "second": 2, "seconde": 2,
    "2e": 2, "2ème": 2, "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "dernier": 4, "4e": 4,
    "4ème": 4,
}

# Elided articles and prepositions glued to a name: "d'Amazon" names Amazon.
ELISIONS: tuple[str, ...] = ("d'", "l'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "s'", "n'", "c'", "j'", "m'")

# Nouns after "N millions de …" that make the amount money, not a count: "614 millions de marge",
# "610 millions d'investissements" (the currency is the one said before).
MONEY_NOUNS: tuple[str, ...] = (
    "marge", "marges", "recettes", "chiffre d'affaires", "chiffre d’affaires", "investissement", "investissements",
    "économie", "économies", "dépenses", "dépense", "revenus", "revenu", "bénéfice", "bénéfices", "perte", "pertes",
    "dette", "dettes", "capitalisation", "valorisation", "dividende", "dividendes", "subvention", "subventions",
    "amende", "amendes", "financement", "financements", "budget", "trésorerie", "liquidités", "fonds propres",
    "capital", "crédits", "prêt", "prêts", "aides", "aide", "cash", "résultat", "provisions", "dépréciation",
    "levée", "levées", "rachat", "rachats", "cession", "cessions", "salaire", "salaires",
    "primes", "rémunération", "manque à gagner", "impôts", "taxes", "frais", "coûts", "charges",
)

# Nouns of a rate: "la marge gagne 3 points" are percentage points, "le CAC 40 gagne 50 points" are not.
RATE_NOUNS: tuple[str, ...] = ("marge", "marges", "taux", "part", "parts", "ratio", "proportion", "rentabilité")

# Words after a bare number that end like a plural noun but are not one: "2025 dans", "2025 les" keep the
# year a year, while "2025 raisons" is a count.
PLURAL_LOOKING_WORDS: tuple[str, ...] = (
    "les", "des", "ces", "ses", "mes", "tes", "nos", "vos", "leurs", "aux", "mais", "dans", "sous", "vers",
    "sans", "dès", "depuis", "puis", "plus", "moins", "alors", "après", "très", "toujours", "jamais", "lors",
    "hors", "pas", "nous", "vous", "eux", "ceux", "tous", "toutes", "plusieurs", "quelques", "certains",
    "certaines", "inclus", "compris", "mieux", "deux", "trois", "six", "dix",
)

# Stems of words that make a bare "N milliards" money when no currency was said before it ("le projet coûte
# 3 milliards"): the amount is then kept, with its currency unknown.
MONEY_CUE_STEMS: tuple[str, ...] = (
    "coût", "cout", "vaut", "valent", "valoris", "valeur", "lève", "levé", "investi", "budget", "montant", "prix",
    "payé", "payer", "paie", "dépens", "financ", "dette", "chiffre d'affaires", "chiffre d’affaires", "bénéfice",
    "perte", "amende", "rachat", "rachet", "cession", "acquisition", "subvention", "débours", "encaiss",
    "dividende", "capitalisation",
)
