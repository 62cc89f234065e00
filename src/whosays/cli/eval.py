"""``whosays eval``: score whosays against evaluation data sets given by path."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from whosays.cli.options import (
    POLNEAR_HELP,
    attribution_model_option,
    data_option,
    json_flag,
    model_option,
)

if TYPE_CHECKING:
    from whosays.eval.attribution import RoleScores

T = TypeVar("T")


@click.group("eval")
def command() -> None:
    """Evaluate against a data set (PolNeAR, TempEval-3, MEANTIME) at a path you give."""


def _with_progress(items: Iterable[T], total: int, label: str) -> Iterator[T]:
    console = Console(stderr=True)
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, disable=not console.is_terminal) as progress:
        yield from progress.track(items, total=total)


@command.command("polnear")
@data_option(POLNEAR_HELP, default=Path("../shared/data/polnear"))
@click.option(
    "--split",
    type=click.Choice(["train", "dev", "test"]),
    default="dev",
    show_default=True,
    help="Which split to score (tune on train/dev, report test).",
)
@model_option
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help='Print {"direct": {"p", "r", "f1", "speaker_accuracy", "n_gold", "n_pred"}, '
    '"source"|"cue"|"content": {"exact"|"overlap": {"p", "r", "f1"}}}.',
)
@attribution_model_option
def polnear(
    data: Path, split: str, model: str, as_json: bool, attribution_model: str | None
) -> None:
    """Score direct quotations (gold content holding a quote mark) and all attributions on PolNeAR.

    A prediction matches a gold attribution when it covers at least half of the
    gold content; speaker accuracy is the share of matches whose speaker mention
    overlaps the gold Source. All attributions are then scored per role (source,
    cue, content), exact-span and overlap P/R/F1 (docs/attribution.md).
    """
    from whosays.eval.attribution import evaluate_polnear_all

    def progress(docs: Iterable[T]) -> Iterator[T]:
        items = list(docs)
        return _with_progress(items, len(items), f"PolNeAR {split}")

    if attribution_model is not None:
        from whosays.train.evaluate import evaluate_learned, scores_table

        learned = evaluate_learned(data, split, attribution_model, progress=progress)
        if as_json:
            click.echo(json.dumps(learned.to_dict()))
        else:
            Console(file=sys.stdout).print(scores_table(f"PolNeAR {split}: learned", learned))
        return

    scores, roles = evaluate_polnear_all(data, split, model=model, progress=progress)
    if as_json:
        click.echo(json.dumps({"direct": scores.to_dict(), **roles.to_dict()}))
        return
    table = Table(title=f"PolNeAR {split}: quotes with quote marks")
    for column in ("precision", "recall", "F1", "speaker accuracy", "gold", "predicted"):
        table.add_column(column, justify="right")
    values = scores.to_dict()
    table.add_row(
        *(f"{values[k]:.3f}" for k in ("p", "r", "f1", "speaker_accuracy")),
        str(scores.n_gold),
        str(scores.n_pred),
    )
    Console(file=sys.stdout).print(table)
    Console(file=sys.stdout).print(_role_table(f"PolNeAR {split}: all attributions", roles))


def _role_table(title: str, roles: RoleScores) -> Table:
    table = Table(title=title)
    for column in ("role", *(f"{m} {f}" for m in ("exact", "overlap") for f in ("P", "R", "F1"))):
        table.add_column(column, justify="right")
    for role, figures in roles.to_dict().items():
        exact, overlap = figures["exact"], figures["overlap"]
        cells = [exact[k] for k in ("p", "r", "f1")] + [overlap[k] for k in ("p", "r", "f1")]
        table.add_row(role, *(f"{value:.3f}" for value in cells))
    return table


def _print_time_scores(title: str, scores: object, as_json: bool) -> None:
    from whosays.eval.tempeval import Scores, format_scores

    assert isinstance(scores, Scores)
    click.echo(json.dumps(scores.as_dict()) if as_json else format_scores(title, scores))


@command.command("tempeval")
@data_option("TempEval-3 folder holding the split folders (train/, platinum/).")
@click.option("--split", default="platinum", show_default=True, help="Split folder to score.")
@model_option
@json_flag
def tempeval(data: Path, split: str, model: str, as_json: bool) -> None:
    """Score time expressions on TempEval-3 (strict/relaxed span F1, value F1; DCT as reference)."""
    from whosays.eval.tempeval import evaluate_tempeval

    _print_time_scores(f"TempEval-3 {split}", evaluate_tempeval(data, split, model), as_json)


@command.command("meantime")
@data_option("MEANTIME folder (holding intra-doc_annotation/).")
@model_option
@json_flag
def meantime(data: Path, model: str, as_json: bool) -> None:
    """Score time expressions on MEANTIME (English) with the TempEval-3 measures."""
    from whosays.eval.meantime import evaluate_meantime

    _print_time_scores("MEANTIME", evaluate_meantime(data, model), as_json)
