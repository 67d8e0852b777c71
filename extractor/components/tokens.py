"""`technews_final_letters`: "X." split in two where a name ends a sentence.

The French tokenizer keeps a capital and its full stop together, as an initial ("J. K. Rowling"). Where a
sentence starts after it ("la Xbox Series X. Le groupe…", "la start-up H.", "son compte X.") it is a name's
last letter, and the name is missed. This component runs first, before the model reads the tokens.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components._spans import text_of
from extractor.resources import word_list

# A capital ("M." is monsieur) and a full stop, then the text's end, a new line or a capitalised word
_LETTER_THEN_STOP = re.compile(r"(?<![\w.'’-])[A-LN-Z]\.(?=[ \t\u00a0]*(?:$|\n)|[ \t\u00a0]+(?P<next>[A-ZÀ-Ý][\w'’]*))")

_FIRST_WORD = re.compile(r"[^'’]+['’]?")  # "L'" of "L'entreprise"


class FinalLetterSplitter:
    def __init__(self, name: str) -> None:
        self.name = name
        # a sentence starts with these ("Le", "Il", "Mais"); an initial is followed by a name ("K.", "Rowling")
        self.sentence_openers = {w.lower() for w in word_list("function_words")} | {"il", "elle", "ils", "elles", "on"}

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        if "." not in text:
            return doc
        ends = [m.start() for m in _LETTER_THEN_STOP.finditer(text) if m["next"] is None
                or _FIRST_WORD.match(m["next"]).group(0).lower().replace("’", "'") in self.sentence_openers]
        if not ends:
            return doc
        starts = {t.idx: t for t in doc}
        tokens = [starts[i] for i in ends if i in starts and len(starts[i]) == 2]
        with doc.retokenize() as retokenizer:
            for token in tokens:
                retokenizer.split(token, [token.text[0], "."], heads=[(token, 0), (token, 0)])
        return doc


@Language.factory("technews_final_letters")
def make_final_letters(nlp: Language, name: str) -> FinalLetterSplitter:
    return FinalLetterSplitter(name)
