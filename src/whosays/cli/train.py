"""``whosays train``: build optional learned models from data at a path you give."""

from __future__ import annotations

from pathlib import Path

import click

from whosays.cli.options import POLNEAR_HELP, data_option


@click.group("train")
def command() -> None:
    """Train optional models (their weights stay on your machine; nothing is shipped)."""


@command.command("polnear")
@data_option(POLNEAR_HELP)
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the corpus, config and models (model-best is the one to use).",
)
@click.option(
    "--max-steps",
    default=2000,
    show_default=True,
    type=click.IntRange(1),
    help="Training steps (batches of 300 words, growing to 2,000) before stopping.",
)
@click.option(
    "--eval-frequency",
    default=200,
    show_default=True,
    type=click.IntRange(1),
    help="Steps between scores on the dev split (model-best is chosen on them).",
)
@click.option(
    "--threads",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="CPU threads for the numeric libraries.",
)
@click.option(
    "--limit",
    type=click.IntRange(1),
    default=None,
    help="Use only the first N articles of each split (quick trials).",
)
@click.option("--force", is_flag=True, help="Convert the data again even if the corpus exists.")
def polnear(
    data: Path,
    output: Path,
    max_steps: int,
    eval_frequency: int,
    threads: int,
    limit: int | None,
    force: bool,
) -> None:
    """Train the SOURCE/CUE/CONTENT span model on PolNeAR train, picking the best on dev.

    Use the result with 'whosays analyze --attribution-model OUTPUT' or
    'whosays eval polnear --attribution-model OUTPUT'. PolNeAR has no licence:
    keep the model to yourself.
    """
    from whosays.train.driver import limit_threads, train_polnear

    limit_threads(threads)
    run = train_polnear(
        data, output, max_steps=max_steps, eval_frequency=eval_frequency, limit=limit, force=force
    )
    click.echo(f"model: {run.best_model}")
