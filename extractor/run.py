"""A batch run over files, folders and stdin, written as JSON Lines: what the CLI calls, callable from code."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from extractor.api import extract_many
from extractor.inputs import iter_article_paths
from extractor.pipeline import DEFAULT_MODEL, load_pipeline
from models import ErrorRecord

STDIN = "-"


@dataclass
class ExtractionRun:
    articles: int = 0
    errors: int = 0


def _items(paths: Iterable[str], stdin: TextIO | None) -> Iterator[object]:
    for raw in paths:
        if raw == STDIN:
            yield {"text": stdin.read() if stdin else "", "source": "<stdin>"}
        else:
            yield from iter_article_paths([raw])


def run_extraction(
    paths: Iterable[str],
    *,
    output: Path | None = None,
    published: dt.date | str | None = None,
    model: str = DEFAULT_MODEL,
    batch_size: int = 32,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    on_error: Callable[[str | None, str], None] | None = None,
) -> ExtractionRun:
    """Extract every input and write one JSON line per record to `output` (or `stdout`)."""
    load_pipeline(model)  # fail early, before any output is opened, when the model is missing
    run = ExtractionRun()
    sink = output.open("w", encoding="utf-8") if output is not None else stdout
    try:
        for record in extract_many(_items(paths, stdin), published=published, batch_size=batch_size, model=model):
            if isinstance(record, ErrorRecord):
                run.errors += 1
                if on_error:
                    on_error(record.source, record.error.message)
            else:
                run.articles += 1
            sink.write(record.model_dump_json() + "\n")
            sink.flush()
    finally:
        if output is not None:
            sink.close()
    return run
