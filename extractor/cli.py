"""The `extractor` command: a thin typer wrapper over `extractor.run` and the public functions."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from extractor.errors import ExtractorError
from extractor.pipeline import DEFAULT_MODEL
from extractor.run import ExtractionRun, run_extraction

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Structured records (money, companies, people, products, dates) from French tech news.",
)


@app.command("extract")
def extract_command(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .md), folders (searched recursively), or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write JSONL here instead of stdout.")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD for inputs that carry none (relative dates resolve against it).")] = None,
    model: Annotated[str, typer.Option("--model", help="spaCy model: fr_core_news_md or fr_core_news_sm.")] = DEFAULT_MODEL,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")] = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per spaCy batch.")] = 32,
) -> None:
    """Extract one JSON record per article, as JSON Lines.

    Inputs that cannot be read produce an error record in the stream and a message on stderr; the
    others are still processed. The exit status is 1 when any input failed, 2 on a usage error.
    """
    if output is not None and output.exists() and not force:
        typer.echo(f"error: {output} exists; pass --force to overwrite it", err=True)
        raise typer.Exit(2)
    try:
        run: ExtractionRun = run_extraction(
            paths, output=output, published=published, model=model, batch_size=batch_size,
            stdin=sys.stdin, stdout=sys.stdout,
            on_error=lambda source, message: typer.echo(f"error: {source}: {message}", err=True),
        )
    except ExtractorError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from None
    if run.errors:
        typer.echo(f"{run.errors} of {run.articles + run.errors} inputs failed", err=True)
        raise typer.Exit(1)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the article record."""
    from models import ArticleRecord

    typer.echo(json.dumps(ArticleRecord.model_json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    app()
