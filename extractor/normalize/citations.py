"""Mentions that only cite where the news comes from: "selon Le Figaro", "a indiqué un porte-parole à
l'AFP", "(AFP)", a photo credit "JOEL SAGET / AFP", a byline on a line of its own. Pure functions.

An entity all of whose mentions are citations is a source of the article, not an actor in it.

>>> text = "Spotify rachète Anchor, selon le Wall Street Journal."
>>> is_citation(text, text.index("Wall"), len(text) - 1)
True
>>> is_citation(text, 0, 7)
False
>>> text = "Le dîner a coûté 11 000 euros, rapporte franceinfo."
>>> is_citation(text, text.index("franceinfo"), len(text) - 1)
True
"""
from __future__ import annotations

import re

from extractor.normalize.regex import APOSTROPHE, SPACE

S, AP = SPACE, APOSTROPHE
_ARTICLE = rf"(?:(?:la|le|les|du|des|de{S}+la){S}+|l{AP}|de{S}+l{AP})?"
# "selon X", "d'après X", "cité par X", "a indiqué à X", "a-t-il confié au X"; "une source de X", never "le modèle
# open source de X".
_CITED_BEFORE = re.compile(
    rf"(?:(?<![\w])(?:selon|d{AP}après|citant|(?:cité|rapporté|révélé|relayé|interrogé|contacté|joint|consulté)"
    rf"(?:e|s|es)?{S}+par|(?<!open{S})(?<!open-)(?<!code{S})sources?{S}+(?:de|du|des|proches?{S}+d[eu]))"
    rf"|(?<![\w])(?:indiqué|déclaré|confié|précisé|affirmé|expliqué|dit|raconté|assuré|souligné|ajouté|annoncé|"
    rf"indique|déclare|confie|précise|affirme|explique|raconte|assure|souligne|ajoute)(?:-t-(?:il|elle|on|ils))?"
    rf"(?:{S}+[^\W\d][\w-]*){{0,3}}{S}+(?:à|au|aux))"
    rf"{S}+{_ARTICLE}$",
    re.IGNORECASE,
)
# "…, rapporte franceinfo.", "…, écrit le Wall Street Journal": a medium named after its reporting verb, last
# in its sentence
_REPORTED_BY = re.compile(rf"(?<![\w])(?:rapporte|rapportait|rapportent|écrit|écrivait|révèle|révélait|relate|relatait)"
                          rf"{S}+{_ARTICLE}$", re.IGNORECASE)
_SENTENCE_END = re.compile(rf"{S}*(?:[.;!?)]|$)")
_OPEN_BRACKET = re.compile(rf"\({S}*$")
# "PARIS (AFP) -", "… a-t-il ajouté. (Reuters)": a dateline or a closing credit, not "ESMC (European
# Semiconductor Manufacturing Company), qui…".
_CLOSE_BRACKET = re.compile(rf"{S}*\){S}*(?:[-–—]|\.?{S}*(?:\n|$))")
_CREDIT_SLASH = re.compile(rf"/{S}*$")


def is_citation(text: str, start: int, end: int) -> bool:
    """True when the mention text[start:end] only names a source: after "selon", "d'après", "cité par", a
    verb of saying with "à" ("a déclaré au Monde"), last in its sentence after a reporting verb ("…,
    rapporte franceinfo."), in the brackets of a dateline or a closing credit
    ("PARIS (AFP) -"), after a credit slash, or alone on its line (a byline)."""
    before = text[max(0, start - 80) : start]
    if _CITED_BEFORE.search(before) or _CREDIT_SLASH.search(before[-3:]):
        return True
    if _REPORTED_BY.search(before) and _SENTENCE_END.match(text, end):
        return True
    if _OPEN_BRACKET.search(before[-3:]) and _CLOSE_BRACKET.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip(" .\t\r")
