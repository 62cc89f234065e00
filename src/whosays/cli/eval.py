"""``whosays eval``: score whosays against evaluation data sets given by path."""

from __future__ import annotations

import click


@click.group("eval")
def command() -> None:
    """Evaluate against a data set (PolNeAR, TempEval-3, MEANTIME) at a path you give."""
