"""Export round-trips: every table written as Parquet, JSON lines or CSV reads back equal."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from whosays.errors import StoreError
from whosays.store.duckdb import Store

READERS = {
    "parquet": "read_parquet('{path}')",
    "jsonl": "read_json('{path}', format = 'newline_delimited', columns = {columns})",
    "csv": "read_csv('{path}', header = true, columns = {columns})",
}


def _columns(store: Store, table: str) -> str:
    described = store.execute(f"DESCRIBE {table}")
    return "{" + ", ".join(f"'{name}': '{kind}'" for name, kind, *_ in described) + "}"


@pytest.mark.parametrize("fmt", ["parquet", "jsonl", "csv"])
@pytest.mark.parametrize("table", ["articles", "quotes", "sentences", "entities", "speakers"])
def test_export_round_trips(store: Store, tmp_path: Path, fmt: str, table: str) -> None:
    (path,) = store.export(tmp_path, fmt, [table])
    assert path == tmp_path / f"{table}.{fmt}"
    reader = READERS[fmt].format(path=path, columns=_columns(store, table))
    original = sorted(store.execute(f"SELECT * FROM {table}"), key=repr)
    exported = sorted(duckdb.connect().execute(f"SELECT * FROM {reader}").fetchall(), key=repr)
    assert exported == original
    assert len(original) > 0


def test_export_all_tables_by_default(store: Store, tmp_path: Path) -> None:
    names = {path.name for path in store.export(tmp_path, "parquet")}
    assert {"articles.parquet", "errors.parquet", "runs.parquet", "aliases.parquet"} <= names


@pytest.mark.parametrize(
    ("fmt", "tables", "message"), [("xml", None, "format"), ("csv", ["users"], "unknown table")]
)
def test_export_refuses_unknown_names(
    store: Store, tmp_path: Path, fmt: str, tables: list[str] | None, message: str
) -> None:
    with pytest.raises(StoreError, match=message):
        store.export(tmp_path, fmt, tables)
