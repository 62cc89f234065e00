"""The ``whosays`` command group and the mapping from errors to exit codes."""

from __future__ import annotations

import importlib
import sys

import click

from whosays import __version__
from whosays.errors import WhosaysError

# Each module defines one click command (or group) named ``command``, or a list
# of them named ``commands``.
COMMAND_MODULES = (
    "whosays.cli.analyze",
    "whosays.cli.batch",
    "whosays.cli.eval",
    "whosays.cli.serve",
    "whosays.cli.store",
    "whosays.cli.train",
)


class WhosaysGroup(click.Group):
    """A click group that turns :class:`WhosaysError` into a one-line message and exit code."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except WhosaysError as exc:
            click.echo(f"whosays: error: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=WhosaysGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="whosays")
def cli() -> None:
    """whosays: who says so? Find every attribution in news articles, its speaker and time."""


def _register() -> None:
    for module_name in COMMAND_MODULES:
        module = importlib.import_module(module_name)
        for command in getattr(module, "commands", None) or [module.command]:
            cli.add_command(command)


_register()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="whosays")
