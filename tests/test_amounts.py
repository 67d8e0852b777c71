"""Table tests of monetary amounts: pure parsing, then whole sentences through our rules (blank pipeline).

Each row of AMOUNTS is a sentence and every amount it must yield, as (mention text, value, currency);
an empty list means nothing is money there. Add a row to the table it belongs to.
"""
from decimal import Decimal

import pytest

from extractor.normalize.amounts import MAX_VALUE, find_amount_spans, parse_amount, period_after, qualifier_before

B = 10**9
M = 10**6

AMOUNTS = [
    # a comparison after an amount with its noun ("de ventes" is what the money is, no things counted), a range
    # with no opener and no currency of its own
    ("Nvidia vise 40 milliards de dollars de ventes, contre 32 milliards un an plus tôt.",
     [("40 milliards de dollars", 40 * B, "USD"), ("32 milliards", 32 * B, "USD")]),
    ("Kelvane vise 900 millions d'euros de ventes, contre 800 à 830 millions un an plus tôt.",
     [("900 millions d'euros", 900 * M, "EUR"), ("800 à 830 millions", 800 * M, "EUR")]),
    ("Apple a écoulé 3 millions de smartphones, contre 2 millions.", []),
    # scale words, digits with French decimal comma and every kind of thousands space
    ("Amazon prévoit d'investir 26,3 milliards de dollars.", [("26,3 milliards de dollars", 26.3 * B, "USD")]),
    ("Une levée de 600 millions d'euros.", [("600 millions d'euros", 600 * M, "EUR")]),
    ("Un chèque de 1 500 euros.", [("1 500 euros", 1500, "EUR")]),
    ("Un chèque de 1\u00a0500 euros.", [("1\u00a0500 euros", 1500, "EUR")]),
    ("Un chèque de 1\u202f500 euros.", [("1\u202f500 euros", 1500, "EUR")]),
    ("Il a payé 1.500.000 euros.", [("1.500.000 euros", 1_500_000, "EUR")]),
    ("Le forfait coûte 3 000,50 euros.", [("3 000,50 euros", 3000.5, "EUR")]),
    ("Un budget de 1,5 milliard d'euros.", [("1,5 milliard d'euros", 1.5 * B, "EUR")]),
    ("Une amende de 2 millions d’euros.", [("2 millions d’euros", 2 * M, "EUR")]),
    ("Le groupe vaut 3 000 milliards de dollars.", [("3 000 milliards de dollars", 3000 * B, "USD")]),
    ("Le marché pèse 1 billion de dollars.", [("1 billion de dollars", 10**12, "USD")]),
    ("Les banques ont prêté mille milliards d'euros.", [("mille milliards d'euros", 10**12, "EUR")]),
    ("Un plan de 4 millions de dollars US.", [("4 millions de dollars US", 4 * M, "USD")]),
    ("Elle a réuni 12 millions de dollars américains.", [("12 millions de dollars américains", 12 * M, "USD")]),
    # spelled-out numbers
    ("Il investit deux milliards d'euros.", [("deux milliards d'euros", 2 * B, "EUR")]),
    ("Une enveloppe de vingt-cinq millions d'euros.", [("vingt-cinq millions d'euros", 25 * M, "EUR")]),
    ("Un projet d'un milliard et demi d'euros.", [("un milliard et demi d'euros", 1.5 * B, "EUR")]),
    ("Il a reçu quatre-vingts euros.", [("quatre-vingts euros", 80, "EUR")]),
    ("Le ticket vaut mille euros.", [("mille euros", 1000, "EUR")]),
    ("Une prime de cent cinquante euros.", [("cent cinquante euros", 150, "EUR")]),
    ("Un demi-milliard d'euros a été levé.", [("Un demi-milliard d'euros", 5 * 10**8, "EUR")]),
    ("Il coûte trois cents dollars.", [("trois cents dollars", 300, "USD")]),
    # abbreviations and glued forms
    ("Une série A de 15 M€.", [("15 M€", 15 * M, "EUR")]),
    ("Un chiffre d'affaires de 2,4 Md€.", [("2,4 Md€", 2.4 * B, "EUR")]),
    ("Un contrat de 3 Mds$.", [("3 Mds$", 3 * B, "USD")]),
    ("Une levée de 500 k€.", [("500 k€", 500_000, "EUR")]),
    ("Un abonnement à 5€ par mois.", [("5€", 5, "EUR")]),
    ("Une application à $5.", [("$5", 5, "USD")]),
    ("Une application à 5$.", [("5$", 5, "USD")]),
    ("Un tour de table de USD 5 millions.", [("USD 5 millions", 5 * M, "USD")]),
    ("Un tour de table de €5M.", [("€5M", 5 * M, "EUR")]),
    ("Une valorisation de 6 Mrd EUR.", [("6 Mrd EUR", 6 * B, "EUR")]),
    ("Un prêt de 40 Mio CHF.", [("40 Mio CHF", 40 * M, "CHF")]),
    ("Un budget de 12 millions EUR.", [("12 millions EUR", 12 * M, "EUR")]),
    ("Le titre vaut EUR29,99.", [("EUR29,99", 29.99, "EUR")]),
    ("Un rachat à 1,2 Md$.", [("1,2 Md$", 1.2 * B, "USD")]),
    ("Une perte de 300 M$.", [("300 M$", 300 * M, "USD")]),
    ("Une offre à 7 milliards US$.", [("7 milliards US$", 7 * B, "USD")]),
    # other currencies
    ("Une cession de 2 milliards de livres sterling.", [("2 milliards de livres sterling", 2 * B, "GBP")]),
    ("Un contrat de 50 millions de livres.", [("50 millions de livres", 50 * M, "GBP")]),
    ("Le prix est de £30.", [("£30", 30, "GBP")]),
    ("Un loyer de 300 000 GBP.", [("300 000 GBP", 300_000, "GBP")]),
    ("Sony a dépensé 100 milliards de yens.", [("100 milliards de yens", 100 * B, "JPY")]),
    ("Le jeu coûte ¥9800.", [("¥9800", 9800, "JPY")]),
    ("Un fonds de 10 milliards de yuans.", [("10 milliards de yuans", 10 * B, "CNY")]),
    ("Une levée de 3 milliards de renminbi.", [("3 milliards de renminbi", 3 * B, "CNY")]),
    ("Une levée de 500 millions CNY.", [("500 millions CNY", 500 * M, "CNY")]),
    ("Un rachat de 1,1 milliard de francs suisses.", [("1,1 milliard de francs suisses", 1.1 * B, "CHF")]),
    ("Un budget de 20 millions CHF.", [("20 millions CHF", 20 * M, "CHF")]),
    ("Une usine de 5 milliards de dollars canadiens.", [("5 milliards de dollars canadiens", 5 * B, "CAD")]),
    ("Samsung investit 300 000 milliards de wons.", [("300 000 milliards de wons", 300_000 * B, "KRW")]),
    ("Un contrat de 2 milliards de roubles.", [("2 milliards de roubles", 2 * B, "RUB")]),
    ("Une levée de 40 millions de couronnes suédoises.", [("40 millions de couronnes suédoises", 40 * M, "SEK")]),
    ("Le prix est de 100 milliards de francs CFA.", [("100 milliards de francs CFA", 100 * B, "XOF")]),
    ("Un projet de 30 milliards de roupies indiennes.", [("30 milliards de roupies indiennes", 30 * B, "INR")]),
    ("Le fonds pèse 2 milliards de dollars de Hong Kong.", [("2 milliards de dollars de Hong Kong", 2 * B, "HKD")]),
    ("Le rachat se monte à 900 millions de dollars australiens.",
     [("900 millions de dollars australiens", 900 * M, "AUD")]),
    ("Il détient 3 bitcoins.", [("3 bitcoins", 3, "BTC")]),
    # unresolved currency words keep the amount with currency null
    ("Le groupe valait 528 millions de francs en 1995.", [("528 millions de francs", 528 * M, None)]),
    ("Un contrat de dix riyals.", [("dix riyals", 10, None)]),
    # sub-units and compounds
    ("L'action a perdu 34 cents.", [("34 cents", Decimal("0.34"), "USD")]),
    ("Le ticket passe à 197 centimes.", [("197 centimes", Decimal("1.97"), "EUR")]),
    ("Une offre à 470 pence par action.", [("470 pence", Decimal("4.7"), "GBP")]),
    ("ça ne coûte que 15 dollars et 15 cents.", [("15 dollars et 15 cents", Decimal("15.15"), "USD")]),
    ("ça ne coûte que treize euros et quarante-cinq cents.",
     [("treize euros et quarante-cinq cents", Decimal("13.45"), "EUR")]),
    ("Le titre clôture à 15 dollars 50.", [("15 dollars 50", Decimal("15.5"), "USD")]),
    ("Il a payé 1 USD et 23 centimes.", [("1 USD et 23 centimes", Decimal("1.23"), "USD")]),
    # negatives: counts of things, products, years, scores, phones, percentages
    ("La plateforme compte 3 millions d'utilisateurs.", []),
    ("Amazon a commandé des centaines de milliers de processeurs.", []),
    ("Le groupe emploie 1 500 salariés.", []),
    ("L'iPhone 16 Pro est sorti en 2024.", []),
    ("Windows 11 équipe 40 millions de PC.", []),
    ("Airbus livre l'A380 et la 5G arrive.", []),
    ("Le PSG a gagné 3 à 1.", []),
    ("Appelez le 01 23 45 67 89.", []),
    ("Voir page 12.", []),
    ("Le titre a pris 40 % sur l'année.", []),
    ("Il y a quatre cents salariés sur le site.", []),
    ("Elle a fait 40 pour cent de marge.", []),
    ("Le livre s'est vendu à 2 millions d'exemplaires.", []),
    ("Un milliard de personnes utilisent WhatsApp.", []),
    ("50 millions de foyers sont abonnés.", []),
    ("Le modèle compte 70 milliards de paramètres.", []),
    ("Le cours a bondi de 5 $ c'est-à-dire fortement.", [("5 $", 5, "USD")]),
    ("Le gros livre de 300 pages.", []),
    # ranges: value is the low bound, value_max the high one
    ("Entre 2 et 3 milliards d'euros seront investis.", [("2 et 3 milliards d'euros", 2 * B, "EUR")]),
    ("Une levée de 10 à 15 M€.", [("10 à 15 M€", 10 * M, "EUR")]),
    ("Un budget de 2-3 Md$.", [("2-3 Md$", 2 * B, "USD")]),
    ("Des tickets de 500 000 à 2 millions d'euros.", [("500 000 à 2 millions d'euros", 500_000, "EUR")]),
    # a model's number before "à" is no low bound: the price alone
    ("Le Nova 5 à 449 euros et l'iPhone 16 à 969 euros.", [("449 euros", 449, "EUR"), ("969 euros", 969, "EUR")]),
    # a change "de X à Y" after a verb of change is two amounts, the first taking the unit of the second
    ("Notre facture est passée de 200 à 1 400 euros.", [("200", 200, "EUR"), ("1 400 euros", 1400, "EUR")]),
    ("Jefferies a abaissé le sien de 24 à 19 euros.", [("24", 24, "EUR"), ("19 euros", 19, "EUR")]),
    ("Le chiffre d'affaires est passé de 3 à 2 milliards d'euros.",
     [("3", 3 * B, "EUR"), ("2 milliards d'euros", 2 * B, "EUR")]),
    # several amounts in one sentence
    ("Le CA passe de 1,2 milliard d'euros à 1,5 milliard d'euros.",
     [("1,2 milliard d'euros", 1.2 * B, "EUR"), ("1,5 milliard d'euros", 1.5 * B, "EUR")]),
    ("Apple (3 000 milliards de dollars) devance Nvidia (2 800 milliards de dollars).",
     [("3 000 milliards de dollars", 3000 * B, "USD"), ("2 800 milliards de dollars", 2800 * B, "USD")]),
    # currency carried forward to scale-word amounts in a money context
    ("Google annonce 75 milliards de dollars, Meta prévoit jusqu'à 65 milliards.",
     [("75 milliards de dollars", 75 * B, "USD"), ("65 milliards", 65 * B, "USD")]),
    ("Le chiffre d'affaires atteint 4 millions d'euros, contre 3 millions un an plus tôt.",
     [("4 millions d'euros", 4 * M, "EUR"), ("3 millions", 3 * M, "EUR")]),
    ("Microsoft a investi 80 milliards de dollars. Amazon en dépense 100 milliards.",
     [("80 milliards de dollars", 80 * B, "USD"), ("100 milliards", 100 * B, "USD")]),
    ("Une levée de 20 millions d'euros. Le nombre d'abonnés atteint 3 millions.",
     [("20 millions d'euros", 20 * M, "EUR")]),
    ("La société compte 30 millions de clients et 2 millions de commandes.", []),
    ("Le groupe a perdu 690 millions d'euros de chiffre d'affaires et 614 millions de marge.",
     [("690 millions d'euros", 690 * M, "EUR"), ("614 millions", 614 * M, "EUR")]),
    ("Il a annoncé 2 milliards de dollars, puis 610 millions d'investissements.",
     [("2 milliards de dollars", 2 * B, "USD"), ("610 millions", 610 * M, "USD")]),
    ("Le pays a 65 millions d'habitants.", []),
    # a comparative after a scale word is money, not a count ("deux milliards de plus qu'attendu")
    ("Un bénéfice de 11 milliards de dollars, deux milliards de plus qu'attendu.",
     [("11 milliards de dollars", 11 * B, "USD"), ("deux milliards", 2 * B, "USD")]),
    # a scaled amount followed by "et N" never takes N as cents (newcomer shapes)
    ("Il détient 0,5 Md€ et 12,5 % du capital.", [("0,5 Md€", 0.5 * B, "EUR")]),
    ("Il a levé 7,5 M€ et 12,5 % du capital.", [("7,5 M€", 7.5 * M, "EUR")]),
    # "X à Y <scale>" is a range without "entre" or "de" when X < Y
    ("Elle investit chaque année 110 à 120 millions d'euros.", [("110 à 120 millions d'euros", 110 * M, "EUR")]),
    ("Le forfait 5G à 9,99 euros.", [("9,99 euros", 9.99, "EUR")]),
    # no currency said anywhere: a scale word with a word of money is kept, currency null
    ("Le projet coûtera entre 3 et 5 milliards.", [("3 et 5 milliards", 3 * B, None)]),
    ("Le projet coûte 3 milliards.", [("3 milliards", 3 * B, None)]),
    ("Elle vise 3 milliards.", []),
    # ... and with a word of money, the currency said far before, or first said after, is carried
    ("Le projet coûte 3 milliards. Son concurrent a levé 2 milliards de dollars.",
     [("3 milliards", 3 * B, "USD"), ("2 milliards de dollars", 2 * B, "USD")]),
    # a part of an amount said just before takes its scale and currency
    ("Sur ces 78 milliards de dollars investis, 53 l'ont été par Microsoft.",
     [("78 milliards de dollars", 78 * B, "USD"), ("53", 53 * B, "USD")]),
    ("Sur ces 78 milliards de dollars, 53 % viennent des États-Unis.", [("78 milliards de dollars", 78 * B, "USD")]),
]

QUALIFIERS = [
    ("Meta prévoit jusqu'à 65 milliards de dollars.", "at_most"),
    ("Au plus 3 millions d'euros seront versés.", "at_most"),
    ("Il a levé plus de 100 millions d'euros.", "at_least"),
    ("Il a levé au moins 100 millions d'euros.", "at_least"),
    ("Des offres dès 10 euros.", "at_least"),
    ("Un coût de près de 2 milliards de dollars.", "approx"),
    ("Un coût d'environ 2 milliards de dollars.", "approx"),
    ("Un coût de quelque 2 milliards de dollars.", "approx"),
    ("Un coût autour de 2 milliards de dollars.", "approx"),
    ("Un coût de ~2 milliards de dollars.", "approx"),
    ("Un coût de 2 milliards de dollars.", "exact"),
    ("Entre 2 et 3 milliards d'euros.", "range"),
    ("Il a levé moins de 5 millions d'euros.", "at_most"),
    ("Elle investit chaque année 110 à 120 millions d'euros.", "range"),
]

PERIODS = [
    ("Amazon investit 26,3 milliards de dollars chaque trimestre.", "quarter", None),
    ("Un loyer de 3 000 euros par mois.", "month", None),
    ("Une licence à 50 euros par an.", "year", None),
    ("Un salaire annuel de 80 000 euros.", None, None),
    ("Un contrat de 10 millions d'euros par an sur cinq ans.", "year", "P5Y"),
    ("Un plan de 109 milliards d'euros sur cinq ans.", None, "P5Y"),
    ("Un abonnement de 9,99 euros mensuels.", "month", None),
    ("Un coût de 2 millions de dollars par jour.", "day", None),
    ("Un budget de 5 millions d'euros par semaine.", "week", None),
    ("La facture est passée de 200 à 1 400 euros par mois.", "month", None),
    ("Elle investit chaque année 110 à 120 millions d'euros.", "year", None),
    ("Il versera 3 M€ par an pendant cinq ans.", "year", "P5Y"),
    ("Le site coûte 850 000 euros par heure.", "hour", None),
    ("Chaque mois, la start-up dépense 2 millions d'euros.", "month", None),
    ("Une enveloppe de 300 millions d'euros.", None, None),
]


def _expected(rows):
    return [(text, Decimal(str(value)), currency) for text, value, currency in rows]


@pytest.mark.parametrize("sentence,expected", AMOUNTS)
def test_amounts_in_sentences(rules_record, sentence, expected):
    record = rules_record(sentence)
    found = [(a.text, a.value, a.currency) for a in record.amounts]
    assert [(t, Decimal(str(v)), c) for t, v, c in found] == _expected(expected)
    for amount in record.amounts:
        assert sentence[amount.start : amount.end] == amount.text


@pytest.mark.parametrize("sentence,qualifier", QUALIFIERS)
def test_amount_qualifiers(rules_record, sentence, qualifier):
    (amount,) = rules_record(sentence).amounts
    assert amount.qualifier == qualifier


@pytest.mark.parametrize("sentence,period,duration", PERIODS)
def test_amount_periods(rules_record, sentence, period, duration):
    amounts = rules_record(sentence).amounts
    assert amounts and all((a.period, a.duration) == (period, duration) for a in amounts)


RANGES = [
    ("2 et 3 milliards d'euros", 2 * B, 3 * B, "EUR"),
    ("10 à 15 M€", 10 * M, 15 * M, "EUR"),
    ("2-3 Md$", 2 * B, 3 * B, "USD"),
    ("500 000 à 2 millions d'euros", 500_000, 2 * M, "EUR"),
    ("1,5 à 2 milliards de dollars", 1.5 * B, 2 * B, "USD"),
]


@pytest.mark.parametrize("text,low,high,currency", RANGES)
def test_parse_amount_ranges(text, low, high, currency):
    parsed = parse_amount(text)
    assert (parsed.value, parsed.value_max, parsed.currency) == (Decimal(str(low)), Decimal(str(high)), currency)


def test_carried_currency_is_marked_inferred(rules_record):
    record = rules_record("Google annonce 75 milliards de dollars, Meta prévoit jusqu'à 65 milliards.")
    assert [(a.currency_inferred, a.qualifier) for a in record.amounts] == [(False, "exact"), (True, "at_most")]


def test_no_carry_without_an_earlier_currency(rules_record):
    assert rules_record("Meta prévoit jusqu'à 65 milliards.").amounts == []


def test_no_carry_across_a_long_distance(rules_record):
    filler = "Le marché évolue vite et les acteurs se multiplient sans cesse. " * 12
    record = rules_record("Google annonce 75 milliards de dollars. " + filler + "Meta vise 65 milliards.")
    assert [a.text for a in record.amounts] == ["75 milliards de dollars"]


ABSURD = ["1e400 euros", "9" * 500 + " euros", "€" + "9" * 300, "1" + " 000" * 200 + " euros"]


@pytest.mark.parametrize("text", ABSURD)
def test_absurd_numbers_are_skipped_not_fatal(text):
    for span in find_amount_spans(text):
        parsed = parse_amount(text[span.start : span.end])
        assert parsed.value is None or abs(parsed.value) <= MAX_VALUE


def test_qualifier_and_period_helpers_are_pure():
    text = "jusqu'à 65 milliards par an"
    assert qualifier_before(text, text.index("65")) == "at_most"
    assert period_after(text, text.index(" par")) == ("year", None)
