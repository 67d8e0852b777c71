"""The public functions: `extract` one text, `extract_many` texts, files or feed items as a stream."""
from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Union

from extractor.assemble import doc_to_record, merge_records
from extractor.errors import ExtractorError
from extractor.inputs import Article, articles_from_path, coerce_date, feed_article
from extractor.language import detect_language
from extractor.pipeline import DEFAULT_MODEL, load_pipeline
from extractor.typography import normalize_for_nlp
from extractor.models import ArticleRecord, ErrorDetail, ErrorRecord

DateLike = Union[dt.date, str, None]
Item = Union[str, os.PathLike, Mapping, Article]

# Longer texts are cut at paragraph ends into parts of at most this many characters: the parser's memory
# grows with the length of a doc, and spaCy refuses docs beyond `nlp.max_length`.
CHUNK_CHARS = 100_000


def extract(
    text: str,
    *,
    published: DateLike = None,
    source: str | None = None,
    model: str = DEFAULT_MODEL,
) -> ArticleRecord:
    """Extract one article. Offsets in the record index into `text` exactly as given."""
    (record,) = extract_many([Article(text=text, source=source, published=coerce_date(published))], model=model)
    if isinstance(record, ErrorRecord):  # pragma: no cover - a text in memory cannot fail to be read
        raise ExtractorError(record.error.message, source=source)
    return record


def error_record(source: str | None, code: str, message: str) -> ErrorRecord:
    return ErrorRecord(source=source, error=ErrorDetail(code=code, message=message))


def _articles(item: Item) -> Iterator[Article | ErrorRecord]:
    """Texts stay texts; paths are read (a feed gives many articles); mappings are feed items."""
    try:
        if isinstance(item, Article):
            yield item
        elif isinstance(item, os.PathLike):
            for article in articles_from_path(Path(item)):
                if isinstance(article, ExtractorError):
                    yield error_record(article.source, article.code, article.message)
                else:
                    yield article
        elif isinstance(item, Mapping):
            yield feed_article(dict(item))
        else:
            yield Article(text=str(item))
    except ExtractorError as err:
        yield error_record(err.source, err.code, err.message)


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, part) pieces of at most `limit` characters, cut after a blank line, else a line end, else a
    sentence end, else a space: no sentence is cut when the text has paragraphs or full stops."""
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = limit
        for separator in ("\n\n", "\n", ". ", " "):  # the part ends just after the separator
            found = window.rfind(separator)
            if found > 0:
                cut = found + len(separator)
                break
        parts.append((start, text[start : start + cut]))
        start += cut
    parts.append((start, text[start:]))
    return parts


def extract_many(
    items: Iterable[Item],
    *,
    published: DateLike = None,
    batch_size: int = 32,
    n_process: int = 1,
    model: str = DEFAULT_MODEL,
    include_text: bool = False,
) -> Iterator[ArticleRecord | ErrorRecord]:
    """Records in input order, as a stream. An input that fails gives an `ErrorRecord` in its place.

    `items`: texts (str), paths (`pathlib.Path`: .txt, .md, .html, .jsonl), or mappings with `text` and
    optional `id`/`source`, `url`, `title`, `published`. `published` is the default publication date for
    inputs that do not carry one. `n_process` > 1 runs spaCy in that many processes.
    `include_text` puts the text the offsets refer to in every record (HTML records always have it).
    """
    nlp = load_pipeline(model)
    default_published = coerce_date(published)
    # What was read, in input order: an ErrorRecord, or [article, number of parts, parts done so far].
    queue: deque[ErrorRecord | list] = deque()

    def parts() -> Iterator[tuple[str, int]]:
        for item in items:
            for article in _articles(item):
                if isinstance(article, ErrorRecord):
                    queue.append(article)
                    continue
                if article.published is None and default_published is not None:
                    article = replace(article, published=default_published)
                pieces = split_text(article.text)
                pending = [article, len(pieces), []]
                queue.append(pending)
                for offset, piece in pieces:
                    yield normalize_for_nlp(piece), offset

    for doc, offset in nlp.pipe(parts(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        while isinstance(queue[0], ErrorRecord):
            yield queue.popleft()
        pending = queue[0]
        article, expected, done = pending
        done.append((offset, doc))
        if len(done) < expected:
            continue
        queue.popleft()
        yield _record(article, done, include_text)
    while queue:
        yield queue.popleft()


def _record(article: Article, docs: list, include_text: bool) -> ArticleRecord:
    records = [(offset, doc_to_record(doc, article.text[offset : offset + len(doc.text)],
                                      published=article.published)) for offset, doc in docs]
    record = records[0][1] if len(records) == 1 else merge_records(records)
    return record.model_copy(update={
        "source": article.source,
        "language": detect_language(article.text),
        "title": article.title,
        "url": article.url,
        "encoding": article.encoding,
        "text": article.text if (include_text or article.include_text) else None,
    })
