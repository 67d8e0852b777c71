"""`technews_gazetteer`: spaCy's SpanRuler, loaded with the bundled entity patterns.

The patterns (`resources/entities/*.patterns.jsonl`) carry the canonical `id` of each entity, so every
alias ("AWS", "Amazon Web Services") marks a span with the same `Span.id_`. A name matches whatever the case
of its inner letters ("XBox Series X", "Linkedin", "Youtube"), never with another initial ("orange" the colour
is not the operator Orange) nor in capitals unless it is written so ("LE MONDE DE LA CULTURE", "Aws").
"""
from __future__ import annotations

import warnings

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span
from spacy.util import registry

from extractor.resources import entity_patterns

GAZETTEER_KEY = "technews_gazetteer"


def _initials(tokens) -> tuple[tuple[bool, bool], ...]:
    """Per word: is its initial a capital, is it all capitals ("LE MONDE DE LA CULTURE" is no newspaper)."""
    return tuple((t.text[:1].isupper(), len(t.text) > 1 and t.text.isupper()) for t in tokens)


def _in_acronym_compound(doc: Doc, start: int, end: int) -> bool:
    """An acronym glued by a hyphen to another: the "HP" of "AP-HP", of "HP-UX", is no name of its own."""
    if not doc[start:end].text.isupper():
        return False
    before = start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
        and not doc[start - 1].whitespace_ and doc[start - 2].text.isupper()
    after = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].text.isupper()
    return before or after


class GazetteerRuler(SpanRuler):
    """A SpanRuler whose phrase patterns match on LOWER, kept only where each word's initial has the
    pattern's case."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, phrase_matcher_attr="LOWER", **kwargs)
        self._initials: dict[tuple[str, tuple[str, ...]], set[tuple[tuple[bool, bool], ...]]] = {}

    def add_patterns(self, patterns) -> None:
        patterns = list(patterns)
        super().add_patterns(patterns)
        phrases = [p for p in patterns if isinstance(p["pattern"], str)]
        for entry, doc in zip(phrases, self.nlp.tokenizer.pipe(p["pattern"] for p in phrases)):
            key = (entry.get("id", ""), tuple(t.lower_ for t in doc))
            self._initials.setdefault(key, set()).add(_initials(doc))

    def clear(self) -> None:
        super().clear()
        self._initials = {}

    def match(self, doc: Doc) -> list[Span]:
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = list(self.matcher(doc))
        for match_id, start, end in self.phrase_matcher(doc):
            words = doc[start:end]
            key = (self._match_label_id_map[match_id]["id"], tuple(t.lower_ for t in words))
            if _initials(words) in self._initials.get(key, ()) and not _in_acronym_compound(doc, start, end):
                matches.append((match_id, start, end))
        return sorted({Span(doc, start, end, label=self._match_label_id_map[m]["label"],
                            span_id=self._match_label_id_map[m]["id"]) for m, start, end in matches if start != end})


@Language.factory(
    "technews_gazetteer",
    default_config={"spans_key": GAZETTEER_KEY, "bundled_patterns": True},
)
def make_gazetteer(nlp: Language, name: str, *, spans_key: str, bundled_patterns: bool) -> GazetteerRuler:
    ruler = GazetteerRuler(
        nlp,
        name,
        spans_key=spans_key,
        spans_filter=registry.misc.get("spacy.first_longest_spans_filter.v1")(),
        annotate_ents=False,
        validate=True,
        overwrite=True,
    )
    if bundled_patterns:
        # Matching needs the tokenizer only, not the statistical components.
        with nlp.select_pipes(disable=nlp.pipe_names):
            ruler.add_patterns(list(entity_patterns()))
    return ruler
