"""``whosays batch``: analyse a corpus into the DuckDB store, resumably, locally or on Dask."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from whosays.batch import BatchOptions, BatchSummary, Outcome, run_batch
from whosays.cli.options import model_option
from whosays.ingest.text import normalise_date
from whosays.store.duckdb import Store

ERRORS_SHOWN = 10


class ArticleRateColumn(ProgressColumn):
    """Articles per second, from rich's running speed estimate."""

    def render(self, task: Task) -> Text:
        """The rate as ``12.3 articles/s`` (blank until the first shard is done)."""
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:.1f} articles/s", style="progress.data.speed")


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        ArticleRateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=not console.is_terminal,
    )


@contextmanager
def _progress_listeners(
    console: Console,
) -> Iterator[tuple[Callable[[BatchSummary], None], Callable[[Outcome], None]]]:
    with _progress(console) as progress:
        task_id = progress.add_task("articles", total=None)

        def on_plan(summary: BatchSummary) -> None:
            progress.update(task_id, total=summary.records_planned)

        def on_shard(outcome: Outcome) -> None:
            progress.advance(task_id, outcome.task.shard.size)

        yield on_plan, on_shard


def _summary_line(summary: BatchSummary) -> str:
    return (
        f"whosays: {summary.shards_done} shard(s) recorded, "
        f"{summary.shards_already_done} already done, {summary.shards_failed} failed; "
        f"{summary.articles} article(s), {summary.errors} error(s), "
        f"{summary.skipped} skipped by --since, "
        f"{summary.not_english} not looking like English; "
        f"{summary.articles_per_second():.2f} articles/s in {summary.seconds:.1f} s "
        f"(run {summary.run_id})"
    )


def _error_lines(db: str, run_id: str, limit: int = ERRORS_SHOWN) -> list[str]:
    """The run's first ``limit`` errors, one line each, and how to list the rest."""
    with Store(db, read_only=True) as store:
        rows = store.execute(
            "SELECT reason, count(*) OVER () FROM errors WHERE run_id = ? "
            "ORDER BY occurred_at, origin LIMIT ?",
            [run_id, limit],
        )
    if not rows:
        return []
    total = int(rows[0][1])
    lines = [f"whosays: {total} input(s) failed:"] + [f"  {reason}" for reason, _ in rows]
    if total > len(rows):
        query = f"SELECT origin, reason FROM errors WHERE run_id = '{run_id}'"
        lines.append(f'  … and {total - len(rows)} more: whosays sql "{query}" --db {db}')
    return lines


def _since(value: str | None) -> str | None:
    return None if value is None else normalise_date(value, "--since")


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--db",
    default="whosays.duckdb",
    show_default=True,
    help="DuckDB store the results are recorded in (created if missing).",
)
@click.option(
    "--out",
    metavar="DIR",
    help="Folder for the Parquet shards (default: <db>.shards). On a Dask "
    "cluster it must be shared storage every worker can write.",
)
@model_option
@click.option(
    "--n-process",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Local worker processes (each loads the model once).",
)
@click.option(
    "--batch-size",
    default=16,
    show_default=True,
    type=click.IntRange(1),
    help="Articles per spaCy batch inside a worker.",
)
@click.option(
    "--shard-size",
    default=100,
    show_default=True,
    type=click.IntRange(1),
    help="Input records per shard, the unit that is written and skipped on resume.",
)
@click.option(
    "--limit", type=click.IntRange(1), metavar="N", help="Stop after the first N input records."
)
@click.option(
    "--since",
    metavar="DATE",
    help="Skip articles published before DATE (YYYY-MM-DD); undated ones are kept.",
)
@click.option(
    "--skip-non-english",
    is_flag=True,
    help="Skip articles that do not look like English (whosays reads English only) "
    "instead of analysing them; they are counted either way.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Redo shards already recorded in the store (their rows are replaced).",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:8786",
    help="Run shards on this dask.distributed scheduler instead of local processes.",
)
def command(
    inputs: tuple[str, ...],
    db: str,
    out: str | None,
    model: str,
    n_process: int,
    batch_size: int,
    shard_size: int,
    limit: int | None,
    since: str | None,
    skip_non_english: bool,
    force: bool,
    scheduler: str | None,
) -> None:
    """Analyse INPUTS (files, directories, globs; text, HTML, JSONL, WARC) into the store.

    Work is split into shards; each is written as Parquet files, then recorded in the
    database, so a run that is stopped can be started again and skips finished shards.
    Inputs that fail are stored in the errors table and the run goes on.
    """
    options = BatchOptions(
        inputs=inputs,
        db=db,
        out=out,
        model=model,
        n_process=n_process,
        batch_size=batch_size,
        shard_size=shard_size,
        limit=limit,
        since=_since(since),
        force=force,
        scheduler=scheduler,
        skip_non_english=skip_non_english,
    )
    console = Console(stderr=True)
    with _progress_listeners(console) as (on_plan, on_shard):
        summary = run_batch(options, on_plan=on_plan, on_shard=on_shard)
    click.echo(_summary_line(summary), err=True)
    if summary.errors:
        for line in _error_lines(db, summary.run_id):
            click.echo(line, err=True)
    if summary.shards_failed:
        sys.exit(2)
