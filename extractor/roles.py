"""Person – title – organization statements, read from the text around entity mentions. Pure functions.

Shapes handled (French press):
- "Andy Jassy, le PDG d'Amazon", "Arthur Mensch, cofondateur et directeur général de Mistral AI"
- "le PDG d'Amazon, Andy Jassy", "le patron de Tesla Elon Musk"
- "son patron Mark Zuckerberg", "Mark Zuckerberg, son PDG" (org: the company named just before)
- "Nvidia, dont le directeur général Jensen Huang"
- "Fondée en 2019 par Thomas Lemaire et Inès Garnier, Obsyra…" (founders; cofounders when several)
- "a nommé Karim Benali directeur financier", "la nomination de Sophie Marchal au poste de directrice générale"
A title with no organization named ("Julien Berger, directeur technique, indique…", "… de la société")
belongs to the company the article is about (`extractor.entity_rows.main_company`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from extractor.entity_rows import main_company
from extractor.normalize.sentences import Sentence, sentence_spans, sentence_start
from extractor.normalize.regex import after_preposition, first_bare, noun_alternation
from extractor.resources import titles, word_list

S = r"[\s\u00a0\u202f]"
AP = "['’]"
_DETERMINERS = (rf"(?:(?:le|la|l{AP}|les|son|sa|ses|leur|notre|un|une|qui{S}+est|désormais|aujourd{AP}hui|jusqu{AP}ici|jusqu{AP}alors|actuel|actuelle|nouveau|nouvel|nouvelle|ancien|ancienne|ex-|futur|future|emblématique|célèbre|jeune|puissant|puissante|influent|influente|autre"
                rf"|l{AP}un{S}+des|l{AP}une{S}+des|un{S}+des|une{S}+des)(?:{S}*|(?<=['’-])))*")
_POSSESSIVE = r"(?i:son|sa|ses|leur|leurs)"
_OF = (rf"(?:de{S}+la|de{S}+l{AP}|du|des|de|d{AP}|chez|au{S}+sein{S}+de|au{S}+sein{S}+du|à{S}+la|à{S}+l{AP}|au"
       rf"|pour{S}+le{S}+compte{S}+de|pour)")  # "analyste pour Bloomberg Intelligence"
# Words between a title and its organization: "directeur commercial pour la France de BNP Paribas", "analyste
# spécialisé en cryptomonnaie chez eToro"
_TITLE_TAIL = r"(?:[\s\u00a0\u202f]*[^\s\u00a0\u202f,.;:()«»\"]+){0,4}?"
# "société", "jeune pousse"…: the company nouns as one regex alternation, built once for roles and relations
COMPANY_NOUN = noun_alternation(word_list("company_nouns"))
# What a body may be described as before its name: a company noun, or a medium or platform run as a business
# ("le quotidien Le Monde", "la plateforme de podcast Overcast", "du blog Hot Pod")
_BODY_NOUN = noun_alternation(word_list("company_nouns") | word_list("descriptor_heads") | {"plateforme", "blog", "service"})
_ORG_NOUN = (
    rf"(?:(?:la|le|l{AP}){S}*)?(?:{_BODY_NOUN})?"
    rf"(?:{S}*(?:d{AP}|{S})[a-zéèêàçô-]+){{0,3}}{S}*"  # "du fonds d'investissement américain KKR"
)


ORG_LABELS = ("COMPANY", "ORGANIZATION")
# A pronoun's role ("En tant que PDG de Nissan, il…") belongs to the person named at most this far before it.
PRONOUN_ROLE_REACH = 400


@dataclass(frozen=True)
class MentionRef:
    id: str
    label: str
    start: int
    end: int
    group: str | None = None  # of a unit named after its group ("Airbus France"): what "le groupe" denotes


@dataclass(frozen=True)
class RoleStatement:
    person: str
    title: str
    title_normalized: str
    organization: str | None
    former: bool = False
    at: int = -1  # where the text states it (character offset of its title, or of the person): its evidence
    # the post of the one a successor replaces ("Elle succède à Bernard Lestrade"): an EMPLOYMENT the text implies,
    # not a statement of that person's title
    implied: bool = False


# In the apposition after a name, the post held now: "Yanis Ferrand, ancien ingénieur de STMicroelectronics
# aujourd'hui directeur technique,"
_NOW_POST = re.compile(rf"{S}*,(?:[^,;.«»]{{0,80}}?{S})?(?i:aujourd{AP}hui|désormais){S}+(?P<post>[^,;.«»]{{1,60}})")
# "l'ancien PDG", "l'ex-directrice générale", "ancienne ministre": a past role
_FORMER = re.compile(rf"(?i:ancien|ancienne|anciens|ex|jusqu{AP}ici|jusqu{AP}alors|jusque-là){S}*-?{S}*$")


@lru_cache(maxsize=1)
def _title_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    normalized = {t.lower(): n for t, n in titles()}
    parts = []
    for title, _ in titles():
        escaped = re.escape(title).replace(r"\ ", f"{S}+").replace("'", AP)
        parts.append(escaped if title.isupper() else f"(?i:{escaped})")
    one = f"(?:{'|'.join(parts)})s?(?![\\w-])"  # a plural title names several people: "les cogérants"
    return re.compile(one), normalized


def _titles_in(text: str) -> list[tuple[str, str]]:
    pattern, normalized = _title_regex()
    out = []
    for m in pattern.finditer(text):
        written = m.group(0)
        key = re.sub(r"[\s\u00a0\u202f]+", " ", written.lower()).replace("’", "'")
        out.append((written, normalized.get(key) or normalized.get(key.removesuffix("s"), "other")))
    return out


# (after a title and the words that may end it: "directrice créative du studio", "directeur de la communication
# du groupe")
_ANAPHORIC_ORG = re.compile(
    rf"(?:{S}*[a-zéèêàçô'’-]+){{0,3}}?{S}*(?:de{S}+la|de{S}+l{AP}|du|de){S}*(?:{COMPANY_NOUN}|structure|entité|marque|réseau{S}+social)(?![\w-])"
    rf"(?:{S}+[a-zéèêàçûô-]+)?",
    re.IGNORECASE,
)
_FRAMED_BY = re.compile(rf"{S}*(?:Chez|Du{S}+côté{S}+(?:de{S}+la|de{S}+l{AP}|du|des|de|d{AP})|Côté){S}*")
# "Audrey Jouvenel, passée par Safran, devient directrice financière": where the person comes from, said aside
_ASIDE = re.compile(rf"{S}*,{S}*(?:passée?s?{S}+par|issue?s?{S}+de|venue?s?{S}+de|diplômée?s?{S}+de)[^,.;:]{{1,60}}(?={S}*,)")
# "Dan Ives, de Wedbush Securities", "l'analyste Dan Ives, de Wedbush": the firm in apposition after a name
_FIRM_OF = rf"(?:de{S}+la|de{S}+l{AP}|du|de|d{AP}|chez)"
_AFFILIATION = re.compile(rf"{S}*,{S}*{_FIRM_OF}{S}*")
_AGE = re.compile(rf"{S}*,{S}*\d{{1,3}}{S}+ans(?={S}*,)")
_BOARD = rf"(?i:conseil{S}+d{AP}administration|conseil{S}+de{S}+surveillance|directoire)"
# A verb that says who runs a body: "qui dirige Nissan", "menait l'entreprise", "préside le conseil de Renault"
_LEADS = re.compile(rf"{S}*,?{S}*(?:qui{S}+)?(?P<verb>(?i:dirige|dirigeait|dirigera|pilote|pilotait|menait|mène|préside"
                    rf"|présidait|présidera|a{S}+dirigé|a{S}+présidé|(?:a|avait){S}+(?:co)?fondé|(?:a|avait){S}+créé))(?![\w-])(?:{S}+(?:aussi|également|désormais|toujours))?")
# What such a verb governs: "Nissan", "le groupe Nissan", "le conseil d'administration du constructeur Nissan"
_LED_BODY = re.compile(rf"{S}*(?:(?:le|la|l{AP}){S}*)?(?:{_BOARD}{S}*{_OF}{S}*)?(?:(?:{_BODY_NOUN})(?:{S}+[a-zéèêàçô-]+)?{S}*)?")
# …or a description of the company named before: "qui menait l'entreprise depuis 20 ans"
_LED_DESCRIPTION = re.compile(rf"{S}+(?:l{AP}|le{S}+|la{S}+)(?:{COMPANY_NOUN})(?![\w-])(?!{S}+(?:de|du|d{AP}){S})")
# "le groupe", "la société": the article's company described, not named; "le groupe américain" is more often
# another company, described by where it comes from
_A_COMPANY_NOUN = rf"(?<![\w-])(?:le|la|l{AP}){S}*(?:{COMPANY_NOUN})(?![\w-])"  # "le groupe", "la start-up"
_DESCRIPTION = re.compile(rf"(?i){_A_COMPANY_NOUN}"
                          rf"(?!{S}+(?:[a-zéèêàçô-]+(?:ais|aise|ois|oise|ain|aine|ien|ienne|éen|éenne|and|ande|ique)"
                          rf"|suisse|belge|russe|turc|grec)s?(?![\w-]))")
# "Mistral AI, dirigée par Arthur Mensch", "l'Autorité de la concurrence, présidée par Benoît Cœuré"
_LED_BY = re.compile(rf"{S}*[,(]?{S}*(?:(?P<verb>(?i:dirigée?s?|présidée?s?)){S}+par|(?i:que|qu{AP}){S}*(?P<verb2>(?i:dirige|préside|pilote)))"
                     rf"{S}+$")
# "signé avec le groupe dirigé par Maxime Saada": a description of the company led, named before it in the sentence
_DESCRIBED_LED_BY = re.compile(rf"(?i){_A_COMPANY_NOUN}(?:{S}+[a-zéèêàçô-]+)?{S}*,?{S}*"
                               rf"(?P<verb>dirigée?s?|présidée?s?){S}+par{S}+$")
# A public body described, then who runs it: "L'autorité, présidée par Marie-Laure Denis", "le gendarme boursier,
# présidé par…"; it is the body named last, at most BODY_REACH characters before
_BODY_LED_BY = re.compile(rf"(?i)(?<![\w-])(?:le|la|l{AP}){S}*(?:{noun_alternation(word_list('body_descriptions'))})"
                          rf"(?:{S}+[\w'’-]+){{0,3}}?{S}*,?{S}*(?P<verb>dirigée?|présidée?){S}+par{S}+$")
BODY_REACH = 1500
# "…, assurera l'intérim de la direction générale", "qui assure l'intérim du directeur général"
_ACTING_CEO = re.compile(rf"{S}*,?{S}*(?:qui{S}+)?(?i:assurera|assure|assurait|va{S}+assurer)(?:{S}+[\w'’-]+){{0,2}}?{S}+"
                         rf"(?P<title>l{AP}intérim{S}+(?:de{S}+la{S}+direction{S}+générale|du{S}+directeur{S}+général"
                         rf"|de{S}+la{S}+présidence{S}+exécutive))")
_TOP_POSTS = frozenset({"CEO", "chair", "president", "head", "managing director"})
# "son successeur, X", "Il sera remplacé le 15 avril par X": X takes the post the one replaced held
_SUCCESSOR_BEFORE = re.compile(rf"(?:(?i:son|sa|leur){S}+(?i:successeur|successeure|successrice){S}*,?"
                               rf"|(?i:remplacée?s?)(?:{S}+[^,.;:!?]{{1,30}}?)?{S}+par){S}*$")
# ", où elle a dirigé", ", où il était directeur technique": a post held at the body just named
_HELD_THERE = re.compile(rf"{S}*,{S}*où{S}+(?:il|elle){S}+(?:a{S}+notamment{S}+|avait{S}+notamment{S}+)?"
                         rf"(?P<verb>(?i:a{S}+dirigé|avait{S}+dirigé|dirigeait|a{S}+piloté|pilotait|a{S}+présidé|présidait)"
                         rf"|(?i:était|a{S}+été|avait{S}+été){S}+(?P<titles>[^,.;:!?«»]{{2,80}}))")
# A title's remit: "… chargée de la concurrence", "… chargé du numérique"
_IN_CHARGE_OF = re.compile(rf"{S}+chargée?s?{S}+(?:de|du|des|d{AP})")
# A sentence that opens on a participle clause about its subject: "Fondée en 2021 par …, Kovalt a …"
_PARTICIPLE_OPENING = re.compile(r"(?:Fondée?s?|Cofondée?s?|Créée?s?|Née?s?|Installée?s?|Basée?s?|Implantée?s?|"
                                 r"Dirigée?s?|Présidée?s?|Détenue?s?|Soutenue?s?|Lancée?s?)\b")
# "fondée en 2019 par", "fondée l'an dernier par deux anciens chercheurs de Google DeepMind, "
# ("cofondée et dirigée par X": a cofounder who runs it; "fondée par l'entrepreneur X": a trade before the name)
_FOUNDED_BY = re.compile(rf"(?P<verb>(?i:fondée?s?|créée?s?|cofondée?s?))(?:{S}+(?:en|dès){S}+\d{{4}}"
                         rf"|(?P<led>{S}+et{S}+dirigée?s?)|(?:{S}+[\w'’]+){{1,3}}?)?{S}+par{S}+"
                         rf"(?:(?:deux|trois|quatre|des|les|ses){S}+[^.;:!?,]{{3,60}}?,{S}*"
                         rf"|(?:l{AP}|le{S}+|la{S}+)(?:entrepreneure?|ingénieure?|chercheuse|chercheur|informaticienne?"
                         rf"|serial{S}+entrepreneur|milliardaire|homme{S}+d{AP}affaires|femme{S}+d{AP}affaires)"
                         rf"(?:{S}+[a-zéèêàçô-]+)?{S}+)?$")
# What founders were before, the body named right after: ", deux anciens ingénieurs d'", " deux anciens de l'"
_FORMER_OF = re.compile(rf"{S}*,{S}*(?P<count>(?i:(?:tous|toutes){S}+(?:deux|trois)|deux|trois|quatre|cinq))?{S}*"
                        rf"(?P<former>(?i:anciens?|anciennes?|ex-)){S}*(?P<title>(?:[a-zéèêàçô]+{S}+){{0,2}}?)"
                        rf"(?:de{S}+la|de{S}+l{AP}|du|des|de|d{AP}|chez){S}*")
# Between two founders of a list: "et", a comma, or an apposition of the first ("par Anaïs Le Goff, ancienne
# ingénieure de Dassault Systèmes, et Hugo Deschamps", "par Paul Vernet, son président, et Lucie Aubry")
_FOUNDERS_BETWEEN = re.compile(rf"{S}*(?:,|et|,{S}*(?:ancien|ancienne|anciens|anciennes|ex-|un|une|son|sa|diplômée?s?|issue?s?"
                               rf"|passée?s?|\d+{S}+ans)[^.;:!?«»\"]{{0,100}}?,{S}*(?:et)?){S}*")
# "La start-up rennaise, " before "fondée en 2022 par": a description of the company founded
_DESCRIBED_BEFORE = re.compile(rf"(?i){_A_COMPANY_NOUN}(?:{S}+[a-zéèêàçô-]+){{0,2}}{S}*,{S}*$")
# After the founders of an opening clause: the subject described ("…, la start-up a doublé"), maybe after a
# relative clause (", qui restera à sa tête, la PME…")
_DESCRIBED_AFTER_LIST = re.compile(rf"{S}*,(?:{S}*qui{S}[^,.;:!?]{{1,60}},)?{S}*(?i:{_A_COMPANY_NOUN})")
# Between a company and "fondée … par": an apposition ("Ombelle AI, start-up parisienne fondée en 2023 par")
_FOUNDED_AFTER_NAME = re.compile(rf"{S}*[,(]?{S}*(?:(?:une?|la|le|l{AP}){S}*)?(?:[a-zà-ÿ'’-]+{S}+){{0,3}}?"
                                 rf"(?:qui{S}+a{S}+été{S}+)?")
# Before a person: a company founded with them ("qui a cofondé l'entreprise en 2017 avec", "qu'elle a créée en
# 2020 avec", "qui a fondé Wattéo en 2012 avec l'ancien trader")
_COFOUNDED_WITH = re.compile(rf"(?:qui|qu{AP}(?:il|elle)){S}+(?:a|avait){S}+(?:co)?(?:fondée?|créée?)"
                             rf"(?:{S}+(?:l{AP}|la{S}+|le{S}+)?[\w'’-]+)?(?:{S}+en{S}+\d{{4}})?{S}+avec{S}+"
                             rf"(?:(?:l{AP}|le{S}+|la{S}+|son{S}+|sa{S}+)[a-zéèêàçô-]+{S}+(?:[a-zéèêàçô-]+{S}+)?)?$")
# Before a person: the company named as the object ("elle a cofondé Ekalia en 2016 avec", "X a créé Obsyra avec")
_COFOUNDED_NAMED_WITH = re.compile(rf"(?P<pronoun>(?<![\w-])(?i:il|elle){S}+)?(?:a|avait){S}+(?:co)?(?:fondé|créé){S}+"
                                   rf"(?P<object>[^,.;:!?«»\"]{{1,60}}?)(?:{S}+en{S}+\d{{4}})?{S}+avec{S}+$")
# Before a name: it is a source or an agent there ("consulté par", "selon", "a indiqué à")
_SOURCE_BEFORE = re.compile(rf"(?i)\b(?:par|selon|d{AP}après|auprès{S}+de|auprès{S}+du|à){S}+$")
# The company founded, described: "qui a fondé l'entreprise", "qu'elle a créée"
_A_COMPANY_NOUN_AFTER = re.compile(rf"(?i)(?:fondée?|créée?)(?:{S}+(?:l{AP}|la{S}+|le{S}+)(?:{COMPANY_NOUN})\b)?")
# Before a person: the one whose post the person said before takes ("Elle succède à", "en remplacement de")
_SUCCESSION_VERBS = "succède|succédé|succédera|succéder|remplace|remplacé|remplacera|remplacer"
_SUCCEEDED = re.compile(rf"(?i:{_SUCCESSION_VERBS}|en{S}+remplacement{S}+de|"
                        rf"prend{S}+la{S}+suite{S}+de|prendra{S}+la{S}+suite{S}+de){S}+(?:à{S}+)?$")
# After a person: the chair kept or taken ("…, qui conserve la présidence du conseil d'administration")
_KEEPS_CHAIR = re.compile(rf"[^.;]{{0,80}}?\b(?:qui|et){S}+(?:(?i:conserve|conservera|garde|gardera|prend|prendra|occupera|assure)"
                          rf"{S}+la{S}+présidence|(?i:devient|deviendra|reste|restera|demeure){S}+présidente?)"
                          rf"{S}+(?:non{S}+exécutif{S}+|non{S}+exécutive{S}+)?(?P<board>du{S}+conseil)?")
# After a person: the post taken ("…, prendra la direction générale de la start-up le 1er décembre")
# "X, …, prendra la direction générale", "X abandonne la présidence du conseil d'administration" (a post left)
_TAKES_POST = re.compile(rf"[^.;]{{0,160}}?\b(?:(?i:prendra|prend|a{S}+pris|va{S}+prendre|reprend|reprendra)"
                         rf"|(?P<leaves>(?i:abandonne|abandonnera|quitte|quittera|a{S}+quitté|cède|cédera|laisse|laissera))){S}+la{S}+"
                         rf"(?P<post>direction{S}+générale|présidence(?P<board>{S}+du{S}+conseil)?)")
# After a person: a seat on a company's board taken ("…, associée chez Eurazeo, qui rejoint le conseil d'administration")
_JOINS_BOARD = re.compile(rf"[^.;«»\"]{{0,160}}?\b(?i:entre|entrera|rejoint|rejoindra|intègre|intégrera|fait{S}+son{S}+entrée"
                          rf"|fera{S}+son{S}+entrée){S}+(?:(?P<own>(?i:son|à{S}+son)){S}+|(?i:au|le|dans{S}+le){S}+)"
                          rf"(?P<board>conseil{S}+(?:d{AP}administration|de{S}+surveillance))")
_NAMED = re.compile(rf"(?i:nommée?|nomination{S}+de|arrivée{S}+de|recrutement{S}+de|promue?|désignée?|choisie?|recrutée?)"
                    rf"(?:{S}+(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin|officiellement)){{0,2}}{S}*$")
# After a person: the verb of an appointment ("a été nommée", "est promu", "devient", "va devenir").
_APPOINTED = re.compile(
    rf"(?i:(?:a{S}+été|est|sera|vient{S}+d{AP}être|a{S}+été{S}+officiellement){S}+)?"
    rf"(?i:nommée?|promue?|désignée?|choisie?|recrutée?|élue?|devient|deviendra|va{S}+devenir|est{S}+devenue?"
    # "X succède à Paul Martin comme PDG de Y", "X remplace Paul Martin au poste de…"
    rf"|(?:succède|succédera|va{S}+succéder|remplace|remplacera|va{S}+remplacer){S}+(?:à{S}+)?[^,.;]{{1,40}}?"
    rf"(?={S}+(?:comme|au{S}+poste|aux{S}+fonctions))"
    # "qui a pris le 4 mai ses fonctions de directeur financier", "prendra ses fonctions de PDG"
    rf"|(?:qui{S}+)?(?:a{S}+pris|prend|prendra|prenait){S}+(?:[^,.;]{{1,30}}?{S}+)?ses{S}+fonctions{S}+(?:de|d{AP}))"
)
# Before a person: the one succeeded, who held the post ("succède à Paul Martin comme PDG")
_REPLACED = re.compile(rf"(?i:{_SUCCESSION_VERBS}){S}+(?:à{S}+)?$")
_AS_TITLE = re.compile(rf"{S}*(?:(?:au{S}+poste|aux{S}+fonctions|à{S}+la{S}+fonction){S}+(?:de{S}+|d{AP}))?{S}*(?:comme{S}+)?")


FROM_MENTIONS = object()  # find_roles' default topic: the main company of the mentions given


def topic_of(mentions: list[MentionRef]) -> str | None:
    """The main company of a list of mentions."""
    counts: dict[str, list] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        counts.setdefault(m.id, [m.id, m.label, 0])[2] += 1
    return main_company(tuple(c) for c in counts.values())


@dataclass(frozen=True)
class _RolePatterns:
    after: re.Pattern[str]
    before: re.Pattern[str]
    possessive_before: re.Pattern[str]
    possessive_after: re.Pattern[str]
    named: re.Pattern[str]
    appointed: re.Pattern[str]
    titled_before: re.Pattern[str]
    head: re.Pattern[str]
    dont: re.Pattern[str]
    copula: re.Pattern[str]
    pronoun: re.Pattern[str]


@lru_cache(maxsize=1)
def _role_patterns() -> _RolePatterns:
    """Compiled once: the title alternation makes them large, and re's own cache does not keep them."""
    pattern, _ = _title_regex()
    title_run = rf"(?P<titles>{pattern.pattern}(?:{S}*(?:,|et){S}*{pattern.pattern})*)"
    after_re = re.compile(rf"{S}*,{S}*{_DETERMINERS}{title_run}")
    before_re = re.compile(rf"{_DETERMINERS}{title_run}{S}*{_OF}{S}*{_ORG_NOUN}$")
    possessive_before_re = re.compile(rf"{_POSSESSIVE}{S}+{title_run}{S}*,?{S}*$")
    possessive_after_re = re.compile(rf"{S}*,{S}*{_POSSESSIVE}{S}+{title_run}")
    named_re = re.compile(rf"{_AS_TITLE.pattern}{title_run}")
    # "Marie Dupont a été nommée directrice générale de Capgemini", "X devient président de Y"
    appointed_re = re.compile(rf"{S}*,?{S}*(?:{_APPOINTED.pattern}){S}+{_AS_TITLE.pattern}{title_run}")
    titled_before_re = re.compile(
        rf"(?<![\w])(?:(?i:le|la|notre|nouveau|nouvelle){S}+|(?i:l){AP}{S}*"
        # "a recruté en octobre un directeur financier, X": a hire, not any "un analyste, X"
        rf"|(?i:recrutée?|embauchée?|nommée?|désignée?|choisie?)(?:{S}+[\w-]+){{0,3}}?{S}+(?i:un|une){S}+)"
        rf"(?:[\w-]+{S}+)?{title_run}"
        rf"(?:{S}+[a-zéèêàçû-]+)?(?:{_ANAPHORIC_ORG.pattern})?{S}*,?{S}*$"
    )
    # "Jean Martin, à la tête de Datadog France", "X prend la tête de Y", "X succède à Z à la tête de Y"
    head_re = re.compile(rf"{S}*,?{S}*(?:qui{S}+(?:est|était|sera){S}+|(?:a{S}+)?pris{S}+|prend{S}+|prendra{S}+"
                         rf"|va{S}+prendre{S}+|(?:succède{S}+à|remplace|remplacera|va{S}+remplacer){S}+[^,.]{{1,40}}?{S}+)?"
                         rf"(?P<titles>(?:à{S}+)?la{S}+tête)")
    dont_re = re.compile(rf"{S}*,?{S}*dont{S}+(?:le|la|l{AP}){S}*{title_run}{S}*,?{S}*$")
    # "Carlos Ghosn est aussi le PDG du groupe Renault", "… envoyée par X en sa qualité de PDG de Renault"
    copula_re = re.compile(rf"{S}*,?{S}*(?:(?:qui{S}+)?(?:est|était|reste|demeure|sera)(?:{S}+(?:aussi|également|désormais|"
                           rf"toujours|actuellement|alors|encore))?|en{S}+(?:sa|son){S}+qualité{S}+(?:de|d{AP})"
                           # "Delphine Marescot conserve son poste de directrice générale"
                           rf"|(?:conserve|conservera|garde|gardera|occupe|occupait|occupera)(?:{S}+(?:désormais|toujours|encore))?"
                           rf"{S}+(?:son|le|ce){S}+poste{S}+(?:de|d{AP})){S}*"
                           rf"{_DETERMINERS}{title_run}")
    # "En tant que PDG de Nissan, il a touché…", "Il est aussi le PDG du groupe Renault": a pronoun's role
    pronoun_re = re.compile(rf"(?:(?<![\w])(?i:en{S}+tant{S}+que){S}+{title_run}(?P<of>[^,.;]{{0,80}}?),?{S}+(?i:il|elle)\b"
                            rf"|(?<![\w])(?:Il|Elle){S}+(?:est|était|reste|demeure)(?:{S}+(?:aussi|également|désormais|"
                            rf"toujours|alors))?{S}+{_DETERMINERS}{title_run.replace('P<titles>', 'P<titles2>')})")
    return _RolePatterns(after_re, before_re, possessive_before_re, possessive_after_re, named_re, appointed_re,
                         titled_before_re, head_re, dont_re, copula_re, pronoun_re)


# Company nouns that say what kind of company it is ("le fonds", "l'opérateur"): a description by one of them
# denotes the company last introduced by the same noun; generic ones ("le groupe", "la société") say too little
_SPECIFIC_NOUN = re.compile(r"(?i)\b(?:fonds|opérateur|constructeur|éditeur|fabricant|banque|assureur|laboratoire|"
                            r"studio|équipementier|distributeur|hébergeur|fondeur|conglomérat|investisseur|intégrateur|"
                            r"start-up|startup|jeune pousse|jeune-pousse|licorne|scale-up|néobanque|fintech|PME|régie|"
                            r"enseigne|ESN|marque|spécialiste|pépite|biotech|medtech|edtech|insurtech)(?![\w-])")
# A fund's name says what it is by its last word ("Mercure Partners… associé du fonds")
_FUND_NAME_WORDS = word_list("fund_name_words")
REFERENCE_REACH = 4000  # characters back a description may reach for the company it was introduced with (an article)


def introduced_as(text: str, description: str, mentions: list):
    """The last of `mentions` (in text order, each with a `start` and an `end`) introduced by the specific noun of
    `description`, with at most three lower-case words between ("le fonds munichois Isarberg Capital" for "le
    fonds allemand"), or in apposition after it ("Ombelle AI, start-up parisienne" for "la start-up"); None when
    the description has no specific noun or no mention fits."""
    noun = _SPECIFIC_NOUN.search(description)
    if noun is None:
        return None
    word = _introduced_by(noun.group(0).lower())
    apposed = _apposed(noun.group(0).lower())
    fund = noun.group(0).lower() in ("fonds", "investisseur")
    return next((m for m in reversed(mentions) if word.search(text, max(0, m.start - 40), m.start)
                 or apposed.match(text, m.end) or fund and text[m.start : m.end].split()[-1].lower() in _FUND_NAME_WORDS),
                None)


@lru_cache(maxsize=None)
def _apposed(noun: str) -> re.Pattern[str]:
    """The noun in apposition right after a name: ", start-up parisienne", ", une néobanque" (not ", la start-up",
    which often opens the next clause: "…, trois anciens d'Airbus, la start-up développe")."""
    return re.compile(rf"\s*,\s*(?:une?\s+)?(?i:{re.escape(noun)})(?![\w-])")


@lru_cache(maxsize=None)
def _introduced_by(noun: str) -> re.Pattern[str]:
    """The noun right before a name, at most three lower-case words between: "le fonds munichois X"."""
    return re.compile(rf"\b(?i:{re.escape(noun)})(?:\s+[a-zà-ÿ'’-]+){{0,3}}\s*$")


_QUOTATION = re.compile(r'«[^»]*»|“[^”]*”|"[^"\n]*"')


def _quotations(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the text's quotations (for `quoted` in `find_roles`)."""
    spans = [m.span() for m in _QUOTATION.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def find_roles(text: str, mentions: list[MentionRef], *, sentences: list[Sentence] | None = None,
               topic: str | None | object = FROM_MENTIONS) -> list[RoleStatement]:
    """Role statements linking PERSON mentions to COMPANY / ORGANIZATION mentions. `sentences` are the
    text's (computed when not given); `topic` is the article's main company (from the mentions if not given)."""
    patterns = _role_patterns()
    after_re, before_re, head_re, dont_re = patterns.after, patterns.before, patterns.head, patterns.dont
    possessive_before_re, possessive_after_re = patterns.possessive_before, patterns.possessive_after
    named_re, appointed_re, titled_before_re = patterns.named, patterns.appointed, patterns.titled_before
    orgs = sorted((m for m in mentions if m.label in ("COMPANY", "ORGANIZATION")), key=lambda m: m.start)
    # a brand or unit run by someone: "Phil Spencer, le patron de Xbox", "créateur du blog Hot Pod"
    units = sorted((m for m in mentions if m.label == "PRODUCT"), key=lambda m: m.start)
    bodies = sorted(orgs + units, key=lambda m: m.start)
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    label_of = {m.id: m.label for m in orgs}
    topic = topic_of(mentions) if topic is FROM_MENTIONS else topic
    sentences = sentence_spans(text) if sentences is None else sentences
    sentence_starts = [s.start for s in sentences]
    quote_starts, quote_ends = _quotations(text)
    found: list[RoleStatement] = []

    def quoted(pos: int) -> bool:
        index = bisect_right(quote_starts, pos) - 1
        return index >= 0 and pos < quote_ends[index]

    def org_after(pos: int, or_topic: bool = True) -> str | None:
        """The organization named right after a title; the article's company when none is named (unless
        not `or_topic`)."""
        named = [next((o for o in orgs if o.start >= pos), None), next((u for u in units if u.start >= pos), None)]
        body = min((m for m in named if m is not None and m.start - pos <= 60), key=lambda m: m.start, default=None)
        if body is not None and re.fullmatch(rf"{_TITLE_TAIL}{S}*{_OF}{S}*{_ORG_NOUN}", text[pos : body.start]):
            if body.label != "PRODUCT":
                return body.id
            # a product's own company, when named right after it, runs it: "directeur de l'iPhone chez Apple"
            owner = next((o for o in orgs if o.start >= body.end), None)
            if owner is None or not re.fullmatch(rf"{S}*{_OF}{S}*{_ORG_NOUN}", text[body.end : owner.start]):
                return body.id
        anaphoric = _ANAPHORIC_ORG.match(text, pos)
        if anaphoric:  # "… de la société", "… du groupe": the article's company once named
            introduced = introduced_as(text, anaphoric.group(0),
                                       [o for o in orgs if pos - REFERENCE_REACH <= o.start < pos])
            if introduced is not None:  # "associée du fonds": the company introduced as a fund
                return introduced.id
            if topic is not None and any(o.id == topic and o.end <= pos for o in orgs):
                return topic
            return org_before(pos, window=1500, as_group=True) or topic
        unknown = re.match(rf"{_TITLE_TAIL}{S}*{_OF}{S}*[A-Z]", text[pos : pos + 60])
        if unknown:
            # the company of a product it runs ("directeur de l'iPhone chez Apple"); else an organization we did not
            # recognise ("directeur commercial de Solvane"): better no link than a wrong one
            return next((o.id for o in orgs if o.start == pos + unknown.end() - 1), None)
        if _IN_CHARGE_OF.match(text, pos):
            # "vice-présidente exécutive chargée de la concurrence" after a public body in the paragraph: an office of
            # that body (the Commission), not of the article's company
            paragraph = text.rfind("\n", 0, pos) + 1
            body = org_before(pos, window=pos - paragraph, labels=("ORGANIZATION",))
            if body is not None:
                return body
        return topic if or_topic else None

    def possessor(pos: int) -> str | None:
        """Whose "son PDG", "sa présidente" is: the body named last before in the sentence, else the first one of
        the sentence before that no preposition introduces (its subject, most often: "Apple a publié… Tim Cook,
        son directeur général, …"), else the body named last, else the article's company."""
        # "« …. … », a réagi son président": the sentence the quotation opens, whatever sentences it holds
        quote = bisect_right(quote_starts, pos) - 1
        said = quote_starts[quote] if quote >= 0 and re.fullmatch(r"[^.!?]*", text[quote_ends[quote] : pos]) else pos
        index = bisect_right(sentence_starts, said) - 1
        begins = sentences[index].start if index >= 0 else 0
        # never a name inside a quotation ("« …Google… », estime sa directrice générale"), which may span sentences
        inside = [o for o in orgs if begins <= o.start and o.end <= pos and not quoted(o.start)]
        if inside:
            return inside[-1].id
        if index >= 0 and _PARTICIPLE_OPENING.match(text, begins):
            # "Fondée en 2021 par Paul Vernet, son président, et …, Kovalt a …": the subject the opening clause is
            # about, named after it
            subject = first_bare(text, [o for o in orgs if pos <= o.start < sentences[index].end and o.label == "COMPANY"])
            if subject is not None:
                return subject.id
        if index > 0:
            before = sentences[index - 1]
            in_before = [o for o in orgs if before.start <= o.start and o.end <= before.end and not quoted(o.start)]
            # "Chez Morvane Santé, on ne ferme pas la porte. « … », a réagi son président": the body the sentence
            # before is framed by, else its first one no preposition introduces
            framed = _FRAMED_BY.match(text, before.start)
            previous = next((o for o in in_before if framed and o.start == framed.end()), None) \
                or first_bare(text, in_before)
            # "Le groupe prévoit… « … », a expliqué son directeur financier": the company described first (the one
            # introduced so: "le studio nantais Atelier Sorbier… Le studio a bouclé…", else the article's)
            described = _DESCRIPTION.search(text, before.start, before.end)
            if described is not None and (previous is None or described.start() < previous.start):
                introduced = introduced_as(text, described.group(0), [
                    o for o in orgs if described.start() - REFERENCE_REACH <= o.start < described.start()])
                if introduced is not None or topic is not None:
                    return introduced.id if introduced is not None else topic
            if topic is not None and re.match(rf"{S}*(?:Il|Elle){S}", text[before.start : before.start + 8]):
                return topic  # "Elle a levé … auprès du fonds X. Son directeur technique, …": the company, not X
            if previous is not None:
                return previous.id
        # the company the paragraph is about ("Semalys a cédé 4,1 %. Le fabricant … a écopé d'une amende infligée
        # par l'Autorité… « … », a réagi son directeur financier"), else the body named last there; a paragraph
        # that names none is about the article's company
        paragraph = text.rfind("\n", 0, pos) + 1
        subject = paragraph_subject(pos)
        if subject is None and topic is not None:
            # "Fondée par A, passé par la fintech Lydia, la start-up a fait le pari…": a paragraph whose subject is
            # described, not named, is about the company introduced so, else the article's
            described = [d for d in _DESCRIPTION.finditer(text, paragraph, pos)
                         if not quoted(d.start()) and not after_preposition(text, d.start())]
            if described:
                introduced = introduced_as(text, described[-1].group(0), [
                    o for o in orgs if described[-1].start() - REFERENCE_REACH <= o.start < described[-1].start()])
                return introduced.id if introduced is not None else topic
        return subject or org_before(pos, window=pos - paragraph, labels=ORG_LABELS) or topic

    def paragraph_subject(pos: int) -> str | None:
        """The company last named as a subject (no preposition before it) in the paragraph, before `pos`."""
        paragraph = text.rfind("\n", 0, pos) + 1
        subjects = [o for o in orgs if paragraph <= o.start and o.end <= pos and o.label == "COMPANY"
                    and not quoted(o.start) and not after_preposition(text, o.start)]
        return subjects[-1].id if subjects else None

    def org_before(pos: int, window: int = 400, as_group: bool = False,
                   labels: tuple[str, ...] = ("COMPANY",)) -> str | None:
        earlier = [o for o in orgs if o.end <= pos and pos - o.end <= window and o.label in labels
                   and not quoted(o.start)]
        if not earlier:
            return None
        return (earlier[-1].group or earlier[-1].id) if as_group else earlier[-1].id

    def conjoined(org: str | None, after: int) -> list[str | None]:
        """The body named and those coordinated with it: "le patron de Google et Alphabet", "fondatrice de Leetchi
        et de Mangopay"."""
        named = next((o for o in bodies if o.start >= after and o.id == org), None)
        if named is not None and named.start - after > 40:
            named = None  # a later mention ("… Nextalys. Dans le sillage de Nextalys, Wallix…") lists nothing
        out = [org]
        while named is not None:
            following = next((o for o in orgs if o.start >= named.end), None)
            if following is None or not re.fullmatch(rf"{S}*(?:,|et)(?:{S}*(?:de|du|d{AP}))?{S}*",
                                                        text[named.end : following.start]):
                break
            out.append(following.id)
            named = following
        return out

    def add(person: MentionRef, statement: re.Match[str], org: str | None, former: bool = False) -> None:
        former = former or bool(_FORMER.search(text, max(0, statement.start("titles") - 12), statement.start("titles")))
        for written, normalized in _titles_in(statement["titles"]):
            for each in conjoined(org, statement.end("titles")):
                # a minister serves a government body, never the company the article is about
                body = each if normalized != "minister" or label_of.get(each) == "ORGANIZATION" else None
                found.append(RoleStatement(person.id, written, normalized, body, former, statement.start("titles")))

    # "X, assurera l'intérim de la direction générale": the acting chief executive of the article's company
    for person in people:
        acting = _ACTING_CEO.match(text, person.end, person.end + 120)
        if acting and topic is not None:
            found.append(RoleStatement(person.id, acting["title"], "CEO", topic, at=acting.start("title")))

    # "Mistral AI, dirigée par Arthur Mensch", "STMicroelectronics, que dirige Jean-Marc Chéry": the body named just
    # before is run by the person; "le groupe dirigé par Maxime Saada": the company named before in the sentence
    for person in people:
        led = _LED_BY.search(text, max(0, person.start - 40), person.start)
        body = next((o for o in reversed(orgs) if led and o.end == led.start()), None)
        described = None if body is not None else _DESCRIBED_LED_BY.search(text, max(0, person.start - 80), person.start)
        if described is not None:
            begins = sentence_start(sentences, sentence_starts, person.start)
            body = next((o for o in reversed(orgs) if begins <= o.start and o.end <= described.start()
                         and o.label == "COMPANY"), None)
            if body is None and begins == described.start():
                # "Broadcom a fait une offre. Le groupe dirigé par Hock Tan…": the description opens the sentence; the
                # company introduced so, else the one named last before it
                earlier = [o for o in orgs if described.start() - REFERENCE_REACH <= o.start
                           and o.end <= described.start() and o.label == "COMPANY"]
                body = introduced_as(text, described.group(0), earlier) or (earlier[-1] if earlier else None)
            led = described
        regulator = None if body is not None else _BODY_LED_BY.search(text, max(0, person.start - 80), person.start)
        if regulator is not None:  # "Le gendarme des télécoms, présidé par Laure de La Raudière": the body named last
            body = next((o for o in reversed(orgs) if o.end <= regulator.start() and o.label == "ORGANIZATION"
                         and regulator.start() - o.end <= BODY_REACH), None)
            led = regulator
        if body is not None:
            verb = led["verb"] or led["verb2"]
            normalized = "CEO" if verb.lower().startswith(("dirig", "pilot")) else "president"
            if body.label == "ORGANIZATION" and text[body.start : body.end].lower().startswith("minist"):
                normalized = "minister"  # "le ministère des Armées, dirigé par Sébastien Lecornu"
            found.append(RoleStatement(person.id, verb, normalized, body.id, at=led.start()))

    # "Fondée en 2019 par A et B, Obsyra…": founders of the company named after the list.
    for i, person in enumerate(people):
        founded = _FOUNDED_BY.search(text[max(0, person.start - 120) : person.start])
        if not founded:
            continue
        founded_at = max(0, person.start - 120) + founded.start()
        group = [person]
        while i + len(group) < len(people) and _FOUNDERS_BETWEEN.fullmatch(
                text, group[-1].end, people[i + len(group)].start):
            group.append(people[i + len(group)])
        # "Fondée par A et B, Obsyra…" names it after the list (or after the list's apposition: "…, trois
        # ingénieurs de X, Obsyra…"); "la jeune pousse Dust, fondée par A et B" before
        after = next((o.id for o in orgs if o.start >= group[-1].end and o.label == "COMPANY"
                      and re.fullmatch(rf"{S}*,(?:[^.;:!?,]{{0,100}},)?{S}*", text[group[-1].end : o.start])), None)
        before = next((o.id for o in reversed(orgs) if o.end <= founded_at and o.label == "COMPANY"
                       and _FOUNDED_AFTER_NAME.fullmatch(text, o.end, founded_at)), None)
        # "Une offensive qui n'effraie pas Harpéo. La start-up rennaise, fondée en 2022 par…": the company the
        # description stands for, the one introduced so, else the nearest named before it
        described = None if after or before else _DESCRIBED_BEFORE.search(text, max(0, founded_at - 60), founded_at) \
            or _DESCRIBED_AFTER_LIST.match(text, group[-1].end)  # "Fondée en 2020 par X, la start-up a doublé…"
        if described is not None:
            # (for the subject after the list, only a company of the paragraph: one named in another is less likely
            # than the article's)
            reach = described.start() - REFERENCE_REACH if described.start() < founded_at else text.rfind(
                "\n", 0, founded_at) + 1
            earlier = [o for o in orgs if reach <= o.start and o.end <= described.start() and o.label == "COMPANY"]
            introduced = introduced_as(text, described.group(0), earlier) or (earlier[-1] if earlier else None)
            described = introduced.id if introduced is not None else None
        company = after or before or described or topic
        cofounders = len(group) > 1 or founded["verb"].lower().startswith("co")
        for member in group:
            found.append(RoleStatement(member.id, "cofondateur" if cofounders else "fondateur",
                                       "cofounder" if cofounders else "founder", company, at=member.start))
            if founded["led"]:
                found.append(RoleStatement(member.id, founded["led"].strip(), "CEO", company, at=member.start))
        # where they come from, said after the list: "…, deux anciens ingénieurs d'Orange,": a former role each
        # (RELATIONS.md); said before it ("par deux anciens chercheurs de Google DeepMind, A et B"), it is a
        # title before a name, read below
        origin = _FORMER_OF.match(text, group[-1].end)
        if origin and len(group) > 1 and not (origin["count"] or origin["former"].lower().endswith("s")):
            origin = None  # "…, et Hugo Deschamps, ancien chercheur de Google DeepMind": the last one's only
        body = next((o for o in orgs if origin and o.start == origin.end()), None)
        if body is not None and body.id != company:
            written, normalized = (_titles_in(origin["title"]) or [(origin["title"].strip() or "ancien", "other")])[0]
            for member in group:
                found.append(RoleStatement(member.id, written, normalized, body.id, True, at=member.start))

    # "Damien Lacoste, PDG de Tavelis, qui a cofondé l'entreprise en 2017 avec Inès Marchal": both cofounders of
    # the company named last before the verb, the founder being the person named last before it, in the sentence
    # (the one named with them is the company of a title that names none after: "…, aujourd'hui directrice technique")
    cofounded_with: dict[int, str] = {}
    for person in people:
        cofounded = _COFOUNDED_WITH.search(text, max(0, person.start - 90), person.start)
        begins = sentence_start(sentences, sentence_starts, person.start)
        if not cofounded:
            named = _COFOUNDED_NAMED_WITH.search(text, max(begins, person.start - 90), person.start)
            company = named and next((o.id for o in orgs if named.start("object") <= o.start
                                      and o.end <= named.end("object") and o.label == "COMPANY"), None)
            if company:
                # the subject: the person named just before the verb, or the one "il" / "elle" stands for (named
                # last before it, in the paragraph)
                reach = text.rfind("\n", 0, named.start()) + 1 if named["pronoun"] else begins
                founder = next((p for p in reversed(people) if reach <= p.start and p.end <= named.start()), None)
                for member in ([founder] if founder is not None else []) + [person]:
                    found.append(RoleStatement(member.id, "cofondateur", "cofounder", company, at=member.start))
                cofounded_with[person.start] = company
            continue
        # (not a source or an agent: "Dans un message consulté par BFM Business, X, qui avait fondé l'entreprise…")
        company = next((o.id for o in reversed(orgs) if begins <= o.start and o.end <= cofounded.start()
                        and o.label == "COMPANY" and not _SOURCE_BEFORE.search(text, max(0, o.start - 20), o.start)),
                       None) or (topic if _A_COMPANY_NOUN_AFTER.search(cofounded.group(0)) else None)
        if company is None:
            continue
        founder = next((p for p in reversed(people) if begins <= p.start and p.end <= cofounded.start()), None)
        for member in ([founder] if founder is not None else []) + [person]:
            found.append(RoleStatement(member.id, "cofondateur", "cofounder", company, at=member.start))
        cofounded_with[person.start] = company

    for person in people:
        # "Meredith Levien, 49 ans, deviendra PDG": an age between the name and what is said of it
        age = _AGE.match(text, person.end) or _ASIDE.match(text, person.end)
        end = age.end() if age else person.end
        after = after_re.match(text, end, min(len(text), end + 160))
        if after:
            named = org_after(after.end(), or_topic=False)
            if named is None and re.search(r"(?i)\b(?:son|sa|leur)\s", text[after.start() : after.start("titles")]):
                named = possessor(person.start)  # "Tim Cook, son directeur général,": whose, not the article's company
            named = named if named is not None else cofounded_with.get(person.start)
            add(person, after, named if named is not None else org_after(after.end()))
            # "X, jusqu'ici directeur commercial d'Oxélia, nommé directeur général de Kalao Mobile": the new post
            comma = text.find(",", after.end(), after.end() + 80)
            appointed = appointed_re.match(text, comma, comma + 160) if comma > 0 else None
            if appointed:
                new_post = org_after(appointed.end())
                # the company the apposition names is left for the new post; one it did not name is not
                # ("X, jusqu'ici vice-présidente chargée de l'ingénierie, devient directrice technique": promoted)
                left = found[-1].organization if named is not None else None
                add(person, appointed, new_post if new_post != left else (topic if topic != left else None))
            continue
        poss_after = possessive_after_re.match(text, end, min(len(text), end + 80))
        if poss_after:
            add(person, poss_after, possessor(person.start))
            continue
        head = head_re.match(text, end, end + 80)
        if head:
            organization = org_after(head.end())
            if organization is not None:  # the one succeeded held the post before: "succède à Paul Durand"
                former = bool(re.search(rf"(?i:succède|succéder|remplace|remplacer){S}+à?{S}*$",
                                        text[max(0, person.start - 20) : person.start]))
                found.append(RoleStatement(person.id, head["titles"], "head", organization, former, head.start("titles")))
                continue
        appointed = appointed_re.match(text, end, end + 160) or patterns.copula.match(text, end, end + 160)
        if appointed:
            add(person, appointed, org_after(appointed.end()))
            continue
        leads = _LEADS.match(text, end, end + 80)  # "Carlos Ghosn, qui dirige Nissan", "X préside le conseil de Y"
        if leads:
            body = next((o for o in orgs if o.start >= leads.end()), None)
            if body is not None and (body.start - leads.end() > 60 or not _LED_BODY.fullmatch(text, leads.end(), body.start)):
                body = None
            described = _LED_DESCRIPTION.match(text, leads.end()) if body is None else None
            if described is not None:
                # "qui a créé le studio": the company introduced as a studio ("le studio lyonnais Hautecombe"); "qui
                # dirige la société": the company the paragraph is about, else the article's, else the last named
                body = introduced_as(text, described.group(0),
                                     [o for o in orgs if person.start - REFERENCE_REACH <= o.start < person.start])
                about = paragraph_subject(person.start)
                body = body or next((o for o in reversed(orgs) if o.id == (about or topic) and o.end <= person.start),
                                    None) or next((o for o in reversed(orgs) if o.end <= person.start), None)
            if body is not None:
                board = body.start > leads.end() and re.search(_BOARD, text[leads.end() : body.start])
                verb = leads["verb"].lower().split()[-1]
                founded = verb.startswith(("fond", "cofond", "cré"))  # "qui a fondé Veltis": a founder for good
                normalized = ("cofounder" if verb.startswith("cofond") else "founder") if founded else \
                    "head" if verb.startswith(("dirig", "pilot", "men", "mèn")) else "chair" if board else "president"
                found.append(RoleStatement(person.id, leads["verb"], normalized, body.id,
                                           not founded and verb.endswith(("ait", "é")), leads.start("verb")))
                continue
        if _NAMED.search(text[max(0, person.start - 30) : person.start]):  # "a nommé Karim Benali directeur financier"
            named = named_re.match(text, person.end, person.end + 120)
            if named:
                add(person, named, org_after(named.end()))
                continue
        if _REPLACED.search(text, max(0, person.start - 20), person.start):  # "succède à Paul Martin comme PDG de Y"
            named = named_re.match(text, person.end, person.end + 120)
            if named and re.match(rf"{S}+(?:comme|au{S}+poste|aux{S}+fonctions)", text[person.end : person.end + 20]):
                add(person, named, org_after(named.end()), former=True)
                continue
        dont = dont_re.search(text, max(0, person.start - 120), person.start)
        if dont:  # "Nvidia, dont le directeur général Jensen Huang"
            company = next((o.id for o in reversed(orgs) if o.end <= dont.start() and dont.start() - o.end <= 3), None)
            if company:
                add(person, dont, company)
                continue
        # "le PDG d'Amazon, Andy Jassy", "le patron de Xbox Phil Spencer": the body ends just before the person.
        org = next((o for o in reversed(bodies) if o.end <= person.start and person.start - o.end <= 3
                    and re.fullmatch(rf"{S}*,?{S}*", text[o.end : person.start])), None)
        if org is not None:
            before = before_re.search(text, max(0, org.start - 120), org.start)
            if before:
                add(person, before, org.id)
                continue
        # "les cogérants de Michelin, Florent Menegaux et Yves Chapot": the next of a list shares a plural title
        previous = found[-1] if found else None
        listed = next((p for p in reversed(people) if p.end <= person.start), None)
        if previous is not None and listed is not None and previous.person == listed.id \
                and re.fullmatch(rf"{S}*(?:,|et){S}*", text[listed.end : person.start]) \
                and re.search(r"s$", previous.title, re.IGNORECASE) and previous.title.lower() not in _title_regex()[1]:
            found.append(RoleStatement(person.id, previous.title, previous.title_normalized, previous.organization,
                                       previous.former, person.start))
            continue
        poss_before = possessive_before_re.search(text, max(0, person.start - 80), person.start)
        if poss_before:  # "Sa présidente Valérie Pécresse": of the body named last, a company or not
            add(person, poss_before, possessor(poss_before.start()))
            continue
        # "Chez Boeing, le directeur général David Calhoun", "le PDG du groupe, Patrick Pouyanné",
        # "le nouveau directeur opérationnel, Ashwani Gupta": the body named earlier in the sentence, else
        # the article's company.
        titled = titled_before_re.search(text, max(0, person.start - 120), person.start)
        if titled:  # "l'analyste Dan Ives, de Wedbush Securities": the body right after the name, if any
            follows = next((o for o in orgs if o.start >= person.end), None)
            if follows is not None and re.fullmatch(rf"{S}*,?{S}*{_FIRM_OF}{S}*",
                                                    text[person.end : follows.start]):
                add(person, titled, follows.id)
                continue
            begins = sentence_start(sentences, sentence_starts, titled.start())
            earlier = [o for o in orgs if begins <= o.start and o.end <= titled.start()]
            add(person, titled, earlier[-1].id if earlier else topic)
            continue
        # "…, estime Dan Ives, de Wedbush Securities.": a firm in apposition says where one works, with no title
        affiliated = _AFFILIATION.match(text, person.end)
        body = next((o for o in orgs if affiliated and o.start == affiliated.end() and o.label == "COMPANY"), None)
        if body is not None and re.match(rf"{S}*(?:[.,;:!?)]|$)", text[body.end : body.end + 3]):
            found.append(RoleStatement(person.id, "", "other", body.id, at=person.start))
    # "X, …, prendra la direction générale de la start-up": the post taken
    for person in people:
        takes = _TAKES_POST.match(text, person.end)
        if takes and topic is not None and not any(person.end < p.start < takes.end() for p in people):
            named = org_after(takes.end(), or_topic=False)
            title = "CEO" if takes["post"].lower().startswith("direction") else "chair" if takes["board"] else "president"
            found.append(RoleStatement(person.id, takes["post"], title, named or topic, takes["leaves"] is not None,
                                       takes.start("post")))
    # "Ursula Wendt, associée chez Wyvern, qui rejoint le conseil d'administration de Vortigo": a director of the
    # company named after the board, else of the one "son" stands for, else of the article's; never of the firm
    # the apposition names (Wyvern)
    for person in people:
        joins = _JOINS_BOARD.match(text, person.end)
        if joins and not quoted(person.start) and not any(person.end < p.start < joins.end() for p in people):
            board = possessor(person.start) if joins["own"] else org_after(joins.end())
            if board is not None and not any(o.id == board for o in orgs if person.end <= o.start < joins.end()):
                found.append(RoleStatement(person.id, joins["board"], "director", board, at=joins.start("board")))
    # "le départ de son directeur général, Serge Bellemare, … jusqu'à l'arrivée de son successeur, Karim Achour":
    # the successor takes the top post stated last before him (not an interim's)
    for person in people:
        if not _SUCCESSOR_BEFORE.search(text, max(0, person.start - 50), person.start):
            continue
        held = max((r for r in found if r.person != person.id and 0 <= r.at < person.start and r.organization
                    and r.title_normalized in _TOP_POSTS and not r.title.lower().startswith("l'intérim")),
                   key=lambda r: r.at, default=None)
        if held is not None:
            found.append(RoleStatement(person.id, held.title, held.title_normalized, held.organization, at=person.start))

    # "Elle succède à Bernard Lestrade", "…comme directeur financier, en remplacement de Catherine Dufay": the one
    # replaced held the post said last before, and holds it no more
    for person in people:
        if not _SUCCEEDED.search(text, max(0, person.start - 30), person.start) \
                or any(r.person == person.id and r.former for r in found):
            continue
        held = max((r for r in found if r.person != person.id and 0 <= person.start - r.at <= 300 and r.organization
                    and not r.former and r.title_normalized not in ("founder", "cofounder")),
                   key=lambda r: r.at, default=None)
        if held is not None:
            found.append(RoleStatement(person.id, held.title, held.title_normalized, held.organization, True,
                                       person.start, implied=True))
    # "six ans chez Criteo, où elle a dirigé les opérations", "Passée par Orange, où elle était vice-présidente…":
    # a post the person held there (the one named in the sentence, before, else after, the clause)
    for org in orgs:
        held = _HELD_THERE.match(text, org.end)
        if not held or quoted(org.start):
            continue
        index = bisect_right(sentence_starts, org.start) - 1
        sentence = sentences[index] if index >= 0 else None
        begins, ends = (sentence.start, sentence.end) if sentence is not None else (0, len(text))
        # (after the clause, the name that opens the main clause: not "…, il succède à Nadia Sorel")
        person = next((p for p in reversed(people) if begins <= p.start and p.end <= org.start), None) or next(
            (p for p in people if held.end() <= p.start < ends and re.fullmatch(rf"[^,.;:!?]*,{S}*",
                                                                              text[held.end() : p.start])), None) \
            or next((p for p in reversed(people) if p.end <= begins and org.start - p.end <= PRONOUN_ROLE_REACH), None)
        # (else the sentence's subject is "Elle", "Cette ingénieure": the person named last before it)
        if person is None:
            continue
        verb = held["verb"].lower()
        titles = _titles_in(held["titles"])[:1] if held["titles"] else [
            (held["verb"], "head" if "dirig" in verb or "pilot" in verb else "president")]
        for written, normalized in titles:
            found.append(RoleStatement(person.id, written, normalized, org.id, True, at=held.start("verb")))
    # "fondée par Clémence Arnoult et Yanis Ferrand, ancien ingénieur de STMicroelectronics aujourd'hui directeur
    # technique, Orvane…": the post now held is at the company the person founded
    for person in people:
        now = _NOW_POST.match(text, person.end)
        founded = now and next((r.organization for r in found if r.person == person.id and r.organization
                                and r.title_normalized in ("founder", "cofounder")), None)
        if founded:
            for written, normalized in _titles_in(now["post"])[:1]:
                found.append(RoleStatement(person.id, written, normalized, founded, at=now.start("post")))
    for person in people:
        keeps = _KEEPS_CHAIR.match(text, person.end)
        if keeps and topic is not None:
            own = next((r.organization for r in found if r.person == person.id and r.organization and not r.former
                        and label_of.get(r.organization) == "COMPANY"), topic)
            found.append(RoleStatement(person.id, "présidence", "chair" if keeps["board"] else "president", own,
                                       at=keeps.start()))
    # a role said of a pronoun: the article's main person when named not long before ("Il a passé le relais à
    # son dauphin, Hiroto Saikawa… En tant que PDG de Nissan, il…" is still Carlos Ghosn), else the person
    # named last before it
    people_starts = [p.start for p in people]
    counts: dict[str, int] = {}
    for p in people:
        counts[p.id] = counts.get(p.id, 0) + 1
    protagonist = max(counts, key=lambda i: counts[i]) if counts else None
    for m in patterns.pronoun.finditer(text):
        earlier = [p for p in people[: bisect_right(people_starts, m.start())]
                   if p.end <= m.start() and m.start() - p.end <= 4 * PRONOUN_ROLE_REACH]
        main = next((p for p in earlier if p.id == protagonist and counts[p.id] > 1), None)
        near = [p for p in earlier if m.start() - p.end <= PRONOUN_ROLE_REACH]
        before = main or (near[-1] if near else None)
        if before is None:
            continue
        group = "titles" if m["titles"] else "titles2"
        org = org_after(m.start("of"), or_topic=False) if m["titles"] else org_after(m.end(group), or_topic=False)
        if org is None:
            continue  # no body named: no guess for a pronoun
        former = bool(_FORMER.search(text, max(0, m.start(group) - 12), m.start(group)))
        for written, normalized in _titles_in(m[group]):
            found.append(RoleStatement(before.id, written, normalized, org, former, m.start(group)))
    # "A et B, analystes pour Bloomberg Intelligence": a plural title after a list is each one's
    by_person = {r.person: r for r in found}
    for first, second in zip(people, people[1:]):
        role = by_person.get(second.id)
        if role is not None and first.id not in by_person and role.title.lower().endswith("s") \
                and role.at > second.end and re.fullmatch(rf"{S}*(?:,|et){S}*", text[first.end : second.start]):
            found.append(RoleStatement(first.id, role.title, role.title_normalized, role.organization, role.former,
                                       first.start))
    # "X, qui avait fondé l'entreprise avec Y": a cofounder, not also its founder
    cofounders = {(r.person, r.organization) for r in found if r.title_normalized == "cofounder"}
    return list(dict.fromkeys(r for r in found if r.title_normalized != "founder"
                              or (r.person, r.organization) not in cofounders))
