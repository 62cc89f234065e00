"""``whosays analyze``: analyse articles and print a report, JSON or JSON lines."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click
from rich.console import Console

from whosays.cli.options import attribution_model_option, model_option, published_option
from whosays.errors import IngestError
from whosays.ingest import iter_inputs
from whosays.ingest.language import not_english_reason
from whosays.nlp import load_pipeline
from whosays.outputs.report import print_report
from whosays.records import Article, ArticleInput


def _valid_inputs(
    sources: tuple[str, ...], published: str | None, failures: list[IngestError]
) -> Iterator[ArticleInput]:
    for item in iter_inputs(sources, published=published):
        if isinstance(item, IngestError):
            failures.append(item)
            click.echo(f"whosays: error: {item}", err=True)
            continue
        reason = not_english_reason(item.text)
        if reason is not None:
            click.echo(f"whosays: warning: {item.origin}: {reason}", err=True)
        yield item


def _emit(article: Article, fmt: str, console: Console, first: bool) -> None:
    if fmt == "json":
        click.echo(article.to_json(indent=2))
    elif fmt == "jsonl":
        click.echo(article.to_json(indent=None))
    else:
        if not first:
            console.rule()
        print_report(article, console)


@click.command("analyze")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl"]),
    default="text",
    show_default=True,
    help="text: readable report; json: one contract object per article; jsonl: one per line.",
)
@published_option
@model_option
@attribution_model_option
@click.option(
    "--batch-size",
    default=16,
    show_default=True,
    type=click.IntRange(1),
    help="Articles per spaCy batch.",
)
@click.option(
    "--n-process",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Worker processes for spaCy.",
)
def command(
    inputs: tuple[str, ...],
    fmt: str,
    published: str | None,
    model: str,
    attribution_model: str | None,
    batch_size: int,
    n_process: int,
) -> None:
    """Analyse INPUTS: text, HTML, JSONL or WARC files, directories, globs, or - for stdin.

    Prints who says what in each article. Unreadable inputs are reported on stderr
    and listed at the end; the others are still analysed (exit code 2 if any failed).
    An article that does not look like English is analysed with a warning on stderr.
    """
    from whosays.api import analyze_inputs  # imports spaCy: only when analysing

    nlp = load_pipeline(model, attribution_model=attribution_model)
    failures: list[IngestError] = []
    console = Console()
    articles = analyze_inputs(
        _valid_inputs(inputs, published, failures),
        nlp=nlp,
        batch_size=batch_size,
        n_process=n_process,
    )
    for i, article in enumerate(articles):
        _emit(article, fmt, console, first=i == 0)
    if failures:
        click.echo(f"whosays: {len(failures)} input(s) failed:", err=True)
        for failure in failures:
            click.echo(f"  {failure}", err=True)
        sys.exit(2)
