"""A batch run over files, folders, feeds and stdin: what the CLI calls, callable from code.

Output to a file is safe against interruption: records go to `OUT.partial`, line by line, and the file is
renamed to `OUT` only when the run is complete. An interrupted run leaves `OUT` untouched and
`OUT.partial` holding whole lines only; `resume=True` continues it, skipping the sources already done.
One run at a time writes an output: a run holds an exclusive lock on `OUT.partial` from before it reads
it until it is renamed, and a second run on the same `OUT` stops at once with OutputLockedError.
"""
from __future__ import annotations

import csv
import datetime as dt
import fcntl
import io
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from extractor.api import extract_many
from extractor.errors import OutputExistsError, OutputLockedError
from extractor.inputs import Article, headline_of, iter_article_paths
from extractor.pipeline import DEFAULT_MODEL, load_pipeline
from extractor.models import ArticleRecord, ErrorRecord

STDIN = "-"
FORMATS = ("jsonl", "json", "csv")
# One CSV row per mention, role, relation or failed input; `kind` says which (see README, "CSV output").
CSV_COLUMNS = ["source", "kind", "type", "id", "name", "text", "start", "end", "value", "value_max", "unit",
               "qualifier", "period", "duration", "extra"]


@dataclass
class ExtractionRun:
    articles: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0
    failed_sources: list[str] = field(default_factory=list)


def _items(paths: Iterable[str], stdin: TextIO | None, *, include: Sequence[str] = (),
           exclude: Sequence[str] = ()) -> Iterator[object]:
    for raw in paths:
        if raw == STDIN:
            text = stdin.read() if stdin else ""
            yield Article(text=text, source="<stdin>", title=headline_of(text))
        else:
            yield from iter_article_paths([raw], include=include, exclude=exclude)


def _locked(partial: Path, output: Path) -> TextIO:
    """`partial` opened for writing without truncating it, under an exclusive lock held until it is closed."""
    sink = partial.open("a+", encoding="utf-8", newline="")
    try:
        fcntl.flock(sink.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        sink.close()
        raise OutputLockedError(f"another run is writing to {output} (it holds {partial}); wait for it to end "
                                "or choose another output") from None
    return sink


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


def csv_rows(record: ArticleRecord | ErrorRecord) -> Iterator[dict]:
    """The CSV rows of a record, as dicts keyed by CSV_COLUMNS (a missing key is an empty cell).

    kind=entity: one row per mention (type, id, name, text, offsets; extra: kind and maker).
    kind=amount / percentage / date: one row per mention, with its value and qualifiers.
    kind=role: one row per role of a person (type: the normalized title, text: the title as written;
    extra: the organization id).
    kind=relation: one row per relation (type, text: its trigger, start/end: its evidence sentence,
    value: its confidence; extra: arguments, attributes and rule, as JSON).
    kind=error: one row per input that failed (type: the error code, text: the message)."""
    source = record.source
    if isinstance(record, ErrorRecord):
        yield {"source": source, "kind": "error", "type": record.error.code, "text": record.error.message}
        return
    for entity in record.entities:
        extra = _json({"kind": entity.kind, "maker": entity.maker})
        for m in entity.mentions:
            yield {"source": source, "kind": "entity", "type": entity.type, "id": entity.id, "name": entity.name,
                   "text": m.text, "start": m.start, "end": m.end, "extra": extra}
    for a in record.amounts:
        yield {"source": source, "kind": "amount", "type": "MONEY", "text": a.text, "start": a.start, "end": a.end,
               "value": _plain(a.value), "value_max": _plain(a.value_max), "unit": a.currency, "qualifier": a.qualifier,
               "period": a.period, "duration": a.duration, "extra": _json({"currency_inferred": a.currency_inferred})}
    for p in record.percentages:
        yield {"source": source, "kind": "percentage", "type": "PERCENT", "text": p.text, "start": p.start,
               "end": p.end, "value": _plain(p.value), "unit": p.unit}
    for d in record.dates:
        yield {"source": source, "kind": "date", "type": "DATE", "text": d.text, "start": d.start, "end": d.end,
               "value": d.value, "value_max": d.value_max, "unit": d.precision,
               "extra": _json({"relative": d.relative})}
    for entity in record.entities:
        for role in entity.roles:
            yield {"source": source, "kind": "role", "type": role.title_normalized, "id": entity.id,
                   "name": entity.name, "text": role.title, "extra": _json({"organization": role.organization})}
    for relation in record.relations:
        trigger = relation.trigger
        yield {"source": source, "kind": "relation", "type": relation.type, "text": trigger.text if trigger else None,
               "start": relation.sentence.start, "end": relation.sentence.end, "value": relation.confidence,
               "extra": _json({"arguments": relation.arguments, "attributes": relation.attributes,
                               "rule": relation.rule})}


def _plain(value: Decimal | None) -> str | None:
    """A Decimal as plain digits, without exponent or trailing zeros: 26300000000, 12.5."""
    return None if value is None else format(value.normalize(), "f")


def _json(facts: dict) -> str:
    """The facts that are set, as compact JSON ('' when none is)."""
    kept = {key: value for key, value in facts.items() if value not in (None, False, {}, [])}
    return json.dumps(kept, ensure_ascii=False, sort_keys=True) if kept else ""


class RecordWriter:
    """Writes records in one of FORMATS to a text stream."""

    def __init__(self, sink: TextIO, fmt: str, *, append: bool = False, indent: int | None = None) -> None:
        self.sink, self.fmt, self.indent, self.count = sink, fmt, indent, 0
        if fmt == "csv":
            if not append:
                csv.writer(sink, lineterminator="\n").writerow(CSV_COLUMNS)
        elif fmt == "json":
            sink.write("[")

    def write(self, record: ArticleRecord | ErrorRecord) -> None:
        if self.fmt == "jsonl":
            self.sink.write(record.model_dump_json(indent=self.indent) + "\n")
        elif self.fmt == "json":
            self.sink.write(("," if self.count else "") + "\n" + record.model_dump_json(indent=self.indent))
        else:
            buffer = io.StringIO()  # one record's rows land at once, never half of them
            writer = csv.DictWriter(buffer, CSV_COLUMNS, lineterminator="\n")
            writer.writerows({key: "" if value is None else value for key, value in row.items()}
                             for row in csv_rows(record))
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
    indent: int | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    force: bool = False,
    resume: bool = False,
    include_text: bool = False,
    min_confidence: float = 0.0,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    on_error: Callable[[str | None, str], None] | None = None,
    on_record: Callable[[ExtractionRun], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_warning: Callable[[str | None, str], None] | None = None,
) -> ExtractionRun:
    """Extract every input and write the records to `output` (or `stdout`) in `fmt`.

    `indent` pretty-prints JSON records; `include` and `exclude` are file-name patterns for folder walks
    (see `iter_article_paths`). Callbacks: `on_error(source, message)` for an input that failed,
    `on_warning(source, message)` for a record cut at the mention ceiling, `on_record(run)` after each
    record written, `on_progress(characters)` after each part of a text extracted."""
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
    sink = stdout
    if partial is not None:
        if resume and output.exists() and not partial.exists():
            os.replace(output, partial)  # a finished run being extended: continue it the same way
        sink = _locked(partial, output)  # before anything is read or truncated
        if resume:
            skip = done_sources(partial)
            sink.seek(0, os.SEEK_END)
        else:
            sink.truncate(0)
    items = _items(paths, stdin, include=include, exclude=exclude)
    if skip:
        items = (item for item in items if not (isinstance(item, Path) and str(item) in skip))
    writer = RecordWriter(sink, fmt, append=resume and bool(skip), indent=indent)
    try:
        for record in extract_many(items, published=published, batch_size=batch_size, n_process=workers,
                                   model=model, include_text=include_text, on_progress=on_progress,
                                   min_confidence=min_confidence):
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
                for warning in record.warnings if on_warning else ():
                    on_warning(record.source, warning)
            writer.write(record)
            if on_record:
                on_record(run)
        writer.close()
        if partial is not None:
            os.replace(partial, output)  # still under the lock: no other run can have opened it meanwhile
    finally:
        if partial is not None:
            sink.close()
    run.seconds = time.perf_counter() - started
    return run
