"""Reading articles from files: decoding, publication date from headers, folder walking.

A file's text is kept whole, so offsets in its record index into the file's decoded text. YAML front
matter of a `.md` file is read for its date and then blanked with spaces (same length) so that it
yields no mentions.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from extractor.errors import EmptyInputError, InputDecodeError, InputReadError
from extractor.normalize.dates import parse_date

ARTICLE_SUFFIXES = (".txt", ".md")
_HEADER_DATE = re.compile(
    r"^[ \t]*(?:date|publié le|publiée le|publié|date de publication|published|pubdate)[ \t]*:?[ \t]*(?P<value>[^\r\n]+?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_YAML_DATE = re.compile(r"^(?:date|published|pubdate)[ \t]*:[ \t]*['\"]?(?P<value>[^'\"\r\n]+)", re.MULTILINE)


@dataclass(frozen=True)
class Article:
    text: str
    source: str | None = None
    published: dt.date | None = None


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


def decode(data: bytes, *, source: str | None = None) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; refuses binary data."""
    if b"\x00" in data[:4096]:
        raise InputDecodeError("binary data (NUL bytes), not a text file", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as err:
        raise InputDecodeError(f"not UTF-8 nor Windows-1252 text ({err.reason})", source=source) from None


def published_from_text(text: str) -> dt.date | None:
    """A `Date:` / `Publié le` header line in the first lines of an article."""
    head = "\n".join(text.splitlines()[:6])
    for m in _HEADER_DATE.finditer(head):
        date = coerce_date(m["value"])
        if date:
            return date
    return None


def read_article(path: str | Path) -> Article:
    """Read one article file; raises InputReadError, InputDecodeError or EmptyInputError."""
    path = Path(path)
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputReadError(f"cannot read file: {err.strerror or err}", source=source) from None
    text = decode(data, source=source)
    if not text.strip():
        raise EmptyInputError("the file holds no text", source=source)
    published = None
    front = _FRONT_MATTER.match(text) if path.suffix.lower() == ".md" else None
    if front:
        date = _YAML_DATE.search(front["body"])
        published = coerce_date(date["value"]) if date else None
        text = re.sub(r"[^\r\n]", " ", text[: front.end()]) + text[front.end() :]
    return Article(text=text, source=source, published=published or published_from_text(text))


def iter_article_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given; folders walked recursively for .txt and .md files, in sorted order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
        else:
            yield path
