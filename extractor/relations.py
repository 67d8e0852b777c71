"""Events and relations between what a record holds: who invests how much, who buys whom, who said what.

Rules read one sentence at a time, from the entity, amount, percentage and date mentions already found
and from the words that signal an event (triggers, in `resources/patterns/triggers.jsonl`). Every relation
carries its evidence sentence, its trigger and the name of the rule that produced it.

Arguments are references: an entity `id`, or `amounts/N`, `percentages/N`, `dates/N` (indexes into the
record's lists). Literal facts (a direction, a funding round, a quote's text) go in `attributes`.

Descriptions and pronouns ("le géant du e-commerce", "son action") are read as the most recent company
named before the sentence, or the article's main company; when neither exists the argument is left out.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from typing import Protocol

from extractor.entity_rows import main_company_of, row_name
from extractor.models import Mention, Relation, Span
from extractor.normalize.regex import after_preposition, first_bare, noun_alternation
from extractor.normalize.sentences import Sentence
from extractor.resources import relation_cues, rule_confidence, word_list
from extractor.roles import COMPANY_NOUN, REFERENCE_REACH, introduced_as

COMPANY_TYPES = ("COMPANY", "ORGANIZATION")
# An amount belongs to an investment trigger at most this many characters away ("Google annonce 75 milliards
# de dollars d'investissements, Meta prévoit jusqu'à 65 milliards").
INVESTMENT_REACH = 100
_PUNCTUATION_RUN = re.compile(r"[\s\u00a0\u202f,.;:]*")
# "la société d'investissement X", "le fonds d'investissement X": a descriptor, not an event.
_DESCRIPTOR_BEFORE = re.compile(r"(?i)(?:société|sociétés|fonds|banque|banques|firme|groupe|véhicule)\s+d['’]\s*$")
# Between an amount and the metric it is: "35 milliards de dollars de CA", "1,2 Md$ de bénéfice net".
_OF_METRIC = re.compile(r"(?i)\s*(?:de|d['’])\s*")
# After "le rachat", "l'acquisition": "de" and the target ("le rachat du britannique Dialog").
# "le rachat du studio lillois Mirefeu", "l'acquisition de l'américain WNS": the company right after "de"
_OF_TARGET_NAME = re.compile(r"(?i)\s*(?:de|du|des|d['’])\s*(?:(?:l['’]|la\s+|le\s+|les\s+)\s*)?(?:[a-zàâçéèêëîïôûù-]+\s+){0,2}")
# Between two figures of one metric: "de 200 000 euros en 2016 à 4,4 M€", "801 millions, contre 141 millions"
_COMPARED = re.compile(r"(?i)(?:[^.;]{0,40}?\b(?:à|contre|après|vs\.?|versus)\s+(?:(?:un|une)\s+[\w'’ -]{0,30}?\s+)?"
                       r"(?:de\s+|d['’])?|[^.;]{0,80}?\b(?:par\s+rapport|comparée?s?)\s+(?:à|aux?)\s+)$")
# "… dans Orvix", "… du capital de Veltis": the company whose shares change hands; "… au fonds Y": who buys them
_OF_CAPITAL_END = re.compile(r"(?i)\b(?:dans|de|du|d['’])\s*(?:(?:le\s+)?capital\s+(?:de|du|d['’])\s*)?$")
_TO_BUYER = re.compile(r"(?i)\b(?:à|au|aux)\s+(?:(?:la|le|l['’]|les)\s*)?(?:[a-zàâçéèêëîïôûù-]+\s+){0,3}$")
# "a rejeté l'offre non sollicitée du fonds X", "avait repoussé une première offre de X", "recommandé … celle de X"
# (the verbs are the "bid" triggers: rejeter, repousser, refuser, décliner, écarter, accepter, recommander)
# A takeover bid, then "sur" and its target: "une offre publique d'achat amicale sur", "son OPA sur"
_BID_ON = re.compile(r"(?i)(?<![\w-])(?:offre|OPA|OPE|OPAS|contre-offre|surenchère)(?![\w-])[^.;:«»\"]{0,50}?\b(?:sur|pour)\s+"
                     rf"(?:la\s+|le\s+|l['’]\s*)?(?:(?:{COMPANY_NOUN})(?:\s+[a-zàâçéèêëîïôûù-]+)?\s+)?$")
_BID_OBJECT = re.compile(r"(?i)(?:\s+[\wà-ÿ'’]+){0,4}?\s+(?:(?:l['’]|(?:d['’])?une|la|cette)\s*(?:(?:première|nouvelle|seconde|dernière)\s+)?"
                         r"offre(?:\s+(?:non\s+sollicitée|publique\s+d['’]achat|de\s+rachat|amicale|hostile|améliorée|concurrente)){0,2}"
                         r"(?:\s*,[^,.;]{0,40},)?|celle)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’])\s*"
                         r"(?:(?:fonds|groupe|investisseur|opérateur|société|consortium|géant|concurrent)\s+)?"
                         r"(?-i:[a-zà-ÿ-]+\s+)?")
_MARKET_PLACE = re.compile(r"Bourse\s+(?:de|d['’])|Wall\s+Street\b")
# "…, et vise 100 millions d'euros cette année", "Elle vise 250 millions en 2028": a target, a figure of its own
_TARGET_BEFORE = re.compile(r"(?i)\b(?:vise|visent|visait|table\s+sur|tablait\s+sur|ambitionne\s+d['’]atteindre"
                            r"|espère\s+atteindre|objectif\s+de)\s+(?:désormais\s+|encore\s+|d['’]atteindre\s+)?"
                            r"(?:plus\s+de\s+|près\s+de\s+|environ\s+|au\s+moins\s+|entre\s+)?$")
_COMPARED_AFTER = re.compile(r"(?i)\b(?:contre|après|vs\.?|versus|par\s+rapport|comparée?s?)\b")
# The part of a company a figure is of: "la division cloud", "l'activité services", "le pôle luxe"
# Before the company a stake is taken in: "entre au capital d'Ondrelis", "au capital de la société X"
_CAPITAL_OF = re.compile(r"(?i)\bau\s+capital\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|de\s+|d['’]\s*)$")
_CAPITAL_ENTRY = re.compile(r"(?i)entr\w*\s")  # the "entrer au capital" trigger
_SEGMENT_NOUNS = r"division|activité|pôle|branche|segment|unité|métier"
_SEGMENT = re.compile(rf"(?i)\b(?:{_SEGMENT_NOUNS})\s+(?:de\s+|d['’]|des\s+)?"
                      r"(?P<segment>(?!de\b|du\b|des\b)[a-zà-ÿ][\w-]*(?:\s+(?!de\b|du\b|des\b)[a-zà-ÿ][\w-]*)?)")
# Before a business line's figure: its verb, then "de 21 %" and "à", or the amount right away ("ont crû de 17 %, à
# 181 millions", "reculent à 74 millions", "a généré 231 millions")
# ("L'automobile recule au contraire de 11 %, à 9,8 millions": an adverb between the verb and its change)
_LINE_FIGURE = re.compile(r"(?i)(?<![\w])(?P<verb>bondi\w*|progress\w*|recul\w*|cr[ûu]\w*|croiss\w*|augment\w*"
                          r"|baiss\w*|grimp\w*|plafonn\w*|atteign\w*|atteint|chut\w*|génér\w*|rapport\w*"
                          r"|s['’]établi\w*|ressort\w*|pès\w*|pes(?:ait|aient|ent)\b|rest(?:e|ent|ait|aient)\s+stables?)"
                          r"(?:\s+(?:au\s+contraire|en\s+revanche|pour\s+sa\s+part|de\s+son\s+côté|quant\s+à\s+elle"
                          r"|légèrement|nettement|fortement|encore|également|aussi))?"
                          r"(?:\s+(?:de|d['’])\s*[\d,.\s\u00a0\u202f]+%)?\s*,?\s*(?:à\s*)?$")
# Where the clause of a line's verb opens, when the parse gives it no subject: after its last comma or conjunction
_CLAUSE_OPENING = re.compile(r"(?i)(?:.*(?:,|\btandis\s+que|\balors\s+que|\bet))\s*")
# Words of a line's subject that are no part of its name: "les", "la division", "qui regroupent…"
_SEGMENT_WORDS = re.compile(rf"(?i)^(?:(?:les|le|la|l['’]|ses|son|sa)\s*)?(?:(?:{_SEGMENT_NOUNS}|ventes)"
                            r"(?:\s+(?:de\s+l['’]activité|de\s+|d['’]|des\s+)?|$))?|,.*$|\s+qui\s.*$")
# After a metric, the company it belongs to: "les revenus publicitaires de YouTube", "le chiffre d'affaires d'Orange"
_OF_OWNER = re.compile(r"(?i)\s*(?:[a-zàâçéèêëîïôûù-]+\s+){0,2}?(?:de|du|d['’])\s*")
# A description standing for a company named before ("la société", "le groupe de Mountain View", "la jeune pousse",
# "le numéro un mondial du PC")
_DESCRIBED = re.compile(rf"(?i)\b(?:la|le|l['’]|cette|ce)\s*(?:{COMPANY_NOUN}|numéro\s+(?:un|deux|trois|1|2|3))(?![\w-])"
                        r"(?:\s+(?:de|d['’])\s*[A-ZÀ-Ý][\w-]*(?:\s+[A-Z][\w-]*)*)?")
_OF_BEFORE = re.compile(r"(?i)(?:\bde\s+la|\bde\s+l['’]|\bde|\bdu|\bd['’]|\bdes)\s*$")
_PRONOUN = re.compile(r"(?i)qui|c['’]|il|elle|ils|elles|on|celui-ci|celle-ci|ce\s+dernier|cette\s+dernière|lequel|laquelle|"
                      r"lesquels|lesquelles|ce|cela|ça|nous|je|j['’]|vous")
# An amount that is no one company's investment: a collective total ("11 milliards d'euros au total", "109 milliards
# d'euros d'investissements privés")
_NOT_ONE_INVESTMENT = re.compile(r"(?i)\s*(?:au\s+total|en\s+tout|cumulé|d['’]investissements?\s+(?:publics|privés|étrangers))")
# A part or the upper bound of the amount before it: "10 milliards, dont 5 milliards de subventions", "au moins 60
# milliards, et jusqu'à 65 milliards"
_PART_OR_BOUND_BEFORE = re.compile(r"(?i)(?:\bdont|\bjusqu['’]à)\s+(?:près\s+de\s+|plus\s+de\s+|environ\s+)?$")
_FIRST_PERSON_QUOTE = re.compile(r"[«\"“]\s*(?:j['’]|je\s|nous\s)[^»\"”]*$", re.IGNORECASE)
_SHARE_WORD = re.compile(r"(?i)\b(?:action|actions|titre|titres|cours|capitalisation)\b")
# A market a share is listed on: "cotée sur Euronext Paris", "à la Bourse de", "sur le Nasdaq"
# An index the move said is of: "le CAC 40 gagnant 0,4 %", "le Nasdaq a fini en hausse de 1 %"
_INDEX_BEFORE = re.compile(rf"(?i)\b(?:{noun_alternation(word_list('market_indexes'))})\b[^,.;]{{0,25}}$")
_MARKET_BEFORE = re.compile(r"(?i)(?:cotée?s?\s+)?(?:sur|à|au)\s+(?:la\s+Bourse\s+de\s+|le\s+|l['’])?$")
# "20 % de Telecom Italia", "12 % du capital d'Ubisoft", "5 % dans Mistral AI": the company a stake is in
_OF_CAPITAL = re.compile(r"(?i)\s*(?:(?:du|de\s+son)\s+capital\s+(?:de\s+|d['’])|des\s+parts\s+(?:de\s+|d['’])|de\s+|d['’]|du\s+|dans\s+(?:le\s+capital\s+(?:de\s+|d['’]))?)")
# "acheter l'américain WNS", "acheter le groupe X": the company is the verb's object, an article and one word apart
_DIRECT_OBJECT = re.compile(r"(?i)\s*(?:(?:l['’]|le\s+|la\s+|les\s+)\s*)?(?:[a-zàâçéèêëîïôûù-]+\s+)?")
# "7,5 milliards de dollars pour s'offrir ZeniMax": the amount paid, then the purpose
_PURPOSE = re.compile(r"(?i)\s*,?\s*(?:pour|afin\s+de)\s+(?:s['’])?")
# Between an invested amount and its target: "… 50 M$ dans la jeune pousse Dust", "… au capital de X".
_INTO = re.compile(r"(?i)\b(?:dans|au\s+capital\s+d[eu'’]|en\s+faveur\s+d[eu'’])\b")
# The first partner comes this near after the partnership word ("un partenariat stratégique de long terme avec X").
PARTNER_REACH = 60
# A launched product comes this near after the launch word ("a dévoilé mercredi 24 juillet Mistral Large 2"), or
# before its participle ("l'iPhone 16e, son modèle d'entrée de gamme lancé en février").
LAUNCH_REACH = 60
# "Il a lancé…", "Elle vise…": a sentence whose subject is a pronoun, said of the company the sentence before is about
_PRONOUN_OPENING = re.compile(r"(?:Il|Elle)\s+(?!y\b|faut\b|s['’]agit\b)")
_HE_OR_SHE = re.compile(r"(?i)il|elle")
_BOTH = re.compile(r"(?i)\b(?:les|ces)\s+deux\s+(?:sociétés|groupes|entreprises|partenaires|start-up|firmes|opérateurs"
                   r"|éditeurs|constructeurs|industriels|acteurs|alliés|laboratoires|studios)\b")
_SIGNED_DEAL = re.compile(r"(?i)\b(?:signé|conclu|paraphé|noué|signent|concluent)\b[^.;]{0,40}?"
                          r"\b(?:contrat|accord|partenariat|protocole)")
_PAST_PARTICIPLE = re.compile(r"(?i)(?:lancé|dévoilé|présenté|sorti|commercialisé|inauguré|déployé)e?s?")
# Launch words said only of a product named before them: "La Galaxy Ring … sera vendue 449 euros", never of one after
# ("la machine débarque avec un line-up costaud : le nouveau Mario Kart…"); "la RTX 5070, attendue le 5 mars" (its
# trigger pattern requires a date after it). Not "est disponible depuis", said as often of a feature or an update
# ("compatible Wi-Fi 7, est disponible dès…", "le correctif, intégré à la version 4.2.3, est disponible depuis lundi")
_SAID_OF_SUBJECT_WORDS = r"(?:sera|seront)\s+(?:vendue?s?|commercialisée?s?|facturée?s?|proposée?s?)|coûtera|coûteront|arrivera" \
    r"|arriveront|débarque|attendue?s?"
_SAID_OF_SUBJECT = re.compile(rf"(?i){_SAID_OF_SUBJECT_WORDS}")
_PARTICIPLE = re.compile(r"(?i)(?:lancé|dévoilé|présenté|sorti|commercialisé|inauguré|déployé)e?s?|sortiront|sortira"
                         rf"|(?:sera|seront|serait)\s+disponibles?|{_SAID_OF_SUBJECT_WORDS}")
# "son moteur de recherche Bing", "sa Freebox Ultra", "son opération de livraison de nourriture, UberEats"
_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:son|sa|ses)\s+(?:[a-zéèêëàâîïôûç'’-]+\s+){0,6}?(?:,\s*)?$")
_POSSESSIVE_APPOSED = re.compile(r"(?i)\s*,\s*(?:son|sa|ses)\s+[a-zéèêëàâîïôûç'’-]+")
# An apposition that says whose a product is, after it ("Bing, le moteur de recherche de Microsoft") or before
# it ("la console nouvelle génération de Microsoft, la Xbox Series X"): a noun phrase, then "de" and the owner.
_OWNER_OF = rf"(?:de\s+la\s+|de\s+l['’]\s*|de\s+|du\s+|d['’]\s*)(?:(?:{COMPANY_NOUN})\s+(?:[a-zéèêàç-]+\s+)?)?"
_OWNER_APPOSED_AFTER = re.compile(rf"(?i)\s*,\s*(?:(?:la|le|les|une?)\s+|l['’]\s*)(?P<words>(?:[a-zàâçéèêëîïôûù'’-]+\s+){{0,6}}?){_OWNER_OF}")
_OWNER_APPOSED_BEFORE = re.compile(rf"(?i)\b(?:la|le|les|sa|son|une?|l['’])\s*(?:{noun_alternation(word_list('product_nouns'))}|plateforme|service)"
                                   rf"(?:\s+[a-zàâçéèêëîïôûù'’-]+){{0,4}}?\s+{_OWNER_OF}$")
_CLOSED = re.compile(r"\s*(?:[,.;:)]|$)")
_APPOSED_TO_PRODUCT = re.compile(r"(?i)\s*,\s*(?:(?:la|le|les)\s+|l['’]\s*)?")
# Who these denote is the entity named last before them, or ("le premier") the one before it
_LATTER = re.compile(r"(?i)(?P<latter>ce\s+dernier|cette\s+dernière|celui-ci|celle-ci)|(?:le\s+|la\s+)(?:second|seconde|deuxième)"
                     r"|(?P<first>le\s+premier|la\s+première)")
_LATTER_THEN_WHO = re.compile(r"(?i)(?P<latter>ce\s+dernier|cette\s+dernière|celui-ci|celle-ci)\s*,\s*$")
_PRONOUN_START = re.compile(r"(?:Il|Elle|Celui-ci|Celle-ci|Ce dernier|Cette dernière)\b")
_NOT_OWN = re.compile(r"(?i)\b(?:concurrent|rival|rivaux|challenger|alternative|homologue|équivalent|partenaire|client|filiale"
                      r"|utilisateur|employé|salarié|abonné|fournisseur|compte|profil|page)")  # "son compte Twitter"
# the product list in brackets right after its company: "de Disney (Disney+, Hulu et ESPN+)"
_LISTED_BEFORE = re.compile(r"\s*\((?:[^()]{0,60}?(?:,|et)\s+)?$")
# after a product (list): ", deux marques du portefeuille de L'Oréal", ", une marque de L'Oréal"
_BRANDS_OF = re.compile(r"(?i)[^.;]{0,40}?,\s*(?:(?:deux|trois|quatre|des|les)\s+marques|une\s+marque|la\s+marque)"
                        r"(?:\s+[a-zé]+){0,3}?\s+(?:de\s+|d['’]|du\s+)(?:(?:la|le|les)\s+|l['’])?")
# A date that names a period, which a figure is of: "au troisième trimestre", "l'exercice 2024", "en 2023", "S1",
# "de janvier à mars"
_PERIOD_DATE = re.compile(r"(?i)[^.]*?\b(?:trimestres?|semestres?|exercices?|année|an|mois|T[1-4]|S[12]|H[12]|Q[1-4])\b"
                          r"[^.]*|(?:en\s+|sur\s+|pour\s+)?(?:19|20)\d\d|(?:de|du|entre)\s+[^.]+?\s+(?:à|au|et)\s+[^.]+")
# ("aux 38,7 millions de la même période", "…de l'an dernier": a period, not a noun qualifying the amount)
_QUALIFIED = re.compile(r"\s*(?:de|d['’])\s*(?!(?:chiffre|bénéfice|perte|revenu|ventes|recettes|résultat)\b)"
                        r"(?!(?:la\s+même\s+période|l['’](?:an|année|exercice)\s+(?:dernier|précédent|passé)e?)\b)[a-zà-ÿ]")
_EXPECTED = re.compile(r"(?i)\b(?:analystes?|consensus|attendu[es]?|attendai(?:t|ent)|s['’]attendai(?:t|ent)|tablai(?:t|ent))\b")
_NOT_SPENT = re.compile(r"(?i)\s*(?:de|d['’])\s*(?:économies|pertes|dettes?|chiffre|revenus|ventes|bénéfices?|recettes)\b")
# What else a company's percentage measures, when no word of shares says it is its share price
_OTHER_MEASURE = re.compile(r"(?i)\b(?:ventes?|chiffre|part|parts|effectifs?|production|immatriculations|trafic|"
                            r"bénéfices?|résultats?|marge|emplois|salariés|prix|tarifs?|commandes|livraisons|"
                            r"abonnés|utilisateurs|clients|croissance|inflation|taux)\b")
_OF_MEASURE = re.compile(r"(?i)\s*(?:en|de|du|des|d['’])\s+(?:volumes?|valeur|\w+\s+)?(?:de\s+)?(?:ventes?|production|chiffre|"
                         r"effectifs?|immatriculations|trafic|commandes|livraisons|abonnés|utilisateurs|clients)\b")
_SHARE_OF_DESCRIPTION = re.compile(r"(?i)\b(?:titre|action|cours)\s+(?:du|de\s+la|de\s+l['’])\s*[a-zàâçéèêëîïôûù]")
_MARKET_VALUE = re.compile(r"(?i)\b(?:capitalisation|valorisation|en\s+Bourse|de\s+sa\s+valeur)\b")
_POSSESSIVE_JUST_BEFORE = re.compile(r"(?i)\b(?:son|sa|ses|leur|leurs)\s+$")
_PLATFORM_LIST = re.compile(r"(?i)[^.;]*?\bsur\s+[^.;:]*?(?:,|\bet)\s*")  # "… sur PC, PlayStation 5": the list goes on
_ON_PLATFORMS = re.compile(r"(?i)\b(?:sur|pour|sous)\s+[^,.;:]*$")  # "… sur PS5 et " Xbox Series X, "sous" SteamOS
# "sorti sur PlayStation 5", "509,99 € en pack avec Mario Kart World", "deux machines estampillées Copilot+ PC":
# where it runs, what comes with it, the label it carries
_PLATFORM_BEFORE = re.compile(r"(?i)\b(?:sur|pour|avec|estampillée?s?|labellisée?s?|certifiée?s?)\s+(?:(?:la|le|les)\s+|l['’])?$")
_OF_NAME_AFTER = re.compile(r"(?i)\s*(?:de|du|d['’])\s*(?:(?:la|le|les)\s+|l['’]\s*)?(?:[a-zàâçéèêëîïôûù'’-]+\s+){0,2}")
# After a round's amount, the company it is raised by: "un tour de table de 48 millions d'euros dans (la fintech) Tandelo"
_ROUND_INTO = re.compile(rf"(?i)\s+(?:dans|chez|au\s+capital\s+(?:de\s+|d['’]\s*|du\s+))\s*(?:(?:la|le|l['’])\s*)?"
                         rf"(?:(?:{COMPANY_NOUN})(?:\s+[a-zàâçéèêëîïôûù-]+)?\s+)?")
# A verb that says who makes a product, and the words between it and the product: "Calvane développe
# Hollowmere", "Elle édite aussi le logiciel Sequanix Shield"
_MAKER_VERB = re.compile(r"(?i)\b(?:édite|éditent|développe|développent|conçoit|conçoivent|fabrique|fabriquent|produit"
                         r"|produisent|(?:a|ont|avait|avaient)\s+(?:édité|développé|conçu|fabriqué|produit))\b")
_TO_OBJECT = re.compile(r"(?:\s+(?:aussi|également|notamment|désormais|déjà|depuis\s+\d{4}))*"
                        r"(?:\s+(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\s*(?:[a-zéèêàçôû-]+\s+){0,3})?\s*")
# Between a company and the possessive of its product: "SAP et à son assistant Joule", "Google et son modèle"
_AND_ITS = re.compile(r"\s+et\s+(?:(?:à|de|d['’]|avec|contre|face\s+à)\s*)?")
# Between a company and a product: ", dont les échangeurs", ", dont le logiciel phare"
_WHOSE_BEFORE = re.compile(r"\s*,\s*dont\s+(?:le|la|les|l['’])\s*(?:[a-zéèêàçôû-]+\s+){0,3}$")
# After a launch word: what was launched, counted, then the list of it after a colon
_LIST_AFTER_COLON = re.compile(r"[^.;:!?«»\"]{0,140}?\s:\s*")
# "maison" (in-house) said of a product, never "maison mère": "des puces maison Trainium2 et Graviton4", "l'Exynos
# 2500 maison", "Horizon-3, un modèle d'IA maison"
_IN_HOUSE_BEFORE = re.compile(r"\bmaison\s+(?:(?:[A-Z][\w-]*|\d+\w*)\s+(?:et|,)\s+)?$")
_IN_HOUSE_AFTER = re.compile(r"\s+maison(?!\s+m[èe]re)\b|,\s+(?:un|une|le|la|son|sa)\s+(?:[\w'’-]+\s+){1,4}?maison(?!\s+m[èe]re)\b")
_LED_ROUND = re.compile(r"(?i)\b(?:mené|mène|menait|mènera|co-?mené|pilot[ée]|conduit)\b")
_APPOSED_DESCRIPTION = re.compile(r"\s*,\s*")
_DETERMINER = re.compile(r"(?i)(?:la|le|les|l['’]|un|une)\b")
_BY = re.compile(r"(?i)\s*par\s+(?:(?:le|la|les)\s+|l['’])?")
# Between two products of one list: "…, la montre …", "… et le bracelet d'activité …", "… et …"
_LIST_GLUE = re.compile(r"(?i)\s*(?:,|\bet\b|\bou\b|\bainsi\s+que\b)\s*(?:(?:le|la|les|son|sa|ses|un|une|des)\s+|l['’]\s*)?"
                        r"(?:(?!(?:sur|sous|pour|avec|contre|face|à|en|dans|chez|par|que|qui|dont)\b)[a-zàâçéèêëîïôûù'’-]+\s+){0,4}?")
# Between a launch word and a product that is not the one launched: "lance ses modèles face à GPT-4o"
# A part of a figure: "à 144 millions, dont 97 millions pour le conseil"
_OF_WHICH = re.compile(r"(?:\s+[^,.;:()]{1,40}?)?\s*,?\s*dont\s+(?:(?:plus|près|environ|quelque)\s+(?:de\s+|d['’]\s*)?)?")
# An investor's part: "250 millions apportés par Bpifrance", "…, souscrite par Bpifrance, à hauteur de 80 millions",
# "General Atlantic a déboursé à lui seul 110 millions"
_CONTRIBUTED_BY = re.compile(r"\s+(?:apportée?s?|souscrite?s?|versée?s?|injectée?s?|investie?s?)\s+par\s+"
                             r"(?:(?:le|la|les|l['’])\s*)?(?:[a-zéèêàç-]+\s+){0,3}?")
_FUNDING_WORDS = re.compile(r"(?i)\b(?:capital|financ\w*|tour\s+de\s+table|levée|subvention\w*)\b")
_UP_TO_AMOUNT = re.compile(r"\s*,?\s*(?:[a-zéèêàçô'’-]+\s+){0,3}?à\s+hauteur\s+(?:de\s+|d['’]\s*)")
_CONTRIBUTES = re.compile(r"\s+(?:y\s+)?(?:(?:a|ont|avait|avaient)\s+)?(?:apporte|apporté|apportera|déboursé|débourse"
                          r"|débourser?a|injecte|injecté|injectera|souscrit)\s+(?:à\s+(?:lui|elle)\s+seule?\s+|seule?\s+)?"
                          r"(?:(?:plus\s+de|près\s+de|environ)\s+)?")
# A business unit of the company the text is about, whose product lines its sentence lists ("La division
# centres de données, qui commercialise les accélérateurs K9…", "L'activité PC (processeurs Arcway 5)")
_BUSINESS_UNIT = re.compile(r"(?i)\b(?:la|le|l['’]|sa|son|cette|ce)\s*(?:division|activité|branche|pôle|segment|unité"
                            r"|métier)\b(?:(?:\s+[\w-]+){0,3}?\s+(?:de\s+|d['’]\s*)(?=[A-ZÀ-Ý]))?")
_NON_WORDS = re.compile(r"\W*")
# A relative clause of a partner: "…, avec qui la start-up a noué un partenariat"
_WITH_WHOM = re.compile(r"(?i)\bavec\s+(?:qui|laquelle|lequel|lesquels|lesquelles)\b")
# Between the name a relative clause is of and the clause: at most one apposition ("X, la filiale de Y, avec qui")
_RELATIVE_HEAD = re.compile(r"\s*(?:,[^,.;:]{0,80})?,\s*")
# An object pronoun before a verb of buying: "qui l'avait rachetée", "la rachète"
_OBJECT_PRONOUN_BEFORE = re.compile(r"(?i)(?<![\w])(?:l['’]\s*|la\s+|le\s+)(?:(?:a|avait|aurait|ont|avaient|va|vient\s+de)\s+)?$")
_RIVAL_BETWEEN = re.compile(r"(?i)\b(?:face\s+à|face\s+aux?|contre|concurren\w*|rival\w*|comme|alternative)\b")
# A quote is at least five words: « vaste majorité » is emphasis, not speech.
# A quotation of four words or more (a shorter one is a name or a nickname: le "cost killer").
QUOTE = re.compile(r"«\s*(?P<q>(?:[^«»\s]+\s+){3,}[^«»\s][^«»]*?)\s*»|“(?P<q2>(?:[^“”\s]+\s+){3,}[^“”\s][^“”]*?)”"
                   r"|(?<![\w\"])\"(?P<q3>(?:[^\"\s]+\s+){3,}[^\"\s][^\"\n]*?)\"")

# After a quote, before its speech verb: an auxiliary and adverbs ("», a-t-il ajouté", "», avait déjà prévenu X")
_SPEECH_LEAD = re.compile(r"(?i)(?:(?:nous|me|m['’]|lui|leur)\s+)?(?:(?:a|avait|aura|ont|avaient)(?:\s*-?\s*t-(?:il|elle|on)|-(?:il|elle|on))?\s+)?"
                          r"(?:(?:déjà|aussi|encore|alors|ensuite|également|pourtant|notamment|enfin|ainsi)\s+)*")
# Before a quote, a pronoun that says who speaks: "Pour lui,", "Selon elle,", ", dit-il,"
_PRONOUN_SPEAKS = re.compile(r"(?i)\b(?:pour|selon|d['’]après)\s+(?:lui|elle)\b|\b\w+-(?:t-)?(?:il|elle)\s*,")
_INVERTED_PRONOUN = re.compile(r"(?i)-(?:t-)?(?:il|elle)\b")
# A pronoun speaker ("a-t-il dit") is who spoke last, or the person named last, this near before the quote.
PRONOUN_REACH = 600
# The speaker's name comes at most this far after the speech verb ("a jugé vendredi depuis Washington un
# porte-parole de la Maison Blanche, Judd Deere").
SPEAKER_REACH = 110
_COMPLEMENT_BEFORE = re.compile(r"(?i)\b(?:de|du|d['’])\s*$")
_TITLE_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, sorted(word_list('person_titles'), key=len, reverse=True)))})"
                           r"(?:\s+[a-zéèê-]+)?\s*$")
_COMPLEMENT_PERSON = re.compile(r"(?i)(?:\b(?:de|du|d['’])\s*(?:[a-zéèê-]+\s+){0,2}|\b(?:administration|gouvernement|ère|équipe|camp|clan)\s+)$")


@lru_cache(maxsize=1)
def _definite_speaker() -> re.Pattern[str]:
    """"…, a ajouté l'hôte de la Maison Blanche", "…, dénonce l'élue de Paris": a definite description of a
    person (a title or a person noun of `word_lists.json`), not "l'ONG" or "le groupe"."""
    nouns = sorted(word_list("person_titles") | word_list("person_descriptions"), key=len, reverse=True)
    return re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:le|la|l['’])\s*(?:[a-zéèêëàâîïôûç-]+\s+){0,2}?"
                      rf"(?:{'|'.join(map(re.escape, nouns))})(?![\w-])")


# A title's first word says a gender when it is inflected: "directrice", "présidente" / "directeur", "président"
# ("PDG", "ministre", "porte-parole" say none)
_FEMININE_ENDINGS = ("rice", "ière", "euse", "enne", "onne", "ée", "ente", "ante", "ure", "effe")
_MASCULINE_ENDINGS = ("eur", "ier", "ent", "ant", "é", "on", "ien")


def _title_gender(title: str) -> str | None:
    word = re.split(r"[\s'’]+", title.strip().lower(), maxsplit=1)[0] if title.strip() else ""
    if word.endswith(_FEMININE_ENDINGS):
        return "f"
    return "m" if word.endswith(_MASCULINE_ENDINGS) else None


def _genders(roles: list[dict]) -> dict[str, str]:
    """The gender the titles of each person say, where they agree on one."""
    said: dict[str, set[str]] = {}
    for role in roles:
        gender = _title_gender(role.get("title") or "")
        if gender is not None:
            said.setdefault(role["person"], set()).add(gender)
    return {person: genders.pop() for person, genders in said.items() if len(genders) == 1}


# "Selon le ministre de l'Économie, …", "Pour la directrice financière, …": a source described by a title
_DESCRIBED_SOURCE = re.compile(r"(?i)\b(?:selon|pour|d['’]après)\s+(?:le|la|l['’])\s*[a-zéèêëàâîïôûç-]+")


def _title_stem(words: str) -> str:
    """The first word of a title, cut to five letters so that genders meet: "directrice" and "directeur" (direc),
    "présidente" and "président"."""
    return words.strip().lower().split(" ")[0][:5]


def _titled(roles: list[dict]) -> dict[str, set[str]]:
    """The title stems each person is given: {"bruno_le_maire": {"minis"}}."""
    stems: dict[str, set[str]] = {}
    for role in roles:
        if role.get("title"):
            stems.setdefault(role["person"], set()).add(_title_stem(role["title"]))
    return stems


def _pronoun_gender(pronoun: re.Match[str] | None) -> str | None:
    words = pronoun.group(0).lower() if pronoun else ""
    return "f" if "elle" in words else "m" if re.search(r"\b(?:il|lui)\b", words) else None


class SubjectLookup(Protocol):
    def get(self, start: int) -> tuple[int, int] | None: ...

    def main_subject(self, start: int, end: int) -> tuple[int, int] | None: ...


class NoParse:
    """The subject lookup of a text without a dependency parse: no subject is known."""

    def get(self, start: int) -> None:
        return None

    def main_subject(self, start: int, end: int) -> None:
        return None


@dataclass(frozen=True)
class Ref:
    """One mention of something a relation can point at."""

    ref: str  # entity id, or "amounts/N", "percentages/N", "dates/N"
    kind: str  # entity type, or "MONEY", "PERCENT", "DATE"
    start: int
    end: int


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    """Trigger patterns by name, compiled once: word stems, matched at a word start, case-insensitive."""
    return {name: re.compile(r"(?<![\w])(?:" + "|".join(stems) + r")[\w'’-]*", re.IGNORECASE)
            for name, stems in relation_cues().items()}


@dataclass(frozen=True)
class TreeMatch:
    """A match of a dependency pattern (`resources/patterns/relations.dep.jsonl`): the relation type, the
    trigger word and, for each role, the character span of the word filling it with all its dependents."""

    rule: str
    type: str
    trigger: tuple[int, int]
    roles: dict[str, tuple[int, int]]


# What each role of a dependency pattern accepts; other nodes ("by", "with") only shape the match.
TREE_ROLE_KINDS = {"acquirer": ("COMPANY", "PERSON"), "target": ("COMPANY",), "company": ("COMPANY",), "maker": ("COMPANY",),
                   "product": ("PRODUCT",), "partner": COMPANY_TYPES, "partner_with": COMPANY_TYPES}


@dataclass(frozen=True)
class Mentions:
    """What relations are read from: the entity rows (`components.entity_table`), and the (start, end) of
    amounts and percentages (with their facts) and dates, each list in text order."""

    entities: list[dict]
    amounts: list[tuple[int, int, dict]]
    percentages: list[tuple[int, int, dict]]
    dates: list[tuple[int, int]]

    def refs(self) -> list[Ref]:
        """Every mention, but a company or body named as a source ("selon Le Figaro", "a-t-il déclaré au
        Monde"): a cited source is never an argument of the event it reports."""
        refs = [Ref(e["id"], e["type"], start, end) for e in self.entities
                for (start, end), cited in zip(e["mentions"], e["cited"]) if not cited]
        refs += [Ref(f"amounts/{i}", "MONEY", a[0], a[1]) for i, a in enumerate(self.amounts)]
        refs += [Ref(f"percentages/{i}", "PERCENT", p[0], p[1]) for i, p in enumerate(self.percentages)]
        refs += [Ref(f"dates/{i}", "DATE", d[0], d[1]) for i, d in enumerate(self.dates)]
        return sorted(refs, key=lambda r: (r.start, r.end))


def _family(name: str) -> str | None:
    """The range a model name belongs to: its first word where more words follow ("Jade" of "Jade 7 Lite", of
    "Yoga Slim 7x"), a capitalised word of three letters or more."""
    first, _, rest = name.partition(" ")
    return first if rest and len(first) >= 3 and first[0].isupper() and first.isalpha() else None


def _generation(name: str) -> str | None:
    """The generation a model name belongs to: its range and the number after it ("Brise 2" of "Brise 2 Pro" and
    of "Brise 2"; "Galaxy S25" of "Galaxy S25 Ultra")."""
    words = name.split(" ")
    if len(words) >= 2 and _family(name) and any(c.isdigit() for c in words[1]):
        return f"{words[0]} {words[1]}"
    return None


class RelationFinder:
    def __init__(self, text: str, sentences: list[Sentence], mentions: Mentions, topic: str | None,
                 subjects: SubjectLookup | None = None) -> None:
        self.text = text
        self.subjects = subjects or NoParse()
        self.sentences = sentences
        self.entities = {e["id"]: e for e in mentions.entities}
        self.amounts = [facts for _, _, facts in mentions.amounts]
        self.percentages = mentions.percentages
        # a place of trade ("à la Bourse de Paris", "à Wall Street") owns no figure and no share: never an argument
        self.refs = [r for r in mentions.refs() if not (r.kind in COMPANY_TYPES and _MARKET_PLACE.match(text, r.start))]
        self.starts = [r.start for r in self.refs]
        self.topic = topic
        self.employers: dict[str, str] = {}  # person -> the company of their first current role (set by `run`)
        self.index = {(s.start, s.end): i for i, s in enumerate(sentences)}
        self.sentence_starts = [s.start for s in sentences]
        self.inside = self._refs_by_sentence()
        self.before = self._context_before()
        self.found: list[Relation] = []
        self.claimed: set[str] = set()  # amounts a valuation or a fine took: no revenue or investment
        self.company_counts: Counter[str] = Counter()  # companies named before the refs[counted] (`_companies_counted_to`)
        self.counted = 0
        self.genders: dict[str, str] = {}  # person -> the gender their titles say, from the roles `run` is given
        self.titled: dict[str, set[str]] = {}  # person -> the stems of their titles (`_title_stem`), likewise

    def _refs_by_sentence(self) -> list[list[Ref]]:
        """The refs of each sentence, in one sweep over both sorted lists (never all refs per sentence)."""
        out: list[list[Ref]] = []
        for sentence in self.sentences:
            lo = bisect_left(self.starts, sentence.start)
            hi = bisect_left(self.starts, sentence.end)
            out.append([r for r in self.refs[lo:hi] if r.end <= sentence.end])
        return out

    def _context_before(self) -> list[tuple[str | None, bool, str | None]]:
        """For each sentence: (last company named before it, was the main company named before it, last
        amount before it), carried forward sentence by sentence."""
        out, last_company, topic_seen, last_money, position = [], None, False, None, 0
        for sentence in self.sentences:
            while position < len(self.refs) and self.refs[position].end <= sentence.start:
                ref = self.refs[position]
                if ref.kind == "COMPANY":
                    last_company, topic_seen = ref.ref, topic_seen or ref.ref == self.topic
                elif ref.kind == "MONEY":
                    last_money = ref
                position += 1
            out.append((last_company, topic_seen, last_money))
        return out

    # --------------------------------------------------------------------------------------- helpers
    def _in(self, sentence: Sentence, kind: str | tuple[str, ...]) -> list[Ref]:
        kinds = (kind,) if isinstance(kind, str) else kind
        return [r for r in self.inside[self.index[sentence.start, sentence.end]] if r.kind in kinds]

    def _subject(self, trigger: re.Match[str] | None, kinds: tuple[str, ...] = ("COMPANY",)) -> str | None:
        """The company (or person, among `kinds`) that is the grammatical subject of the trigger verb
        ("Amazon … prévoit d'investir"): the first one named in the subject, before any apposition."""
        if trigger is None:
            return None
        span = self.subjects.get(trigger.start())
        if span is None:
            return None
        # "AWS, la filiale cloud d'Amazon, injectera…": the parse made the apposition the subject; the name
        # it describes, just before it, is
        index = bisect_left(self.starts, span[0])
        named = self.refs[index - 1] if index else None
        if named is not None and named.kind in kinds and named.end <= span[0] \
                and _APPOSED_DESCRIPTION.fullmatch(self.text, named.end, span[0]) \
                and _DETERMINER.match(self.text, span[0], span[1]) and not _LATTER.match(self.text, span[0], span[1]):
            return named.ref  # (not "Ondalys, le second a racheté…")
        candidates = self.refs[index : bisect_left(self.starts, span[1])]
        first = next((r for r in candidates if r.kind in COMPANY_TYPES + ("PERSON",) and r.end <= span[1]), None)
        if first is None:
            words, at = self.text[span[0] : span[1]], span[0]
            before = _LATTER_THEN_WHO.search(self.text, max(0, at - 20), at) if words == "qui" else None
            if before is not None:  # "Ce dernier, qui avait investi…" when the parse lost the relative clause
                words, at = before["latter"], before.start()
            first = self._referent(words, at)
            if first is None and "COMPANY" in kinds and _DESCRIBED.match(words.strip()):
                return self._introduced(words.strip(), at)  # "le studio a bouclé une levée": the studio named so
        return first.ref if first is not None and first.kind in kinds else None

    def _referent(self, words: str, position: int) -> Ref | None:
        """What "ce dernier", "celle-ci" (the company or person named last before, in this sentence or the one
        before), "le premier" or "le second" (the first or second of the last two named before this sentence)
        denote; None for other words."""
        anaphor = _LATTER.fullmatch(words.strip())
        if anaphor is None:
            return None
        sentence = self._sentence_at(position)
        index = self.index[sentence.start, sentence.end] if sentence else 0
        lower = self.sentences[index - 1].start if index else 0
        upper = position if anaphor["latter"] else sentence.start if sentence else position
        named = [r for r in self.refs[bisect_left(self.starts, lower) : bisect_left(self.starts, upper)]
                 if r.kind in COMPANY_TYPES + ("PERSON",) and r.end <= upper]
        named = [r for r, following in zip(named, named[1:] + [None]) if following is None or following.ref != r.ref]
        if not named:
            return None
        if anaphor["first"]:  # "le premier": the first of the last two named
            return named[-2] if len(named) >= 2 else None
        return named[-1]

    def _subject_names_nobody(self, trigger: re.Match[str]) -> bool:
        """True when the trigger verb's subject is a common noun phrase that names no company or person ("les
        Français", "les consommateurs"); a pronoun ("qui", "il") or a subject a name follows is not such."""
        span = self.subjects.get(trigger.start())
        if span is None or span[0] <= trigger.start() < span[1]:
            return False  # "les investissements restent massifs": the trigger is its own subject
        words = self.text[span[0] : span[1]]
        if _PRONOUN.fullmatch(words.strip()) or _DESCRIBED.match(words.strip()):
            return False  # "il", "qui", "le groupe": a company said another way
        near = self.refs[bisect_left(self.starts, span[0]) : bisect_left(self.starts, span[1] + 3)]
        return not any(r.kind in ("COMPANY", "PERSON") for r in near)

    def _subjects(self, trigger: re.Match[str]) -> list[str]:
        """Every company of a coordinated subject ("Orange, Bouygues Telecom et Iliad ont déposé…"); one
        company, or none, otherwise."""
        first = self._subject(trigger)
        if first is None:
            return []
        span = self.subjects.get(trigger.start())
        named = [r for r in self.refs[bisect_left(self.starts, span[0]) : bisect_left(self.starts, span[1])]
                 if r.kind == "COMPANY" and r.end <= span[1]]
        joined = [named[0]] if named else []
        for previous, current in zip(named, named[1:]):
            if not re.fullmatch(r"\s*(?:,|et)\s*(?:,|et)?\s*", self.text[previous.end : current.start]):
                break
            joined.append(current)
        return list(dict.fromkeys(r.ref for r in joined)) or [first]

    def _company_before(self, sentence: Sentence, position: int, *, after: int | None = None) -> str | None:
        """The company named last before `position` in the sentence (after `after`), else the article's
        main company or the most recent company before the sentence."""
        lower = sentence.start if after is None else after
        inside = [r for r in self._in(sentence, "COMPANY") if lower <= r.start and r.end <= position]
        if inside:
            return inside[-1].ref
        return self._antecedent(sentence)

    def _antecedent(self, sentence: Sentence) -> str | None:
        """Who "le groupe", "l'entreprise", "son action" denote: the article's main company when it was named
        before, else the company named last."""
        last_company, topic_seen, _ = self.before[self.index[sentence.start, sentence.end]]
        return self.topic if topic_seen else last_company

    def _described(self, sentence: Sentence, depth: int = 0) -> str | None:
        """Who "La société, qui a réalisé…" or "Le groupe a publié…" denotes: the company that is the subject of
        the sentence before ("Obsyra édite Obsyra Trace. La société revendique…"), else its first company, else
        `_antecedent`. On the 54 annotated articles this beats the company named last and the main company."""
        position = self.index[sentence.start, sentence.end]
        previous = self._in(self.sentences[position - 1], "COMPANY") if position else []
        introduced = self._introduced_as(sentence)
        if introduced is not None:
            paragraph = self.text.rfind("\n", 0, sentence.start) + 1
            subject = self._subject_of(self.sentences[position - 1], previous) if position and previous else None
            if subject is not None and self.sentences[position - 1].start >= paragraph \
                    and not any(r.ref == introduced and paragraph <= r.start < sentence.start for r in self.refs):
                # "L'éditeur lyonnais Ekinor rachète Talmeo. ¶ … Talmeo édite… L'éditeur revendique…": the
                # subject of the sentence before, in the paragraph, over a company introduced in another one
                return subject
            return introduced
        opens_paragraph = previous and "\n" in self.text[self.sentences[position - 1].end : sentence.start] \
            and _DESCRIBED.match(self.text, sentence.start)
        if not previous and position and depth < 3 and "\n" not in self.text[self.sentences[position - 1].end : sentence.start] \
                and (_DESCRIBED.match(self.text, self.sentences[position - 1].start)
                     or _PRONOUN_OPENING.match(self.text, self.sentences[position - 1].start)):
            # "Brumaire a plongé. L'éditeur a repoussé son jeu. Le groupe a publié…": the one the sentence
            # before described
            return self._described(self.sentences[position - 1], depth + 1)
        if not previous or opens_paragraph:
            return self._antecedent(sentence)  # a paragraph that opens on "La société…" is about the article's
        if not self.text[self.sentences[position - 1].start : previous[0].start].strip():
            return previous[0].ref  # "Alphabet, la maison mère de Google, est…": the name that opens it
        subject = self._subject_of(self.sentences[position - 1], previous, parsed_only=True)
        return subject or self._antecedent(sentence)

    def _subject_described(self, sentence: Sentence, trigger: re.Match[str]) -> bool:
        """The trigger's subject is a company described, not named: the sentence opens with "Le groupe…", or the
        parse gives the trigger such a subject ("Il s'en passe cette fois : le studio a bouclé… et signé avec
        Microsoft…") or a pronoun standing for one ("L'éditeur revendique 600 clients. En janvier, il a remporté un
        contrat…")."""
        span = self.subjects.get(trigger.start())
        return bool(_DESCRIBED.match(self.text, sentence.start)
                    or span and (_DESCRIBED.match(self.text, *span) or _HE_OR_SHE.fullmatch(self.text, *span)))

    def _subject_of(self, sentence: Sentence, companies: list[Ref], parsed_only: bool = False) -> str | None:
        """The company of `companies` (those of `sentence`) that is the sentence's subject, by the parse, else the
        first one no preposition introduces (not when `parsed_only` and the parse found a subject naming none:
        "Des objectifs jugés prudents par les analystes d'Oddo BHF, alors que Coupa accélère")."""
        span = self.subjects.main_subject(sentence.start, sentence.end)
        # (a company inside the subject after a preposition is not it: "les analystes d'Oddo BHF")
        subject = first_bare(self.text, [r for r in companies if span and span[0] <= r.start and r.end <= span[1]])
        if subject is None and parsed_only and span:
            return None
        subject = subject or first_bare(self.text, companies)
        return subject.ref if subject is not None else None

    def _introduced_as(self, sentence: Sentence) -> str | None:
        """"Le fonds allemand, qui investit…" after "le fonds munichois Isarberg Capital" (`introduced_as`)."""
        described = _DESCRIBED.search(self.text, sentence.start, sentence.end)
        return self._introduced(described.group(0), sentence.start) if described is not None else None

    def _introduced(self, description: str, position: int) -> str | None:
        """The company named before `position` that was introduced by the specific noun of `description`."""
        lo = bisect_left(self.starts, position - REFERENCE_REACH)
        companies = [r for r in self.refs[lo : bisect_left(self.starts, position)] if r.kind == "COMPANY"]
        found = introduced_as(self.text, description, companies)
        return found.ref if found is not None else None

    def _facts(self, amount: Ref) -> dict:
        """The parsed facts of an amount reference ("amounts/N")."""
        return self.amounts[int(amount.ref.split("/")[1])]

    def _value(self, amount: Ref) -> float:
        return float(self._facts(amount).get("value") or 0)

    def _add(self, type_: str, arguments: dict, sentence: Sentence, trigger: re.Match[str] | tuple[int, int] | None,
             rule: str, confidence: float, attributes: dict | None = None) -> None:
        """Record a relation; `trigger` is the match of its trigger word, or that word's (start, end)."""
        arguments = {k: v for k, v in arguments.items() if v not in (None, [], "")}
        confidence = rule_confidence().get(rule, confidence)  # the rule's measured precision, when measured
        start, end = trigger.span() if isinstance(trigger, re.Match) else trigger or (0, 0)
        self.found.append(Relation(
            type=type_,
            arguments=arguments,
            attributes=attributes or {},
            sentence=Span(start=sentence.start, end=sentence.end),
            trigger=Mention(text=self.text[start:end], start=start, end=end) if trigger else None,
            rule=rule,
            confidence=confidence,
        ))

    def _status(self, sentence: Sentence) -> dict[str, str]:
        """Where a deal stands, as the sentence says it: rejected, offer, completed, planned or announced."""
        for status in ("rejected", "offer", "completed", "planned"):
            if self._trigger(f"status_{status}", sentence) is not None:
                return {"status": status}
        return {"status": "announced"} if re.search(r"(?i)\bannonc", self.text[sentence.start : sentence.end]) else {}

    def _sentence_at(self, position: int) -> Sentence | None:
        """The sentence holding the character at `position` (bisection over the sentence starts)."""
        index = bisect_right(self.sentence_starts, position) - 1
        if index >= 0 and position < self.sentences[index].end:
            return self.sentences[index]
        return None

    def _trigger(self, name: str, sentence: Sentence) -> re.Match[str] | None:
        return _cues()[name].search(self.text, sentence.start, sentence.end)

    def _date_in(self, sentence: Sentence) -> str | None:
        dates = self._in(sentence, "DATE")
        return dates[0].ref if dates else None

    def _period_in(self, sentence: Sentence, after: int) -> dict[str, str]:
        """A figure's dates: the first period named after `after` ("au troisième trimestre", "sur l'exercice
        2024", "en 2023") as `period`, else the first date of the sentence as `date` ("lundi")."""
        dates = self._in(sentence, "DATE")
        period = next((d for d in dates if d.start >= after and _PERIOD_DATE.fullmatch(self.text, d.start, d.end)), None)
        if period is None:
            period = next((d for d in dates if _PERIOD_DATE.fullmatch(self.text, d.start, d.end)), None)
        if period is not None:
            return {"period": period.ref}
        date = self._date_in(sentence)
        return {"date": date} if date else {}

    # ----------------------------------------------------------------------------------------- rules
    def valuations_fines_stakes(self, sentence: Sentence) -> None:
        """VALUATION (company, amount): "la start-up est valorisée 6 milliards"; FINE (authority, company,
        amount): "la Commission a infligé une amende de 500 millions à Apple"; STAKE (holder, company,
        percentage): "Iliad détient 20 % de Telecom Italia". Their amounts are then no revenue or investment."""
        amounts = self._in(sentence, "MONEY")
        companies = self._in(sentence, "COMPANY")
        valuation = self._trigger("valuation", sentence)
        if valuation is not None:
            amount = next((a for a in amounts if 0 <= a.start - valuation.end() <= 40), None)
            company = self._subject(valuation) or self._company_before(sentence, valuation.start())
            if amount is not None:
                self.claimed.add(amount.ref)  # a valuation, whoever it is of, is no funding round
                if company is not None:
                    self._add("VALUATION", {"company": company, "amount": amount.ref, "date": self._date_in(sentence)},
                              sentence, valuation, "valuation_amount", 0.7)
        fine = self._trigger("fine", sentence)
        if fine is not None and amounts:
            authority = next((r.ref for r in self._in(sentence, "ORGANIZATION")), None)
            fined = next((r.ref for r in companies if r.ref != authority), None)
            if fined is None and _DESCRIBED.search(self.text, sentence.start, fine.start()):
                fined = self._described(sentence)  # "Le fabricant grenoblois a écopé d'une amende…"
            amount = min(amounts, key=lambda a: abs(a.start - fine.end()))
            if fined is not None and abs(amount.start - fine.end()) <= 80:
                self._add("FINE", {"authority": authority, "company": fined, "amount": amount.ref,
                                   "date": self._date_in(sentence)}, sentence, fine, "fine_amount", 0.7)
                self.claimed.add(amount.ref)
        stake = self._trigger("stake", sentence)
        if stake is not None:
            for percent in self._in(sentence, "PERCENT"):
                of = _OF_CAPITAL.match(self.text, percent.end)
                company = next((r.ref for r in companies if of and r.start == of.end()), None)
                holder = self._subject(stake) or next(
                    (r.ref for r in reversed(companies) if r.end <= min(stake.start(), percent.start)), None)
                if company and holder and company != holder:
                    self._add("STAKE", {"holder": holder, "company": company, "percentage": percent.ref},
                              sentence, stake, "stake_percentage", 0.7)

    def money_events(self, sentence: Sentence) -> None:
        """INVESTMENT, FUNDING_ROUND, REVENUE: one event per amount of the sentence, the
        company being the one named just before the amount (or before the trigger)."""
        amounts = [a for a in self._in(sentence, "MONEY") if a.ref not in self.claimed]
        if not amounts and re.match(r"\W*(?:c['’]est|il\s+s['’]agit)", self.text[sentence.start : sentence.end],
                                    re.IGNORECASE):
            # "26,3 milliards de dollars. C'est la somme qu'Amazon prévoit d'investir…"
            previous = self.before[self.index[sentence.start, sentence.end]][2]
            amounts = [previous] if previous else []
        if not amounts:
            return
        self._contributions(sentence, amounts)
        funding = self._trigger("funding", sentence)
        if funding is not None and funding.group(0).lower().startswith("boucl") and any(
                r.type == "ACQUISITION" and r.sentence.start == sentence.start for r in self._found_since(sentence.start)):
            return  # "la cession de Tiffany à LVMH a été bouclée": a deal closed, not a funding round
        revenue = self._trigger("revenue", sentence)
        if funding is not None and revenue is not None and len(amounts) > 1 and amounts[0].end <= revenue.start():
            # "La société, qui a levé 75 millions en 2025, a réalisé un chiffre d'affaires de 58 millions": both
            self._funding(sentence, funding, amounts[:1], "FUNDING_ROUND")
            self._revenue(sentence, revenue, amounts[1:], "REVENUE")
            return
        for name, type_ in (("funding", "FUNDING_ROUND"), ("revenue", "REVENUE"), ("investment", "INVESTMENT")):
            trigger = self._trigger(name, sentence)
            if trigger is None:
                continue
            getattr(self, f"_{name}")(sentence, trigger, amounts, type_)
            if type_ == "REVENUE":  # "…, porté par les abonnements cloud, qui bondissent de 21 % à 391 millions"
                used = {value for r in self._found_since(sentence.start) for value in r.arguments.values()}
                self._segment_lines(sentence, [a for a in amounts if a.ref not in used])
            return
        self._target(sentence, amounts)
        self._segment_lines(sentence, amounts)
        self._stake_bought(sentence, amounts)

    def _contributions(self, sentence: Sentence, amounts: list[Ref]) -> None:
        """One investor's part, said beside a round or a project (RELATIONS.md: an INVESTMENT needs one identifiable
        investor): "dont 250 millions apportés par Bpifrance", "souscrite par Bpifrance, à hauteur de 80 millions",
        "General Atlantic a déboursé à lui seul 110 millions"."""
        investors = self._in(sentence, COMPANY_TYPES)
        position = self.index[sentence.start, sentence.end]
        if not investors or not any(  # in the sentence or the one before ("X a levé 160 millions. Y a déboursé…")
                self._trigger("funding", where) or self._trigger("investment", where)
                or _FUNDING_WORDS.search(self.text, where.start, where.end)
                for where in (sentence, self.sentences[position - 1] if position else sentence)):
            return  # "le chiffre d'affaires apporté par Orange", "un contrat avec Orange, à hauteur de…": no investment
        for amount in amounts:
            # ("apportés par le fonds londonien Wyvern": the words before the name may be its description)
            investor = next((r for r in investors if r.start > amount.end
                             and _CONTRIBUTED_BY.fullmatch(self.text, amount.end, r.start)), None)
            if investor is None:
                investor = next((r for r in reversed(investors) if r.end <= amount.start and (
                    _UP_TO_AMOUNT.fullmatch(self.text, r.end, amount.start)
                    or _CONTRIBUTES.fullmatch(self.text, r.end, amount.start))), None)
            if investor is None:
                continue
            self._add("INVESTMENT", {"investor": investor.ref, "amount": amount.ref, "date": self._date_in(sentence)},
                      sentence, (amount.start, amount.end), "investor_contribution", 0.6)

    def _stake_bought(self, sentence: Sentence, amounts: list[Ref]) -> None:
        """A minority stake paid for is an INVESTMENT (RELATIONS.md): "X a racheté 5 % du capital … pour 55
        millions d'euros" (X invests, in the company of that capital), "la cession de sa participation de 9,8 %
        dans Orvix au fonds Y, pour 2,4 milliards" (Y invests)."""
        bought = self._trigger("stake_bought", sentence)
        amount = next((a for a in amounts if bought and a.start > bought.end()), None)
        if amount is None:
            return
        companies = self._in(sentence, COMPANY_TYPES + ("PERSON",))
        target = next((r.ref for r in companies if bought.end() <= r.start < amount.start and r.kind != "PERSON"
                       and _OF_CAPITAL_END.search(self.text, max(bought.end(), r.start - 30), r.start)), None)
        if bought.group(0).lower().startswith("cession"):
            investor = next((r.ref for r in companies if bought.end() <= r.start < amount.start and r.ref != target
                             and _TO_BUYER.search(self.text, max(bought.end(), r.start - 40), r.start)), None)
        else:
            investor = self._subject(bought, kinds=("COMPANY", "PERSON")) or next(
                (r.ref for r in reversed(companies) if r.end <= bought.start()), None)
            target = target or self._antecedent(sentence)
        if investor is None or investor == target:
            return
        self._add("INVESTMENT", {"investor": investor, "amount": amount.ref, "target": target,
                                 "date": self._date_in(sentence)}, sentence, bought, "stake_bought", 0.6)

    def _target(self, sentence: Sentence, amounts: list[Ref]) -> None:
        """"Elle vise 250 millions d'euros en 2028" right after a company's revenue: its revenue target."""
        position = self.index[sentence.start, sentence.end]
        if not position:
            return
        before = self.sentences[position - 1]
        previous = next((r for r in self._found_since(before.start) if r.type == "REVENUE"
                         and r.sentence.start == before.start),
                        None)
        for amount in amounts:
            target = _TARGET_BEFORE.search(self.text, max(sentence.start, amount.start - 60), amount.start)
            if previous is None or target is None or _EXPECTED.search(
                    self.text, max(sentence.start, target.start() - 40), target.end()):
                continue
            owner = self._subject(target, kinds=("COMPANY",)) or previous.arguments["company"]
            self._add("REVENUE", {"company": owner, "amount": amount.ref} | self._period_in(sentence, amount.end),
                      sentence, target, "revenue_target", 0.7, {"metric": "revenue"})

    def _found_since(self, start: int) -> Iterator[Relation]:
        """The relations found so far in the sentences from `start` on, the last first: the sentence rules add
        them in text order, so only the tail is read (not every relation for every sentence of a long text)."""
        return takewhile(lambda r: r.sentence.start >= start, reversed(self.found))

    def _stake_in(self, sentence: Sentence, company: Ref) -> bool:
        """The company is the one a stake is taken in: "entre au capital d'Ondrelis" (never the investor)."""
        return _CAPITAL_OF.search(self.text, max(sentence.start, company.start - 30), company.start) is not None

    def _segment_lines(self, sentence: Sentence, amounts: list[Ref]) -> None:
        """A business line's figure after a company's revenue, in the same paragraph, with no revenue word of
        its own (RELATIONS.md counts segment lines): "Les licences sur site reculent à 74 millions, tandis que
        les services plafonnent à 47,6 millions", "la division Terminaux a généré 231 millions d'euros". The
        segment is the verb's subject, the company the one of the revenue before, in this paragraph or the one
        before (a paragraph of lines often follows the one of the group's figures)."""
        paragraph = self.text.rfind("\n", 0, sentence.start) + 1
        gap = paragraph - 1  # the blank lines between this paragraph and the one before
        while gap > 0 and self.text[gap - 1] == "\n":
            gap -= 1
        revenue = next((r for r in self._found_since(self.text.rfind("\n", 0, gap) + 1) if r.type == "REVENUE"
                        and r.sentence.start <= sentence.start), None)
        if revenue is None:
            return
        for amount in amounts:
            line = _LINE_FIGURE.search(self.text, max(sentence.start, amount.start - 60), amount.start)
            if line is None:
                continue
            # the parse's subject, else the words that open the clause ("Les services plafonnent…" read as a noun)
            opening = _CLAUSE_OPENING.search(self.text, sentence.start, line.start("verb"))
            span = self.subjects.get(line.start("verb")) or (opening.end() if opening else sentence.start,
                                                             line.start("verb"))
            if self.text[span[0] : span[1]].lower() == "qui":  # "La division terminaux, qui …, recule": the noun
                comma = self.text.rfind(",", sentence.start, span[0])
                span = (sentence.start, comma) if comma > 0 else span
            if span[1] - span[0] > 120 or any(span[0] <= r.start < span[1] for r in self._in(sentence, COMPANY_TYPES)):
                continue  # no subject, or a company's own figure: not a line of the company before
            segment = _SEGMENT_WORDS.sub("", self.text[span[0] : span[1]]).strip()
            self._add("REVENUE", {"company": revenue.arguments["company"], "amount": amount.ref}
                      | self._period_in(sentence, amount.end), sentence, line, "revenue_segment_line", 0.6,
                      {"metric": "revenue"} | ({"segment": segment} if segment else {}))

    def _investment(self, sentence, trigger, amounts, type_):
        # "les investisseurs saluant…" are the market, not an investment
        triggers = [t for t in _cues()["investment"].finditer(self.text, sentence.start, sentence.end)
                    if not _DESCRIPTOR_BEFORE.search(self.text, max(0, t.start() - 30), t.start())
                    and not (t.group(0).lower() == "investisseurs"
                             and re.search(r"(?i)\bles\s+$", self.text[max(0, t.start() - 5) : t.start()]))]
        if not triggers:
            return  # "la société d'investissement Fimalac" describes a company, it reports no investment
        trigger = triggers[0]
        near = [a for a in amounts if (a.start < sentence.start  # the "C'est la somme qu'Amazon…" case
                or any(-INVESTMENT_REACH <= a.start - t.end() <= INVESTMENT_REACH
                       or 0 <= t.start() - a.end <= 40 for t in triggers))
                and not _NOT_SPENT.match(self.text, a.end)  # "deux milliards d'euros d'économies"
                and self._value(a) >= 1000]  # not a share's price
        if _CAPITAL_ENTRY.match(trigger.group(0)):  # "X, entré au capital en 2022, a cédé … pour 3,2 milliards": the
            near = [a for a in near if "," not in self.text[trigger.end() : a.start]]  # sale's, not the entry's
        if self._subject_names_nobody(trigger):
            return  # "Les Français devraient dépenser 20 milliards": the subject is no company or person
        if _FIRST_PERSON_QUOTE.search(self.text, max(sentence.start, trigger.start() - 120), trigger.start()):
            return  # « J'ai acheté 3 000 titres…, soit un investissement de 326 400 euros »: a reader, not a firm
        companies = self._in(sentence, "COMPANY")
        if self._quoted(sentence, trigger.start()) and not any(c.start < trigger.start() for c in companies):
            return  # « Il y a un an, nous dépensions 40 000 euros par mois… », « C'est un investissement de long terme »
        near = [a for i, a in enumerate(near) if not _NOT_ONE_INVESTMENT.match(self.text, a.end) and not (
            i and _PART_OR_BOUND_BEFORE.search(self.text, max(sentence.start, a.start - 24), a.start)
            and not any(near[i - 1].end <= c.start < a.start for c in companies))]  # not "…, Meta prévoit jusqu'à 65"
        previous_end = sentence.start
        for amount in near:
            subject = self._subject(trigger, kinds=("COMPANY", "PERSON"))
            if amount.start < sentence.start:  # the amount of the sentence before ("C'est la somme qu'Amazon…")
                investor = subject or self._company_before(sentence, trigger.start())
            else:  # "Google annonce 75 milliards…, Meta prévoit jusqu'à 65 milliards": the company just before
                named = [r for r in self._in(sentence, "COMPANY") if previous_end <= r.start < amount.start]
                # a company named after the trigger starts a clause of its own ("…, Meta prévoit 65 milliards");
                # one before it may sit in the subject's apposition ("Xavier Niel, le fondateur d'Iliad, a investi")
                later = [r.ref for r in named if r.start > trigger.start() and not self._stake_in(sentence, r)]
                # "AWS, la filiale cloud d'Amazon, injectera…": the name no preposition introduces
                investor = (later[-1] if later else subject or ((first_bare(self.text, named) or named[-1]).ref
                                                                 if named else None)
                            or (self._described(sentence) if _DESCRIBED.search(self.text, sentence.start,
                                                                               trigger.start())
                                else self._company_before(sentence, amount.start)))
                previous_end = amount.end
            if investor is None:
                continue  # an investment needs an identifiable investor ("les consommateurs dépenseront…")
            target = next((r.ref for r in self._in(sentence, COMPANY_TYPES) if r.start > amount.end
                           and _INTO.search(self.text, amount.end, r.start)), None) or next(
                (r.ref for r in self._in(sentence, COMPANY_TYPES) if r.ref != investor and self._stake_in(sentence, r)),
                None)
            period = self._facts(amount).get("period")
            self._add(type_, {"investor": investor, "amount": amount.ref, "target": target,
                              "date": self._date_in(sentence)},
                      sentence, trigger, "investment_amount_after_company", 0.8,
                      self._status(sentence) | ({"period": period} if period else {}))

    def _quoted(self, sentence: Sentence, position: int) -> bool:
        """`position` is inside a quotation: after an opening mark the sentence does not close before it, or
        before a closing mark (a quotation opened in an earlier sentence)."""
        before = self.text[sentence.start : position]
        opened = max(before.rfind("«"), before.rfind("“"))
        if opened > max(before.rfind("»"), before.rfind("”")) or before.count('"') % 2:
            return True
        after = self.text[position : sentence.end]
        closer = re.search(r"[»”]", after)
        return bool(closer) and not re.search(r"[«“]", after[: closer.start()])

    def _funding(self, sentence, trigger, amounts, type_):
        # "Harpéo a signé avec Boulanger. La jeune pousse a levé 7 millions…": the company the description stands for,
        # when the sentence names none before the trigger ("la start-up marseillaise Thalassa DC, qui…, doit y
        # officialiser une levée" names it)
        named_before = any(c.end <= trigger.start() for c in self._in(sentence, "COMPANY"))
        company = self._subject(trigger) or (
            self._described(sentence) if not named_before and self._subject_described(sentence, trigger)
            else self._company_before(sentence, trigger.start()))
        position = self.index[sentence.start, sentence.end]
        following = self.sentences[position + 1] if position + 1 < len(self.sentences) else None
        investors: list[str] = []
        named = next((r for r in reversed(self._in(sentence, "COMPANY")) if r.ref == company and r.end <= trigger.start()),
                     None)
        if named is not None and _LED_ROUND.search(self.text, named.end, trigger.start()):
            # "Sidobre Ventures, qui avait mené la série A de 11 millions": the fund led it, for the company
            investors, company = [company], self._antecedent(sentence)
        into = _ROUND_INTO.match(self.text, amounts[0].end)
        raised = next((r.ref for r in self._in(sentence, "COMPANY") if into and r.start == into.end()), None)
        if raised is not None and raised != company:
            # "Vauclair a pris la tête d'un tour de table de 48 millions d'euros dans Tandelo": the subject invests
            investors, company = ([company] if company else []) + investors, raised
        for where in (sentence, following):
            if where is None:
                continue
            lead = self._trigger("investors", where)
            if lead is not None:
                investors += [r.ref for r in self._in(where, "COMPANY") if r.start > lead.start() and r.ref != company]
        round_ = re.search(r"(?i)s[ée]rie\s+([A-H])\b|\b(seed|pré-amorçage|amorçage)\b", self.text[sentence.start: sentence.end])
        attributes = {"round": ("série " + round_.group(1).upper()) if round_ and round_.group(1)
                      else (round_.group(2).lower() if round_ else "")}
        self._add(type_, {"company": company, "amount": amounts[0].ref, "investors": list(dict.fromkeys(investors)),
                          "date": self._date_in(sentence)}, sentence, trigger, "funding_round", 0.8, attributes)

    def acquisitions(self, sentence: Sentence) -> None:
        """ACQUISITION, with or without an amount: one per trigger word of the sentence ("s'est offert
        Bethesda en rachetant ZeniMax" gives two), and one per bidder of a joint bid. The amount is the
        trigger's own: the first after it before the next trigger, else the last before it ("a déboursé 7,5
        milliards pour s'offrir ZeniMax, puis 69 milliards pour acheter Activision")."""
        companies = self._in(sentence, "COMPANY")
        amounts = self._in(sentence, "MONEY")
        triggers = list(_cues()["acquisition"].finditer(self.text, sentence.start, sentence.end))
        funding = self._trigger("funding", sentence) if triggers else None
        for index, trigger in enumerate(triggers):
            after = [r for r in companies if r.start >= trigger.end()]
            before = [r for r in companies if r.end <= trigger.start()]
            noun = trigger.group(0).lower()
            if noun.startswith(("rachat", "acquisition", "reprise")) and not noun.endswith("s") \
                    and _POSSESSIVE_JUST_BEFORE.search(self.text, max(sentence.start, trigger.start() - 8), trigger.start()):
                # "son rachat par LVMH": the possessor is bought, the "par" agent buys
                by = _BY.match(self.text, trigger.end())
                buyer = next((r.ref for r in after if by and r.start - by.end() <= 40
                              and re.fullmatch(r"[^,.;]*", self.text[by.end() : r.start])), None)
                bought = before[-1].ref if before else self._described(sentence)
                if buyer and bought and buyer != bought:
                    self._add("ACQUISITION", {"acquirer": buyer, "target": bought}, sentence, trigger,
                              "acquisition", 0.8, self._status(sentence))
                continue
            by_first = _BY.match(self.text, trigger.end())
            if noun.startswith(("rachat", "acquisition", "reprise")) and by_first and len(after) >= 2 \
                    and after[0].start == by_first.end() and _OF_NAME_AFTER.fullmatch(self.text, after[0].end, after[1].start):
                acquirers, target = [after[0].ref], after[1].ref  # "le rachat par Vestrion de l'allemand Haldrup"
            elif noun.startswith(("rachat", "acquisition", "reprise", "cession")):
                if noun.endswith("s") or not after or not _OF_TARGET_NAME.fullmatch(self.text, trigger.end(), after[0].start):
                    continue  # "multiplie les acquisitions", "le coût d'acquisition des joueurs": no target named
                # "le rachat de Y par X", "la cession de Y à X", "X annonce le rachat de Y"
                target = after[0].ref if after else None
                link = r"\b(?:à|au|aux|au\s+profit\s+de)\b" if noun.startswith("cession") else r"\bpar\b"
                by = re.search(rf"(?i){link}", self.text[after[0].end: sentence.end]) if after else None
                acquirer = next((r.ref for r in after[1:] if by and r.start > after[0].end + by.start()), None)
                if noun.startswith("cession") and acquirer is None:
                    continue  # "la cession de X" without the buyer: the seller is not the acquirer
                acquirers = [acquirer or (before[-1].ref if before else self._antecedent(sentence))]
            else:  # "X rachète Y", "X s'offre Y", "X, Y et Z ont déposé une offre pour racheter T"
                if noun.startswith("achet") and not (after and _DIRECT_OBJECT.fullmatch(
                        self.text, trigger.end(), after[0].start)):
                    continue  # "acheter des puces à Nvidia" buys products: only a company right after counts
                # "l'offre déposée conjointement par Bouygues Telecom, Free et Orange pour racheter SFR": each one
                # "Patrick Drahi rachète le groupe X": a person buys for themself
                acquirers = self._subjects(trigger) or (self._listed_companies(before) if before
                                                        else [self._person_subject(sentence, trigger)
                                                              or self._antecedent(sentence)])
                # "racheter la branche américaine de TikTok à ByteDance": the company after "à" sells
                bought = [r for r in after if not re.search(r"(?i)\bà\s*$", self.text[max(0, r.start - 4) : r.start])]
                target = bought[0].ref if bought else None
                if target is None and _OBJECT_PRONOUN_BEFORE.search(self.text, max(sentence.start, trigger.start() - 12),
                                                                    trigger.start()):
                    # "La société appartient à Halvern, qui l'avait rachetée": the company the sentence opens with
                    target = self._opening_company(sentence)
            window_end = triggers[index + 1].start() if index + 1 < len(triggers) else sentence.end
            window_start = triggers[index - 1].end() if index else sentence.start
            paid_for = next((a.ref for a in reversed(amounts) if window_start <= a.start and a.end <= trigger.start()
                             and _PURPOSE.fullmatch(self.text, a.end, trigger.start())), None)
            # the last amount before it, unless a funding round of the sentence raised it ("lève 72 M€ et s'offre X")
            amount = paid_for or next((a.ref for a in amounts if trigger.end() <= a.start < window_end), None) or next(
                (a.ref for a in reversed(amounts) if window_start <= a.start and a.end <= trigger.start()
                 and not (funding and funding.start() < a.start)), None)
            for acquirer in acquirers:
                if target is None or target == acquirer:
                    continue
                self._add("ACQUISITION", {"acquirer": acquirer, "target": target, "amount": amount,
                                          "date": self._date_in(sentence)}, sentence, trigger, "acquisition", 0.8,
                          self._status(sentence))

    def _opening_company(self, sentence: Sentence) -> str | None:
        """The company a sentence opens with, named ("Localix appartient…") or described ("La société
        appartient…")."""
        opening = _NON_WORDS.match(self.text, sentence.start).end()
        named = next((r.ref for r in self._in(sentence, "COMPANY") if r.start == opening), None)
        if named is None and _DESCRIBED.match(self.text, opening):
            return self._described(sentence) or self._antecedent(sentence)
        return named

    def _listed_companies(self, before: list[Ref]) -> list[str]:
        """The last of `before` and those listed with it ("Bouygues Telecom, Free et Orange")."""
        listed = [before[-1]]
        for company in reversed(before[:-1]):
            if not re.fullmatch(r"\s*(?:,|et)\s*", self.text[company.end : listed[0].start]):
                break
            listed.insert(0, company)
        return [c.ref for c in listed]

    def bids(self, sentence: Sentence) -> None:
        """A takeover bid named by its bidder: "Kalao avait repoussé une première offre de Sirocco Télécom", "le
        conseil de Calderis a rejeté l'offre non sollicitée du fonds Montvert Capital et recommandé celle de
        Norelis". The bidder acquires, the company named before the verb (or the one described) is the target;
        rejected, or an offer still."""
        companies = self._in(sentence, "COMPANY")
        bidders: set[str] = set()
        for verb in _cues()["bid"].finditer(self.text, sentence.start, sentence.end):
            bid = _BID_OBJECT.match(self.text, verb.end(), sentence.end)
            if bid is None:
                continue
            bidder = next((r for r in companies if r.start == bid.end()), None)
            before = [r for r in companies if r.end <= verb.start() and r.ref not in bidders]  # a rival bidder bids
            if bidder is not None:
                bidders.add(bidder.ref)
            target = before[-1].ref if before else self._described(sentence)
            if bidder is None or target is None or bidder.ref == target:
                continue
            status = "rejected" if re.match(r"(?i)re[jp]|ref|déc|éca", verb.group(0)) else "offer"
            self._add("ACQUISITION", {"acquirer": bidder.ref, "target": target, "date": self._date_in(sentence)},
                      sentence, (verb.start(), bid.end()), "takeover_bid", 0.6, {"status": status})
        # "Ridgemoor Capital a déposé une offre publique d'achat sur Cardiel", "Vestrion offre 3,4 milliards pour la
        # start-up Soltéra": the bid's subject bids for the company after "sur" or "pour"
        for target in companies:
            offer = _BID_ON.search(self.text, max(sentence.start, target.start - 80), target.start)
            if offer is None:
                continue
            bidder = self._subject(offer) or next((r.ref for r in reversed(companies) if r.end <= offer.start()
                                                   and not after_preposition(self.text, r.start)), None)
            if bidder is not None and bidder != target.ref:
                price = next((a.ref for a in self._in(sentence, "MONEY") if offer.start() < a.start < target.start),
                             None)  # "Vestrion offre 3,4 milliards d'euros pour Soltéra"
                self._add("ACQUISITION", {"acquirer": bidder, "target": target.ref, "amount": price,
                                          "date": self._date_in(sentence)},
                          sentence, (offer.start(), offer.end()), "bid_on", 0.6, {"status": "offer"})

    def _revenue(self, sentence, trigger, amounts, type_):
        """One REVENUE per metric word of the sentence and its amount ("un bénéfice de 16 millions … et un
        chiffre d'affaires en hausse de 32 % à 5,99 milliards"), or the amount before it ("35 milliards de
        dollars de CA"). An amount it is compared with is one more, marked `comparative`: "une perte de 801
        millions, contre un bénéfice de 141 millions", "est passé de 200 000 euros en 2016 à 4,4 M€"."""
        triggers = list(_cues()["revenue"].finditer(self.text, sentence.start, sentence.end))
        owner = self._figure_owner(sentence, trigger)
        for index, metric_word in enumerate(triggers):
            word = metric_word.group(0).lower()
            if _EXPECTED.search(self.text, sentence.start, metric_word.start()):
                continue  # "Les analystes attendaient un chiffre d'affaires de 90 milliards": not the company's
            if "perd" in word and _MARKET_VALUE.search(self.text, sentence.start, sentence.end):
                continue  # "a perdu 30 milliards de capitalisation": a share price, not a loss
            window_end = triggers[index + 1].start() if index + 1 < len(triggers) else sentence.end
            after = [a for a in amounts if metric_word.end() <= a.start < window_end]
            if after and after[0].start - metric_word.end() > 80:
                after = []
            # not an amount another noun qualifies ("malgré 4 milliards de charges", unless a date: "de janvier à
            # mars"), nor the next metric's ("60 milliards de chiffre d'affaires et 11 milliards de bénéfice")
            dates = {d.start for d in self._in(sentence, "DATE")}
            after = [a for a in after if not (
                (q := _QUALIFIED.match(self.text, a.end)) and not any(a.end <= d <= q.end() for d in dates)
                or index + 1 < len(triggers) and _OF_METRIC.fullmatch(self.text, a.end, triggers[index + 1].start()))]
            # "5,2 milliards de dollars de bénéfice net": the amount the metric qualifies, before it; and the first
            # one after it ("…, et vise entre 8 et 10 millions en 2026"); each with the amounts compared to it
            before = next((a for a in amounts if _OF_METRIC.fullmatch(self.text, a.end, metric_word.start())), None)
            owner = self._figure_owner(sentence, metric_word) if index else owner
            chains = [[before] + after] if before else []
            if after and not (before and _COMPARED.fullmatch(self.text, before.end, after[0].start)):
                chains.append(after)  # unless it is the amount the one before is compared with
            for figures in chains:
                self._figures(sentence, metric_word, owner, figures, type_)
            for amount in after[1:]:
                target = _TARGET_BEFORE.search(self.text, max(sentence.start, amount.start - 60), amount.start)
                if target and not _EXPECTED.search(self.text, max(sentence.start, target.start() - 40), target.end()):
                    self._figures(sentence, metric_word, owner, [amount], type_)  # not "le consensus tablait sur"

    def _figures(self, sentence: Sentence, metric_word: re.Match[str], owner: str | None, amounts: list[Ref],
                 type_: str) -> None:
        """A REVENUE for the first of `amounts` and for each of the next ones compared to it (none without a
        company)."""
        if owner is None:
            return
        word = metric_word.group(0).lower()
        figures = amounts[:1]
        for amount in amounts[1:]:
            if not _COMPARED.fullmatch(self.text, figures[-1].end, amount.start):
                break
            figures.append(amount)
        metric = ("operating_income" if re.search(r"opérationnel|exploitation|ebitda|excédent", word)
                  else "net_income" if "bénéfice" in word or "résultat" in word
                  else "loss" if "perte" in word or "perd" in word else "revenue")
        # "la division cloud génère 3,1 milliards", "le chiffre d'affaires de l'activité services": the part
        segment = _SEGMENT.search(self.text, max(sentence.start, metric_word.start() - 60), figures[0].start)
        for position, amount in enumerate(figures):
            # "passé de X à Y": X was; "X, contre Y un an plus tôt": Y was
            earlier = (position == 0 and len(figures) > 1 and not _COMPARED_AFTER.search(
                self.text, figures[0].end, figures[1].start)) or (position > 0 and _COMPARED_AFTER.search(
                    self.text, figures[position - 1].end, amount.start))
            # the figure compared with is of another period ("contre 81 milliards un an plus tôt")
            when = self._period_in(sentence, figures[0].end) if not earlier else {}
            self._add(type_, {"company": owner, "amount": amount.ref} | when, sentence, metric_word,
                      "revenue_metric_amount", 0.8, {"metric": metric} | ({"comparative": "true"} if earlier else {})
                      | ({"segment": segment["segment"]} if segment else {}))

    def _figure_owner(self, sentence: Sentence, trigger: re.Match[str]) -> str | None:
        """Whose figure a metric is: the company after it ("les revenus publicitaires de YouTube"); else, when
        a description is the subject ("La société, qui a réalisé…", "le groupe de Mountain View a dégagé",
        "…, la jeune pousse revendique"), the company it stands for
        (`_described`);
        else the company named before the metric in the sentence."""
        if _POSSESSIVE_JUST_BEFORE.search(self.text, max(sentence.start, trigger.start() - 12), trigger.start()):
            if not any(r.end <= trigger.start() for r in self._in(sentence, "COMPANY")):
                antecedent = self._described(sentence)  # "Son bénéfice net a atteint…": the subject before
                if antecedent is not None:
                    return antecedent
        of = _OF_OWNER.match(self.text, trigger.end())
        if of:
            # a product there is the segment the figure is of ("les revenus de YouTube"), as RELATIONS.md counts it
            owner = next((r.ref for r in self._in(sentence, ("COMPANY", "PRODUCT")) if r.start == of.end()), None)
            if owner:
                return owner
        described = None
        for described in _DESCRIBED.finditer(self.text, sentence.start, trigger.start()):
            pass
        if described is not None and not any(described.end() < r.start and r.end <= trigger.start()
                                             and not after_preposition(self.text, r.start, reach=12)
                                             for r in self._in(sentence, "COMPANY")):  # not "auprès d'Accel"
            # "le fabricant de l'iPhone a réalisé…": the maker of the product it is described by
            product = next((r for r in self._in(sentence, "PRODUCT") if 0 <= r.start - described.end() <= 8
                            and _OF_BEFORE.search(self.text, described.start(), r.start)), None)
            maker = self.entities[product.ref]["maker"] if product is not None else None
            if maker in self.entities:
                return maker
            antecedent = self._described(sentence)
            if antecedent is not None:
                return antecedent
        return self._company_before(sentence, trigger.start())

    def partnership(self, sentence: Sentence) -> None:
        self._joint_action(sentence)
        if self._both_partners(sentence):
            return
        for trigger in _cues()["partnership"].finditer(self.text, sentence.start, sentence.end):
            self._partners(sentence, trigger)  # "X décroche un contrat chez Y et s'allie à Z": two

    def _both_partners(self, sentence: Sentence) -> bool:
        """"Les deux sociétés ont signé un contrat", "Les deux sociétés créent une coentreprise, Halsod Batteries":
        the two companies the text named most before the sentence are the partners (those named last are often
        incidental: a supplier, a rival), never a company named after the deal word (the venture itself). True
        when the sentence says so."""
        both = _BOTH.search(self.text, sentence.start, min(sentence.end, sentence.start + 40))
        deal = both and (_cues()["partnership"].search(self.text, both.end(), sentence.end)
                         or _SIGNED_DEAL.search(self.text, both.end(), sentence.end))
        if not deal:
            return False
        named = [ref for ref, _ in self._companies_counted_to(sentence.start).most_common(2)]
        if len(named) == 2:
            self._add("PARTNERSHIP", {"partners": named}, sentence, deal, "both_partners", 0.6)
        return True

    def _companies_counted_to(self, position: int) -> Counter[str]:
        """How often each company is named before `position`; the count grows with the position it is asked
        for (sentences are read in order), so the text is counted once."""
        while self.counted < len(self.refs) and self.refs[self.counted].start < position:
            if self.refs[self.counted].kind == "COMPANY":
                self.company_counts[self.refs[self.counted].ref] += 1
            self.counted += 1
        return self.company_counts

    def _partners(self, sentence: Sentence, trigger: re.Match[str]) -> None:
        after = [r for r in self._in(sentence, COMPANY_TYPES) if r.start > trigger.end()]
        relative = _WITH_WHOM.search(self.text, sentence.start, trigger.start())
        if relative and not (after and after[0].start - trigger.end() <= PARTNER_REACH):
            # "Scaleway, la filiale cloud du groupe Iliad, avec qui la start-up a noué un partenariat": the partner
            # is the name the relative clause is of, before its apposition (not the one inside it)
            after = [r for r in self._in(sentence, COMPANY_TYPES) if r.end <= relative.start()
                     and _RELATIVE_HEAD.fullmatch(self.text, r.end, relative.start())][:1]
        elif not after or after[0].start - trigger.end() > PARTNER_REACH \
                or re.search(r"[»”\"]", self.text[trigger.end() : after[0].start]):
            return  # "…l'Alliance", avait défendu X dans Le Figaro: no partner named with the word
        if not after:
            return
        partners = [after[0]]
        for mention in after[1:]:  # "avec Bosch, Infineon et NXP", "l'alliance Renault-Nissan"
            if not re.fullmatch(r"[\s,]*(?:et|avec)?[\s,]*(?:de\s+|d['’]\s*)?|[-–]", self.text[partners[-1].end : mention.start]):
                break
            partners.append(mention)
        # "L'entreprise espagnole a annoncé un accord avec SFR": the company the description stands for
        coordinated = re.search(r"\bet\s+$", self.text[sentence.start : trigger.start()])  # "X décroche … et s'allie à Y"
        # ("…, avec qui la start-up a noué un partenariat": the relative clause's described subject)
        described = self._subject_described(sentence, trigger) or relative is not None and _DESCRIBED.match(
            self.text, relative.end() + 1)
        first = (self._described(sentence) if relative is not None and described else None) \
            or self._subject(trigger) or (self._subject_of(sentence, [r for r in self._in(sentence, "COMPANY")
                                                                      if r.end <= trigger.start()])
                                           if coordinated else None) \
            or (self._described(sentence) if described else self._company_before(sentence, trigger.start()))
        if first is None or first == partners[0].ref:  # "Un accord avec Microsoft a été annoncé par OVHcloud"
            by = re.search(r"(?i)\bpar\s+", self.text[partners[-1].end : sentence.end])
            first = next((r.ref for r in self._in(sentence, COMPANY_TYPES)
                          if by and r.start == partners[-1].end + by.end()), first)
        if first in (None, partners[0].ref) and len(partners) == 1 \
                and not any(r.end <= trigger.start() for r in self._in(sentence, COMPANY_TYPES + ("PERSON",))):
            first = self._antecedent(sentence)  # "Enfin, un accord avec Lightspeed permettra…": the article's company
        members = list(dict.fromkeys(([first] if first else []) + [p.ref for p in partners]))
        if len(members) >= 2:
            self._add("PARTNERSHIP", {"partners": members}, sentence, trigger, "partnership_with", 0.7)

    def _joint_action(self, sentence: Sentence) -> None:
        """Companies acting together are partners (RELATIONS.md: consortia, joint ventures): a joint bid or
        project of a coordinated subject ("Orange, Bouygues Telecom et Iliad ont déposé une offre commune"),
        or a company that makes something "avec" another ("Mistral AI a dévoilé, avec Nvidia, Mistral
        Compute")."""
        joint = self._trigger("joint", sentence)
        if joint is not None:
            companies = self._in(sentence, "COMPANY")
            members = self._subjects(joint) if self.subjects.get(joint.start()) else []
            if len(members) < 2:
                before = [r for r in companies if r.end <= joint.start()]
                members = [r.ref for r in before]
            members = list(dict.fromkeys(members))
            if len(members) >= 2:
                self._add("PARTNERSHIP", {"partners": members}, sentence, joint, "joint_action", 0.6)
        made = self._trigger("made_with", sentence)
        if made is None:
            return
        for partner in self._in(sentence, COMPANY_TYPES):
            opening = re.search(r"(?i)(?:avec|aux\s+côtés\s+d['’e])\s*(?:(?:le|la|les)\s+|l['’])?$",
                                self.text[max(sentence.start, partner.start - 24) : partner.start])
            if opening is None or not (made.end() <= partner.start <= made.end() + 60):
                continue
            first = self._subject(made) or self._company_before(sentence, made.start())
            if first is not None and first != partner.ref:
                self._add("PARTNERSHIP", {"partners": [first, partner.ref]}, sentence, made, "made_with", 0.6)

    def _share_company(self, sentence: Sentence, position: int, after_shares: bool) -> str | None:
        """The company whose share moves: named last before the percentage, never the market it is listed on
        ("l'action Lumeris, cotée sur Euronext Paris, a gagné 4,5 %")."""
        inside = [r for r in self._in(sentence, "COMPANY") if sentence.start <= r.start and r.end <= position
                  and not _MARKET_BEFORE.search(self.text, max(sentence.start, r.start - 30), r.start)]
        if inside:
            return inside[-1].ref
        # "Le titre a décollé de 20 %" after a sentence about that company's shares, "Le titre du joaillier a
        # plongé de 9 %": the subject of the sentence before
        if after_shares or _SHARE_OF_DESCRIPTION.search(self.text, sentence.start, position):
            at = self.index[sentence.start, sentence.end]
            named = {r.ref for r in self._in(self.sentences[at - 1], "COMPANY")  # (not "analyste chez X")
                     if not re.search(r"(?i)\bchez\s+$", self.text[max(0, r.start - 8) : r.start])} if at else set()
            if len(named) == 1:
                return named.pop()  # "…le retour à Wall Street de Warner Music Group. ¶ Le titre a décollé de 20 %"
            return self._described(sentence)
        return self._antecedent(sentence)

    def stock_moves(self, sentence: Sentence) -> None:
        """STOCK_MOVE: a percentage after a word of direction, in a sentence about shares, or right after one
        ("À Wall Street, le Nasdaq a fini en hausse. Zoom a grimpé de 7,59 %": then the company must be named
        in the sentence itself)."""
        position = self.index[sentence.start, sentence.end]
        own = self._trigger("stock", sentence) is not None
        stake = self._trigger("stake", sentence) is not None
        after_shares = bool(position and self._trigger("stock", self.sentences[position - 1]) is not None)
        # "…le titre a bondi de 12,3 %. Il accuse encore un recul de 27 % sur un an.": the pronoun is the share
        own = own or after_shares and _PRONOUN_OPENING.match(self.text, sentence.start) is not None
        for percent in self._in(sentence, "PERCENT"):
            window_start = max(sentence.start, percent.start - 45)
            up = list(_cues()["up"].finditer(self.text, window_start, percent.start))
            down = list(_cues()["down"].finditer(self.text, window_start, percent.start))
            last = max(up + down, key=lambda m: m.start(), default=None)
            if last is None:
                continue
            direction = "up" if last in up else "down"
            if _INDEX_BEFORE.search(self.text, max(sentence.start, last.start() - 40), last.start()):
                continue  # "la Bourse a fini en hausse, le CAC 40 gagnant 0,4 %": the index moves
            lead = self.text[sentence.start : percent.start]
            if _cues()["revenue"].search(lead) and not _SHARE_WORD.search(lead):
                continue  # "le chiffre d'affaires de Carrefour gagnait 3 %": a figure grows, not a share
            company = self._share_company(sentence, percent.start, after_shares)  # "Nvidia a vu son action bondir…"
            if not own and self._subject(last) != company:
                continue  # "Le repli de Paynovo contraste…: le CAC 40 progressait de 0,6 %": the index moves
            if company is None:
                continue  # an index ("le CAC 40 a gagné 2 %") or a share we cannot name: no stock move
            if self._grows_to_figure(sentence, percent):
                continue  # "a bondi de 34 %, à 56,2 millions d'euros": a figure grows, not a share price
            of = _OF_CAPITAL.match(self.text, percent.end)
            if of and stake and any(c.start == of.end() for c in self._in(sentence, COMPANY_TYPES)):
                continue  # "Morvillier prend 12 % d'Aldrane": a stake taken, not a share moving
            if not own and not after_shares and (percent.start - last.end() > 30 or _OTHER_MEASURE.search(lead)
                                                 or _OF_MEASURE.match(self.text, percent.end)
                                                 or self._named_with_article(sentence, company)):
                continue  # with no word of shares near, only "Soitec perd 30 %" itself: no sales, no headcount
            when = next((d for d in self._in(sentence, "DATE") if percent.end <= d.start <= percent.end + 60), None)
            # "sur l'année écoulée", "depuis janvier": the period of the move; "lundi": its date.
            lead = self.text[percent.end : when.end] if when else ""
            role = "period" if re.search(r"(?i)\b(?:sur|depuis)\b", lead) else "date"
            self._add("STOCK_MOVE", {"company": company, "percentage": percent.ref, role: when.ref if when else None},
                      sentence, last, "stock_direction_percentage", 0.8, {"direction": direction})

    def _grows_to_figure(self, sentence: Sentence, percent: Ref) -> bool:
        """The percentage leads to an amount of a million or more, which no share price is."""
        to = re.match(r"\s*,?\s*(?:à|pour\s+atteindre|soit)\s+", self.text[percent.end : percent.end + 24])
        return bool(to) and any(a.start == percent.end + to.end()
                                and self._value(a) >= 1_000_000
                                for a in self._in(sentence, "MONEY"))

    def _named_with_article(self, sentence: Sentence, ref: str) -> bool:
        """"le Nasdaq a gagné 0,8 %": a name with an article is an index or a body more often than a share."""
        return any(r.ref == ref and re.search(r"(?i)\b(?:le|la|les|l['’])\s*$", self.text[max(0, r.start - 4) : r.start])
                   for r in self._in(sentence, COMPANY_TYPES))

    def launches(self, sentence: Sentence) -> None:
        """PRODUCT_LAUNCH (and so MAKER) for the product a launch word is about: the first one after it ("a
        lancé le 18 juillet GPT-4o mini", "avait sorti en novembre son jeu Hollowmere"), or, for a participle,
        the one just before it ("son Galaxy S25, lancé fin janvier"); never every product of the sentence."""
        products = self._in(sentence, "PRODUCT")
        companies = self._in(sentence, "COMPANY")
        for launch in _cues()["launch"].finditer(self.text, sentence.start, sentence.end):
            product = None if _SAID_OF_SUBJECT.fullmatch(launch.group(0)) else next(
                (p for p in products if 0 <= p.start - launch.end() <= LAUNCH_REACH), None)
            colon = _LIST_AFTER_COLON.match(self.text, launch.end(), sentence.end)
            if product is None and colon and not _SAID_OF_SUBJECT.fullmatch(launch.group(0)):
                # "a présenté trois portables et deux tablettes, attendus en novembre : les Yoga …, l'IdeaPad …"
                product = next((p for p in products if 0 <= p.start - colon.end() <= 12), None)
            if product is not None and (_RIVAL_BETWEEN.search(self.text, launch.end(), product.start)
                                        or _PLATFORM_BEFORE.search(self.text, max(0, product.start - 16), product.start)
                                        or _PLATFORM_LIST.fullmatch(self.text, launch.end(), product.start)):
                # "lance ses modèles face à GPT-4o": a rival; "Sorti le 20 mars sur PC, PlayStation 5, Xbox Series X
                # et PC, le jeu…": platforms; "Abysséa sortira sur Switch 2": the product is the one before
                product = None
            if _PAST_PARTICIPLE.fullmatch(launch.group(0)) and re.search(r",\s*$", self.text[sentence.start : launch.start()]):
                # "Garrigue 1, sorti en février, …", "l'Orvix Fold 3, son premier modèle, lancé en avril pour
                # concurrencer le Galaxy Z Fold": the participle in apposition is said of the product before it
                product = next((p for p in reversed(products) if 0 <= launch.start() - p.end <= LAUNCH_REACH), product)
            said_of_product = product is None and _PARTICIPLE.fullmatch(launch.group(0))
            if said_of_product:
                # "Ashveil 2, attendue sur PS5 et Xbox Series X, sortira…": not a platform it comes out on
                product = next((p for p in reversed(products) if 0 <= launch.start() - p.end <= LAUNCH_REACH
                                and not _ON_PLATFORMS.search(self.text, max(sentence.start, p.start - 60), p.start)), None)
            if product is None:
                continue
            maker = self.entities[product.ref]["maker"]
            by = _BY.match(self.text, launch.end())  # "lancée par Nintendo"
            # the maker a product is named after ("les Harpéo Loop") counts as if named in the sentence
            named_after = self._named_after(product, maker)
            company = maker if maker in {c.ref for c in companies} or named_after else next(
                (c.ref for c in companies if by and c.start == by.end()), None) or self._subject(launch) or next(
                (c.ref for c in reversed(companies) if c.end <= min(launch.start(), product.start)), None) or (
                self._described(sentence) if _DESCRIBED.search(self.text, sentence.start, launch.start())
                or _PRONOUN_OPENING.match(self.text, sentence.start) else maker)
            if company is None and said_of_product:
                # "Horizon Finance et Horizon Ventes seront disponibles le 1er octobre": the product is the subject,
                # and its company the one the text is about there
                company = self._described(sentence)
            if company is None:
                # "Nadia Benhamou, sa directrice technique, a profité de l'occasion pour dévoiler le KX1700": a person
                # launches for the company they work for
                company = self._employer_of_subject(sentence, launch)
            if company is None:
                continue
            for launched in self._listed_from(products, product):  # "les Radeon RX 9070 XT et Radeon RX 9070"
                self._add("PRODUCT_LAUNCH", {"company": company, "product": launched.ref,
                                             "date": self._date_in(sentence)}, sentence, launch, "launch_trigger_product", 0.7)
                if company != self.entities[launched.ref]["maker"]:  # launching a product makes it (RELATIONS.md)
                    self._add("MAKER", {"maker": company, "product": launched.ref}, sentence, launch,
                              "launch_gives_maker", 0.6)

    def _person_subject(self, sentence: Sentence, trigger: re.Match[str]) -> str | None:
        """The person the parse gives as the trigger's subject, else the one person named before it in the sentence."""
        person = self._subject(trigger, kinds=("PERSON",))
        if person is None:
            before = [p.ref for p in self._in(sentence, "PERSON") if p.end <= trigger.start()]
            person = before[0] if len(before) == 1 else None
        return person

    def _employer_of_subject(self, sentence: Sentence, trigger: re.Match[str]) -> str | None:
        """The company the trigger's subject person works for (a current role)."""
        return self.employers.get(self._person_subject(sentence, trigger))

    def _list_head(self, products: list[Ref], product: Ref) -> Ref:
        """The first product of the list `product` ends: "KX650" for "KX1200" in "ses transistors KX650 et KX1200"."""
        head = product
        for earlier in reversed(products[: products.index(product)]):
            if not _LIST_GLUE.fullmatch(self.text, earlier.end, head.start) \
                    or _NOT_OWN.search(self.text, earlier.end, head.start):
                break
            head = earlier
        return head

    def _listed_from(self, products: list[Ref], first: Ref) -> list[Ref]:
        """`first` and the products listed after it: "la bague Orvane Ring 2, la montre Orvane Watch R1 et le
        bracelet d'activité Orvane Band 5"."""
        listed = [first]
        for product in products[products.index(first) + 1 :]:
            if not _LIST_GLUE.fullmatch(self.text, listed[-1].end, product.start) \
                    or _NOT_OWN.search(self.text, listed[-1].end, product.start):
                break  # "Gemini 2.0, et son concurrent ChatGPT" is no list
            listed.append(product)
        return listed

    def products(self, sentence: Sentence) -> None:
        self.launches(sentence)
        self._made_by_subject(sentence)
        named = self._in(sentence, "COMPANY")
        companies = {r.ref for r in named}
        for product in self._in(sentence, "PRODUCT"):
            maker = self.entities[product.ref]["maker"]
            before = [c for c in named if c.end <= product.start]
            if maker in companies:
                self._add("MAKER", {"maker": maker, "product": product.ref}, sentence, None,
                          "maker_named_with_product", 0.9)
            elif self._named_after(product, maker):
                self._add("MAKER", {"maker": maker, "product": product.ref}, sentence, None,
                          "maker_in_product_name", 0.9)  # "Veltis Ledger", "Google Maps Platform"
            owner = self._possessor(sentence, product)
            if owner is not None:
                self._add("MAKER", {"maker": owner, "product": product.ref}, sentence, None, "maker_possessive", 0.7)
            elif _IN_HOUSE_BEFORE.search(self.text, max(sentence.start, product.start - 40), product.start) \
                    or _IN_HOUSE_AFTER.match(self.text, product.end):
                # "des puces maison Trainium2", "l'Exynos 2500 maison", "Horizon-3, un modèle d'IA maison": the
                # sentence's company makes it
                house = self._subject_of(sentence, before) or self._antecedent(sentence)
                if house is not None:
                    self._add("MAKER", {"maker": house, "product": product.ref}, sentence, None, "maker_in_house", 0.6)
            creator = re.search(r"(?i)(?:créateur|créatrice|concepteur|conceptrice|éditeur|développeur|fabricant)\b",
                                self.text[max(sentence.start, product.start - 60) : product.start])
            if creator and maker not in self.entities:  # "le fabricant de l'iPhone" is Apple, whoever is named
                if before:
                    self._add("MAKER", {"maker": before[-1].ref, "product": product.ref}, sentence, None,
                              "creator_of_product", 0.7)

    def _made_by_subject(self, sentence: Sentence) -> None:
        """MAKER of the product right after a making verb, by the company right before it or the company a
        pronoun subject stands for ("Calvane développe Hollowmere, …, et Vespera", "Elle édite aussi X"), where
        the parse missed the subject and object; the products listed after the first are made by it too."""
        products = self._in(sentence, "PRODUCT")
        if not products:
            return
        companies = self._in(sentence, "COMPANY")
        for verb in _MAKER_VERB.finditer(self.text, sentence.start, sentence.end):
            reach = _TO_OBJECT.match(self.text, verb.end()).end()
            product = next((p for p in products if p.start == reach), None)
            if product is None:
                continue
            maker = next((c.ref for c in companies if c.end <= verb.start()
                          and not self.text[c.end : verb.start()].strip()), None)
            subject = self.text[sentence.start : verb.start()].strip()
            if maker is None and (_HE_OR_SHE.fullmatch(subject) or _DESCRIBED.fullmatch(subject)):
                maker = self._described(sentence)  # "Elle édite aussi X", "Le studio édite aussi X"
            if maker is None:
                continue
            for made in self._listed_from(products, product):
                own = self.entities[made.ref]["maker"]  # (a product named after another company is that one's)
                if made.ref != maker and (own not in self.entities or own == maker):
                    self._add("MAKER", {"maker": maker, "product": made.ref}, sentence, verb, "made_by_subject", 0.7)

    def makers_of_record(self) -> None:
        """MAKER of every product whose maker the record holds (its name, "Ombelle 2" of Ombelle AI, or a sentence
        elsewhere, "Forge 2, le modèle de Corvelle") and no sentence gave: RELATIONS.md counts a maker the
        article makes clear. Said at the product's first mention."""
        stated = {(r.arguments.get("maker"), r.arguments.get("product")) for r in self.found if r.type == "MAKER"}
        for ref, row in self.entities.items():
            maker = row.get("maker")
            if row["type"] != "PRODUCT" or maker not in self.entities or (maker, ref) in stated \
                    or self.entities[maker]["type"] != "COMPANY":
                continue
            if (row["known"] or row["kind"]) and not self._same_paragraph(row, self.entities[maker]):
                continue  # a maker the gazetteer knows counts where the paragraph names it (Gemini's Google)
            sentence = self._sentence_at(row["mentions"][0][0])
            if sentence is not None:
                self._add("MAKER", {"maker": maker, "product": ref}, sentence, None, "maker_of_record", 0.6)

    def revenue_parts(self) -> None:
        """"…à 144 millions, dont 97 millions pour le conseil": a part of a company's figure, said with "dont" right
        after it, is a figure of that company too (RELATIONS.md: segment and product-line revenue)."""
        money = sorted((r for r in self.refs if r.kind == "MONEY"), key=lambda r: r.start)
        by_ref = {r.ref: r for r in money}
        starts = [r.start for r in money]
        for relation in [r for r in self.found if r.type == "REVENUE"]:
            whole = by_ref.get(relation.arguments.get("amount"))
            of_which = _OF_WHICH.match(self.text, whole.end) if whole is not None else None
            index = bisect_left(starts, of_which.end()) if of_which else len(money)
            if index < len(money) and money[index].start == of_which.end():
                self._add("REVENUE", {"company": relation.arguments["company"], "amount": money[index].ref,
                                      "period": relation.arguments.get("period")},
                          Sentence(relation.sentence.start, relation.sentence.end), None, "revenue_part", 0.6,
                          {"metric": relation.attributes.get("metric", "revenue")})

    def makers_of_units(self) -> None:
        """MAKER of the products a sentence about one of a company's business units lists, where nothing else
        gave them one: "La division centres de données, qui commercialise les accélérateurs Tera T3 et Tera T2,
        a pesé 912 millions" (RELATIONS.md: the product lines in a company's results). The unit is the company's
        named right after it ("la division cloud de Microsoft"), else the one the sentence's figure is of, else
        the one the text is about there; a rival ("face au H100") or a product another company makes is not."""
        made = {r.arguments["product"] for r in self.found if r.type == "MAKER"}
        revenue_of = {(r.sentence.start, r.sentence.end): r.arguments["company"] for r in self.found
                      if r.type == "REVENUE" and "company" in r.arguments}
        for sentence in self.sentences:
            unit = _BUSINESS_UNIT.search(self.text, sentence.start, sentence.end)
            products = [p for p in self._in(sentence, "PRODUCT") if p.ref not in made] if unit else []
            if not products:
                continue
            named = next((c.ref for c in self._in(sentence, "COMPANY") if c.start == unit.end()), None)
            owner = named or revenue_of.get((sentence.start, sentence.end)) or self._antecedent(sentence)
            for product in products:
                own = self.entities[product.ref]["maker"]
                if owner is None or product.ref == owner or own in self.entities and own != owner \
                        or _RIVAL_BETWEEN.search(self.text, sentence.start, product.start):
                    continue
                made.add(product.ref)
                self._add("MAKER", {"maker": owner, "product": product.ref}, sentence, None, "maker_of_business_unit",
                          0.6)

    def makers_of_versions(self) -> None:
        """MAKER of a version whose base product has one: "Veyra 2 Pro" and "Veyra 2 Mini" are made by whoever makes
        "Veyra 2" (its name followed by more words). A base is a generation ("Pixel 9") or a name of two words or
        more ("Kart Légendes"): one word may be another product's brand (Steam, the Steam Deck). Said at the
        version's first mention. Then the same for the models of one range (`_family`): "Jade 7 Lite" is made by
        whoever makes "Jade 7 Pro", where every maker the range has is that one."""
        makers: dict[str, str] = {}
        for relation in self.found:
            if relation.type == "MAKER":
                makers.setdefault(relation.arguments["product"], relation.arguments["maker"])
        names = {ref: row_name(row, self.text) for ref, row in self.entities.items() if row["type"] == "PRODUCT"}
        bases = {name: makers[ref] for ref, name in names.items()
                 if ref in makers and (" " in name or any(c.isdigit() for c in name))}
        families = {ref: _family(name) for ref, name in names.items()}
        ranges: dict[str, set[str]] = defaultdict(set)
        for ref, family in families.items():
            if ref in makers and family:
                ranges[family].add(makers[ref])
        for ref, name in names.items():
            words = name.split(" ")  # the longest base first: "Veyra 2 Pro" before "Veyra 2"
            maker, rule = next(((bases[base], "maker_of_base_product") for base in (
                " ".join(words[:k]) for k in range(len(words) - 1, 0, -1)) if base in bases), (None, ""))
            if maker is None and len(ranges.get(families[ref], ())) == 1:
                maker, rule = next(iter(ranges[families[ref]])), "maker_of_range"
            own = self.entities[ref]["maker"]
            if ref in makers or maker is None or own in self.entities and own != maker:
                continue
            sentence = self._sentence_at(self.entities[ref]["mentions"][0][0])
            if sentence is not None:
                self._add("MAKER", {"maker": maker, "product": ref}, sentence, None, rule, 0.6)

    def launches_of_generation(self) -> None:
        """PRODUCT_LAUNCH of the models of a generation one of which the text says is launched: "Alcyone lance
        Brise 2" launches "Brise 2 Pro" and "Brise 2 Mini" too (`_generation`), by the same company, where
        nothing says another company makes one of them. Said at the model's first mention."""
        launched: dict[str, str] = {}
        makers: dict[str, set[str]] = defaultdict(set)
        for relation in self.found:
            if relation.type in ("PRODUCT_LAUNCH", "MAKER"):
                generation = _generation(row_name(self.entities[relation.arguments["product"]], self.text))
                if generation and relation.type == "PRODUCT_LAUNCH":
                    launched.setdefault(generation, relation.arguments["company"])
                elif generation:
                    makers[generation].add(relation.arguments["maker"])
        done = {r.arguments["product"] for r in self.found if r.type == "PRODUCT_LAUNCH"}
        for ref, row in self.entities.items():
            if row["type"] != "PRODUCT" or ref in done:
                continue
            generation = _generation(row_name(row, self.text))
            company = launched.get(generation)
            own = row["maker"]
            if company is None or own in self.entities and own != company or makers[generation] - {company}:
                continue
            sentence = self._sentence_at(row["mentions"][0][0])
            if sentence is not None:
                self._add("PRODUCT_LAUNCH", {"company": company, "product": ref}, sentence, None,
                          "launch_of_generation", 0.6)
                self._add("MAKER", {"maker": company, "product": ref}, sentence, None, "launch_gives_maker", 0.6)

    def _same_paragraph(self, first: dict, second: dict) -> bool:
        """Some mention of `first` and some of `second` are in one paragraph."""
        def paragraphs(row: dict) -> set[int]:
            return {self.text.rfind("\n", 0, start) for start, _ in row["mentions"]}
        return bool(paragraphs(first) & paragraphs(second))

    def _named_after(self, product: Ref, maker: str | None) -> bool:
        """The product's name starts with one of its maker's: "Veltis Ledger", "Google Maps Platform"."""
        return maker in self.entities and any(self.text.startswith(name, product.start) for name in self._names(maker))

    def _names(self, ref: str) -> set[str]:
        """The forms an entity is written in: its name and its mentions ("Kelvora Systems", "Kelvora")."""
        row = self.entities[ref]
        return {row_name(row, self.text)} | {self.text[start:end] for start, end in row["mentions"]}

    def _possessor(self, sentence: Sentence, product: Ref) -> str | None:
        """The company a product is said to belong to: "son moteur de recherche Bing", "son Galaxy S25" (the
        company the possessive stands for), "les plateformes de Disney (Disney+, Hulu et ESPN+)", "Lancôme et
        Elsève, deux marques du portefeuille de L'Oréal"."""
        companies = self._in(sentence, "COMPANY")
        listed = _LISTED_BEFORE.search(self.text, max(sentence.start, product.start - 80), product.start)
        if listed:  # inside "(…)" right after a company: "de Disney (Disney+, Hulu et ESPN+)"
            return next((c.ref for c in companies if c.end == listed.start()), None)
        brand = _BRANDS_OF.match(self.text, product.end)
        if brand:
            return next((c.ref for c in companies if c.start == brand.end()), None)
        # "la PME Hydrelle, dont les échangeurs HX-900 équipent…": the company the relative clause is of
        whose = _WHOSE_BEFORE.search(self.text, max(sentence.start, product.start - 50), product.start)
        if whose:
            return next((c.ref for c in companies if c.end == whose.start()), None)
        # "Mixer, la plateforme de streaming de Microsoft": an apposition after the product names its owner
        after = next((c for c in companies if 0 <= c.start - product.end <= 90), None)
        apposed = _OWNER_APPOSED_AFTER.fullmatch(self.text, product.end, after.start) if after else None
        # closed by punctuation: "Sorti sur PlayStation 5, le jeu d'Ubisoft a séduit" is a subject, not an apposition
        if apposed and not _NOT_OWN.search(apposed["words"]) and _CLOSED.match(self.text, after.end):
            return after.ref
        # "la console nouvelle génération de Microsoft, la Xbox Series X": or one before it
        before = next((c for c in reversed(companies) if 0 <= product.start - c.end <= 6), None)
        if before and _APPOSED_TO_PRODUCT.fullmatch(self.text, before.end, product.start):
            owned = _OWNER_APPOSED_BEFORE.search(self.text, max(sentence.start, before.start - 70), before.start)
            if owned and not _NOT_OWN.search(owned.group(0)):
                return before.ref
        products = self._in(sentence, "PRODUCT")
        head = self._list_head(products, product)  # "ses transistors KX650 et KX1200": KX1200 is hers too
        possessive = _POSSESSIVE_BEFORE.search(self.text, max(sentence.start, head.start - 70), head.start) \
            or _POSSESSIVE_APPOSED.match(self.text, product.end)  # "le lancement de Luna, sa plateforme"
        if possessive is None or _NOT_OWN.search(possessive.group(0)) \
                or _RIVAL_BETWEEN.search(self.text, possessive.start(), head.start):
            return None  # "lance ses modèles Sable face à GPT-4o et Gemini 1.5 Flash": rivals, not its own
        first = next((p for p in products if possessive.start() <= p.start), product)
        if product not in self._listed_from(products, first):
            return None  # "son jeu Abysséa sortira sur Switch 2": the possessive is of the product before
        before = [c for c in companies if c.end <= min(possessive.start(), product.start)]
        if before and _AND_ITS.fullmatch(self.text, before[-1].end, possessive.start()):
            return before[-1].ref  # "résister à SAP et à son assistant Joule", "Google et son modèle Gemini"
        # "son", "sa", "ses" stand for the subject more often than for a complement: "Kerlys rapatriera la
        # production …, sous-traitée à TSMC, ainsi que de ses modules PowerStack K3" are Kerlys's
        subject = next((c for c in reversed(before) if not after_preposition(self.text, c.start)), None)
        if subject is not None or before:
            return (subject or before[-1]).ref
        if _DESCRIBED.match(self.text, sentence.start) or _PRONOUN_START.match(self.text, sentence.start) \
                or possessive.start() == sentence.start:
            return self._described(sentence)  # "Le groupe a présenté son …", "Il a dévoilé sa …", "Sa gamme …"
        maker = self.entities[product.ref]["maker"]  # "Le sud-coréen … son Galaxy S25": the maker the list knows
        return maker if maker in self.entities else None

    def quotes(self, people: list[Ref]) -> None:
        """Quotations of four words or more, with their speaker: the person right after a speech verb that
        follows the quote ("…», affirme Jassy"), else the last person named before it in the sentence
        ("Pour Clara Chappaz, c'est « … »"), else, for a quote that goes on in the next sentence with no one
        named between, the speaker of the quote before it."""
        people_starts = [p.start for p in people]
        last_speaker, last_end = None, -1
        for m in QUOTE.finditer(self.text):
            end_sentence = self._sentence_at(m.end() - 1)
            start_sentence = self._sentence_at(m.start()) or end_sentence
            if end_sentence is None or start_sentence is None:
                continue
            evidence = Sentence(start_sentence.start, end_sentence.end)
            speaker, rule = None, "quote"
            lead = _SPEECH_LEAD.match(self.text, _PUNCTUATION_RUN.match(self.text, m.end()).end())
            verb = _cues()["speech"].match(self.text, lead.end())
            if verb:
                # "…», fait valoir le président de Sopra, Paul Martin": a title may stand between verb and name,
                # but not "le successeur de Guillaume Pépy", who is someone else
                reach = min(verb.end() + SPEAKER_REACH, end_sentence.end)
                after = [p for p in people[bisect_left(people_starts, verb.end()) : bisect_left(people_starts, reach)]
                         if not _COMPLEMENT_BEFORE.search(self.text, max(0, p.start - 5), p.start)]
                if after and not _INVERTED_PRONOUN.search(lead.group(0) + verb.group(0)):
                    speaker, rule = after[0].ref, "quote_then_speech_verb"
                elif _INVERTED_PRONOUN.search(lead.group(0) + verb.group(0)) or _definite_speaker().match(self.text, verb.end()):
                    # "« … », a-t-il souligné", "…, a ajouté l'hôte de la Maison Blanche": who was speaking, else the
                    # person named last before the quote (a man for "il", a woman for "elle")
                    pronoun = _INVERTED_PRONOUN.search(lead.group(0) + verb.group(0))
                    described = None if pronoun else _definite_speaker().match(self.text, verb.end())
                    speaker, rule = (described and self._titled_speaker(m.start(), described, people, people_starts)) \
                        or self._antecedent_speaker(m.start(), people, people_starts, last_speaker, last_end,
                                                    _pronoun_gender(pronoun)), "quote_then_pronoun"
            if speaker is None:  # "« … », Mounir Mahjoubi a expliqué"
                named = people[bisect_left(people_starts, m.end()) : bisect_left(people_starts, m.end() + 4)]
                if named and _SPEECH_LEAD.match(self.text, named[0].end + 1) and _cues()["speech"].match(
                        self.text, _SPEECH_LEAD.match(self.text, named[0].end + 1).end()):
                    speaker, rule = named[0].ref, "quote_then_speaker"
            if speaker is None:
                # not one named as a complement: "la promotion de messages du président Donald Trump « … »"
                before = [p for p in people[bisect_left(people_starts, start_sentence.start):
                                            bisect_left(people_starts, m.start())] if p.end <= m.start()
                          and not self._complement(p)]
                source = _DESCRIBED_SOURCE.search(self.text, start_sentence.start, m.start())
                if before:
                    speaker, rule = before[-1].ref, "speaker_before_quote"
                elif source:  # "Selon le ministre de l'Économie, ce risque « … »": the person given that title
                    speaker, rule = self._titled_speaker(m.start(), source, people, people_starts), "speaker_before_quote"
                elif _PRONOUN_SPEAKS.search(self.text, start_sentence.start, m.start()):
                    # "Pour lui, Airbnb pourrait « … »", "Dès lors, dit-il, « … »": who was spoken of last
                    pronoun = _PRONOUN_SPEAKS.search(self.text, start_sentence.start, m.start())
                    speaker, rule = self._antecedent_speaker(m.start(), people, people_starts, last_speaker, last_end,
                                                             _pronoun_gender(pronoun)), \
                        "quote_then_pronoun"
            between = people[bisect_left(people_starts, last_end) : bisect_left(people_starts, m.start())]
            if speaker is None and last_speaker is not None and m.start() - last_end <= 200 \
                    and all(p.ref == last_speaker for p in between) and "\n\n" not in self.text[last_end : m.start()]:
                speaker, rule = last_speaker, "continuation_quote"  # « … », dit-il. « … »
            if speaker is None:
                continue  # a quote nobody is named for (a communiqué, a slogan) is no QUOTE relation
            last_speaker, last_end = speaker, m.end()
            quote = next(g for g in m.groups() if g is not None).strip()
            self._add("QUOTE", {"speaker": speaker}, evidence, None, rule, 0.9, {"text": quote})

    def _complement(self, person: Ref) -> bool:
        """A person named as a complement ("la stupidité du président Emmanuel Macron", "l'administration
        Trump"), never the title's own ("le ministre des Transports Jean-Baptiste Djebbari")."""
        m = _COMPLEMENT_PERSON.search(self.text, max(0, person.start - 40), person.start)
        return m is not None and not _TITLE_BEFORE.search(self.text, max(0, m.start() - 30), m.start())

    def _titled_speaker(self, position: int, description: re.Match[str], people: list[Ref],
                        people_starts: list[int]) -> str | None:
        """The person named last before `position` whose title is the description's ("le ministre de l'Économie",
        "la directrice financière"), where one is: the words after its first article."""
        stem = _title_stem(re.sub(r"(?i)^.*?\b(?:le|la|l['’])\s*", "", description.group(0).strip()))
        return next((p.ref for p in reversed(people[: bisect_left(people_starts, position)])
                     if stem in self.titled.get(p.ref, ()) and not self._complement(p)), None)

    def _antecedent_speaker(self, position: int, people: list[Ref], people_starts: list[int], last_speaker: str | None,
                            last_end: int, gender: str | None = None) -> str | None:
        """Who "il" or "l'animateur" after a quote is: the person named last before it, never one named as a
        complement ("la stupidité du président Emmanuel Macron", "l'administration Trump") nor one whose title
        says the other gender ("il" after "Nadège Villard, nommée directrice générale"); else who spoke last."""
        before = [p for p in people[bisect_left(people_starts, position - PRONOUN_REACH) : bisect_left(people_starts, position)]
                  if not self._complement(p) and (gender is None or self.genders.get(p.ref, gender) == gender)]
        if before:
            return before[-1].ref
        # no one else named since (but as a complement: "le successeur de Guillaume Pépy"): who spoke last,
        # however long the paragraphs between
        named_since = [p for p in people[bisect_left(people_starts, last_end) : bisect_left(people_starts, position)]
                       if p.ref != last_speaker and not self._complement(p)]
        return last_speaker if last_speaker is not None and (position - last_end <= PRONOUN_REACH or not named_since) \
            else None

    def employment(self, roles: list[dict]) -> None:
        for role in roles:
            person = self.entities.get(role["person"])
            if role["organization"] is None:
                continue  # a title alone ("Clara Chappaz, secrétaire d'État") states no employment
            evidence = self._role_sentence(person, role) if person is not None else None
            if evidence is None:
                continue
            attributes = {"title": role["title"], "title_normalized": role["title_normalized"]}
            if role["former"]:
                attributes["former"] = "true"
            self._add("EMPLOYMENT", {"person": role["person"], "organization": role["organization"]}, evidence, None,
                      "role_statement", 0.9, attributes)

    def _role_sentence(self, person: dict, role: dict) -> Sentence | None:
        if role.get("at", -1) >= 0:  # where the role statement was read
            return self._sentence_at(role["at"])
        title = re.compile(re.escape(role["title"]), re.IGNORECASE)
        for start, _ in person["mentions"]:
            sentence = self._sentence_at(start)
            if sentence and title.search(self.text, sentence.start, sentence.end):
                return sentence
        # "fondée par A et B" states a role without its title word: the sentence of the first mention
        return self._sentence_at(person["mentions"][0][0]) if role["title_normalized"] in ("founder", "cofounder") \
            else None

    def tree_relations(self, matches: list[TreeMatch]) -> None:
        """Relations the dependency patterns find ("Slack a été racheté par Salesforce": target = the passive
        subject, acquirer = the "par" agent), each role the first fitting mention inside the word's subtree;
        a relation the string rules already hold between the same parties, or from the same trigger word, is
        not repeated; a passive pattern replaces what they read from its word ("racheté par" read backwards)."""
        for match in matches:
            sentence = self._sentence_at(match.trigger[0])
            if sentence is None:
                continue
            arguments: dict[str, str] = {}
            listed: list[str] = []  # more products of the object: "Elle édite X, une plateforme, et Y, un outil"
            for role, (start, end) in match.roles.items():
                kinds = TREE_ROLE_KINDS.get(role)
                if kinds is None:
                    continue
                inside = [r for r in self.refs[bisect_left(self.starts, start) : bisect_left(self.starts, end)]
                          if r.kind in kinds and r.end <= end]
                found = inside[0] if inside else None
                if found is None and role == "maker" and (_HE_OR_SHE.fullmatch(self.text, start, end)
                                                          or _DESCRIBED.fullmatch(self.text, start, end)):
                    described = self._described(sentence)  # "Elle édite…", "La société développe…"
                    if described is not None:
                        arguments[role] = described
                        continue
                if found is None or role == "product" and _NOT_OWN.search(self.text, start, found.start):
                    break  # "présente son accélérateur comme une alternative au H100": a rival's product
                arguments[role] = found.ref
                if role == "product" and match.type == "MAKER":
                    listed = [r.ref for r in inside[1:] if not _NOT_OWN.search(self.text, start, r.start)
                              and not after_preposition(self.text, r.start, reach=12)]
            else:
                if match.type == "PARTNERSHIP":
                    partners = list(dict.fromkeys([arguments.pop("partner", ""), arguments.pop("partner_with", "")]))
                    arguments = {"partners": partners} if len(partners) == 2 and all(partners) else {}
                if not arguments or len(set(map(str, arguments.values()))) < len(arguments):
                    continue
                if any(r.type == match.type and all(r.arguments.get(k) == v for k, v in arguments.items())
                       for r in self.found):
                    continue
                same_word = [r for r in self.found if r.type == match.type and r.trigger is not None
                             and r.trigger.start == match.trigger[0]]
                if same_word and "passive" not in match.rule:
                    continue  # the string rules read this word already
                # a passive ("a été racheté par") the string rules read backwards: theirs goes
                self.found = [r for r in self.found if not any(r is other for other in same_word)]
                attributes = self._status(sentence) if match.type == "ACQUISITION" else {}
                self._add(match.type, arguments, sentence, match.trigger, match.rule, 0.7, attributes)
                for product in listed:
                    if product != arguments.get("maker"):
                        self._add(match.type, arguments | {"product": product}, sentence, match.trigger, match.rule,
                                  0.7)

    # --------------------------------------------------------------------------------------- driver
    def run(self, roles: list[dict], tree_matches: list[TreeMatch] = ()) -> list[Relation]:
        for role in roles:
            organization = self.entities.get(role["organization"]) if role["organization"] else None
            if organization is not None and organization["type"] == "COMPANY" and not role["former"]:
                self.employers.setdefault(role["person"], role["organization"])
        for sentence in self.sentences:
            self.acquisitions(sentence)
            self.bids(sentence)
            self.valuations_fines_stakes(sentence)
            self.money_events(sentence)
            self.partnership(sentence)
            self.stock_moves(sentence)
            self.products(sentence)
        self.tree_relations(list(tree_matches))
        self.genders = _genders(roles)
        self.titled = _titled(roles)
        self.quotes([r for r in self.refs if r.kind == "PERSON"])
        self.employment(roles)
        self.revenue_parts()
        self.makers_of_record()
        self.makers_of_units()
        self.makers_of_versions()
        self.launches_of_generation()
        values = [facts.get("value") for facts in self.amounts]
        percents = [facts.get("value") for _, _, facts in self.percentages]
        unique = {r.model_dump_json(): r for r in one_per_event(self.found, values, percents)}
        return sorted(unique.values(), key=lambda r: (r.sentence.start, r.type, r.rule, r.model_dump_json()))


# Facts an article states once, however often it repeats them: an event, or the role of a person.
STATED_ONCE = ("ACQUISITION", "INVESTMENT", "FUNDING_ROUND", "EMPLOYMENT", "MAKER", "PRODUCT_LAUNCH", "PARTNERSHIP",
               "VALUATION", "FINE", "STAKE", "REVENUE", "STOCK_MOVE")


def one_per_event(relations: list[Relation], amount_values: list, percentage_values: list = ()) -> list[Relation]:
    """One relation per stated fact: the title and the lead (or two triggers of one sentence, or two parts of
    a long text) often state the same acquisition, investment, funding round, role, maker, launch, partnership
    or share move. Same type, same parties and same amount or percentage value (and, for a role, the same
    normalized title and tense; for a figure, the same metric) make one fact; the statement with the most arguments is kept
    (the first among equals)."""
    values_of = {"amounts": amount_values, "percentages": percentage_values}

    def key(relation: Relation) -> tuple:
        # a fine's authority is often said in the lead only: the fined company and the amount make the fact
        # a funding round is its company's and its amount's, whoever of its investors a statement names
        parties = tuple(sorted((role, json.dumps(value)) for role, value in relation.arguments.items()
                               if role not in ("amount", "percentage", "date", "period", "authority", "investors")))
        ref = relation.arguments.get("amount") or relation.arguments.get("percentage") or ""
        kind, _, index = str(ref).partition("/")
        values = values_of.get(kind)
        value = values[int(index)] if values and index else None
        # "présidente et cofondatrice de Terralume, qu'elle a créée avec…": one cofounder role
        title = (relation.attributes.get("title_normalized"), relation.attributes.get("former")) \
            if relation.type == "EMPLOYMENT" else None
        return relation.type, parties, value, title, relation.attributes.get("metric")

    best: dict[tuple, Relation] = {}
    for relation in relations:
        if relation.type not in STATED_ONCE:
            continue
        k = key(relation)
        if k not in best or len(relation.arguments) > len(best[k].arguments):
            best[k] = relation
    # the same parties stated once with an amount and once without ("s'offre X" in the title, "le rachat de X
    # pour 20 millions" in the body): one fact, the one with the amount
    priced = {(k[0], k[1], k[3], k[4]) for k in best if k[2] is not None}
    kept = {id(r) for k, r in best.items() if k[2] is not None or (k[0], k[1], k[3], k[4]) not in priced}
    return [r for r in relations if r.type not in STATED_ONCE or id(r) in kept]


def find_relations(text: str, sentences: list[Sentence], mentions: Mentions, roles: list[dict],
                   subjects: SubjectLookup | None = None, tree_matches: list[TreeMatch] = ()) -> list[Relation]:
    """Relations between the mentions of one text, its entities being no cited source only. `roles`: the
    role statements (`components.events`); `subjects.get(start of a verb)`: character span of its
    grammatical subject, from the dependency parse (optional)."""
    entities = [e for e in mentions.entities if not e["source_only"]]
    mentions = Mentions(entities, mentions.amounts, mentions.percentages, mentions.dates)
    return RelationFinder(text, sentences, mentions, main_company_of(entities), subjects).run(roles, tree_matches)


def shift_relation(relation: Relation, offset: int, counts: dict[str, int]) -> Relation:
    """The relation of a part of a text, moved into the whole text: offsets shifted by `offset`, indexes of
    amounts / percentages / dates shifted by the `counts` of those the earlier parts hold."""

    def ref(value: str) -> str:
        kind, _, index = value.partition("/")
        return f"{kind}/{int(index) + counts[kind]}" if kind in counts and index.isdigit() else value

    arguments = {k: [ref(v) for v in value] if isinstance(value, list) else ref(value)
                 for k, value in relation.arguments.items()}
    sentence = Span(start=relation.sentence.start + offset, end=relation.sentence.end + offset)
    trigger = relation.trigger.model_copy(update={"start": relation.trigger.start + offset,
                                                  "end": relation.trigger.end + offset}) if relation.trigger else None
    return relation.model_copy(update={"arguments": arguments, "sentence": sentence, "trigger": trigger})
