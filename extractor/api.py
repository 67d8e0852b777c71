"""The public functions: `extract` one text, `extract_many` texts or files as a stream."""
from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Union

from extractor.assemble import doc_to_record
from extractor.errors import ExtractorError
from extractor.inputs import Article, coerce_date, read_article
from extractor.language import detect_language
from extractor.pipeline import DEFAULT_MODEL, load_pipeline
from extractor.typography import normalize_for_nlp
from models import ArticleRecord, ErrorDetail, ErrorRecord

DateLike = Union[dt.date, str, None]
Item = Union[str, os.PathLike, Mapping]


def extract(
    text: str,
    *,
    published: DateLike = None,
    source: str | None = None,
    model: str = DEFAULT_MODEL,
) -> ArticleRecord:
    """Extract one article. Offsets in the record index into `text` exactly as given."""
    nlp = load_pipeline(model)
    doc = nlp(normalize_for_nlp(text))
    return doc_to_record(doc, text, published=coerce_date(published), source=source,
                         language=detect_language(text))


def _to_article(item: Item, published: dt.date | None) -> Article | ErrorRecord:
    """Texts stay texts; paths are read; mappings give `text` and optional `source` / `published`."""
    try:
        if isinstance(item, os.PathLike):
            article = read_article(Path(item))
        elif isinstance(item, Mapping):
            article = Article(text=str(item["text"]), source=item.get("source") or item.get("id"),
                              published=coerce_date(item.get("published")))
        else:
            article = Article(text=str(item))
    except ExtractorError as err:
        return error_record(err.source, err.code, err.message)
    except (KeyError, TypeError) as err:
        return error_record(None, "E_INPUT", f"an input mapping needs a 'text' field ({err})")
    if article.published is None and published is not None:
        article = Article(article.text, article.source, published)
    return article


def error_record(source: str | None, code: str, message: str) -> ErrorRecord:
    return ErrorRecord(source=source, error=ErrorDetail(code=code, message=message))


def extract_many(
    items: Iterable[Item],
    *,
    published: DateLike = None,
    batch_size: int = 32,
    n_process: int = 1,
    model: str = DEFAULT_MODEL,
) -> Iterator[ArticleRecord | ErrorRecord]:
    """Records in input order, as a stream. An input that fails gives an `ErrorRecord` in its place.

    `items`: texts (str), paths (`pathlib.Path`), or mappings with `text` and optional `source`,
    `published`. `published` is the default publication date for inputs that do not carry one.
    """
    nlp = load_pipeline(model)
    default_published = coerce_date(published)
    queue: deque[Article | ErrorRecord] = deque()

    def texts() -> Iterator[tuple[str, int]]:
        for index, item in enumerate(items):
            article = _to_article(item, default_published)
            queue.append(article)
            if isinstance(article, Article):
                yield normalize_for_nlp(article.text), index

    for doc, _ in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        while isinstance(queue[0], ErrorRecord):
            yield queue.popleft()
        article = queue.popleft()
        yield doc_to_record(doc, article.text, published=article.published, source=article.source,
                            language=detect_language(article.text))
    while queue:
        yield queue.popleft()
