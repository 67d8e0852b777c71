"""technews-extractor: structured records from French tech and business news.

    >>> from extractor import extract
    >>> record = extract("Mistral AI lève 600 millions d'euros.")  # doctest: +SKIP
"""
from extractor.api import extract, extract_many
from extractor.pipeline import load_pipeline
from extractor.models import ArticleRecord, ErrorRecord

__all__ = ["extract", "extract_many", "load_pipeline", "ArticleRecord", "ErrorRecord"]
__version__ = "0.1.0"
