"""The public functions: `extract` one text, `extract_many` texts, files or feed items as a stream."""
from __future__ import annotations

import datetime as dt
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar, Union

from extractor.assemble import doc_to_record, merge_records, within_ceiling
from extractor.errors import ExtractorError
from extractor.inputs import Article, articles_from_path, coerce_date, feed_article
from extractor.language import detect_language
from extractor.pipeline import DEFAULT_MODEL, load_pipeline
from extractor.typography import normalize_for_nlp
from extractor.models import ArticleRecord, ErrorDetail, ErrorRecord

DateLike = Union[dt.date, str, None]
Item = Union[str, os.PathLike, Mapping, Article]
T = TypeVar("T")

# Longer texts are cut at paragraph ends into parts of at most this many characters: the parser's memory
# grows with the length of a doc, and spaCy refuses docs beyond `nlp.max_length`. A real article (2 to 10
# thousand characters) is never cut.
CHUNK_CHARS = 50_000
# One spaCy batch holds at most this many characters (and `batch_size` parts): a slow input holds back the
# records after it only while its own batch runs. The model is also fastest on batches of this size: on the
# 60 shared articles (3.2 KB each), batches of 20 000 characters parse in 3.8 s, all 60 in one batch in 4.1 s.
BATCH_CHARS = 20_000


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


@dataclass
class _Pending:
    """An article being extracted: the records of its parts, in the order they come back."""

    article: Article
    parts: int
    records: list[tuple[int, ArticleRecord]] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return len(self.records) == self.parts


def extract_many(
    items: Iterable[Item],
    *,
    published: DateLike = None,
    batch_size: int = 32,
    n_process: int = 1,
    model: str = DEFAULT_MODEL,
    include_text: bool = False,
    on_progress: Callable[[int], None] | None = None,
    min_confidence: float = 0.0,
) -> Iterator[ArticleRecord | ErrorRecord]:
    """Records in input order, as a stream. An input that fails gives an `ErrorRecord` in its place.

    `items`: texts (str), paths (`pathlib.Path`: .txt, .md, .html, .jsonl), or mappings with `text` and
    optional `id`/`source`, `url`, `title`, `published`. `published` is the default publication date for
    inputs that do not carry one. `n_process` > 1 runs spaCy in that many processes.
    `include_text` puts the text the offsets refer to in every record (HTML records always have it).
    `on_progress(characters)` is called each time a part of a text is done. `min_confidence` drops the
    relations whose rule is less precise than that on our annotated articles (`Relation.confidence`).

    A record is yielded as soon as it and every record before it are done. With one process, texts go to
    spaCy in batches of at most `batch_size` parts and BATCH_CHARS characters, so a long text holds back only
    the records after it, and only while its own batch runs. A text is cut into parts of at most CHUNK_CHARS
    characters; each part becomes a record as soon as it is parsed, and its doc is dropped, so memory stays
    bounded whatever the length of the text.
    """
    nlp = load_pipeline(model)
    default_published = coerce_date(published)
    queue: deque[ErrorRecord | _Pending] = deque()  # everything read, in input order
    # Contexts travel with the docs to worker processes and back (pickled): they are plain numbers, and the
    # articles waiting for their parts stay here.
    waiting: dict[int, _Pending] = {}
    keys = itertools.count()

    def parts() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for item in items:
            for article in _articles(item):
                if isinstance(article, ErrorRecord):
                    queue.append(article)
                    continue
                if article.published is None and default_published is not None:
                    article = replace(article, published=default_published)
                pieces = split_text(article.text, CHUNK_CHARS)
                pending = _Pending(article, len(pieces))
                queue.append(pending)
                key = next(keys)
                waiting[key] = pending
                for offset, piece in pieces:
                    yield normalize_for_nlp(piece), (key, offset, len(piece))

    def finished() -> Iterator[ArticleRecord | ErrorRecord]:
        while queue and (isinstance(queue[0], ErrorRecord) or queue[0].done):
            done = queue.popleft()
            yield done if isinstance(done, ErrorRecord) else _record(done, include_text, min_confidence)

    for doc, (key, offset, length) in _pipe(nlp, parts(), batch_size=batch_size, n_process=n_process):
        pending = waiting[key]
        piece = pending.article.text[offset : offset + length]
        pending.records.append((offset, doc_to_record(doc, piece, published=pending.article.published)))
        if pending.done:
            del waiting[key]
        if on_progress is not None:
            on_progress(length)
        yield from finished()
    yield from finished()


def _pipe(nlp, tuples: Iterator[tuple[str, object]], *, batch_size: int, n_process: int):
    """`nlp.pipe(as_tuples=True)`, in batches bounded by parts and by characters when in one process."""
    if n_process > 1:
        yield from nlp.pipe(tuples, as_tuples=True, batch_size=batch_size, n_process=n_process)
        return
    for batch in batches(tuples, batch_size=batch_size):
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


def batches(tuples: Iterable[tuple[str, T]], *, batch_size: int = 32) -> Iterator[list[tuple[str, T]]]:
    """(text, context) pairs in lists of at most `batch_size` pairs and about BATCH_CHARS characters."""
    batch: list[tuple[str, T]] = []
    size = 0
    for text, context in tuples:
        batch.append((text, context))
        size += len(text)
        if len(batch) >= batch_size or size >= BATCH_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _record(pending: _Pending, include_text: bool, min_confidence: float = 0.0) -> ArticleRecord:
    article, records = pending.article, sorted(pending.records, key=lambda part: part[0])
    record = records[0][1] if len(records) == 1 else merge_records(records)
    record = within_ceiling(record)
    return record.model_copy(update={
        "relations": [r for r in record.relations if r.confidence >= min_confidence],
        "source": article.source,
        "language": detect_language(article.text),
        "title": article.title,
        "url": article.url,
        "encoding": article.encoding,
        "text": article.text if (include_text or article.include_text) else None,
    })
