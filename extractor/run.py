"""A batch run over files, folders, feeds and stdin: what the CLI calls, callable from code.

Output to a file is safe against interruption: records go to `OUT.partial`, line by line, and the file is
renamed to `OUT` only when the run is complete. An interrupted run leaves `OUT` untouched and
`OUT.partial` holding whole lines only; `resume=True` continues it, skipping the sources already done.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from extractor.api import extract_many
from extractor.errors import OutputExistsError
from extractor.inputs import Article, iter_article_paths
from extractor.pipeline import DEFAULT_MODEL, load_pipeline
from models import ArticleRecord, ErrorRecord

STDIN = "-"
FORMATS = ("jsonl", "json", "csv")
CSV_COLUMNS = ["source", "kind", "type", "id", "name", "text", "start", "end", "value", "unit", "qualifier", "extra"]


@dataclass
class ExtractionRun:
    articles: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0
    failed_sources: list[str] = field(default_factory=list)


def _items(paths: Iterable[str], stdin: TextIO | None) -> Iterator[object]:
    for raw in paths:
        if raw == STDIN:
            yield Article(text=stdin.read() if stdin else "", source="<stdin>")
        else:
            yield from iter_article_paths([raw])


def partial_path(output: Path) -> Path:
    return output.with_name(output.name + ".partial")


def done_sources(partial: Path) -> set[str]:
    """Sources already written to an interrupted run's output; a torn last line is cut off."""
    if not partial.exists():
        return set()
    data = partial.read_bytes()
    complete = data[: data.rfind(b"\n") + 1]
    if len(complete) != len(data):
        with partial.open("r+b") as f:
            f.truncate(len(complete))
    sources = set()
    for line in complete.decode("utf-8").splitlines():
        try:
            sources.add(json.loads(line).get("source"))
        except json.JSONDecodeError:
            continue
    return sources


def csv_rows(record: ArticleRecord | ErrorRecord) -> Iterator[list]:
    """One row per mention (entities, amounts, percentages, dates); one row per failed input."""
    if isinstance(record, ErrorRecord):
        yield [record.source, "error", record.error.code, "", "", record.error.message, "", "", "", "", "", ""]
        return
    for entity in record.entities:
        extra = json.dumps({k: v for k, v in (("kind", entity.kind), ("maker", entity.maker)) if v},
                           ensure_ascii=False) if (entity.kind or entity.maker) else ""
        for m in entity.mentions:
            yield [record.source, "entity", entity.type, entity.id, entity.name, m.text, m.start, m.end, "", "", "",
                   extra]
    for a in record.amounts:
        yield [record.source, "amount", "MONEY", "", "", a.text, a.start, a.end, a.value, a.currency or "",
               a.qualifier, a.period or ""]
    for p in record.percentages:
        yield [record.source, "percentage", "PERCENT", "", "", p.text, p.start, p.end, p.value, p.unit, "", ""]
    for d in record.dates:
        yield [record.source, "date", "DATE", "", "", d.text, d.start, d.end, d.value or "", d.precision or "", "",
               "relative" if d.relative else ""]


class RecordWriter:
    """Writes records in one of FORMATS to a text stream."""

    def __init__(self, sink: TextIO, fmt: str, *, append: bool = False) -> None:
        self.sink, self.fmt, self.count = sink, fmt, 0
        if fmt == "csv":
            self.csv = csv.writer(sink, lineterminator="\n")
            if not append:
                self.csv.writerow(CSV_COLUMNS)
        elif fmt == "json":
            sink.write("[")

    def write(self, record: ArticleRecord | ErrorRecord) -> None:
        if self.fmt == "jsonl":
            self.sink.write(record.model_dump_json() + "\n")
        elif self.fmt == "json":
            self.sink.write(("," if self.count else "") + "\n" + record.model_dump_json())
        else:
            buffer = io.StringIO()  # one record's rows land at once, never half of them
            csv.writer(buffer, lineterminator="\n").writerows(csv_rows(record))
            self.sink.write(buffer.getvalue())
        self.count += 1
        self.sink.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.sink.write("\n]\n" if self.count else "]\n")
            self.sink.flush()


def run_extraction(
    paths: Iterable[str],
    *,
    output: Path | None = None,
    published: dt.date | str | None = None,
    model: str = DEFAULT_MODEL,
    batch_size: int = 32,
    workers: int = 1,
    fmt: str = "jsonl",
    force: bool = False,
    resume: bool = False,
    include_text: bool = False,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    on_error: Callable[[str | None, str], None] | None = None,
    on_record: Callable[[ExtractionRun], None] | None = None,
) -> ExtractionRun:
    """Extract every input and write the records to `output` (or `stdout`) in `fmt`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
    if output is not None and output.exists() and not (force or resume):
        raise OutputExistsError(f"{output} exists; pass --force to overwrite it or --resume to continue it")
    if resume and fmt != "jsonl":
        raise ValueError("--resume works with the jsonl format only")
    load_pipeline(model)  # fail early, before any output is opened, when the model is missing
    run = ExtractionRun()
    started = time.perf_counter()
    skip: set[str] = set()
    partial = partial_path(output) if output is not None else None
    if partial is not None and resume:
        if output.exists() and not partial.exists():
            os.replace(output, partial)  # a finished run being extended: continue it the same way
        skip = done_sources(partial)
    items = _items(paths, stdin)
    if skip:
        items = (item for item in items if not (isinstance(item, Path) and str(item) in skip))
    sink = partial.open("a" if resume else "w", encoding="utf-8", newline="") if partial is not None else stdout
    writer = RecordWriter(sink, fmt, append=resume and bool(skip))
    try:
        for record in extract_many(items, published=published, batch_size=batch_size, n_process=workers,
                                   model=model, include_text=include_text):
            if record.source in skip:  # one article of a feed already written
                run.skipped += 1
                continue
            if isinstance(record, ErrorRecord):
                run.errors += 1
                run.failed_sources.append(str(record.source))
                if on_error:
                    on_error(record.source, record.error.message)
            else:
                run.articles += 1
            writer.write(record)
            if on_record:
                on_record(run)
        writer.close()
    finally:
        if partial is not None:
            sink.close()
    if partial is not None:
        os.replace(partial, output)
    run.seconds = time.perf_counter() - started
    return run
