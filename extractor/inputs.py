"""Reading articles from files: decoding, publication dates, HTML pages, JSONL feeds, folder walking.

A text file's text is kept whole, so offsets in its record index into the file's decoded text. YAML
front matter of a `.md` file is read for its metadata and then blanked with spaces (same length) so that
it yields no mentions. An HTML page is reduced to its main text by trafilatura; that text goes into the
record (`text`) so that its offsets stay checkable. A `.jsonl` feed holds one article per line.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator

from extractor.errors import EmptyInputError, ExtractorError, InputDecodeError, InputError, InputReadError
from extractor.normalize.dates import parse_date

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".jsonl",)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES
FEED_KEYS = {"text", "id", "url", "title", "published", "source"}
# Files a folder walk never reads as articles: a corpus folder's own documentation and hidden files.
DEFAULT_EXCLUDES = ("README*", "LICENSE*", "LICENCE*", "SOURCES*", "CHANGELOG*", "CONTRIBUTING*", ".*")
# A first line longer than this, or ending like a sentence, is body text rather than a headline.
HEADLINE_MAX_CHARS = 200

_HEADER_DATE = re.compile(
    r"^[ \t]*(?:date|publié le|publiée le|publié|date de publication|published|pubdate)[ \t]*:?[ \t]*(?P<value>[^\r\n]+?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_YAML_FIELD = re.compile(r"^(?P<key>date|published|pubdate|title|url)[ \t]*:[ \t]*['\"]?(?P<value>[^'\"\r\n]*)",
                         re.MULTILINE | re.IGNORECASE)
# Magic numbers of the binary files most often found in a news archive under a text name.
_BINARY_MAGIC = {b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
                 b"GIF8": "a GIF image", b"\x1f\x8b": "gzip data", b"PK\x03\x04": "a ZIP archive"}


@dataclass(frozen=True)
class Article:
    text: str
    source: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    encoding: str | None = None
    include_text: bool = False  # the record carries the text its offsets refer to (HTML pages)


def coerce_date(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    """A publication date from a date, a datetime or text ('2025-02-03', '3 février 2025')."""
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    parsed = parse_date(re.sub(r"^(?:le|du)\s+", "", text, flags=re.IGNORECASE))
    if parsed.value and parsed.precision == "day":
        return dt.date.fromisoformat(parsed.value)
    return None


def decode(data: bytes, *, source: str | None = None) -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without BOM, UTF-16 with a BOM, else what charset-normalizer finds.

    Refuses binary data (NUL bytes, known magic numbers)."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputDecodeError(f"binary data ({what}), not a text file", source=source)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise InputDecodeError(f"invalid UTF-16 text ({err.reason})", source=source) from None
    if b"\x00" in data[:4096]:
        raise InputDecodeError("binary data (NUL bytes), not a text file", source=source)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only legacy files pay for the detector

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputDecodeError("not text in any encoding we could detect", source=source)
    return str(best), best.encoding


def published_from_text(text: str) -> dt.date | None:
    """A `Date:` / `Publié le` header line in the first lines of an article."""
    head = "\n".join(text.splitlines()[:6])
    for m in _HEADER_DATE.finditer(head):
        date = coerce_date(m["value"])
        if date:
            return date
    return None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputReadError(f"cannot read file: {err.strerror or err}", source=str(path)) from None


def read_article(path: str | Path) -> Article:
    """Read one .txt, .md or .html article; raises InputReadError, InputDecodeError or EmptyInputError."""
    path = Path(path)
    return article_from_bytes(_read_bytes(path), str(path), path.suffix)


def article_from_bytes(data: bytes, source: str, suffix: str) -> Article:
    """One article from the bytes of a .txt, .md or .html file (read from disk or from any fsspec URL)."""
    text, encoding = decode(data, source=source)
    if suffix.lower() in HTML_SUFFIXES:
        return _html_article(text, source, encoding)
    if not text.strip():
        raise EmptyInputError("the file holds no text", source=source)
    article = Article(text=text, source=source, encoding=encoding)
    front = _FRONT_MATTER.match(text) if suffix.lower() == ".md" else None
    if front:
        fields = {m["key"].lower(): m["value"].strip() for m in _YAML_FIELD.finditer(front["body"])}
        date = fields.get("published") or fields.get("date") or fields.get("pubdate")
        blanked = re.sub(r"[^\r\n]", " ", text[: front.end()]) + text[front.end() :]
        article = replace(article, text=blanked, published=coerce_date(date) if date else None,
                          title=fields.get("title") or None, url=fields.get("url") or None)
    if article.published is None:
        article = replace(article, published=published_from_text(article.text))
    if article.title is None:
        article = replace(article, title=headline_of(article.text))
    return article


def headline_of(text: str) -> str | None:
    r"""The first line of a plain-text article when it reads as a headline: it is followed by more text, it
    holds at most HEADLINE_MAX_CHARS characters, and it does not end like a sentence (".", ",", ";", ":").
    A `Date:` header line before it is passed over. The text itself is unchanged: the headline is part of
    it, and its mentions are extracted like any other.

    >>> headline_of("Mistral AI lève 600 M€\n\nLa start-up parisienne a annoncé...")
    'Mistral AI lève 600 M€'
    >>> headline_of("La start-up a annoncé une levée.\nElle recrute.") is None
    True
    """
    lines = [line.strip() for line in text.lstrip().splitlines()[:4]]
    while lines and (not lines[0] or _is_date_header(lines[0])):
        lines.pop(0)
    if len(lines) < 2:
        return None
    first = lines[0].lstrip("#").strip()  # a Markdown heading's marks are not part of the title
    if not first or len(first) > HEADLINE_MAX_CHARS or first.endswith((".", ",", ";", ":")):
        return None
    return first


def _is_date_header(line: str) -> bool:
    header = _HEADER_DATE.fullmatch(line)
    return bool(header and coerce_date(header["value"]))


def _html_article(html: str, source: str, encoding: str) -> Article:
    import trafilatura  # imported lazily: only HTML inputs need it

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise EmptyInputError("no article text found in the HTML page", source=source)
    return Article(text=text, source=source, published=coerce_date(getattr(document, "date", None)),
                   title=getattr(document, "title", None), url=getattr(document, "url", None),
                   encoding=encoding, include_text=True)


def read_feed(path: str | Path) -> Iterator[Article | ExtractorError]:
    """One article per JSON line (`text` required; `id`, `url`, `title`, `published` optional).

    A bad line yields an error in its place; the other lines are still read."""
    path = Path(path)
    try:
        data = _read_bytes(path)
    except ExtractorError as err:
        yield err
        return
    yield from feed_from_bytes(data, str(path))


def feed_from_bytes(data: bytes, source: str) -> Iterator[Article | ExtractorError]:
    try:
        text, encoding = decode(data, source=source)
    except ExtractorError as err:
        yield err
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield feed_article(json.loads(line), default_source=where, encoding=encoding)
        except json.JSONDecodeError as err:
            yield InputError(f"invalid JSON ({err.msg})", source=where)
        except ExtractorError as err:
            yield err


def feed_article(row: object, *, default_source: str | None = None, encoding: str | None = None) -> Article:
    """An article from a feed mapping: `text` required; `id`/`source`, `url`, `title`, `published`."""
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        raise InputError("a feed item needs a 'text' string", source=default_source)
    source = row.get("source") or row.get("id") or row.get("url") or default_source
    if not row["text"].strip():
        raise EmptyInputError("the item holds no text", source=str(source) if source is not None else None)
    return Article(text=row["text"], source=str(source) if source is not None else None,
                   published=coerce_date(row.get("published")), title=row.get("title"), url=row.get("url"),
                   encoding=encoding)


def iter_article_paths(
    paths: Iterable[str | Path], *, include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[Path]:
    """Files as given; folders walked recursively for article files, in sorted order.

    In a folder, a file is read when its name or its path relative to the folder matches one of `include`
    (when given), and none of `exclude` nor of DEFAULT_EXCLUDES. A file named explicitly is always read.
    Symbolic links to folders are not followed (a link loop cannot trap the walk)."""
    skipped = (*DEFAULT_EXCLUDES, *exclude)
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        for found in sorted(p for p in _walk(path) if p.suffix.lower() in ARTICLE_SUFFIXES):
            names = (found.name, found.relative_to(path).as_posix())
            if include and not _matches_any(names, include):
                continue
            if not _matches_any(names, skipped):
                yield found


def _matches_any(names: tuple[str, ...], patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for name in names for pattern in patterns)


def _walk(folder: Path) -> Iterator[Path]:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.is_symlink() and entry.is_dir():
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.is_file():
            yield entry


def articles_from_path(path: Path) -> Iterator[Article | ExtractorError]:
    """Every article a file holds: one for a text or HTML file, one per line for a feed."""
    if path.suffix.lower() in FEED_SUFFIXES:
        yield from read_feed(path)
        return
    try:
        yield read_article(path)
    except ExtractorError as err:
        yield err


def articles_from_bytes(data: bytes, source: str, suffix: str) -> Iterator[Article | ExtractorError]:
    """`articles_from_path` for bytes already read (a remote file)."""
    if suffix.lower() in FEED_SUFFIXES:
        yield from feed_from_bytes(data, source)
        return
    try:
        yield article_from_bytes(data, source, suffix)
    except ExtractorError as err:
        yield err
