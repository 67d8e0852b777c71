"""`technews_entities`: one typed span per entity mention, with the id of the entity it denotes.

Evidence, strongest first:
1. the gazetteer (`technews_gazetteer` spans, canonical ids; ambiguous names need support),
2. French context cues ("la start-up X", "les puces X", "X, filiale de…"), as token patterns in
   `resources/patterns/cues_*.jsonl`,
3. the statistical model's PER / ORG / LOC / MISC, filtered and re-typed,
4. product model-number shapes ("Trainium3", "GPT-4o", "H100").
Then mentions are linked inside the article: surnames join the full name seen before ("Jassy" ->
"Andy Jassy"), short names join the long one ("Veltis" -> "Veltis Robotics"), acronyms in parentheses
join the name they follow. The result goes to `doc.spans[spans_key]` with labels COMPANY, PERSON,
PRODUCT, ORGANIZATION, LOCATION; `Span.id_` is the entity id, `Span.kb_id_` the gazetteer id it comes
from (if any). No records are built here (see `extractor.assemble`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from extractor.lang_fr import MONTHS, WEEKDAYS
from extractor.resources import cue_patterns, entity_facts, word_list

ENTITIES_KEY = "technews_entities"
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
PRODUCT_VERSION = re.compile(r"^(?:(?!0$)\d{1,4}[a-z]?|[A-Z]{1,2}\d{1,4}[a-z]?|\d{1,2}\.\d)$")  # 16, 2500, S10, G4; never a score's 0
YEAR = re.compile(r"^(?:19|20)\d\d$")
DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
# Cues whose "de" introduces the object of an event, not a place: "l'acquisition de Tiffany".
TARGET_CUES = frozenset({"company_after_acquisition_word"})
NATIONALITY_CUES = frozenset({"company_after_nationality_adjective", "company_after_acquisition_word"})
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

    def cues_at(self, token: int) -> list[Candidate]:
        return self._cues_by_token.get(token, [])

    def starts_known(self, token: int) -> bool:
        """A gazetteer name starts at this token."""
        return token in self.by_start

    def product_at(self, token: int, facts: dict) -> Span | None:
        """The gazetteer product name starting at this token, if any."""
        return next((s for s in self.by_start.get(token, []) if s.id_ in facts and facts[s.id_].type == "PRODUCT"),
                    None)


def slugify(text: str) -> str:
    """'Mistral AI' -> 'mistral_ai'; accents dropped, elided article removed."""
    text = re.sub(r"^(?:[ldLD]|qu|QU)['’]", "", text.strip())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "entity"


def _uses_pos(pattern: list[dict]) -> bool:
    return any("POS" in token or "TAG" in token or "MORPH" in token for token in pattern)


class EntityResolver:
    def __init__(self, nlp: Language, name: str, *, gazetteer_key: str, spans_key: str) -> None:
        self.name = name
        self.gazetteer_key = gazetteer_key
        self.spans_key = spans_key
        self.facts = entity_facts()
        self.function_words = word_list("function_words")
        self.not_entities = word_list("not_entities")
        self.organization_heads = word_list("organization_heads")
        self.organization_words = word_list("organization_words")
        self.particles = word_list("person_particles")
        self.product_suffixes = {w for w in word_list("product_suffixes")}
        self.company_verb_stems = tuple(word_list("company_verb_stems"))
        self.company_suffixes = word_list("company_suffixes")
        self.company_product_words = word_list("company_product_words")
        self.company_unit_words = word_list("company_unit_words")
        self.descriptor_heads = [tuple(h.split()) for h in sorted(word_list("descriptor_heads"), key=len, reverse=True)]
        self.not_person_words = word_list("not_person_words")
        self.person_titles = word_list("person_titles")
        self.leader_words = word_list("leader_words")
        self.first_name_parts = word_list("first_name_parts")
        # Hashes of lower-cased words, to scan `doc.to_array("LOWER")` without building Token objects.
        self.first_name_hashes = {nlp.vocab.strings.add(w) for w in self.first_name_parts}
        # public bodies named "<head> de <Name>" in lower case ("le tribunal de commerce de Paris")
        self.body_head_hashes = {nlp.vocab.strings.add(w) for w in word_list("body_heads")}
        # (matcher, name at its end?, needs part-of-speech tags?): POS patterns are skipped on docs without
        # tags (a blank pipeline) instead of failing.
        self.cue_matchers: list[tuple[Matcher, bool, bool]] = []
        self.cue_labels: dict[str, str] = {}
        for file, from_end in (("cues_before", True), ("cues_after", False)):
            rows = cue_patterns(file)
            for needs_pos in (False, True):
                matcher = Matcher(nlp.vocab)
                for row in rows:
                    if _uses_pos(row["pattern"]) == needs_pos:
                        matcher.add(row["id"], [row["pattern"]], greedy="LONGEST")
                        self.cue_labels[row["id"]] = row["label"]
                if len(matcher):
                    self.cue_matchers.append((matcher, from_end, needs_pos))

    # ------------------------------------------------------------------------------------ evidence
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
            elif fact.type in ("COMPANY", "PRODUCT") and end < len(doc) and doc[end].text[:1].isupper() \
                    and doc[end].lower_ in self.company_product_words:
                end += 1  # "Amazon Music", "YouTube Gaming": a product named after its maker
            elif fact.type == "COMPANY":
                unit_end = self._company_unit(doc, span, support)
                if unit_end > span.end:  # "Citi Ventures", "Crédit Agricole Normandie": a unit of the group
                    text = doc[span.start : unit_end].text
                    found.append(Candidate(span.start, unit_end, "COMPANY", slugify(text), fact.id, GAZETTEER))
                    continue
            if family.type == "PRODUCT" or end > span.end:
                end = self._extend_product(doc, end, support)
            if end > span.end:  # "iPhone" + "16 Pro": a model of a known product family
                text = doc[span.start : end].text
                found.append(Candidate(span.start, end, "PRODUCT", slugify(text), family.id, GAZETTEER))
            else:
                found.append(Candidate(span.start, span.end, fact.type, fact.id, fact.id, GAZETTEER))
        return found

    def _company_unit(self, doc: Doc, span: Span, support: "_Support") -> int:
        """End of a group's unit named after it: a unit word ("Citi Ventures", "Google Cloud") or a place
        the model reads as such ("Google France", "Crédit Agricole Normandie"); `span.end` when none."""
        end = span.end
        if end >= len(doc) or not doc[end].text[:1].isupper() or support.starts_known(end):
            return end
        if doc[end].lower_ in self.company_unit_words:  # "Axa Venture Partners": a run of two at most
            second = end + 1 < len(doc) and doc[end + 1].text[:1].isupper() \
                and doc[end + 1].lower_ in self.company_unit_words
            return end + 2 if second else end + 1
        ent = support.ent_of.get(span.start)
        if ent is not None and ent.label_ == "ORG" and ent.start == span.start and ent.end > span.end \
                and all(t.text[:1].isupper() or t.text == "-" for t in doc[span.end : ent.end]):
            return ent.end  # the model reads "Crédit Agricole Normandie" as one name
        if doc[end].ent_type_ == "LOC":
            while end < len(doc) and doc[end].ent_type_ == "LOC" and (doc[end].ent_iob_ == "I" or end == span.end):
                end += 1
        return end

    def _supports(self, doc: Doc, span: Span, support: "_Support") -> bool:
        """An ambiguous name ('Orange', 'Claude', 'Mistral') counts only with evidence beside it."""
        if span.end < len(doc) and self.facts[span.id_].type == "PRODUCT" and PRODUCT_VERSION.match(doc[span.end].text) \
                and not YEAR.match(doc[span.end].text):
            return True  # "Kimi K2", "Claude 3": a model number makes a product name of an ambiguous word
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
        token = doc[span.start]  # "Orange investit…": the subject of a business verb is a company
        if token.dep_ in ("nsubj", "nsubj:pass") and token.head.lower_.startswith(self.company_verb_stems) \
                and self.facts[span.id_].type == "COMPANY":
            return True
        # "LVMH, Kering et Hermès": listed with its peers, at most three tokens away
        for other in support.peers_near(span):
            fact = self.facts.get(other.id_)
            if fact is None or fact.ambiguous or fact.type != self.facts[span.id_].type:
                continue
            gap = doc[other.end : span.start] if other.end <= span.start else doc[span.end : other.start]
            if len(gap) <= 3 and all(t.text in (",", "et", "ou") for t in gap):
                return True
        return any(c.start <= span.start and span.end <= c.end for c in support.cues_at(span.start))  # "le modèle Claude"

    def _cues(self, doc: Doc) -> list[Candidate]:
        found = []
        tagged = doc.has_annotation("POS")
        for matcher, from_end, needs_pos in self.cue_matchers:
            if needs_pos and not tagged:
                continue
            for match_id, start, end in matcher(doc):
                run = self._name_run(doc, start, end, from_end=from_end)
                cue = doc.vocab.strings[match_id]
                if run and from_end and cue not in TARGET_CUES and self._is_place_after_de(doc, run[0]):
                    continue  # "le géant de Redmond", "le groupe de Seattle": a place, not a name
                if run and cue in NATIONALITY_CUES and run[1] - run[0] > 1 and doc[run[0]].ent_type_ == "PER":
                    continue  # "le français Thomas Pesquet" is a person
                if run:
                    found.append(Candidate(run[0], run[1], self.cue_labels[cue], priority=CUE))
        return found

    def _name_run(self, doc: Doc, start: int, end: int, *, from_end: bool) -> tuple[int, int] | None:
        """The run of name tokens at the end (or start) of a cue match, without leading function words."""
        if from_end:
            i = end
            while i > start and NAME_TOKEN.match(doc[i - 1].text):
                i -= 1
            run_start, run_end = i, end
        else:
            i = start
            while i < end and NAME_TOKEN.match(doc[i].text):
                i += 1
            run_start, run_end = start, i
        while run_start < run_end and (doc[run_start].lower_ in self.function_words
                                       or doc[run_start].is_sent_start and self._is_common_word(doc[run_start])):
            run_start += 1
        if run_start >= run_end or doc[run_start:run_end].text.lower() in self.not_entities:
            return None
        return run_start, run_end

    def _model(self, doc: Doc) -> list[Candidate]:
        found = []
        known = {i for s in doc.spans.get(self.gazetteer_key, []) for i in range(s.start, s.end)}  # once per doc
        for ent in doc.ents:
            start, end = self._trim(doc, ent.start, ent.end)
            if start >= end:
                continue
            span = doc[start:end]
            text = span.text
            if text.lower() in self.not_entities or not any(c.isalpha() for c in text) or text.islower():
                continue
            label = MODEL_LABELS.get(ent.label_)
            priority = MODEL
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
            elif label == "COMPANY":
                if span[0].is_lower and span[0].lower_ in self.person_titles:
                    continue  # "le ministre de l'Intérieur" is a person's title, not a body
                if span[0].lower_ in self.organization_heads or any(
                        t.lower_ in self.organization_words for t in span):
                    label = "ORGANIZATION"  # "Université de Nantes", "New York University", "Oxfam Foundation"
                    if span[0].text[:1].isupper() and span[0].lower_ in self.organization_heads:
                        end = self._extend_organization(doc, end)  # "Conseil français | du culte musulman"
                elif len(span) == 1 and self._is_common_word(span[0]):
                    continue
            elif label == "PRODUCT":
                if not any(c.isdigit() for c in text) and not self._looks_like_product(span):
                    continue  # MISC is also events, laws, nationalities: keep only product-looking names
            elif label is None:
                continue
            if len(span) == 1 and span[0].is_sent_start and self._is_common_word(span[0]):
                continue
            found.append(Candidate(start, end, label, priority=priority))
        return found

    def _business_subjects(self, doc: Doc) -> list[Candidate]:
        """'Veltis lève 85 millions', 'Siliane compte 160 salariés': an unknown proper noun acting as the
        subject of a business verb is a company. Words the model knows (places: 'Paris', 'la France')
        and names it reads as people are left alone."""
        if not doc.has_annotation("DEP"):
            return []
        ents = {t.i: ent for ent in doc.ents for t in ent}
        surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PER" and len(ent) > 1}
        found = []
        for token in doc:
            if token.dep_ not in ("nsubj", "nsubj:pass") or token.pos_ != "PROPN" or token.has_vector:
                continue
            if not token.head.lower_.startswith(self.company_verb_stems):
                continue
            ent = ents.get(token.i)
            if ent is not None and ent.label_ == "PER" and (len(ent) > 1 or token.text in surnames):
                continue  # "Jensen Huang annonce", "Huang annonce"
            start, end = (ent.start, ent.end) if ent is not None else (token.i, token.i + 1)
            start, end = self._trim(doc, start, end)
            if start < end and not self._is_common_word(doc[start]):
                found.append(Candidate(start, end, "COMPANY", priority=CUE))
        return found

    def _bodies(self, doc: Doc) -> list[Candidate]:
        """"le tribunal de commerce de Paris", "la mairie de Paris", "l'université de Californie du Sud": a
        public body named by its head noun and a proper name, even in lower case."""
        if not doc.has_annotation("POS"):
            return []
        found = []
        for i in (i for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower in self.body_head_hashes):
            token = doc[i]
            if token.i == 0 or doc[token.i - 1].lower_ not in ("le", "la", "l'", "l’"):
                continue
            end = self._extend_organization(doc, token.i + 1)
            capitals = [t.i for t in doc[token.i + 1 : end] if t.text[:1].isupper()]
            if capitals:  # ends at its proper name (and the adjectives right after it)
                end = capitals[-1] + 1
                while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower:
                    end += 1
                found.append(Candidate(token.i, end, "ORGANIZATION", priority=CUE))
        return found

    def _compound_first_names(self, doc: Doc) -> list[Candidate]:
        """"Jacques-Henri Eyraud": a French compound first name (split by the tokenizer) and a capitalised
        surname make a person, even where the model saw nothing."""
        found = []
        lowers = doc.to_array("LOWER").tolist()  # one array read instead of a Token object per position
        for i in (i for i in range(len(doc) - 3) if lowers[i] in self.first_name_hashes):
            token, hyphen, second, surname = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
            if (token.lower_ in self.first_name_parts and hyphen.text == "-" and not token.whitespace_
                    and not hyphen.whitespace_ and second.text[:1].isupper() and surname.text[:1].isupper()
                    and surname.is_alpha and not surname.is_sent_start):
                end = token.i + 4
                while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and end - token.i < 6:
                    end += 1
                found.append(Candidate(token.i, end, "PERSON", priority=MODEL))
        return found

    def _shapes(self, doc: Doc) -> list[Candidate]:
        found = []
        for token in doc:
            if PRODUCT_SHAPE.match(token.text) and token.text.lower() not in self.not_entities:
                end = self._extend_product(doc, token.i + 1)
                found.append(Candidate(token.i, end, "PRODUCT", priority=SHAPE))
        return found

    def _extend_product(self, doc: Doc, end: int, support: "_Support | None" = None) -> int:
        """Grow a product name over a model number and suffixes: 'iPhone' 16 Pro Max, 'Exynos' 2500,
        'Galaxy' Tab S10. A word that starts another known name ends it."""
        while end < len(doc) and end - 1 >= 0:
            token = doc[end]
            if support is not None and support.starts_known(end):
                break
            suffix = token.text[:1].isupper() and token.lower_ in self.product_suffixes  # the lists are lower-cased
            if suffix or (PRODUCT_VERSION.match(token.text) and not YEAR.match(token.text)):
                end += 1
            else:
                break
        return end

    # ---------------------------------------------------------------------------------- filtering
    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        while start < end and (doc[start].lower_ in self.function_words or doc[start].is_punct):
            if self._is_name_article(doc, start, end):
                break  # "Le Monde", "La Tribune": a capitalised article inside a sentence is part of the name
            start += 1
        start = self._without_descriptor(doc, start, end)
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in self.function_words
                               or doc[end - 1].lower_ in DATE_WORDS
                               or (doc[end - 1].is_lower and doc[end - 1].pos_ in ("VERB", "AUX"))):
            end -= 1  # "Bourse mardi", "Oxfam alerte": a date word or a verb after a name is not part of it
        return start, end

    def _without_descriptor(self, doc: Doc, start: int, end: int) -> int:
        """Start of a name after the generic noun a span may begin with: "l'ONG Oxfam", "l'agence de presse
        Jiji" (`descriptor_heads`); never "Radio France", whose capitalised noun is part of the name."""
        for head in self.descriptor_heads:
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
        if not doc.has_annotation("POS"):
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

    def _is_common_word(self, token: Token) -> bool:
        """A capitalised ordinary word ('Perspectives', 'Selon'), not a name."""
        lower = token.lower_
        if lower in self.function_words or token.is_stop:
            return True
        return token.pos_ not in ("PROPN", "X", "") and token.vocab[lower].has_vector

    # -------------------------------------------------------------------------------- resolution
    def _is_noise(self, doc: Doc, cand: Candidate, text: str) -> bool:
        """What no evidence makes a name: a demonym ("les Chinois"), a letter ("série B", "le groupe D"), a
        name in a photo credit ("JOEL SAGET / AFP") other than its agency."""
        first = doc[cand.start]
        if cand.priority == GAZETTEER:
            return False
        if cand.end - cand.start == 1 and cand.label != "PERSON" and DEMONYM.match(first.text) and (
                first.text.endswith("s") or cand.start > 0 and doc[cand.start - 1].lower_ in ("les", "des", "aux")):
            return True
        if cand.end - cand.start == 1 and len(first.text) == 1 and cand.start > 0 \
                and doc[cand.start - 1].lower_ in ROUND_WORDS:
            return True
        if cand.end - cand.start == 2 and first.lower_ in ROUND_WORDS and len(doc[cand.start + 1].text) == 1:
            return True  # the model's "Groupe D"
        line_start = text.rfind("\n", 0, first.idx) + 1
        line_end = text.find("\n", first.idx)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        return "/" in line and bool(CREDIT_LINE.match(line)) and first.idx < line_start + line.index("/")

    @staticmethod
    def _resolve(candidates: list[Candidate]) -> list[Candidate]:
        """Strongest evidence first, then the longest span, then the earliest: a candidate is kept when none
        of its tokens is taken (linear in tokens, as spaCy's `filter_spans`)."""
        chosen: list[Candidate] = []
        taken: set[int] = set()
        for cand in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
            if not any(i in taken for i in range(cand.start, cand.end)):
                chosen.append(cand)
                taken.update(range(cand.start, cand.end))
        return sorted(chosen, key=lambda c: c.start)

    def _link(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """Give every mention its entity id; surnames, short names and acronyms join their full name."""
        for cand in chosen:
            if cand.id is None:
                cand.id = slugify(doc[cand.start : cand.end].text)
        short_forms: dict[str, Candidate] = {}
        # A one-word name with its own strong evidence ("la start-up Mévora") keeps its identity: it does
        # not become the short form of a longer name ("Mévora Care", its app).
        for cand in chosen:
            if cand.priority >= CUE and cand.end - cand.start == 1:
                short_forms.setdefault(doc[cand.start].text, cand)
        # a place is no short name: "France" is not "France Bleu", "Paris" not "Paris Saint-Germain"
        places = {t.text for t in doc if t.ent_type_ == "LOC"} | {doc[c.start : c.end].text for c in chosen
                                                                   if c.label == "LOCATION"}
        for cand in chosen:
            span = doc[cand.start : cand.end]
            if len(span) < 2:
                continue
            if cand.label == "PERSON":
                short_forms.setdefault(span[-1].text, cand)
            elif cand.label in ("COMPANY", "ORGANIZATION") and cand.kb_id is None:
                head = span[0]
                if len(head) > 2 and not self._is_common_word(head) and head.text[:1].isupper() \
                        and head.text not in places:
                    short_forms.setdefault(head.text, cand)
            following = doc[cand.end : cand.end + 3]
            if len(following) == 3 and following[0].text == "(" and following[2].text == ")" \
                    and ACRONYM.match(following[1].text):
                short_forms.setdefault(following[1].text, cand)
        linked = [cand for cand in chosen if cand.priority != WEAK]
        taken = {i for c in linked for i in range(c.start, c.end)}
        weak = {i for c in chosen if c.priority == WEAK for i in range(c.start, c.end)}
        at_token = {i: c for c in linked for i in range(c.start, c.end)}
        for token in doc:
            full = short_forms.get(token.text)
            if full is None or (full.start <= token.i < full.end):
                continue
            existing = at_token.get(token.i)
            if existing is not None:
                # A place stays a place ("Lille" is not the short form of "Lille Métropole"), but a surname the
                # model took for a place joins its person ("Jassy" after "Andy Jassy").
                if existing.end - existing.start == 1 and existing.priority <= MODEL and (
                        existing.label != "LOCATION" or full.label == "PERSON"):
                    existing.label, existing.id, existing.kb_id = full.label, full.id, full.kb_id
                continue
            if token.i in taken and token.i not in weak:
                continue
            linked.append(Candidate(token.i, token.i + 1, full.label, full.id, full.kb_id, MODEL))
        return sorted(linked, key=lambda c: c.start)

    def __call__(self, doc: Doc) -> Doc:
        cues = self._cues(doc)
        candidates = (self._gazetteer(doc, cues) + cues + self._business_subjects(doc) + self._model(doc)
                      + self._bodies(doc) + self._compound_first_names(doc) + self._shapes(doc))
        text = doc.text  # built from the tokens on each access: read it once
        for c in candidates:
            c.start = self._without_descriptor(doc, c.start, c.end)
        chosen = [c for c in self._link(doc, self._resolve(candidates)) if not self._is_noise(doc, c, text)]
        doc.spans[self.spans_key] = [
            Span(doc, c.start, c.end, label=c.label, kb_id=c.kb_id or "", span_id=c.id or "") for c in chosen
        ]
        return doc


@Language.factory(
    "technews_entities",
    default_config={"gazetteer_key": "technews_gazetteer", "spans_key": ENTITIES_KEY},
)
def make_entities(nlp: Language, name: str, *, gazetteer_key: str, spans_key: str) -> EntityResolver:
    return EntityResolver(nlp, name, gazetteer_key=gazetteer_key, spans_key=spans_key)
