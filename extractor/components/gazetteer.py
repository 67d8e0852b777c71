"""`technews_gazetteer`: spaCy's own SpanRuler, loaded with the bundled entity patterns.

The patterns (`resources/entities/*.patterns.jsonl`) carry the canonical `id` of each entity, so every
alias ("AWS", "Amazon Web Services") marks a span with the same `Span.id_`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.util import registry

from extractor.resources import entity_patterns

GAZETTEER_KEY = "technews_gazetteer"


@Language.factory(
    "technews_gazetteer",
    default_config={"spans_key": GAZETTEER_KEY, "bundled_patterns": True},
)
def make_gazetteer(nlp: Language, name: str, *, spans_key: str, bundled_patterns: bool) -> SpanRuler:
    ruler = SpanRuler(
        nlp,
        name,
        spans_key=spans_key,
        spans_filter=registry.misc.get("spacy.first_longest_spans_filter.v1")(),
        annotate_ents=False,
        phrase_matcher_attr=None,  # ORTH: "Orange" the operator, not "orange" the colour
        validate=True,
        overwrite=True,
    )
    if bundled_patterns:
        # Matching is on ORTH: the patterns only need the tokenizer, not the statistical components.
        with nlp.select_pipes(disable=nlp.pipe_names):
            ruler.add_patterns(list(entity_patterns()))
    return ruler
