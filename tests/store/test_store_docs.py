"""docs/store.md documents every table, column, store command and option."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from whosays.cli.store import commands
from whosays.store.rows import TABLE_SCHEMAS

DOCS = Path(__file__).resolve().parents[2] / "docs" / "store.md"


def section(heading: str) -> str:
    text = DOCS.read_text(encoding="utf-8")
    assert heading in text, f"docs/store.md has no {heading} section"
    return text.split(heading, 1)[1].split("\n#", 1)[0]


@pytest.mark.parametrize("table", sorted(TABLE_SCHEMAS))
def test_every_column_is_documented(table: str) -> None:
    documented = set(re.findall(r"^\| `(\w+)` \|", section(f"### `{table}`"), re.MULTILINE))
    assert documented == set(TABLE_SCHEMAS[table].names)


@pytest.mark.parametrize("command", commands, ids=[c.name or "" for c in commands])
def test_every_store_command_and_option_is_documented(command: click.Command) -> None:
    text = section(f"### `whosays {command.name}`")
    for param in command.params:
        if isinstance(param, click.Option):
            assert max(param.opts, key=len) in text, f"{command.name} {param.opts}"
