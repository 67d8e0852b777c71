"""`technews_known`: the gazetteer's names as entity candidates (kind "known"), in `doc.spans["technews_known"]`.

A known company followed by one of its products is that product ("Amazon Kindle Scribe"), by a product word a
product named after it ("Amazon Music"), by a unit word a unit of its own ("Citi Ventures", "Google France");
a product family grows over its model number ("iPhone" 16 Pro). A one-word name of an ambiguous entity
("Orange", "Mistral") counts only with support beside it (a cue, the model, a model number, a peer name).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.components.cues import CUES_KEY
from extractor.components.entity_rules import (
    GAZETTEER, NAME_TOKEN, Candidate, NameRules, read_candidates, slugify, write_candidates)

KNOWN_KEY = "technews_known"


class _Support:
    """What `_supports` looks up, indexed once per doc so that each look-up is constant time."""

    def __init__(self, doc: Doc, gazetteer: list[Span], cues: list[Candidate]) -> None:
        self.ent_of = {t.i: ent for ent in doc.ents for t in ent}
        self.multiword_ids = {span.id_ for span in gazetteer if len(span) > 1}
        self.by_end: dict[int, list[Span]] = {}
        self.by_start: dict[int, list[Span]] = {}
        for span in gazetteer:
            self.by_end.setdefault(span.end, []).append(span)
            self.by_start.setdefault(span.start, []).append(span)
        self._cues_by_token: dict[int, list[Candidate]] = {}
        for cue in cues:
            for i in range(cue.start, cue.end):
                self._cues_by_token.setdefault(i, []).append(cue)

    def peers_near(self, span: Span, reach: int = 3) -> list[Span]:
        """Gazetteer spans ending at most `reach` tokens before `span` or starting at most `reach` after it."""
        near = [s for end in range(span.start - reach, span.start + 1) for s in self.by_end.get(end, [])]
        return near + [s for start in range(span.end, span.end + reach + 1) for s in self.by_start.get(start, [])]

    def ids_near(self, span: Span, reach: int = 20) -> set[str]:
        """The ids of the gazetteer names starting at most `reach` tokens before or after `span`."""
        return {s.id_ for start in range(span.start - reach, span.end + reach + 1) for s in self.by_start.get(start, [])}

    def cues_at(self, token: int) -> list[Candidate]:
        return self._cues_by_token.get(token, [])

    def starts_known(self, token: int) -> bool:
        """A gazetteer name starts at this token."""
        return token in self.by_start

    def product_at(self, token: int, facts: dict) -> Span | None:
        """The gazetteer product name starting at this token, if any."""
        return next((s for s in self.by_start.get(token, []) if s.id_ in facts and facts[s.id_].type == "PRODUCT"),
                    None)


class KnownNames(NameRules):
    def __init__(self, nlp: Language, name: str, *, gazetteer_key: str, cues_key: str, spans_key: str) -> None:
        super().__init__(nlp)
        self.name = name
        self.gazetteer_key = gazetteer_key
        self.cues_key = cues_key
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        cues = [c for kind, c in read_candidates(doc, self.cues_key) if kind == "cue"]
        found = self._gazetteer(doc, cues)
        write_candidates(doc, self.spans_key, found, ["known"] * len(found))
        return doc

    def _gazetteer(self, doc: Doc, cues: list[Candidate]) -> list[Candidate]:
        found = []
        support = _Support(doc, doc.spans.get(self.gazetteer_key, []), cues)
        for span in doc.spans.get(self.gazetteer_key, []):
            fact = self.facts.get(span.id_)
            # Only a one-word name of an ambiguous entity needs support: "Mistral", not "Mistral AI".
            if fact is None or (fact.ambiguous and len(span) == 1 and not self._supports(doc, span, support)):
                continue
            end = span.end
            family = fact
            product = support.product_at(span.end, self.facts) if fact.type == "COMPANY" else None
            if product is not None:  # "Amazon Kindle Scribe", "Samsung Galaxy Tab": the maker, then its product
                family, end = self.facts[product.id_], product.end
            elif fact.type in ("COMPANY", "PRODUCT") and end < len(doc) and doc[end].text[:1].isupper() and (
                    doc[end].lower_ in self.company_product_words
                    or fact.type == "COMPANY" and len(doc[end]) > 1 and doc[end].lower_ in self.product_suffixes):
                end += 1  # "Amazon Music", "YouTube Gaming", "Lenovo Tab" M11: a product named after its maker
            elif fact.type == "ORGANIZATION" and _glued_name_after(doc, span.end):
                # "CEA-Liten", "CEA-Leti": a unit of its own, named with a hyphen after its body (companies so
                # joined are two: "Renault-Nissan", or one spelled otherwise: "BNP-Paribas")
                text = doc[span.start : span.end + 2].text
                found.append(Candidate(span.start, span.end + 2, fact.type, slugify(text), fact.id, GAZETTEER))
                continue
            elif fact.type == "COMPANY":
                unit_end = self._company_unit(doc, span, support)
                if unit_end > span.end:  # "Citi Ventures", "Crédit Agricole Normandie": a unit of the group
                    text = doc[span.start : unit_end].text
                    found.append(Candidate(span.start, unit_end, "COMPANY", slugify(text), fact.id, GAZETTEER))
                    continue
                end = self._product_named_after(doc, span.end, support)
            if family.type == "PRODUCT" or end > span.end:
                end = self._extend_product(doc, end, support)
            if end > span.end:  # "iPhone" + "16 Pro": a model of a known product family
                text = doc[span.start : end].text
                found.append(Candidate(span.start, end, "PRODUCT", slugify(text), family.id, GAZETTEER))
            else:
                found.append(Candidate(span.start, span.end, fact.type, fact.id, fact.id, GAZETTEER))
        return found

    def _company_unit(self, doc: Doc, span: Span, support: "_Support") -> int:
        """End of a group's unit named after it: a unit word ("Citi Ventures", "Google Cloud"), one or two words
        before one ("LVMH Luxury Ventures"), or a place
        the model reads as such ("Google France", "Crédit Agricole Normandie"); `span.end` when none."""
        end = span.end
        if end >= len(doc) or not doc[end].text[:1].isupper() or support.starts_known(end):
            return end
        if doc[end].lower_ in self.company_unit_words:  # "Axa Venture Partners", "Amazon France Logistique"
            second = end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].is_alpha \
                and not support.starts_known(end + 1) and doc[end + 1].ent_type_ != "PER"
            return end + 2 if second else end + 1
        for last in range(end + 1, min(end + 3, len(doc))):  # "LVMH Luxury Ventures": words, then a company word
            if doc[last].lower_ in self.company_suffixes:  # (not a unit word: "Salesforce Commerce Cloud")
                return last + 1
            if not (doc[last].is_title and doc[last].is_alpha) or support.starts_known(last):
                break
        ent = support.ent_of.get(span.start)
        if ent is not None and ent.label_ == "ORG" and ent.start == span.start and ent.end > span.end \
                and all(t.text[:1].isupper() or t.text == "-" for t in doc[span.end : ent.end]):
            return ent.end  # the model reads "Crédit Agricole Normandie" as one name
        if doc[end].ent_type_ == "LOC":
            while end < len(doc) and doc[end].ent_type_ == "LOC" and (doc[end].ent_iob_ == "I" or end == span.end):
                end += 1
        return end

    def _product_named_after(self, doc: Doc, end: int, support: "_Support") -> int:
        """End of a product named after its maker: capitalised words right after a company's name ("Salesforce"
        Field Service, "SAP" SuccessFactors, "Ericsson" Private 5G), at most three, none a company suffix (then
        the words name a company: "LVMH" Luxury Ventures), a place, a first name or the start of another known
        name, the first not a unit word, and no event's name ("Microsoft Experience"); `end` when none. (A name the
        model reads as one organisation is a unit of the group: `_company_unit`, tried first.)"""
        start, words = end, 0
        while end < len(doc) and (words < 3 or not doc[end - 1].whitespace_):  # "5G" is one word, two tokens
            token = doc[end]
            words += bool(doc[end - 1].whitespace_)
            name = NAME_TOKEN.match(token.text) or token.is_digit and end > start  # a number only after a word
            if token.lower_ in self.company_suffixes and end > start:
                return start  # "LVMH Luxury Ventures", "Google Cloud Partners": a company of the group, no product
            if not name or support.starts_known(end) or token.lower_ in self.company_suffixes \
                    or token.lower_ in self.function_words or token.lower_ in self.first_name_parts \
                    or token.ent_type_ == "LOC" or token.ent_iob_ == "B" and token.ent_type_ == "PER" \
                    or token.text[:1].islower():
                break
            if token.lower_ in self.event_words:
                return start  # "Microsoft Experience", "Google News Initiative": an event or a programme
            if token.lower_ in self.company_unit_words:  # "Google Cloud" is a unit; "Salesforce Commerce Cloud" a
                return end + 1 if end > start else start  # product whose name ends with the word
            end += 1
        return end

    def _supports(self, doc: Doc, span: Span, support: "_Support") -> bool:
        """An ambiguous name ('Orange', 'Claude', 'Mistral') counts only with evidence beside it."""
        fact = self.facts[span.id_]
        if fact.type == "PRODUCT" and self.grows_to_model(doc, span.end, support):
            return True  # "Kimi K2", "Claude 3", "Galaxy Z Flip6": a model number makes a product name of an ambiguous word
        maker = self.facts.get(fact.maker) if fact.type == "PRODUCT" and fact.maker else None
        if maker is not None and {maker.id, maker.parent} & support.ids_near(span) \
                and not (span.end < len(doc) and NAME_TOKEN.match(doc[span.end].text)) \
                and not (span.start and NAME_TOKEN.match(doc[span.start - 1].text)):
            # "Microsoft, qui a greffé Copilot à Dynamics 365": its maker named near, the name standing alone (not
            # "MacBook Air M3 d'Apple")
            return True
        ent = support.ent_of.get(span.start)  # entities do not overlap: only this one can match or hold it
        if ent is not None:
            if (ent.start, ent.end) == (span.start, span.end) and ent.label_ in ("ORG", "MISC"):
                return True
            if ent.start <= span.start and span.end <= ent.end and len(ent) > len(span):
                return False  # "Claude Bébéar": part of a longer name
        if span.end < len(doc) and NAME_TOKEN.match(doc[span.end].text) and doc[span.end].pos_ == "PROPN":
            return False
        if span.id_ in support.multiword_ids:  # "Mistral AI" said elsewhere
            return True
        token = doc[span.start]  # "Orange investit…", "Orange va racheter…": the subject of a business verb
        if token.dep_ in ("nsubj", "nsubj:pass") and fact.type == "COMPANY" \
                and self._has_business_verb(token):
            return True
        # "LVMH, Kering et Hermès": listed with its peers, at most three tokens away
        for other in support.peers_near(span):
            peer = self.facts.get(other.id_)
            if peer is None or peer.ambiguous or peer.type != fact.type:
                continue
            gap = doc[other.end : span.start] if other.end <= span.start else doc[span.end : other.start]
            if len(gap) <= 3 and all(t.text in (",", "et", "ou") for t in gap):
                return True
        return any(c.start <= span.start and span.end <= c.end for c in support.cues_at(span.start))  # "le modèle Claude"



def _glued_name_after(doc: Doc, end: int) -> bool:
    """A hyphen and a capitalised word glued after a name: "CEA-Liten"."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha


@Language.factory("technews_known",
                  default_config={"gazetteer_key": "technews_gazetteer", "cues_key": CUES_KEY, "spans_key": KNOWN_KEY})
def make_known(nlp: Language, name: str, *, gazetteer_key: str, cues_key: str, spans_key: str) -> KnownNames:
    return KnownNames(nlp, name, gazetteer_key=gazetteer_key, cues_key=cues_key, spans_key=spans_key)
