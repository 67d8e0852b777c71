"""`technews_final_letters`: two fixes of the tokenizer's cuts around names, before the model reads the tokens.

- The French tokenizer keeps a capital and its full stop together, as an initial ("J. K. Rowling"). Where a
  sentence starts after it ("la Xbox Series X. Le groupe…", "la start-up H.", "son compte X.") it is a name's
  last letter, and the name is missed: "X." is split in two.
- It cuts capitalised words joined by hyphens in three ("Paris - Turf", "Jean - Pierre"), and the parser then
  reads two names (the subject of "Le groupe Paris-Turf avait été repris" was lost): they are merged into one
  token, unless the gazetteer knows a part ("Renault-Nissan", "CEA-Leti"), which it matches on the pieces.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components._spans import text_of
from extractor.resources import entity_patterns, word_list

# A capital ("M." is monsieur) and a full stop, then the text's end, a new line or a capitalised word
_LETTER_THEN_STOP = re.compile(r"(?<![\w.'’-])[A-LN-Z]\.(?=[ \t\u00a0]*(?:$|\n)|[ \t\u00a0]+(?P<next>[A-ZÀ-Ý][\w'’]*))")

# Capitalised words joined by hyphens ("Paris-Turf", "Jean-Pierre"), which the tokenizer cuts in three
_HYPHENATED_NAME = re.compile(r"(?<![\w-])[A-ZÀ-Þ][\w’']*(?:-[A-ZÀ-Þ][\w’']*)+(?![\w-])")
_FIRST_WORD = re.compile(r"[^'’]+['’]?")  # "L'" of "L'entreprise"


class FinalLetterSplitter:
    def __init__(self, name: str) -> None:
        self.name = name
        # a sentence starts with these ("Le", "Il", "Mais"); an initial is followed by a name ("K.", "Rowling")
        self.sentence_openers = word_list("function_words")  # lower-cased on load
        # what the gazetteer matches on the tokenizer's pieces: its names ("CEA" of "CEA-Leti") and the
        # hyphenated words inside them ("France-KLM" of "Air France-KLM", "François-Henri" of "François-Henri
        # Pinault")
        phrases = [p["pattern"] for p in entity_patterns() if isinstance(p["pattern"], str)]
        self.known_names = {p.lower() for p in phrases} | {m.group(0).lower() for p in phrases
                                                             for m in _HYPHENATED_NAME.finditer(p)}

    def _known_inside(self, hyphenated: str) -> bool:
        return hyphenated.lower() in self.known_names or any(
            part.lower() in self.known_names for part in hyphenated.split("-"))

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        glued = [span for m in _HYPHENATED_NAME.finditer(text) if not self._known_inside(m.group(0))
                 for span in [doc.char_span(*m.span())] if span is not None and len(span) > 1]
        if glued:
            with doc.retokenize() as retokenizer:
                for span in glued:
                    retokenizer.merge(span)
        ends = [m.start() for m in _LETTER_THEN_STOP.finditer(text) if m["next"] is None
                or _FIRST_WORD.match(m["next"]).group(0).lower().replace("’", "'") in self.sentence_openers]
        if ends:
            starts = {t.idx: t for t in doc}  # after the merges: a Token is an index into the doc
            tokens = [starts[i] for i in ends if i in starts and len(starts[i]) == 2]
            with doc.retokenize() as retokenizer:
                for token in tokens:
                    retokenizer.split(token, [token.text[0], "."], heads=[(token, 0), (token, 0)])
        return doc


@Language.factory("technews_final_letters")
def make_final_letters(nlp: Language, name: str) -> FinalLetterSplitter:
    return FinalLetterSplitter(name)
