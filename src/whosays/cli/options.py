"""Options shared by several commands, defined once so their names and help agree."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from whosays.nlp import DEFAULT_MODEL

F = TypeVar("F", bound=Callable[..., object])

model_option = click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="Installed spaCy pipeline (package name or path).",
)

published_option = click.option(
    "--published",
    metavar="DATE",
    help="Publication date (YYYY-MM-DD) to resolve relative dates against; "
    "overrides the article's own metadata.",
)

attribution_model_option = click.option(
    "--attribution-model",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="A model built by 'whosays train polnear' to find attributions instead of the "
    "rules (default: rules).",
)

POLNEAR_HELP = "PolNeAR folder holding <split>/text and <split>/attributions."

json_flag = click.option(
    "--json", "as_json", is_flag=True, help="Print the scores as one JSON object."
)


def data_option(help: str, default: Path | None = None) -> Callable[[F], F]:
    """``--data``: an existing folder of evaluation or training data, named by the user.

    Required unless ``default`` is given; the data never ships with whosays.
    """
    return click.option(
        "--data",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        default=default,
        required=default is None,
        show_default=default is not None,
        help=help,
    )
