"""`technews_retyper`: the statistical model's PER / ORG / LOC / MISC as entity candidates (kind "model"),
trimmed, grown and re-typed (COMPANY or ORGANIZATION, a product only when it reads as a brand, a lone
surname kept only if it joins a full name), in `doc.spans["technews_model"]`.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components.entity_rules import MODEL, MODEL_LABELS, WEAK, Candidate, NameRules, write_candidates

MODEL_KEY = "technews_model"
# A model code of letters and digits after a name: "le Dock T4", "le ZenCore R2"
_LETTER_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}[a-z]?")
ARTICLES = ("le", "la", "les", "l'", "l’")


class ModelRetyper(NameRules):
    def __init__(self, nlp: Language, name: str, *, gazetteer_key: str, spans_key: str) -> None:
        super().__init__(nlp)
        self.name = name
        self.gazetteer_key = gazetteer_key
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        found = self._model(doc)
        write_candidates(doc, self.spans_key, found, ["model"] * len(found))
        return doc

    def _model(self, doc: Doc) -> list[Candidate]:
        found = []
        known = {i for s in doc.spans.get(self.gazetteer_key, []) for i in range(s.start, s.end)}  # once per doc
        product_starts = {s.start for s in doc.spans.get(self.gazetteer_key, []) if s.label_ == "PRODUCT"}
        for ent in doc.ents:
            start, end = self._trim(doc, ent.start, ent.end)
            if start >= end:
                continue
            span = doc[start:end]
            text = span.text
            if text.lower() in self.not_entities or not any(c.isalpha() for c in text) or text.islower():
                continue
            if len(text) == 1 and start and (doc[start - 1].text.endswith("°") or doc[start - 1].like_num):
                continue  # a unit: "150 °C", "-40 °F"
            if span[-1].lower_ in self.measure_units and len(span) > 1 and all(t.like_num for t in span[:-1]):
                continue  # a measure: "90 W", "512 Go"
            label = MODEL_LABELS.get(ent.label_)
            priority = MODEL
            if label != "PERSON" and start in known:
                # "a indiqué à La Tribune Hélène Sarrazin": a known name the model ran into a person's name
                split = start
                while split < end and split in known:
                    split += 1
                rest = doc[split:end]
                if 2 <= len(rest) <= 3 and rest[0].lower_ in self.first_name_parts and self._looks_like_person(rest):
                    found.append(Candidate(split, end, "PERSON", priority=priority))
                    continue
            if label == "PERSON":
                start, end = self._extend_person(doc, start, end, known)  # "Anne-Sophie", "de Lacharrière"
                cut = self._cut_at_organization(doc, start, end, known)  # "Dan Ives de Wedbush Securities"
                if cut < end and doc[end - 1].lower_ in self.company_suffixes and not any(
                        t.i in known for t in doc[cut + 1 : end]):
                    found.append(Candidate(cut + 1, end, "COMPANY", priority=priority))  # the firm it ran on into
                end = cut
                span = doc[start:end]
                if any(t.lower_ in self.company_suffixes for t in span):
                    label = "COMPANY"  # "Stelia Aerospace", "Bettencourt Schueller Foundation"
                elif any(t.lower_ in self.not_person_words for t in span) or not self._looks_like_person(span):
                    continue  # "Tiercé Magazine", "Joe Rogan Experience", "taxe GAFA"
                elif len(span) == 1:
                    priority = WEAK  # kept only if it is the surname of a full name in the article
            elif label == "COMPANY" and span[0].lower_ in self.market_place_heads and len(span) > 2 \
                    and span[1].lower_ in ("de", "du", "des", "d'", "d’"):
                label = "LOCATION"  # "la Bourse de Paris", "la Bourse de New York": where shares trade
            elif label == "COMPANY":
                if end - start == 1 and span[0].is_upper and start and start not in known and doc[start - 1].is_lower \
                        and doc[start - 1].pos_ == "NOUN" and doc[start - 1].lower_ not in self.company_nouns \
                        and doc[start - 1].lower_ not in self.acronym_name_nouns:
                    # "cellules NMC", "autonomie WLTP", "microservices NIM": an acronym qualifying a noun (not "la
                    # chaîne CNBC", "le syndicat CGT", "le sénateur LR": a noun a name follows)
                    continue
                if end + 1 < len(doc) and doc[end].text == "&" and doc[end + 1].is_title and start not in known:
                    end += 2  # "Veyrac & Associés", "Procter & Gamble"
                    span, text = doc[start:end], doc[start:end].text
                if span[0].lower_ in self.person_titles or self._after_title(doc, start):
                    # "la ministre de la Culture Rachida Dati", "le ministre des Transports Paul Martin": the
                    # portfolio and the minister in one span; the title itself is no body
                    named = self._trailing_name(doc, start, end)
                    if named is not None:
                        found.append(Candidate(*named, "PERSON", priority=priority))
                    if span[0].is_lower or named is not None:
                        continue
                if span[0].lower_ in self.organization_heads or any(
                        t.lower_ in self.organization_words for t in span):
                    label = "ORGANIZATION"  # "Université de Nantes", "New York University", "Oxfam Foundation"
                    if span[0].text[:1].isupper() and span[0].lower_ in self.organization_heads:
                        end = self._extend_organization(doc, end)  # "Conseil français | du culte musulman"
                elif len(span) == 1 and self._is_common_word(span[0]):
                    continue
            elif label == "PRODUCT":
                of = next((t.i for t in span[1:-1] if t.lower_ in ("de", "d'", "d’")), None)
                if of is not None and any(c.isdigit() for c in doc[start:of].text) and doc[of + 1].is_title:
                    # "le Nordix 7 d'Ostrale": the model ran a product and its maker into one name
                    found.append(Candidate(of + 1, end, "COMPANY", priority=priority))
                    end = of
                    span, text = doc[start:end], doc[start:end].text
                if not any(c.isdigit() for c in text) and end < len(doc) and self._is_version(doc[end]) \
                        and any(c.isdigit() for c in doc[end].text) and any(c.isalpha() for c in doc[end].text):
                    # "les Yoga Slim | 7x Gen 11": the model stopped before the model code (a bare number may be a
                    # count or a price: "Aldrane 210 salariés")
                    end = self._extend_product(doc, end)
                    span, text = doc[start:end], doc[start:end].text
                if not any(c.isdigit() for c in text) and not self._looks_like_product(span):
                    continue  # MISC is also events, laws, nationalities: keep only product-looking names
            elif label is None:
                continue
            if len(span) == 1 and span[0].is_sent_start and self._is_common_word(span[0]):
                continue
            if label in ("LOCATION", "PRODUCT") and len(span) > 1 and span[-1].lower_ in self.company_suffixes \
                    and span[0].lower_ not in self.organization_heads and not any(t.lower_ in ARTICLES for t in span):
                label = "COMPANY"  # "Sidobre Ventures", "Nacréon Interactive": no place, no product (but not the
                # "Confédération des Petites et Moyennes Entreprises", nor the district "Paris La Défense")
            if label in ("COMPANY", "LOCATION") and len(span) > 1 and self._is_version(span[-1]) \
                    and any(c.isdigit() for c in span[-1].text) \
                    and (any(self._is_unknown_word(t) or not t.is_alpha for t in span[:-1])
                         or _LETTER_CODE.fullmatch(span[-1].text)) \
                    and text.lower() not in self.not_entities:
                # "les graveurs NX-Etch 300", "le ZenCore R2", "KY-N5-2510": a name of unknown words or a code, and its model
                # number, or any name and a letter code ("le Dock T4"); not "France 2", "Ligue 1", nor the index "SBF 120"
                label = "PRODUCT"
            if label == "COMPANY" and start in product_starts and len(span) > 1:
                label = "PRODUCT"  # "Galaxy AI", "Xbox Cloud": a known product's name goes on, whatever its last word
            if label != "PERSON" and text.endswith("+") and len(text) > 2:
                label = "PRODUCT"  # "l'offre Orvane+", "Luna+": a subscription
            found.append(Candidate(start, end, label, priority=priority))
        return found


    def _after_title(self, doc: Doc, start: int) -> bool:
        """A person's title and its "de" just before: "ministre des | Transports…", "secrétaire d'État au | …"."""
        words = [t.lower_ for t in doc[max(0, start - 4) : start]]
        return any(w in self.person_titles for w in words) and bool(words) and words[-1] in (
            "de", "du", "des", "d'", "d’", "la", "l'", "l’", "au", "aux")

    def _trailing_name(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """The person's name that ends a span: its last two capitalised words, three with a particle ("Bruno
        Le Maire"), when a word is left before them."""
        size = 3 if end - start >= 4 and doc[end - 2].lower_ in self.particles else 2
        name = doc[end - size : end]
        if end - start <= size or name[0].lower_ in self.particles or not name[0].is_alpha \
                or not self._looks_like_person(name) or any(self._is_common_word(t) for t in name
                                                            if t.lower_ not in self.particles) \
                or any(t.lower_ in self.organization_words or t.lower_ in self.organization_heads for t in name):
            return None  # "des Finances", "Sanger Institute", "de la Santé": no person there
        return end - size, end


@Language.factory("technews_retyper", default_config={"gazetteer_key": "technews_gazetteer", "spans_key": MODEL_KEY})
def make_retyper(nlp: Language, name: str, *, gazetteer_key: str, spans_key: str) -> ModelRetyper:
    return ModelRetyper(nlp, name, gazetteer_key=gazetteer_key, spans_key=spans_key)
