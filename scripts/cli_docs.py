"""Write docs/cli.md: every whosays command with its help text and options.

Run after adding or changing a command or option: ``.venv/bin/python scripts/cli_docs.py``.
``tests/test_docs.py`` fails when a command or option is missing from the page.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from whosays.cli.main import cli

OUT = Path(__file__).resolve().parent.parent / "docs" / "cli.md"

INTRO = """# Command line reference

Every command also runs as `python -m whosays ...`. Errors are printed on one line as
`whosays: error: <what was wrong>`; exit codes: 0 success, 1 other whosays error, 2 bad
input (in a run over several articles: at least one input failed, the others were still
analysed), 3 model not installed, 4 evaluation data not found, 5 store error.

This page is generated from the commands' own help by `scripts/cli_docs.py`.
"""


def walk(command: click.Command, path: str) -> Iterator[tuple[str, click.Command]]:
    """Every (full command path, command) pair under ``command``, itself included."""
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from walk(sub, f"{path} {name}")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def option_rows(command: click.Command) -> list[str]:
    """Markdown table rows for the options of ``command``."""
    rows = []
    for param in command.params:
        if not isinstance(param, click.Option):
            continue
        flags = ", ".join(f"`{o}`" for o in param.opts + param.secondary_opts)
        kind = "flag" if param.is_flag else _cell(param.type.name)
        if isinstance(param.type, click.Choice):
            kind = " / ".join(f"`{c}`" for c in param.type.choices)
        default = param.default
        # click >= 8.2 marks "no default" with a sentinel object rather than None.
        if param.is_flag or default in (None, False, ()) or "Sentinel" in repr(default):
            default = ""
        help_text = _cell(param.help or "")
        if default != "":
            help_text += f" (default: `{default}`)"
        rows.append(f"| {flags} | {kind} | {help_text} |")
    return rows


def section(path: str, command: click.Command) -> str:
    """The markdown section of one command."""
    ctx = click.Context(command, info_name=path)
    usage = command.collect_usage_pieces(ctx)
    lines = [f"## `{path}`", "", "```", f"{path} {' '.join(usage)}", "```", ""]
    lines += [inspect.cleandoc(command.help or ""), ""]
    rows = option_rows(command)
    if rows:
        lines += ["| option | value | what it does |", "|---|---|---|", *rows, ""]
    return "\n".join(lines)


def render() -> str:
    """The whole page."""
    sections = [section(path, cmd) for path, cmd in walk(cli, "whosays")]
    return INTRO + "\n" + "\n".join(sections)


if __name__ == "__main__":
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(render(), "utf-8")
    sys.stdout.write(f"wrote {OUT}\n")
