"""What the entity components share: the candidate a piece of evidence proposes, its priority, and the
token-level rules about names (trimming, growing, what reads as a person, a product or a common word).

The entity components run in this order, each writing a span group:
1. `technews_cues` (`cues.py`): French context cues, data in `resources/patterns/cues_*.jsonl` ("la
   start-up X", "les puces X", "X, filiale de…"), business subjects, public bodies, compound first names
   and product model-number shapes;
2. `technews_known` (`known_names.py`): the gazetteer's names (`technews_gazetteer`), grown into products
   and units ("Amazon Kindle Scribe", "Citi Ventures"), an ambiguous one only with support;
3. `technews_retyper` (`retyper.py`): the statistical model's PER / ORG / LOC / MISC, filtered and re-typed;
4. `technews_resolver` and `technews_entities` (`entities.py`): one span per token by an explicit
   priority list, then entity ids and short forms.
Each span's evidence kind and priority travel in its group's `attrs`, so the groups survive `Doc.to_bytes`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractor.components._spans import annotated
from extractor.lang_fr import MONTHS, WEEKDAYS
from extractor.resources import entity_facts, word_list

MODEL_LABELS = {"PER": "PERSON", "ORG": "COMPANY", "LOC": "LOCATION", "MISC": "PRODUCT"}

# Priorities of evidence: higher wins an overlap.
GAZETTEER, CUE, MODEL, SHAPE, WEAK = 4, 3, 2, 1, 0

PRODUCT_SHAPE = re.compile(
    r"^(?:[A-Z][a-z]+[A-Z]?[a-z]*\d+[a-z]?"  # Trainium3, Graviton4
    r"|[A-Z]{2,}-\d+(?:\.\d+)?[a-z]*"  # GPT-4o, GPT-4.5
    r"|[A-Z]\d{2,4}[A-Za-z]?)$"  # H100, B200
)
NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w&.+'’-]*|[a-z]{1,2}[A-Z][\w-]*|\d+[A-Za-z][\w-]*)$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
# 16, 2500, S10, G4, 2.5, 70B (a model's size), 9950X3D; never a score's 0
PRODUCT_VERSION = re.compile(r"^(?:(?!0$)\d{1,4}[a-z]?|[A-Z]{1,3}\d{1,4}[a-z]?|\d{1,2}\.\d|\d{1,3}B|\d{4}[A-Z][A-Z0-9]{1,3}"
                             r"|\d{3,5}[A-Z]{1,2}"  # … "NVL72", "285H", "14900K"
                             r"|\d{1,2}G"  # a network's generation, a link's speed: "Sovelia 5G", "Fibre Pro 8G"
                             r"|[A-Z]\|[A-Z])$")  # a pair of models: Xbox Series "X|S"
YEAR = re.compile(r"^(?:19|20)\d\d$")
# A network's generation or a link's speed ("5G", "8G"): one token (`pipeline.add_components`), a model code
NETWORK_GENERATION = re.compile(r"^\d{1,2}G$")
# Words after a number that make it a quantity, not a model number: "Vercorys 140 millions", "Nvidia 3 %"
QUANTITY_WORDS = frozenset({"%", "€", "$", "£", "¥", "millions", "million", "milliards", "milliard", "mds", "md", "m",
                            "euros", "dollars", "ans", "fois", "points", "pts"})
GLUED_MODEL = re.compile(r"^([A-Z][a-z]+)\d{1,2}$")
DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
# Cues whose "de" introduces the object of an event, not a place: "l'acquisition de Tiffany", "le lancement de Luna".
# Cues of a platform one posts on ("publié sur Twitter", "son compte LinkedIn"): there a company is a product
PLATFORM_CUES = frozenset({"platform_posted_on", "platform_account"})
TARGET_CUES = frozenset({"company_after_acquisition_word", "product_after_launch_word", "company_after_capital_of",
                         "company_after_title_of_second"})
# Cues a person's name fits too ("le français Thomas Pesquet", "Marco Arment, créateur de…", "le cofondateur de
# la messagerie, Pavel Dourov"): a name the model reads as a person stays one.
CUES_PEOPLE_FIT = frozenset({"company_after_nationality_adjective", "company_after_acquisition_word",
                             "company_apposition_after_name", "company_hyphenated_apposition_after_name",
                             "product_noun_comma_name", "product_after_launch_word",
                             "company_partner_after_agreement", "company_partner_after_deal_verb"})
# "la série B", "un tour de série C", "le groupe D" of a tournament: a letter after these words is no name.
ROUND_WORDS = frozenset({"série", "séries", "serie", "series", "tour", "groupe", "poule", "catégorie", "classe",
                         "option", "plan", "type", "division"})
# A photo credit or byline line: capitalised names, a slash, an agency ("JOEL SAGET / AFP").
CREDIT_LINE = re.compile(r"^[^\S\n]*(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*[^\S\n]+)*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*[^\S\n]*/[^\n]*$",
                         re.MULTILINE)
DEMONYM = re.compile(r"^[A-ZÉ][a-zà-ÿ]+(?:ais|aise|ois|oise|ain|aine|ien|ienne|éen|éenne)e?s?$")


@dataclass
class Candidate:
    start: int  # token indices
    end: int
    label: str
    id: str | None = None
    kb_id: str | None = None
    priority: int = MODEL

    def overlaps(self, other: "Candidate") -> bool:
        return self.start < other.end and other.start < self.end


def write_candidates(doc: Doc, key: str, candidates: list[Candidate], kinds: list[str]) -> None:
    """Store candidates in `doc.spans[key]`, their priority and evidence kind beside them in `attrs`."""
    doc.spans[key] = [Span(doc, c.start, c.end, label=c.label, kb_id=c.kb_id or "", span_id=c.id or "")
                      for c in candidates]
    doc.spans[key].attrs["priorities"] = [c.priority for c in candidates]
    doc.spans[key].attrs["kinds"] = kinds


def read_candidates(doc: Doc, key: str) -> list[tuple[str, Candidate]]:
    """(evidence kind, candidate) of each span of `doc.spans[key]`, in the order they were written."""
    if key not in doc.spans:
        return []
    group = doc.spans[key]
    return [(kind, Candidate(span.start, span.end, span.label_, span.id_ or None, span.kb_id_ or None, priority))
            for span, priority, kind in zip(group, group.attrs["priorities"], group.attrs["kinds"])]


def slugify(text: str) -> str:
    """'Mistral AI' -> 'mistral_ai', 'Orvane+' -> 'orvane_plus'; accents dropped, elided article removed."""
    text = re.sub(r"^(?:[ldLD]|qu|QU)['’]", "", text.strip()).replace("+", " plus")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "entity"


class NameRules:
    """The word lists and token rules the entity components share."""

    def __init__(self, nlp: Language) -> None:
        self.facts = entity_facts()
        self.function_words = word_list("function_words")
        self.first_name_parts = word_list("first_name_parts")
        self.unit_nouns = word_list("unit_nouns")  # "sa filiale X": a part of a group, a company of its own
        self.not_entities = word_list("not_entities")
        self.organization_heads = word_list("organization_heads")
        self.market_place_heads = word_list("market_place_heads")  # "la Bourse de Paris": a place, no company
        self.organization_words = word_list("organization_words")
        self.particles = word_list("person_particles")
        self.product_suffixes = {w for w in word_list("product_suffixes")}
        self.lower_case_variants = word_list("lower_case_variants")  # "GPT-5 mini": a suffix in lower case
        self.product_nouns = word_list("product_nouns")  # "les puces", "trois agents": kinds of product
        self.company_verb_stems = tuple(word_list("company_verb_stems"))
        self.company_suffixes = word_list("company_suffixes")
        self.company_product_words = word_list("company_product_words")
        self.company_unit_words = word_list("company_unit_words")
        self.event_words = word_list("event_words")  # "Microsoft Experience": an event named after a company
        # generic nouns a name may follow, by their first word, longest first
        self.descriptor_heads: dict[str, list[tuple[str, ...]]] = {}
        for head in sorted(word_list("descriptor_heads"), key=len, reverse=True):
            words = tuple(head.lower().split())
            self.descriptor_heads.setdefault(words[0], []).append(words)
        self.not_person_words = word_list("not_person_words")
        self.person_titles = word_list("person_titles")
        self.leader_words = word_list("leader_words")
        self.measure_units = word_list("measure_units")  # "90 W", "512 Go": a measure the model may take for a name
        self.numbered_non_products = word_list("numbered_non_products")  # "Ligue 1", "licence Apache 2.0"
        self.count_nouns = word_list("count_nouns")  # "12 salariés": a count
        self.company_nouns = word_list("company_nouns")
        # nouns an acronym names after them: a medium, a body, a person's party ("le sénateur LR")
        self.acronym_name_nouns = word_list("acronym_name_nouns") | self.person_titles | word_list("person_descriptions")

    def _extend_product(self, doc: Doc, end: int, support=None) -> int:
        """Grow a product name over a model number and suffixes: 'iPhone' 16 Pro Max, 'Exynos' 2500,
        'Galaxy' Tab S10, 'Radeon' RX 9070 XT, 'Snapdragon W5'+ Gen 1, 'Llama' 4 Maverick. A word that starts
        another known name (`support.starts_known`) ends it, unless it is a model code ('MacBook Air' M3)."""
        while end < len(doc) and end - 1 >= 0:
            token = doc[end]
            if support is not None and support.starts_known(end) and not self._is_version(token):
                break
            suffix = token.lower_ in self.product_suffixes and (  # the lists are lower-cased
                token.text[:1].isupper() or token.lower_ in self.lower_case_variants and doc[end - 1].text[-1:].isdigit())
            numbered = self._is_version(token) and not self._is_glued_model(doc[end - 1]) \
                and doc[end - 1].lower_ not in self.numbered_non_products  # not "Buds3" 179 euros, "Apache" 2.0
            if suffix or numbered or self._is_glued_model(token) or token.text == "+" and not doc[end - 1].whitespace_:
                end += 1
            elif token.is_upper and token.is_alpha and 2 <= len(token) <= 3 and end + 1 < len(doc) \
                    and self._is_version(doc[end + 1]):
                end += 2  # a series before its number: "RX 9070", "RTX 5070"
            elif self._is_version(doc[end - 1]) and self._is_tier_name(doc, end):
                end += 1  # a model's own name after its number: "Llama 4" Maverick, "Claude 3" Opus
            else:
                break
        return end

    @staticmethod
    def _is_unknown_word(token: Token) -> bool:
        """A word the model has no vector for ("Thermis", "NX-Etch"; not "France", "Ligue", "Watch")."""
        return not token.vocab.has_vector(token.lower_)  # no new lexeme in the vocab

    def _is_tier_name(self, doc: Doc, i: int) -> bool:
        """One capitalised word standing alone (no name runs on after it), not opening a person's or a place's
        name (the model may read the whole product as one)."""
        token = doc[i]
        return token.is_title and token.is_alpha and len(token) > 2 and not token.is_sent_start \
            and not (token.ent_iob_ == "B" and token.ent_type_ in ("PER", "LOC")) \
            and token.lower_ not in self.function_words \
            and not (i + 1 < len(doc) and NAME_TOKEN.match(doc[i + 1].text))

    def _is_glued_model(self, token: Token) -> bool:
        """A product line's word with its number glued on: 'Galaxy Z' Flip6, 'Galaxy' Watch7, Buds3."""
        glued = GLUED_MODEL.match(token.text)
        return glued is not None and glued.group(1).lower() in self.product_suffixes

    def grows_to_model(self, doc: Doc, end: int, support=None) -> bool:
        """A family's name runs on to a model number: "Galaxy" S25, "Galaxy" Z Flip6, "Claude" 3 Opus."""
        grown = self._extend_product(doc, end, support)
        return any(self._is_version(t) or self._is_glued_model(t) for t in doc[end:grown])

    def model_number_at(self, doc: Doc, i: int) -> bool:
        """`doc[i]` is a model number or code, not a quantity ("Optis 900", "Radix R70"; not "140 millions",
        "3 %", "12 salariés", nor a network's "5G")."""
        if i >= len(doc):
            return False
        number, after = doc[i], doc[i + 1] if i + 1 < len(doc) else None
        return self._is_version(number) and not NETWORK_GENERATION.match(number.text) and not (
            after is not None and (after.like_num or after.lower_ in QUANTITY_WORDS or after.lower_ in self.measure_units
                                   or after.lower_ in self.count_nouns
                                   or after.is_lower and after.pos_ == "NOUN" and after.lower_[-1:] in "sx"))

    @staticmethod
    def _is_version(token: Token) -> bool:
        return PRODUCT_VERSION.match(token.text) is not None and not YEAR.match(token.text)

    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        while start < end and (doc[start].lower_ in self.function_words or doc[start].is_punct):
            if self._is_name_article(doc, start, end):
                break  # "Le Monde", "La Tribune": a capitalised article inside a sentence is part of the name
            start += 1
        start = self._without_descriptor(doc, start, end)
        if end - start > 1 and NETWORK_GENERATION.match(doc[start].text) and doc[start + 1].is_title:
            start += 1  # "le forfait 5G Sovelia Mobile": the network it runs on, then the name
        # "Band 5 : prix, date de sortie", "Ashen Crown 2 [title] | La Bourse de Paris": a name stops at a colon
        # and at a line break
        end = next((i for i in range(start, end) if doc[i].text == ":" or "\n" in doc[i].text), end)
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in self.function_words
                               or doc[end - 1].lower_ in DATE_WORDS
                               or (doc[end - 1].is_lower and doc[end - 1].pos_ in ("VERB", "AUX"))):
            end -= 1  # "Bourse mardi", "Oxfam alerte": a date word or a verb after a name is not part of it
        return start, end

    def _without_descriptor(self, doc: Doc, start: int, end: int) -> int:
        """Start of a name after the generic noun a span may begin with: "l'ONG Oxfam", "l'agence de presse
        Jiji" (`descriptor_heads`); never "Radio France", whose capitalised noun is part of the name."""
        for head in self.descriptor_heads.get(doc[start].lower_, ()) if start < end else ():
            size = len(head)
            if end - start > size and [t.lower_ for t in doc[start : start + size]] == list(head) \
                    and (doc[start].is_lower or doc[start].text.isupper()) and doc[start + size].text[:1].isupper():
                return start + size
        return start

    def _extend_person(self, doc: Doc, start: int, end: int, known: set[int]) -> tuple[int, int]:
        """The model often cuts names the tokenizer split: "Anne | - | Sophie Keller", "Ocasio | - | Cortez",
        "Marc Ladreit | de Lacharrière" (a particle and an unknown capitalised word)."""
        def glued_hyphen(i: int) -> bool:  # doc[i] is a "-" with no space on either side
            return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ \
                and not doc[i].whitespace_

        while start >= 2 and glued_hyphen(start - 1) and doc[start - 2].text[:1].isupper():
            start -= 2
        while end + 1 < len(doc) and glued_hyphen(end) and doc[end + 1].text[:1].isupper():
            end += 2
        if end + 1 < len(doc) and doc[end].lower_ in ("de", "d'", "d’", "du", "von", "van", "di", "da", "del") \
                and doc[end + 1].text[:1].isupper() and not doc[end + 1].has_vector and end + 1 not in known \
                and (end + 2 >= len(doc) or not doc[end + 2].text[:1].isupper()):
            end += 2
        return start, end

    def _extend_organization(self, doc: Doc, end: int, limit: int = 8) -> int:
        """Grow the name of a body over its lower-case complements, which the model often leaves out:
        "Union des blessés de la face | et de la tête", "Tribunal de commerce | de Paris"."""
        if not annotated(doc, "POS"):
            return end
        best, i = end, end
        while i < len(doc) and i - end < limit:
            token = doc[i]
            if token.pos_ in ("NOUN", "ADJ", "PROPN") and not token.is_sent_start:
                best = i + 1
            elif not (token.pos_ in ("ADP", "DET") or token.lower_ == "et"):
                break
            i += 1
        return best

    def _cut_at_organization(self, doc: Doc, start: int, end: int, known: set[int]) -> int:
        """End of a person name that the model ran on into "de <organisation>": the organisation is a known
        name or ends with a company word (Securities, Capital…)."""
        for i in range(start + 1, end - 1):
            if doc[i].lower_ in ("de", "d'", "d’", "du", "chez"):
                rest = doc[i + 1 : end]
                if any(t.i in known for t in rest) or any(t.lower_ in self.company_suffixes for t in rest):
                    return i
        return end

    def _is_place_after_de(self, doc: Doc, start: int) -> bool:
        """"la société de Redmond": after "de", a place the model tags LOC, or a one-word name the model's
        vocabulary knows (Redmond, Californie); invented firm names have no vector and known ones are in
        the gazetteer."""
        before = start - 1
        if before > 0 and doc[before].lower_ in ("la", "l'", "l’", "les"):
            before -= 1  # "de la Corée du Nord"
        if before < 0 or doc[before].lower_ not in ("de", "d'", "d’", "du", "des"):
            return False
        if before > 0 and (doc[before - 1].lower_ in self.person_titles or doc[before - 1].lower_ in self.leader_words):
            return False  # "le PDG de Renault": after a title comes the organisation
        if doc[start].ent_type_ == "LOC":
            return True
        token = doc[start]
        return token.has_vector and (start + 1 == len(doc) or not doc[start + 1].text[:1].isupper())

    @staticmethod
    def _is_name_article(doc: Doc, start: int, end: int) -> bool:
        token = doc[start]
        return (token.text in ("Le", "La", "Les") and not token.is_sent_start and start + 1 < end
                and doc[start + 1].text[:1].isupper())

    def _looks_like_product(self, span: Span) -> bool:
        """A MISC name that reads as a brand: capitalised proper nouns, no demonym, no all-caps acronym."""
        words = [t for t in span if not t.is_punct]
        if not words or any(t.pos_ not in ("PROPN", "X", "NUM") for t in words):
            return False
        if len(words) == 1 and (words[0].is_upper or DEMONYM.match(words[0].text)):
            return False  # "RGPD", "DMA" (laws), "Français", "Américains"
        return all(t.text[:1].isupper() or t.text[:1].isdigit() for t in words)

    def _looks_like_person(self, span: Span) -> bool:
        words = [t for t in span if t.lower_ not in self.particles and t.text != "-"]
        return bool(words) and all(t.text[:1].isupper() and not any(c.isdigit() for c in t.text) for t in words) \
            and not all(t.is_upper and len(t) > 1 for t in words)

    def _has_business_verb(self, subject: Token) -> bool:
        """The verb `subject` is the subject of says what companies do: "Veltis lève…", and through a verb
        that governs it, "Veltis va collaborer…", "Orange doit racheter…"."""
        verb = subject.head
        return any(v.lower_.startswith(self.company_verb_stems)
                   for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp")))

    def _is_common_word(self, token: Token) -> bool:
        """A capitalised ordinary word ('Perspectives', 'Selon'), not a name."""
        lower = token.lower_
        if lower in self.function_words or token.is_stop:
            return True
        return token.pos_ not in ("PROPN", "X", "") and token.vocab.has_vector(lower)
