"""The store as the web app reads it: opened read-only, one cursor a request."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whosays.errors import StoreError


class Corpus:
    """A whosays store opened read-only; :meth:`cursor` gives each request its own cursor."""

    def __init__(self, connection: Any, path: str = ":memory:") -> None:
        self._connection = connection
        self.path = path
        self._memo: dict[str, Any] = {}

    @classmethod
    def open(cls, path: str | Path, *, wait_s: float = 5.0) -> Corpus:
        """Open the store at ``path`` read-only (the app never writes).

        Raises :class:`StoreError` when there is no store there, it is not a whosays
        store, or a writer holds it for longer than ``wait_s`` seconds.
        """
        from whosays.store.duckdb import Store

        store = Store.open(path, read_only=True, wait_s=wait_s)
        corpus = cls(store.connection, str(path))
        corpus.check()
        return corpus

    def check(self) -> None:
        """Raise :class:`StoreError` unless the tables the app reads are there."""
        needed = {"articles", "quotes", "sentences", "speakers", "entities", "timexes"}
        with self.cursor() as cur:
            found = {
                row[0]
                for row in cur.execute(
                    "SELECT table_name FROM information_schema.tables"
                ).fetchall()
            }
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

    def memo(self, key: str, compute: Callable[[Any], Any]) -> Any:
        """``compute(cursor)``, computed once: while the app holds the store read-only, no
        writer can open it, so what it holds does not change."""
        if key not in self._memo:
            with self.cursor() as cur:
                self._memo[key] = compute(cur)
        return self._memo[key]

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()
