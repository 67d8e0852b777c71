"""`technews_cues`: names found by their French context, whatever the model saw.

- cue patterns, data in `resources/patterns/cues_*.jsonl` ("la start-up X", "les puces X", "X, filiale de…";
  kind "cue");
- an unknown proper noun as the subject of a business verb ("Veltis lève 85 millions"; kind "subject");
- public bodies named by a head noun in lower case ("le tribunal de commerce de Paris"; kind "body");
- French compound first names split by the tokenizer ("Jacques-Henri Eyraud"; kind "first_name");
- product model-number shapes ("Trainium3", "GPT-4o", "H100") and names with their model number ("Optis 900",
  "Radix R70"; kind "shape").
They go to `doc.spans["technews_cues"]` (see `entity_rules.write_candidates`).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.symbols import PROPN
from spacy.matcher import Matcher
from spacy.tokens import Doc

from extractor.components._flags import with_first_word_flag
from extractor.components._spans import annotated, text_of
from extractor.components.entity_rules import (
    CUE, DATE_WORDS, MODEL, NAME_TOKEN, CUES_PEOPLE_FIT, PLATFORM_CUES, PRODUCT_SHAPE, SHAPE, TARGET_CUES,
    Candidate, NameRules, write_candidates)
from extractor.resources import cue_patterns, word_list

CUES_KEY = "technews_cues"
# "Jacques-Henri Eyraud": a hyphenated first name and a capitalised word
_COMPOUND_FIRST_NAME = re.compile(r"(?<![\w-])([A-ZÀ-Þ][a-zà-ÿ]+)-[A-ZÀ-Þ][a-zà-ÿ]+ [A-ZÀ-Þ][a-zà-ÿ]+(?![\w-])")
_WORD_WITH_DIGIT = re.compile(r"(?<![\w.-])[A-Za-z][\w.-]*\d")
# A number or a code right after a word: where a name's model number may start ("Optis 900", "Radix R70")
_NUMBER_AFTER_WORD = re.compile(r"(?<=[A-Za-zà-ÿ] )(?=\d|[A-Z]{1,3}\d)")
# A sentence's first word that is no name: "Environ 25 salariés", "Plus 2 %"
_NOT_NAME_POS = frozenset({"ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "NUM"})


def _uses_pos(pattern: list[dict]) -> bool:
    return any("POS" in token or "TAG" in token or "MORPH" in token for token in pattern)


# Before a name, words that make a source of it, not the apposition's subject
_SOURCE_WORDS = frozenset({"selon", "pour", "d'après", "d’après"})
# Before a name, words that make it a place: "à Lyon", "en Bretagne"
_PLACE_PREPOSITIONS = frozenset({"à", "en", "dans", "vers", "depuis"})
# Before a name, words that make it no subject: "la gamme de Kerys présente…"
_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux", "par", "pour", "sur", "chez", "avec"})


def _alone_in_name(doc: Doc, i: int) -> bool:
    """doc[i] is a name by itself: no capitalised word before or after it, and no colon after it (a rubric:
    "Paiements : Teravia relève…")."""
    return not (i and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start) \
        and not (i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].text == ":"))


class CueRuler(NameRules):
    def __init__(self, nlp: Language, name: str, *, spans_key: str) -> None:
        super().__init__(nlp)
        self.name = name
        self.spans_key = spans_key
        # public bodies named "<head> de <Name>" in lower case ("le tribunal de commerce de Paris")
        self.body_head_hashes = {nlp.vocab.strings.add(w) for w in word_list("body_heads")}
        self.subject_deps = {nlp.vocab.strings.add(d) for d in ("nsubj", "nsubj:pass")}
        self.propn = PROPN  # to_array("POS") gives the universal tag's symbol
        self.qui = nlp.vocab.strings.add("qui")
        self.aux_hashes = {nlp.vocab.strings.add(w) for w in ("a", "avait", "va", "vient", "ont", "avaient")}
        # nouns no person is described by ("up" and "pousse" end "start-up" and "jeune-pousse", cut by the tokenizer)
        self.company_only_nouns = word_list("company_only_nouns")
        # words that end companies' and their products' names, never a person's ("Halden Securities", "X Analytics")
        self.company_words = self.company_suffixes | word_list("company_product_words")
        # One matcher holds every pattern (one pass over the doc), another only those without part-of-speech
        # tags, for docs without them (a blank pipeline); each pattern's place in the files orders its matches.
        # (`validate=False`: a lexeme flag's integer key is no attribute name to pydantic's pattern schema)
        self.tagged_matcher = Matcher(nlp.vocab, validate=False)
        self.plain_matcher = Matcher(nlp.vocab, validate=False)
        self.cue_labels: dict[str, str] = {}
        self.cue_from_end: dict[str, bool] = {}  # is the name at the end of the match?
        self.cue_group: dict[str, int] = {}
        for group, (file, from_end) in enumerate((("cues_before", True), ("cues_after", False))):
            for row in cue_patterns(file):
                needs_pos = _uses_pos(row["pattern"])
                pattern = with_first_word_flag(nlp.vocab, row["pattern"])
                self.tagged_matcher.add(row["id"], [pattern], greedy="LONGEST")
                if not needs_pos:
                    self.plain_matcher.add(row["id"], [pattern], greedy="LONGEST")
                self.cue_labels[row["id"]] = row["label"]
                self.cue_from_end[row["id"]] = from_end
                self.cue_group[row["id"]] = 2 * group + needs_pos

    def __call__(self, doc: Doc) -> Doc:
        found, kinds = self._cues(doc)
        for kind, candidates in (("cue", self._listed_after_colon(doc)), ("subject", self._business_subjects(doc)),
                                 ("body", self._bodies(doc)), ("first_name", self._compound_first_names(doc)),
                                 ("shape", self._shapes(doc))):
            found += candidates
            kinds += [kind] * len(candidates)
        write_candidates(doc, self.spans_key, found, kinds)
        return doc

    def _cues(self, doc: Doc) -> tuple[list[Candidate], list[str]]:
        """Candidates of the cue patterns and their kinds: "platform" for a name one posts on (it makes even a
        known company a product there: "publié sur Twitter"), "cue" for the others."""
        found, kinds = [], []
        matcher = self.tagged_matcher if annotated(doc, "POS") else self.plain_matcher
        matches = [(doc.vocab.strings[match_id], start, end) for match_id, start, end in matcher(doc)]
        # "l'éditeur nantais de logiciels d'achats Linvaro", "le spécialiste des terminaux de paiement Halvane": a
        # product noun after a bare "de" or "des" says what the company makes; the name is the company's (not so
        # "le fabricant de la puce Kerys X2")
        company_cue_starts = {end: start for cue, start, end in matches if self.cue_labels[cue] == "COMPANY"
                              and self.cue_from_end[cue]}
        matches = [(cue, start, end) for cue, start, end in matches
                   if not (self.cue_labels[cue] == "PRODUCT" and self.cue_from_end[cue] and start > 0
                           and doc[start - 1].lower_ in ("de", "des", "d'", "d’")
                           and company_cue_starts.get(end, start) < start - 1)]
        for cue, start, end in sorted(matches, key=lambda m: self.cue_group[m[0]]):  # stable: the matcher's order
            from_end = self.cue_from_end[cue]
            run = self._name_run(doc, start, end, from_end=from_end)
            if run and from_end and cue not in TARGET_CUES and self._is_place_after_de(doc, run[0]):
                continue  # "le géant de Redmond", "le groupe de Seattle": a place, not a name
            if run and self._stays_person(doc, cue, run, end, from_end=from_end):
                continue
            if run and not from_end and doc[end - 1].lower_ in ("site", "sites") and doc[run[0]].ent_type_ == "LOC" \
                    and any(t.lower_ in ("son", "sa", "ses", "leur", "leurs") for t in doc[run[1] : end]):
                continue  # "Épinal, son principal site de production": a place; "The Verge, un site d'…" a company
            if run and self.cue_labels[cue] == "PERSON":
                if not self._opens_a_name(doc, run):
                    continue
                if run[1] - run[0] == 3 and "-" in doc[run[0] + 1].text:
                    run = (run[0] + 1, run[1])  # "L'Informé Paul-Henri Sauvat, président…": a compound first name
            if run and not from_end and run[0] and doc[run[0] - 1].lower_ in _SOURCE_WORDS \
                    and self.cue_labels[cue] != "PERSON":
                continue  # "Selon Bruxelles, la filiale d'Alphabet…": a source, then the sentence's subject
            if run:
                found.append(Candidate(run[0], run[1], self.cue_labels[cue], priority=CUE))
                kinds.append("platform" if cue in PLATFORM_CUES else "cue")
        return found, kinds

    def _opens_a_name(self, doc: Doc, run: tuple[int, int]) -> bool:
        """A person's name before a title is a whole name: no company word in it ("Halden Securities, analyste")
        and no name it ends ("BFM Business Arnaud Lescure, directeur…": the person is part of a longer run)."""
        before = doc[run[0] - 1] if run[0] else None
        return not any(t.lower_ in self.company_suffixes for t in doc[run[0] : run[1]]) and (
            before is None or not NAME_TOKEN.match(before.text) or before.lower_ in self.function_words
            or before.lower_ in _SOURCE_WORDS)

    def _stays_person(self, doc: Doc, cue: str, run: tuple[int, int], end: int, *, from_end: bool) -> bool:
        """A name the model reads as a person stays one under a cue a person fits too ("le français Thomas
        Pesquet", "Marco Arment, créateur de…"), unless the apposition's noun never describes a person
        ("Morvane Santé, filiale du groupe…"); ", la société a levé…" after a list of founders is no apposition
        but the next clause."""
        if cue not in CUES_PEOPLE_FIT or run[1] - run[0] <= 1 or doc[run[0]].ent_type_ != "PER" \
                or doc[run[1] - 1].lower_ in self.company_words:
            return False  # "l'américain Halvern Analytics": a company's word ends the name
        # (the definite article right after the comma opens the next clause, "…, la start-up a doublé", unless a
        # comma closes it as an apposition: "Kovalt Dupré, la start-up lyonnaise, a levé")
        return from_end or doc[end - 1].lower_ not in self.company_only_nouns \
            or run[1] + 1 < len(doc) and doc[run[1] + 1].lower_ in ("la", "le", "l'", "l’") \
            and not any(t.text == "," for t in doc[end : end + 3])

    def _name_run(self, doc: Doc, start: int, end: int, *, from_end: bool) -> tuple[int, int] | None:
        """The run of name tokens at the end (or start) of a cue match, without leading function words."""
        if from_end:
            i = end
            while i > start and NAME_TOKEN.match(doc[i - 1].text):
                i -= 1
            run_start, run_end = i, end
            # "son modèle DeepSeek-V3": a hyphen the token fixes leave cut, the gazetteer knowing a part
            while run_end + 1 < len(doc) and self._glued_hyphen(doc, run_end):
                run_end += 2
        else:
            i = start
            while i < end and NAME_TOKEN.match(doc[i].text):
                i += 1
            run_start, run_end = start, i
            while run_start >= 2 and self._glued_hyphen(doc, run_start - 1):
                run_start -= 2
            # "Llama 4 Maverick, le modèle de Meta": the name runs back over a model number and the words before it
            while run_start >= 2 and self._is_version(doc[run_start - 1]) and NAME_TOKEN.match(doc[run_start - 2].text):
                run_start -= 2
                while run_start >= 1 and NAME_TOKEN.match(doc[run_start - 1].text) \
                        and doc[run_start - 1].lower_ not in self.function_words:
                    run_start -= 1
        # ("l'ERP Horizon Finance": an acronym that is never a name, "ERP", starts no name either)
        while run_start < run_end and (doc[run_start].lower_ in self.function_words
                                       or doc[run_start].is_upper and doc[run_start].lower_ in self.not_entities
                                       or doc[run_start].is_sent_start and self._is_common_word(doc[run_start])):
            run_start += 1
        if run_start >= run_end or doc[run_start:run_end].text.lower() in self.not_entities:
            return None
        return run_start, run_end

    @staticmethod
    def _glued_hyphen(doc: Doc, i: int) -> bool:
        """Token `i` is a hyphen written between two capitalised words with no space ("DeepSeek-V3"; names with no
        known part, "Paris-Turf", are one token already: `components.tokens`)."""
        return (doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
                and NAME_TOKEN.match(doc[i - 1].text) is not None and NAME_TOKEN.match(doc[i + 1].text) is not None)

    def _business_subjects(self, doc: Doc) -> list[Candidate]:
        """'Veltis lève 85 millions', 'Siliane compte 160 salariés': an unknown proper noun acting as the
        subject of a business verb is a company. Words the model knows (places: 'Paris', 'la France')
        and names it reads as people are left alone."""
        if not annotated(doc, "DEP"):
            return []
        doc_ents = doc.ents  # built from the tokens on each access: read once
        ents = {t.i: ent for ent in doc_ents for t in ent}
        surnames = {ent[-1].text for ent in doc_ents if ent.label_ == "PER" and len(ent) > 1}
        found = []
        positions: dict[int, list[int]] = {}  # each word's places in the doc, indexed on first use

        def places(orth: int) -> list[int]:
            if not positions:
                for i, word in enumerate(doc.to_array("ORTH").tolist()):
                    positions.setdefault(word, []).append(i)
            return positions.get(orth, [])

        # only proper-noun subjects are looked at: read from arrays, not one Token object per word
        deps, poses = doc.to_array("DEP").tolist(), doc.to_array("POS").tolist()
        lowers = doc.to_array("LOWER").tolist()
        for i in (i for i, (dep, pos) in enumerate(zip(deps, poses)) if dep in self.subject_deps):
            subject = doc[i]
            token = subject
            if lowers[i] == self.qui and subject.head.dep_ == "acl:relcl":
                # "Aldrane, qui lève 65 millions": the noun the clause is of, or the name just before it when
                # the parse hung the clause elsewhere
                token = subject.head.head
                if token.pos != self.propn and i >= 2 and doc[i - 1].text == ",":
                    token = doc[i - 2]
            named_noun = token.pos != self.propn and self._ordinary_word_as_name(doc, token, places)
            if not (token.pos == self.propn and not token.has_vector or named_noun):
                continue
            if not self._has_business_verb(subject):
                continue
            ent = ents.get(token.i)
            if ent is not None and ent.label_ == "PER" and (len(ent) > 1 or token.text in surnames):
                continue  # "Jensen Huang annonce", "Huang annonce"
            start, end = (ent.start, ent.end) if ent is not None else (token.i, token.i + 1)
            start, end = self._trim(doc, start, end)
            if start < end and (named_noun or not self._is_common_word(doc[start])):
                found.append(Candidate(start, end, "COMPANY", priority=CUE))
        return found + self._misparsed_subjects(doc, ents, surnames)

    @staticmethod
    def _ordinary_word_as_name(doc: Doc, token, places: Callable[[int], list[int]]) -> bool:
        """'Tablier lève 18 millions', '… à créer Tablier': an ordinary noun ('tablier') as a company's name. Its
        capitalised form is no more frequent than the noun (vector rows go by frequency: 'Paris', 'Lyon' and
        'Alan' are), no determiner comes before it, and the text capitalises it mid-sentence too but never
        after a place preposition."""
        vectors, text = doc.vocab.vectors, token.text
        if not (token.is_title and token.is_alpha and len(text) > 2) or not _alone_in_name(doc, token.i) \
                or token.i and doc[token.i - 1].pos_ == "DET" or vectors.find(key=token.lower) < 0 \
                or 0 <= vectors.find(key=token.orth) < vectors.find(key=token.lower):
            return False
        mid_sentence = [doc[i] for i in places(token.orth) if not doc[i].is_sent_start and _alone_in_name(doc, i)
                        and doc[i - 1].text not in ".!?\n"]
        return bool(mid_sentence) and not any(doc[t.i - 1].lower_ in _PLACE_PREPOSITIONS for t in mid_sentence)

    def _misparsed_subjects(self, doc: Doc, ents: dict, surnames: set[str]) -> list[Candidate]:
        """"Ostrale a lancé …", "Brévalis dévisse de 11,8 %", "Le spécialiste … Nexolith a publié …": a word the
        model does not know, right before a business verb (or its auxiliary), is the verb's subject, even where
        the parse made it an adjective or a common noun, or put it in another clause."""
        found = []
        flags = doc.to_array(["IS_TITLE", "IS_ALPHA"]).tolist()
        for i in (i for i, (title, alpha) in enumerate(flags[:-1]) if title and alpha):
            name = doc[i]
            if not self._is_unknown_word(name) or i > 0 and doc[i - 1].lower_ in _PREPOSITIONS:
                continue
            following = doc[i + 1 : i + 4]
            verb = following[0]
            if verb.lower in self.aux_hashes and len(following) > 1:  # "a lancé", "vient de lever"
                verb = following[1] if following[1].lower_ != "de" or len(following) < 3 else following[2]
            ent = ents.get(i)
            # (a one-word "person" the text never named in full is no person: "Cardiel commercialise…")
            if verb.lower_.startswith(self.company_verb_stems) and name.text not in surnames \
                    and (ent is None or ent.label_ != "PER" or len(ent) == 1):
                found.append(Candidate(i, i + 1, "COMPANY", priority=CUE))
        return found

    def _bodies(self, doc: Doc) -> list[Candidate]:
        """"le tribunal de commerce de Paris", "la mairie de Paris", "l'université de Californie du Sud": a
        public body named by its head noun and a proper name, even in lower case."""
        if not annotated(doc, "POS"):
            return []
        found = []
        for i in (i for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower in self.body_head_hashes):
            token = doc[i]
            if token.i == 0 or doc[token.i - 1].lower_ not in ("le", "la", "l'", "l’"):
                continue
            board = doc[token.i + 1 : token.i + 4]
            if len(board) == 3 and board[1].lower_ in ("administration", "surveillance") \
                    and board[2].lower_ in ("de", "du", "d'", "d’"):
                # "le conseil d'administration de Calderis": a company's board, the company itself
                end = board.end
                while end < len(doc) and NAME_TOKEN.match(doc[end].text):
                    end += 1
                if end > board.end:
                    found.append(Candidate(board.end, end, "COMPANY", priority=CUE))
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
        """"Jacques-Henri Eyraud": a French compound first name (one token, see `components.tokens`) and a
        capitalised surname make a person, even where the model saw nothing."""
        found = []
        for m in _COMPOUND_FIRST_NAME.finditer(text_of(doc)):
            if m.group(1).lower() not in self.first_name_parts:
                continue
            span = doc.char_span(m.start(), m.end())
            if span is None or len(span) != 2 or span[1].is_sent_start:
                continue
            end = span.end
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and end - span.start < 4:
                end += 1
            found.append(Candidate(span.start, end, "PERSON", priority=MODEL))
        return found

    def _listed_after_colon(self, doc: Doc) -> list[Candidate]:
        """"Trois agents sont disponibles dès ce mois-ci : Sourcing Scout, Contract Guard et Invoice Match": the
        names listed after a colon whose clause names a kind of product are products; a list of two names or more,
        not the one name of a headline ("Aimants recyclés : Terralume lève 95 millions")."""
        found = []
        colon_orth = doc.vocab.strings[":"]  # read from an array, not one Token object per word
        for colon in (doc[i] for i, orth in enumerate(doc.to_array("ORTH").tolist()) if orth == colon_orth):
            clause = doc[max(colon.sent.start, colon.i - 10) : colon.i]
            if not any(t.lower_ in self.product_nouns or t.lower_[:-1] in self.product_nouns for t in clause) \
                    or any(t.text in ".;:" for t in clause):  # (a plural too: "agents", "jeux")
                continue
            i = colon.i + 1
            listed = []
            while i < len(doc):
                end = i
                while end < len(doc) and NAME_TOKEN.match(doc[end].text) and doc[end].lower_ not in self.function_words:
                    end += 1
                if end == i or doc[i].ent_type_ == "PER":
                    break  # no name ("Prix : 30 euros"), or a person's
                end = self._extend_product(doc, end)
                listed.append(Candidate(i, end, "PRODUCT", priority=CUE))
                if end < len(doc) and doc[end].lower_ in (",", "et") and end + 1 < len(doc):
                    i = end + 1 + (doc[end + 1].lower_ == "et")
                else:
                    break
            if len(listed) > 1:
                found.extend(listed)
        return found

    def _shapes(self, doc: Doc) -> list[Candidate]:
        found = []
        # only words with a digit can have the shape: found in the text, not one Token object per word
        starts = {m.start() for m in _WORD_WITH_DIGIT.finditer(text_of(doc))}
        at = {idx: i for i, idx in enumerate(doc.to_array("IDX").tolist()) if idx in starts} if starts else {}
        for token in (doc[i] for i in sorted(at.values())):
            if PRODUCT_SHAPE.match(token.text) and token.text.lower() not in self.not_entities:
                end = self._extend_product(doc, token.i + 1)
                found.append(Candidate(token.i, end, "PRODUCT", priority=SHAPE))
        return found + self._numbered_names(doc)

    def _numbered_names(self, doc: Doc) -> list[Candidate]:
        """A capitalised name and its model number or code: "le lidar Optis 900", "les Instinct MI400 d'AMD",
        "Cardan 1.5", "Radix R70" (with its suffixes: "Jade 7 Pro"); not a year ("Euro 2024"), an index ("CAC 40"),
        a place the model saw ("Paris 8"), a rule or a series ("Ligue 1", "phase 3"), nor a quantity ("Vercorys
        140 millions")."""
        found = []
        starts = {m.start() for m in _NUMBER_AFTER_WORD.finditer(text_of(doc))}
        at = [i for i, idx in enumerate(doc.to_array("IDX").tolist()) if idx in starts] if starts else []
        for i in at:
            number, name = doc[i], doc[i - 1]
            if not self.model_number_at(doc, i) or not name.text[:1].isupper() \
                    or not NAME_TOKEN.match(name.text) or name.pos_ in _NOT_NAME_POS \
                    or name.lower_ in self.function_words or name.lower_ in self.numbered_non_products \
                    or name.lower_ in DATE_WORDS or name.ent_type_ == "LOC" \
                    or f"{name.lower_} {number.lower_}" in self.not_entities or name.lower_ in self.not_entities:
                continue
            start = i - 1
            while start > max(i - 4, 0) and NAME_TOKEN.match(doc[start - 1].text) \
                    and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in self.function_words:
                start -= 1  # "Idea Tab Pro 2"
            found.append(Candidate(start, self._extend_product(doc, i + 1), "PRODUCT", priority=SHAPE))
        return found



@Language.factory("technews_cues", default_config={"spans_key": CUES_KEY})
def make_cues(nlp: Language, name: str, *, spans_key: str) -> CueRuler:
    return CueRuler(nlp, name, spans_key=spans_key)
