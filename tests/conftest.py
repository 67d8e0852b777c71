"""Shared fixtures. The statistical pipeline is loaded once per session (it takes seconds); unit tests
use `spacy.blank("fr")` with our components instead."""
from __future__ import annotations

import pytest
import spacy

from paths import SEED


@pytest.fixture(scope="session")
def nlp():
    from extractor import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def blank_nlp():
    """A tokenizer-only French pipeline with our components: no statistical model involved."""
    from extractor.pipeline import add_components

    pipeline = spacy.blank("fr")
    pipeline.add_pipe("sentencizer")
    return add_components(pipeline)


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("the client's sample needs ../shared/seeds (not part of a user's clone)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def rules_record(blank_nlp):
    """`text -> ArticleRecord` through our rules only (blank tokenizer, no statistical model)."""
    from extractor.assemble import doc_to_record
    from extractor.inputs import coerce_date
    from extractor.typography import normalize_for_nlp

    def run(text: str, published=None):
        return doc_to_record(blank_nlp(normalize_for_nlp(text)), text, published=coerce_date(published))

    return run
