"""`technews_resolver` and `technews_entities`: one typed span per entity mention, with the id of the
entity it denotes.

The resolver reads the candidates of `technews_known`, `technews_cues` and `technews_retyper` in the order
of EVIDENCE_ORDER and keeps, token by token, the strongest (GAZETTEER > CUE > MODEL > SHAPE > WEAK), then
the longest, then the earliest (`filter_spans`' rule); then it drops what no evidence makes a name
(`_is_noise`). The linker, `technews_entities`, gives each mention its entity id and links inside the
article: surnames join the full name seen before ("Jassy" -> "Andy Jassy"), short names join the long one
("Veltis" -> "Veltis Robotics"), acronyms in parentheses join the name they follow. The result goes to
`doc.spans[spans_key]` with labels COMPANY, PERSON, PRODUCT, ORGANIZATION, LOCATION; `Span.id_` is the
entity id, `Span.kb_id_` the gazetteer id it comes from (if any). No records are built here (see
`extractor.assemble`).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.components._spans import text_of
from extractor.components.cues import CUES_KEY
from extractor.components.entity_rules import (
    ACRONYM, CREDIT_LINE, CUE, DEMONYM, GAZETTEER, MODEL, NAME_TOKEN, ROUND_WORDS, WEAK, Candidate, NameRules,
    read_candidates, slugify, write_candidates)
from extractor.components.known_names import KNOWN_KEY
from extractor.components.retyper import MODEL_KEY

ENTITIES_KEY = "technews_entities"
RESOLVED_KEY = "technews_resolved"
# (span group, evidence kinds read from it), in the order candidates are offered: among equal candidates
# (same priority, same span) the first offered wins.
EVIDENCE_ORDER = ((KNOWN_KEY, ("known",)), (CUES_KEY, ("cue", "platform", "subject")), (MODEL_KEY, ("model",)),
                  (CUES_KEY, ("body", "first_name", "shape")))


def _first_named_in_body(doc: Doc, chosen: list[Candidate]) -> dict[str, Candidate]:
    """The first name after the title line that each word starts: a headline often shortens a company's name
    ("Teravia relève ses objectifs" before "Teravia Paiements a publié…"). (The line break is found in the text,
    not one Token object per word: a text of one line may be long.)"""
    line_end = text_of(doc).find("\n")
    line_break = doc.char_span(line_end, line_end + 1, alignment_mode="expand") if line_end >= 0 else None
    body = line_break.start if line_break is not None else 0
    first: dict[str, Candidate] = {}
    for cand in sorted(chosen, key=lambda c: c.start):  # (chosen go by evidence, not by place)
        if cand.start >= body:
            first.setdefault(doc[cand.start].text, cand)
    return first


def _one_word_companies(doc: Doc, chosen: list[Candidate]) -> set[str]:
    """The one-word names the article calls a company somewhere ("Aldrane", "Kymaro")."""
    return {doc[c.start].text for c in chosen if c.end - c.start == 1 and c.label == "COMPANY"}


class EntityResolver(NameRules):
    def __init__(self, nlp: Language, name: str, *, spans_key: str) -> None:
        super().__init__(nlp)
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        read = [(kind, c) for key, kinds in EVIDENCE_ORDER for kind, c in read_candidates(doc, key) if kind in kinds]
        candidates = [c for _, c in read]
        for c in candidates:
            c.start = self._without_descriptor(doc, c.start, c.end)
        self._grow_known_products(doc, candidates)
        text = text_of(doc)
        chosen = [c for c in self._resolve(candidates) if not self._is_noise(doc, c, text)]
        self._repeat_whole_names(doc, chosen)
        chosen = self._join_maker_and_product(doc, chosen)
        chosen = self._makers_named_in_products(doc, chosen)
        self._name_products(doc, chosen)
        self._makers_after_products(doc, chosen)
        # a known company where one posts ("publié sur Twitter") is the platform there: a product, same entity
        platforms = {(c.start, c.end) for kind, c in read if kind == "platform"}
        for c in chosen:
            if c.label == "COMPANY" and (c.start, c.end) in platforms:
                c.label = "PRODUCT"
        write_candidates(doc, self.spans_key, chosen, ["resolved"] * len(chosen))
        return doc

    @staticmethod
    def _repeat_whole_names(doc: Doc, chosen: list[Candidate]) -> None:
        """"menée par Mercure Partners… Mercure Partners parie": where the text repeats a name of several words
        that the model cut short (to "Mercure", a place), the whole name, with its type, wins over the part."""
        whole: dict[str, list[Candidate]] = {}
        for c in chosen:
            if c.end - c.start > 1 and c.label in ("COMPANY", "ORGANIZATION", "PRODUCT"):
                whole.setdefault(doc[c.start].text, []).append(c)
        starts = sorted(c.start for c in chosen)
        for c in chosen:
            for name in whole.get(doc[c.start].text, ()):
                end = c.start + name.end - name.start
                following = bisect_right(starts, c.start)  # the next candidate's start, if any
                if c.end < end <= len(doc) and doc[c.start : end].text == doc[name.start : name.end].text \
                        and not (following < len(starts) and starts[following] < end):
                    c.end, c.label, c.id, c.kb_id = end, name.label, name.id, name.kb_id
                    break

    def _grow_known_products(self, doc: Doc, candidates: list[Candidate]) -> None:
        """A product name the model reads whole around a known product's, with only name words more, is the
        product ("ROG Xbox Ally X" around "Xbox", "Galaxy Tab S10 FE" around "Galaxy Tab"): it counts as known.
        Not so a known person's name run on ("le patron de Xbox Phil Spencer")."""
        known: dict[int, list[Candidate]] = {}  # by start: a name's tokens are looked up, not every known name
        for c in candidates:
            if c.priority == GAZETTEER:
                known.setdefault(c.start, []).append(c)
        for c in candidates:
            if c.priority != MODEL or c.label != "PRODUCT" or c.end - c.start < 2 or not all(
                    (NAME_TOKEN.match(t.text) or self._is_version(t)) and t.lower_ not in self.first_name_parts
                    for t in doc[c.start : c.end]):
                continue
            inside = [k for i in range(c.start, c.end) for k in known.get(i, ()) if k.end <= c.end]
            if len(inside) == 1 and inside[0].label == "PRODUCT" and (inside[0].start, inside[0].end) != (c.start, c.end):
                c.priority = GAZETTEER  # one known name in it, a product's

    def _names_a_line(self, doc: Doc, start: int, end: int) -> bool:
        """One capitalised word after a company's name that can only be a product line's ("Metal", "Split"):
        no unit or suffix of a company ("France", "Ventures"), no function word, not read as a person or place
        by the model ("Tim" Cook, "Paris")."""
        if end - start != 1:
            return False
        word = doc[start]
        return not (word.lower_ in self.function_words or word.lower_ in self.company_unit_words
                    or word.lower_ in self.company_suffixes or word.lower_ in self.unit_nouns
                    or word.ent_type_ in ("PER", "LOC"))

    def _is_noise(self, doc: Doc, cand: Candidate, text: str) -> bool:
        """What no evidence makes a name: a law ("Cloud Act"), a demonym ("les Chinois"), a letter ("série B", "le
        groupe D"), a name in a photo credit ("JOEL SAGET / AFP") other than its agency."""
        first = doc[cand.start]
        if cand.priority == GAZETTEER:
            return False
        if any(t.text == "Act" for t in doc[cand.start : cand.end]):
            return True  # a law ("Cloud Act", "Chips Act européen"), not a product or a company
        if re.fullmatch(r"\d+(?:er|re|e|ème)", first.text) and cand.end - cand.start == 1:
            return True  # "le 1er décembre": an ordinal
        if doc[cand.start : cand.end + 1].text.lower() in self.not_entities:
            return True  # the model's "SBF" of "SBF 120", an index
        if cand.end - cand.start == 1 and cand.label != "PERSON" and DEMONYM.match(first.text) and (
                first.text.endswith("s") or cand.start > 0 and doc[cand.start - 1].lower_ in ("les", "des", "aux")):
            return True
        if len(first.text) == 1 and cand.start > 0 and doc[cand.start - 1].lower_ in ROUND_WORDS:
            return True  # "série B", the model's "A de 11 millions d'euros" of "la série A de 11 millions"
        if cand.end - cand.start == 2 and first.lower_ in ROUND_WORDS and len(doc[cand.start + 1].text) == 1:
            return True  # the model's "Groupe D"
        line_start = text.rfind("\n", 0, first.idx) + 1
        line_end = text.find("\n", first.idx)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        return "/" in line and bool(CREDIT_LINE.match(line)) and first.idx < line_start + line.index("/")

    def _name_products(self, doc: Doc, chosen: list[Candidate]) -> None:
        """Names that read as products whatever the model said: a company's one-word name said before, then a
        word that is no unit of a company ("Aldrane Sense", "Kubeo Engine"; not "Kelvora Cloud", "Kelvora
        France"); a product name with its model number after it ("Garrigue" 2, "Sylex" 1200), even where the
        model saw an organisation ("NX-Etch" 300)."""
        # a one-word name the article calls a company somewhere, and where it is first named (as anything)
        companies = _one_word_companies(doc, chosen)
        first_named: dict[str, int] = {}  # alone, title included
        for cand in chosen:
            if cand.end - cand.start == 1 and doc[cand.start].text in companies:
                first_named.setdefault(doc[cand.start].text, cand.start)
        first_said = _first_named_in_body(doc, chosen)
        taken = {i for c in chosen for i in range(c.start, c.end)}
        for cand in chosen:
            if cand.priority == GAZETTEER:
                continue  # known names have grown already (`technews_known`)
            rest = doc[cand.start + 1 : cand.end]
            # the model's reading, or a cue's company ("Kubeo Engine, une plateforme") unless it says a unit
            # before or after it ("sa filiale Kubeo Health", "Calderis Sud, la filiale qui…")
            around = (*doc[max(0, cand.start - 3) : cand.start], *doc[cand.end : cand.end + 3])
            if cand.priority <= MODEL and len(rest) == 1 and doc[cand.start].text in companies \
                    and first_said.get(doc[cand.start].text) is cand \
                    and rest[0].is_title and rest[0].is_alpha and self._names_a_line(doc, cand.start + 1, cand.end):
                cand.label = "COMPANY"  # the body first names the company so: "Teravia Paiements a publié…"
            elif (cand.priority <= MODEL or cand.priority == CUE and cand.label == "COMPANY"
                    and not any(t.lower_ in self.unit_nouns for t in around)) \
                    and len(rest) and first_named.get(doc[cand.start].text, cand.start) < cand.start \
                    and all(t.text[:1].isupper() or t.text[:1].isdigit() for t in rest):
                unit = any(t.lower_ in self.company_unit_words or t.lower_ in self.company_suffixes for t in rest) or (
                    rest[0].ent_iob_ == "B" and rest[0].ent_type_ == "LOC")  # a place of its own: "Google France"
                cand.label = "COMPANY" if unit else "PRODUCT"
            if cand.priority <= MODEL and cand.end < len(doc) and self._is_version(doc[cand.end]) \
                    and doc[cand.end].is_digit and cand.label in ("COMPANY", "LOCATION"):
                cand.label = "PRODUCT"  # "les graveurs NX-Etch 300": a name with its model number is a product
            if cand.label == "PRODUCT":
                end = self._extend_product(doc, cand.end)
                after = doc[end] if end < len(doc) else None  # a count is no model number: "Garrigue 2 000 clients"
                if end > cand.end and not any(i in taken for i in range(cand.end, end)) and not (
                        after is not None and (after.is_digit or after.text == "%" or after.pos_ == "NOUN")):
                    cand.end = end
                    taken.update(range(cand.start, end))

    def _makers_named_in_products(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """"Isokai passe la seconde en France… ses Isokai K7 et K7 Pro": a word no model knows that starts the names
        of products with a model number, said alone as a subject (a verb right after it), is their maker."""
        heads = {doc[c.start].text for c in chosen if c.label == "PRODUCT" and c.end - c.start > 1
                 and doc[c.start].text[:1].isupper() and self._is_unknown_word(doc[c.start])
                 and self.model_number_at(doc, c.start + 1)}
        if not heads:
            return chosen
        taken = {i for c in chosen for i in range(c.start, c.end)}
        wanted = {doc.vocab.strings[head] for head in heads}
        found = [Candidate(i, i + 1, "COMPANY", priority=MODEL)
                 for i, orth in enumerate(doc.to_array("ORTH").tolist())
                 if orth in wanted and i not in taken and i + 1 < len(doc) and doc[i + 1].pos_ in ("VERB", "AUX")]
        return sorted(chosen + found, key=lambda c: c.start) if found else chosen

    def _join_maker_and_product(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """"la bague connectée Orvane Ring 2", "le Vellun Aero 14", "Virelle Metal": the one-word name of a
        company of the article, right before a product name, capitalised words that end in a model number or
        one word that names no unit, person or place, starts that product's name (the model often splits it,
        or sees only the company, or nothing)."""
        companies = _one_word_companies(doc, chosen)
        if not companies:
            return chosen
        at_start = {c.start: c for c in chosen}
        taken = {i for c in chosen for i in range(c.start, c.end)}
        wanted = {doc.vocab.strings[name] for name in companies}
        for i in [i for i, orth in enumerate(doc.to_array("ORTH").tolist()) if orth in wanted]:
            cand = at_start.get(i)
            # a known company too, when a model number follows it: "le Xiaomi 15 Ultra", "la Renault 5 E-Tech"
            if cand is None and i in taken or cand is not None and (cand.end - cand.start > 1 or cand.priority >= GAZETTEER
                                                                     and not self.model_number_at(doc, i + 1)):
                continue
            product = at_start.get(i + 1)
            if product is not None and product.label == "PRODUCT" and product.priority < GAZETTEER:
                end = product.end
                del at_start[i + 1]
            elif product is None:
                words = i + 1
                while words < len(doc) and words not in taken and doc[words].is_title and doc[words].is_alpha:
                    words += 1
                end = self._extend_product(doc, words)
                if end == words and self._names_a_line(doc, i + 1, words):
                    pass  # "Virelle Metal à 16,99 euros": a word of its own after the company, no number
                elif words == i + 1 and not self.model_number_at(doc, i + 1) or end == words \
                        or any(j in taken for j in range(words, end)):
                    continue
            else:
                continue
            priority = max(cand.priority if cand else MODEL, product.priority if product else MODEL)
            at_start[i] = Candidate(i, end, "PRODUCT", priority=priority)
            taken.update(range(i, end))
        return sorted(at_start.values(), key=lambda c: c.start)

    @staticmethod
    def _makers_after_products(doc: Doc, chosen: list[Candidate]) -> None:
        """"la puce Kerys X2 de Veltis": a name the model read as a product or a place, right after a product
        and its "de", is the product's maker."""
        product_ends = {c.end for c in chosen if c.label == "PRODUCT"}
        for cand in chosen:
            if cand.priority <= MODEL and cand.label in ("PRODUCT", "LOCATION") and cand.start >= 2 \
                    and doc[cand.start - 1].lower_ in ("de", "d'", "d’") and cand.start - 1 in product_ends:
                cand.label = "COMPANY"

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



class EntityLinker(NameRules):
    def __init__(self, nlp: Language, name: str, *, resolved_key: str, spans_key: str) -> None:
        super().__init__(nlp)
        self.name = name
        self.resolved_key = resolved_key
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        chosen = self._link(doc, [c for _, c in read_candidates(doc, self.resolved_key)])
        doc.spans[self.spans_key] = [
            Span(doc, c.start, c.end, label=c.label, kb_id=c.kb_id or "", span_id=c.id or "") for c in chosen
        ]
        return doc

    def _link(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """Give every mention its entity id; surnames, short names and acronyms join their full name."""
        for cand in chosen:
            if cand.id is None:
                cand.id = slugify(doc[cand.start : cand.end].text)
        # "Kymaro Nova 5" and "Nova 5": a product named with and without its maker's name is one product
        companies = _one_word_companies(doc, chosen)
        prefixed = [c for c in chosen if c.label == "PRODUCT" and c.kb_id is None and c.end - c.start > 1
                    and doc[c.start].text in companies]
        bare = {doc[c.start + 1 : c.end].text for c in prefixed}
        for cand in chosen:  # "Watch R1", which the model took for a company, after "Orvane Watch R1"
            if cand.priority <= MODEL and cand.label != "PERSON" and doc[cand.start : cand.end].text in bare:
                cand.label = "PRODUCT"
        products = {doc[c.start : c.end].text: c.id for c in chosen if c.label == "PRODUCT"}
        for cand in prefixed:
            cand.id = products.get(doc[cand.start + 1 : cand.end].text, cand.id)
        short_forms: dict[str, Candidate] = {}
        first_said = _first_named_in_body(doc, chosen)
        # A one-word name with its own strong evidence ("la start-up Mévora") keeps its identity: it does
        # not become the short form of a longer name ("Mévora Care", its app).
        for cand in chosen:
            if cand.priority >= CUE and cand.end - cand.start == 1:
                short_forms.setdefault(doc[cand.start].text, cand)
        # a place is no short name: "France" is not "France Bleu", "Paris" not "Paris Saint-Germain"
        places = {t.text for e in doc.ents if e.label_ == "LOC" for t in e} | {doc[c.start : c.end].text for c in chosen
                                                                   if c.label == "LOCATION"}
        for cand in chosen:
            span = doc[cand.start : cand.end]
            if len(span) < 2:
                continue
            if cand.label == "PERSON":
                short_forms.setdefault(span[-1].text, cand)
            elif cand.label == "COMPANY" and cand.kb_id is None or cand.label == "ORGANIZATION":
                head = span[0]  # a known body's head too, even a common word: "la Commission", "l'Autorité"
                if len(head) > 2 and (not self._is_common_word(head) or cand.kb_id and cand.label == "ORGANIZATION") \
                        and head.text[:1].isupper() \
                        and (head.text not in places or not head.has_vector):
                    short_forms.setdefault(head.text, cand)
                    own = short_forms[head.text]
                    if own.end - own.start == 1 and own.label == "COMPANY" and (
                            span[-1].lower_ in self.company_suffixes or first_said.get(head.text) is cand):
                        # "la société Nacréon" is "Nacréon Interactive" (a company's suffix), and "Teravia" the
                        # "Teravia Paiements" the body first names; "Mévora Care" is another entity, its app
                        short_forms[head.text] = cand
            following = doc[cand.end : cand.end + 3]
            if len(following) == 3 and following[0].text == "(" and following[2].text == ")" \
                    and ACRONYM.match(following[1].text):
                short_forms.setdefault(following[1].text, cand)
        linked = [cand for cand in chosen if cand.priority != WEAK]
        taken = {i for c in linked for i in range(c.start, c.end)}
        weak = {i for c in chosen if c.priority == WEAK for i in range(c.start, c.end)}
        at_token = {i: c for c in linked for i in range(c.start, c.end)}
        # only the words that are short forms are looked at: found by their hash, not one Token object per word
        wanted = {doc.vocab.strings[text]: full for text, full in short_forms.items()}
        for i in [i for i, orth in enumerate(doc.to_array("ORTH").tolist()) if orth in wanted]:
            token = doc[i]
            full = short_forms.get(token.text)
            if full is None or (full.start <= token.i < full.end):
                continue
            existing = at_token.get(token.i)
            if existing is not None:
                # A place stays a place ("Lille" is not the short form of "Lille Métropole"), but a surname the
                # model took for a place joins its person ("Jassy" after "Andy Jassy"), and so does a word the
                # model does not know joins its company ("d'Alizéa" after "Alizéa Télécom").
                if existing.end - existing.start == 1 and existing.priority <= MODEL and (
                        existing.label != "LOCATION" or full.label == "PERSON" or not token.has_vector) \
                        or existing.end - existing.start == 1 and existing.label == full.label == "COMPANY" \
                        and existing.kb_id is None and doc[full.end - 1].lower_ in self.company_suffixes \
                        or existing.end - existing.start == 1 and existing.label == full.label == "ORGANIZATION" \
                        and existing.kb_id is None:
                    # "la société Nacréon" after "Nacréon Interactive": one company; "la Commission" after "la
                    # Commission européenne": one body
                    existing.label, existing.id, existing.kb_id = full.label, full.id, full.kb_id
                continue
            if token.i in taken and token.i not in weak:
                continue
            linked.append(Candidate(token.i, token.i + 1, full.label, full.id, full.kb_id, MODEL))
        return sorted(linked, key=lambda c: c.start)



@Language.factory("technews_resolver", default_config={"spans_key": RESOLVED_KEY})
def make_resolver(nlp: Language, name: str, *, spans_key: str) -> EntityResolver:
    return EntityResolver(nlp, name, spans_key=spans_key)


@Language.factory("technews_entities", default_config={"resolved_key": RESOLVED_KEY, "spans_key": ENTITIES_KEY})
def make_entities(nlp: Language, name: str, *, resolved_key: str, spans_key: str) -> EntityLinker:
    return EntityLinker(nlp, name, resolved_key=resolved_key, spans_key=spans_key)
