"""Options shared by several commands, defined once so their names and help agree."""

from __future__ import annotations

import click

from whosays.nlp import DEFAULT_MODEL

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

json_flag = click.option(
    "--json", "as_json", is_flag=True, help="Print the scores as one JSON object."
)
