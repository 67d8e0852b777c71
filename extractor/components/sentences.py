"""`technews_sentences`: the sentences of the doc (`extractor.normalize.sentences`), the one notion of
sentence that roles and relations read, in `doc.spans[SENTENCES_KEY]` with their exact offsets."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components._spans import set_char_spans, spans_with_offsets, text_of
from extractor.normalize.sentences import Sentence, sentence_spans

SENTENCES_KEY = "technews_sentences"


def sentences_of(doc: Doc, key: str = SENTENCES_KEY) -> list[Sentence]:
    """The doc's sentences (found on demand when the component did not run)."""
    if key not in doc.spans:
        return sentence_spans(text_of(doc))
    return [Sentence(start, end) for _, start, end in spans_with_offsets(doc, key)]


class SentenceMarker:
    def __init__(self, name: str, *, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        set_char_spans(doc, self.spans_key, [(s.start, s.end, "SENT") for s in sentence_spans(text_of(doc))],
                       keep_urls=True)
        return doc


@Language.factory("technews_sentences", default_config={"spans_key": SENTENCES_KEY})
def make_sentences(nlp: Language, name: str, *, spans_key: str) -> SentenceMarker:
    return SentenceMarker(name, spans_key=spans_key)
