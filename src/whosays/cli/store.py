"""Store commands: ``whosays export``, ``speakers``, ``quotes``, ``outlets`` and ``sql``.

Each opens the DuckDB store read-only (``speakers --aliases`` opens it read-write to
save the aliases), calls one function of :mod:`whosays.store.query`, and prints a rich
table or JSON.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from whosays.store import query
from whosays.store.duckdb import DEFAULT_DB, Store
from whosays.store.speakers import EMPTY_ALIASES, load_aliases

_FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table: readable table; json: the page (items, total, next_offset) as JSON.",
)
_DB = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    envvar="WHOSAYS_DB",
    help="The DuckDB store (env WHOSAYS_DB).",
)
_LIMIT = click.option(
    "--limit",
    default=50,
    show_default=True,
    type=click.IntRange(1, query.MAX_LIMIT),
    help="Rows per page.",
)
_OFFSET = click.option(
    "--offset", default=0, show_default=True, type=click.IntRange(0), help="Rows to skip."
)
_AFTER = click.option(
    "--after",
    metavar="TOKEN",
    help="Keyset page token: the next_after of the previous page (JSON output).",
)
_ALIASES = click.option(
    "--aliases",
    "aliases_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Alias file (alias<TAB>canonical a line).",
)


def _cell(value: Any, width: int = 80) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def print_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> None:
    """Print rows as a rich table on stdout (all columns unless ``columns`` is given)."""
    console = Console()
    names = list(columns or (rows[0].keys() if rows else []))
    table = Table(*names, show_lines=False)
    for row in rows:
        table.add_row(*(_cell(row.get(name)) for name in names))
    console.print(table)


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _emit(page: query.Page, fmt: str, columns: Sequence[str]) -> None:
    if fmt == "json":
        _print_json(page.to_dict())
        return
    print_rows(page.items, columns)
    shown = f"{page.offset + 1}–{page.offset + len(page.items)}" if page.items else "none"
    click.echo(f"{shown} of {page.total}", err=True)


def _reading(db: str, action: Callable[[Store], None]) -> None:
    with Store(db, read_only=True) as store:
        action(store)


@click.command("export")
@_DB
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["parquet", "jsonl", "csv"]),
    default="parquet",
    show_default=True,
    help="File format of the exported tables.",
)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Output directory.")
@click.option("--table", "tables", multiple=True, help="Table to export (repeatable; default all).")
def export_command(db: str, fmt: str, out: str, tables: tuple[str, ...]) -> None:
    """Write the store's tables to OUT/<table>.<format>."""
    with Store(db, read_only=True) as store:
        for path in store.export(out, fmt, tables or None):
            click.echo(str(path))


@click.command("speakers")
@_DB
@click.option(
    "--type",
    "speaker_type",
    type=click.Choice(["person", "organization", "document", "group", "anonymous", "unknown"]),
    help="Only speakers of this type.",
)
@click.option(
    "--search",
    help='Only speakers with a name holding every word (or "quoted phrase") of this text.',
)
@_ALIASES
@_LIMIT
@_OFFSET
@_AFTER
@_FORMAT
def speakers_command(
    db: str,
    speaker_type: str | None,
    search: str | None,
    aliases_file: str | None,
    limit: int,
    offset: int,
    after: str | None,
    fmt: str,
) -> None:
    """List canonical speakers across all articles, most quoted first.

    With --aliases FILE the aliases are saved in the store first (this needs write
    access: no batch run may hold the store) and speakers are merged accordingly.
    """
    if aliases_file is not None:
        with Store(db) as store:
            count = store.set_aliases(aliases_file)
        click.echo(f"{count} alias keys stored in {db}", err=True)
    columns = ("speaker_id", "name", "type", "n_quotes", "n_articles", "n_outlets", "names")
    _reading(
        db,
        lambda store: _emit(
            query.list_speakers(
                store,
                speaker_type=speaker_type,
                search=search,
                limit=limit,
                offset=offset,
                after=after,
            ),
            fmt,
            columns,
        ),
    )


@click.command("quotes")
@_DB
@click.option("--speaker", help="Speaker name, matched through the normaliser and aliases.")
@click.option("--speaker-id", help="Canonical speaker id (from whosays speakers).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before.")
@click.option("--outlet", help="Only quotes from this source.")
@click.option(
    "--kind", type=click.Choice(["direct", "indirect", "mixed"]), help="Only this quote kind."
)
@click.option(
    "--contains",
    metavar="TEXT",
    help='Only quotes whose text holds every word (or "quoted phrase") of TEXT; '
    "case and accents are ignored.",
)
@_ALIASES
@_LIMIT
@_OFFSET
@_AFTER
@_FORMAT
def quotes_command(
    db: str,
    speaker: str | None,
    speaker_id: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    outlet: str | None,
    kind: str | None,
    contains: str | None,
    aliases_file: str | None,
    limit: int,
    offset: int,
    after: str | None,
    fmt: str,
) -> None:
    """List quotes, newest first, filtered by speaker, date, outlet, kind and words.

    A one-word --speaker (a surname) matches every person with that surname; give the
    full name to get one person. --aliases adds aliases for this query only.
    --contains 'tariffs "trade war"' finds the quotes that hold both.
    """
    aliases = load_aliases(aliases_file) if aliases_file else EMPTY_ALIASES
    columns = ("published_date", "source", "speaker_full_name", "kind", "cue_text", "text")
    _reading(
        db,
        lambda store: _emit(
            query.find_quotes(
                store,
                speaker=speaker,
                speaker_id=speaker_id,
                since=since.date() if since else None,
                until=until.date() if until else None,
                outlet=outlet,
                kind=kind,
                contains=contains,
                aliases=aliases,
                limit=limit,
                offset=offset,
                after=after,
            ),
            fmt,
            columns,
        ),
    )


@click.command("outlets")
@_DB
@_LIMIT
@_OFFSET
@_FORMAT
def outlets_command(db: str, limit: int, offset: int, fmt: str) -> None:
    """Per outlet: articles, quotes, and the share of sentences in each voice."""
    columns = (
        "source",
        "n_articles",
        "n_quotes",
        "n_sentences",
        "share_quoted",
        "share_vague",
        "share_author",
    )
    _reading(
        db,
        lambda store: _emit(query.list_outlets(store, limit=limit, offset=offset), fmt, columns),
    )


@click.command("sql")
@click.argument("statement")
@_DB
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table: readable table; json: a list of row objects.",
)
def sql_command(statement: str, db: str, fmt: str) -> None:
    """Run one SQL STATEMENT on the store, opened read-only (schema: docs/store.md)."""

    def run(store: Store) -> None:
        rows = query.run_sql(store, statement)
        if fmt == "json":
            _print_json(rows)
        else:
            print_rows(rows)

    _reading(db, run)


#: The commands this module adds to ``whosays``.
commands = [export_command, speakers_command, quotes_command, outlets_command, sql_command]
