"""The documentation covers every command and option of the command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from whosays.cli.main import cli

DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def walk(command: click.Command, path: str = "whosays") -> Iterator[tuple[str, click.Command]]:
    """Every (full command path, command) pair under ``command``, itself included."""
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from walk(sub, f"{path} {name}")


COMMANDS = list(walk(cli))


def test_there_are_commands_to_document() -> None:
    assert len(COMMANDS) > 2


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[p for p, _ in COMMANDS])
def test_command_and_options_are_documented(path: str, command: click.Command) -> None:
    text = DOCS.read_text("utf-8")
    heading = f"`{path}`"
    assert heading in text, f"{path} has no section in docs/cli.md"
    section = text.split(heading, 1)[1].split("\n#", 1)[0]
    for param in command.params:
        if isinstance(param, click.Option):
            flag = max(param.opts, key=len)
            assert flag in section, f"{path} {flag} is not documented in docs/cli.md"
    assert command.help, f"{path} has no help text"
