"""The store as the web app reads it: a read-only DuckDB connection, one cursor a request."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whosays.errors import StoreError


class Corpus:
    """A whosays store opened read-only; :meth:`cursor` gives each request its own cursor."""

    def __init__(self, connection: Any, path: str = ":memory:") -> None:
        self._connection = connection
        self.path = path

    @classmethod
    def open(cls, path: str | Path) -> Corpus:
        """Open the store at ``path`` read-only (the app never writes)."""
        import duckdb

        try:
            connection = duckdb.connect(str(path), read_only=True)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {path} read-only: {exc}") from exc
        corpus = cls(connection, str(path))
        corpus.check()
        return corpus

    def check(self) -> None:
        """Raise :class:`StoreError` unless the tables the app reads are there."""
        import duckdb

        needed = {"articles", "quotes", "sentences", "speakers", "entities", "timexes"}
        try:
            with self.cursor() as cur:
                found = {
                    row[0]
                    for row in cur.execute(
                        "SELECT table_name FROM information_schema.tables"
                    ).fetchall()
                }
        except duckdb.Error as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from exc
        missing = sorted(needed - found)
        if missing:
            raise StoreError(f"{self.path} is not a whosays store (no {', '.join(missing)} table)")

    @contextmanager
    def cursor(self) -> Iterator[Any]:
        """A cursor of its own for one request (DuckDB connections are not shared by threads)."""
        cursor = self._connection.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()
