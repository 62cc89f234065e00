"""Batch fixtures: the example corpus with damaged inputs, and a store snapshot for comparing."""

from __future__ import annotations

import gzip
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from whosays.store.duckdb import Store

CORPUS = Path(__file__).resolve().parent / "corpus"

# Columns that name a run or a moment, so they differ between equal runs.
RUN_COLUMNS = {"run_id", "occurred_at", "added_at", "path"}
COMPARED_TABLES = (
    "articles",
    "sentences",
    "quotes",
    "entities",
    "mentions",
    "timexes",
    "errors",
    "shards",
    "speakers",
)


def write_damaged_inputs(directory: Path) -> None:
    """A binary file named .txt and a gzip JSONL file cut off in the middle."""
    (directory / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    lines = b"".join(
        b'{"id": "g%d", "text": "The council said on Monday that road %d will close."}\n' % (i, i)
        for i in range(40)
    )
    data = gzip.compress(lines)
    (directory / "feed.jsonl.gz").write_bytes(data[: len(data) // 2])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example corpus (12 JSONL articles, one bad line, 3 text files) plus damaged files."""
    directory = tmp_path_factory.mktemp("corpus")
    for path in CORPUS.iterdir():
        shutil.copy(path, directory / path.name)
    write_damaged_inputs(directory)
    return directory


Snapshot = Callable[[Path], dict[str, list[tuple[Any, ...]]]]


def _snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every compared table's rows, sorted, without the columns that name a run."""
    with Store(db, read_only=True) as store:
        tables = {}
        for table in COMPARED_TABLES:
            columns = [row[0] for row in store.execute(f"DESCRIBE {table}")]
            kept = ", ".join(c for c in columns if c not in RUN_COLUMNS)
            tables[table] = [
                tuple(row) for row in store.execute(f"SELECT {kept} FROM {table} ORDER BY ALL")
            ]
        return tables


@pytest.fixture()
def snapshot() -> Snapshot:
    """A function giving a store's compared tables, for equality between runs."""
    return _snapshot
