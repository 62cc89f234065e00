"""The embedded DuckDB store (default ``whosays.duckdb``): one writer, read-only readers.

DuckDB locks the database file per process: either ONE process has it open read-write,
or any number of processes have it open read-only, never both at once (within one
process, any number of cursors read and write concurrently under MVCC). whosays keeps
every lock short: a batch run writes Parquet shards outside the database and opens the
store only to commit a finished shard (one transaction); readers (``whosays quotes``,
the web app) open it read-only for one request. :meth:`Store.open` retries while the
other side holds the lock (``wait_s``), so a reader delays a commit by at most its query
time and never fails a run.

Loading is idempotent: a shard is loaded and recorded in ``shards`` in one transaction,
a recorded shard is skipped (unless ``force``), and every load first deletes the rows of
the articles it brings, so an article stored twice keeps only its latest rows.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from whosays import __version__
from whosays.errors import StoreError
from whosays.records import Article
from whosays.store.parquet import shard_files
from whosays.store.rows import (
    ARTICLE_TABLES,
    SHARD_TABLES,
    Row,
    article_rows,
    error_row,
    merge_rows,
    rows_to_arrow,
    schema_sql,
)
from whosays.store.speakers import AliasTable, load_aliases
from whosays.store.sql import SPEAKER_NAMES_SQL, SPEAKERS_SQL, alias_join, speaker_id_sql

__all__ = ["DEFAULT_DB", "STORE_SCHEMA_VERSION", "ShardLocation", "Store"]

DEFAULT_DB = "whosays.duckdb"
STORE_SCHEMA_VERSION = "1"
_LOCK_MESSAGES = ("Could not set lock", "Conflicting lock")
_SPEAKER_TABLES = ("quotes", "entities")

#: Where a shard's Parquet files are: its directory, a file list, or table -> file(s).
ShardLocation = str | Path | Sequence[str | Path] | Mapping[str, str | Path]


def _is_lock_error(exc: Exception) -> bool:
    return any(message in str(exc) for message in _LOCK_MESSAGES)


def _connect(path: str, read_only: bool, wait_s: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait_s
    delay = 0.02
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or time.monotonic() >= deadline:
                raise StoreError(f"cannot open store {path}: {exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Store:
    """A whosays DuckDB database, opened on construction; use as a context manager.

    ``Store(path)`` opens (and creates) it read-write; ``read_only=True`` is for readers:
    many processes may read at once, but not while a writer holds the file, and both
    sides wait up to ``wait_s`` seconds for the lock.
    """

    def __init__(
        self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, wait_s: float = 30.0
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).is_file():
            raise StoreError(
                f"no store at {self.path} (create one with whosays batch ... --db {self.path})"
            )
        self.connection = _connect(self.path, read_only, wait_s)
        try:
            self._check_version() if read_only else self._create_schema()
        except BaseException:
            self.connection.close()
            raise

    @classmethod
    def open(
        cls, path: str | Path = DEFAULT_DB, *, read_only: bool = False, wait_s: float = 30.0
    ) -> Store:
        """Open the store at ``path`` (same as the constructor)."""
        return cls(path, read_only=read_only, wait_s=wait_s)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection and release the file lock."""
        self.connection.close()

    def _create_schema(self) -> None:
        with self.transaction():
            self.execute(schema_sql())
            if self.scalar("SELECT value FROM store_meta WHERE key = 'schema_version'") is None:
                self.execute(
                    "INSERT INTO store_meta VALUES ('schema_version', ?)", [STORE_SCHEMA_VERSION]
                )
        self._check_version()

    def _check_version(self) -> None:
        try:
            version = self.scalar("SELECT value FROM store_meta WHERE key = 'schema_version'")
        except duckdb.CatalogException as exc:
            raise StoreError(f"{self.path} is not a whosays store (no store_meta table)") from exc
        if version != STORE_SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has store schema version {version!r}, "
                f"this whosays reads {STORE_SCHEMA_VERSION!r}"
            )

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Run a block in one transaction: commit at the end, roll back on any error."""
        self.execute("BEGIN TRANSACTION")
        try:
            yield self.connection
        except duckdb.Error as exc:
            self.execute("ROLLBACK")
            raise StoreError(f"store {self.path}: {exc}") from exc
        except BaseException:
            self.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    # -- runs and shards -------------------------------------------------------------

    def start_run(
        self,
        run_id: str | None = None,
        *,
        model: str | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> str:
        """Record a run as ``running`` and return its id (a new UUID hex by default).

        ``options`` (JSON-ready) is kept in ``runs.params``.
        """
        run_id = run_id or uuid.uuid4().hex
        params = json.dumps(dict(options or {}), sort_keys=True, default=str)
        self.execute(
            "INSERT INTO runs VALUES (?, ?, NULL, 'running', ?, ?, ?, NULL, NULL)",
            [run_id, _now(), __version__, model, params],
        )
        return run_id

    def finish_run(
        self,
        run_id: str,
        status: str = "done",
        *,
        articles: int | None = None,
        errors: int | None = None,
    ) -> None:
        """Mark a run finished with ``status`` and its counts, then :meth:`optimize`."""
        self.execute(
            """UPDATE runs SET finished_at = ?, status = ?, n_articles = ?, n_errors = ?
               WHERE run_id = ?""",
            [_now(), status, articles, errors, run_id],
        )
        self.optimize()

    def done_shards(self) -> set[str]:
        """Ids of every shard committed to the store."""
        return {row[0] for row in self.execute("SELECT shard_id FROM shards")}

    finished_shards = done_shards

    def shard_done(self, shard_id: str) -> bool:
        """Whether shard ``shard_id`` is committed."""
        return self.scalar("SELECT 1 FROM shards WHERE shard_id = ?", [shard_id]) is not None

    def add_parquet_shard(
        self,
        shard: ShardLocation,
        shard_id: str | ShardLocation,
        run_id: str | None = None,
        *,
        force: bool = False,
    ) -> bool:
        """Load a Parquet shard in one transaction and record it in ``shards``.

        ``shard`` is the shard directory (its manifest names the files), a list of files,
        or a mapping ``table -> file``. ``(shard_id, shard)`` is accepted too. Returns
        ``False`` (and loads nothing) when ``shard_id`` is already recorded and ``force``
        is false. Call :meth:`refresh_speakers` once after loading shards.
        """
        if isinstance(shard, str) and not isinstance(shard_id, str):
            shard, shard_id = shard_id, shard
        if not isinstance(shard_id, str):
            raise StoreError(f"shard id must be a string, got {shard_id!r}")
        files = shard_files(shard)
        sources = {
            table: ("read_parquet($files)", {"files": [str(p) for p in paths]})
            for table, paths in files.items()
        }
        path = str(shard) if isinstance(shard, (str, Path)) else None
        return self._load(sources, shard_id, run_id, path, force)

    def add_rows(
        self,
        rows: Mapping[str, list[Row]],
        shard_id: str | None = None,
        run_id: str | None = None,
        *,
        force: bool = False,
        refresh: bool = True,
    ) -> bool:
        """Load in-memory rows (from :func:`~whosays.store.rows.merge_rows`) in one transaction.

        ``refresh`` rebuilds ``speakers`` over the whole store afterwards; for many small
        loads pass ``refresh=False`` and call :meth:`optimize` once at the end.
        """
        tables = rows_to_arrow(rows)
        sources: dict[str, tuple[str, dict[str, Any]]] = {}
        for table, arrow in tables.items():
            self.connection.register(f"_incoming_{table}", arrow)
            sources[table] = (f"_incoming_{table}", {})
        try:
            loaded = self._load(sources, shard_id, run_id, None, force)
        finally:
            for table in tables:
                self.connection.unregister(f"_incoming_{table}")
        if loaded and refresh:
            self.refresh_speakers()
        return loaded

    def add_articles(
        self, articles: Iterable[Article], run_id: str | None = None, shard_id: str | None = None
    ) -> int:
        """Store analysed articles directly (small writes); returns how many were stored."""
        batches = [article_rows(article, run_id=run_id) for article in articles]
        self.add_rows(merge_rows(batches), shard_id=shard_id, run_id=run_id, force=True)
        return len(batches)

    def record_error(
        self,
        origin: str,
        error: BaseException | str | None = None,
        *,
        reason: str | None = None,
        run_id: str | None = None,
        shard_id: str | None = None,
        article_id: str | None = None,
    ) -> None:
        """Add one row to ``errors`` for an input that failed (an exception or a reason)."""
        cause = error if error is not None else (reason or "unknown error")
        row = error_row(origin, cause, run_id=run_id, shard_id=shard_id, article_id=article_id)
        arrow = pa.Table.from_pylist([row], schema=rows_to_arrow({})["errors"].schema)
        self.connection.register("_incoming_error", arrow)
        try:
            self.execute("INSERT INTO errors BY NAME SELECT * FROM _incoming_error")
        finally:
            self.connection.unregister("_incoming_error")

    def _load(
        self,
        sources: Mapping[str, tuple[str, dict[str, Any]]],
        shard_id: str | None,
        run_id: str | None,
        path: str | None,
        force: bool,
    ) -> bool:
        with self.transaction():
            if shard_id is not None and self.shard_done(shard_id):
                if not force:
                    return False
                self.execute("DELETE FROM shards WHERE shard_id = ?", [shard_id])
                self.execute("DELETE FROM errors WHERE shard_id = ?", [shard_id])
            if "articles" in sources:
                self._delete_articles(*sources["articles"])
            for table in SHARD_TABLES:
                if table in sources:
                    self._insert(table, *sources[table], shard_id=shard_id)
            if shard_id is not None:
                self._record_shard(shard_id, run_id, path)
            self._mark_speakers_stale()
        return True

    def _mark_speakers_stale(self) -> None:
        for flag in ("speakers_stale", "quotes_unclustered"):
            self._set_flag(flag, True)

    def _set_flag(self, flag: str, value: bool) -> None:
        self.execute("DELETE FROM store_meta WHERE key = ?", [flag])
        if value:
            self.execute("INSERT INTO store_meta VALUES (?, '1')", [flag])

    def _flag(self, flag: str) -> bool:
        return self.scalar("SELECT 1 FROM store_meta WHERE key = ?", [flag]) is not None

    def speakers_stale(self) -> bool:
        """Whether quotes changed since :meth:`refresh_speakers` last rebuilt ``speakers``."""
        return self._flag("speakers_stale")

    def quotes_unclustered(self) -> bool:
        """Whether quotes were added since :meth:`cluster_quotes` last sorted them."""
        return self._flag("quotes_unclustered")

    def _delete_articles(self, relation: str, params: dict[str, Any]) -> None:
        self.execute(
            "CREATE OR REPLACE TEMP TABLE _incoming_ids AS "
            f"SELECT DISTINCT article_id FROM {relation}",
            params,
        )
        for table in ARTICLE_TABLES:
            self.execute(
                f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _incoming_ids)"
            )

    def _insert(
        self, table: str, relation: str, params: dict[str, Any], shard_id: str | None
    ) -> None:
        params = dict(params)
        if table in ("articles", "errors"):
            params["shard_id"] = shard_id
            select = f"SELECT * REPLACE (coalesce($shard_id, shard_id) AS shard_id) FROM {relation}"
        elif table in _SPEAKER_TABLES:
            select = (
                f"SELECT src.* REPLACE ({speaker_id_sql('src', 'a')} AS speaker_id) "
                f"FROM {relation} src {alias_join('src', 'a')}"
            )
        else:
            select = f"SELECT * FROM {relation}"
        self.execute(f"INSERT INTO {table} BY NAME {select}", params)

    def _record_shard(self, shard_id: str, run_id: str | None, path: str | None) -> None:
        self.execute(
            """INSERT INTO shards
               SELECT ?, ?, ?,
                      (SELECT count(*) FROM articles WHERE shard_id = ?),
                      (SELECT count(*) FROM errors WHERE shard_id = ?), ?""",
            [shard_id, run_id, path, shard_id, shard_id, _now()],
        )

    # -- speakers and aliases --------------------------------------------------------

    def aliases(self) -> AliasTable:
        """The alias table stored in the database."""
        rows = self.execute("SELECT kind, alias_norm, canonical FROM aliases")
        return AliasTable({(kind, alias): canonical for kind, alias, canonical in rows})

    def set_aliases(self, aliases: AliasTable | str | Path, *, replace: bool = False) -> int:
        """Store aliases (a table or a TSV file), re-derive speaker ids; returns the alias count.

        New aliases override stored ones with the same key; ``replace`` drops the rest.
        """
        table = load_aliases(aliases) if isinstance(aliases, (str, Path)) else aliases
        merged = table if replace else AliasTable({**self.aliases().canonical, **table.canonical})
        arrow = pa.Table.from_pylist(
            merged.rows(),
            schema=pa.schema(
                [(c, pa.string()) for c in ("kind", "alias_norm", "canonical", "canonical_norm")]
            ),
        )
        with self.transaction() as con:
            con.register("_incoming_aliases", arrow)
            self.execute("DELETE FROM aliases")
            self.execute("INSERT INTO aliases BY NAME SELECT * FROM _incoming_aliases")
            con.unregister("_incoming_aliases")
            for name in _SPEAKER_TABLES:
                self._rederive_speaker_ids(name)
        self.refresh_speakers()
        return len(merged)

    def _rederive_speaker_ids(self, table: str) -> None:
        self.execute(
            f"""UPDATE {table} SET speaker_id = fixed.speaker_id
                FROM (SELECT src.rowid AS rid, {speaker_id_sql("src", "a")} AS speaker_id
                      FROM {table} src {alias_join("src", "a")}) AS fixed
                WHERE {table}.rowid = fixed.rid
                  AND {table}.speaker_id IS DISTINCT FROM fixed.speaker_id"""
        )

    def refresh_speakers(self) -> None:
        """Rebuild the derived ``speakers`` and ``speaker_names`` tables from ``quotes``."""
        with self.transaction():
            self.execute("DELETE FROM speakers")
            self.execute(f"INSERT INTO speakers BY NAME {SPEAKERS_SQL}")
            self.execute("DELETE FROM speaker_names")
            self.execute(f"INSERT INTO speaker_names BY NAME {SPEAKER_NAMES_SQL}")
            self._set_flag("speakers_stale", False)

    def cluster_quotes(self) -> None:
        """Rewrite ``quotes`` sorted by speaker, newest first.

        DuckDB keeps min/max zone maps per row group, so a quote lookup by ``speaker_id``
        then reads one or two row groups instead of the whole table.
        """
        with self.transaction():
            self.execute(
                """CREATE OR REPLACE TABLE quotes AS SELECT * FROM quotes
                   ORDER BY speaker_id NULLS LAST, published_date DESC NULLS LAST,
                            article_id, quote_index"""
            )
            self._set_flag("quotes_unclustered", False)

    def optimize(self) -> None:
        """End-of-run upkeep, each step only if needed: cluster quotes, rebuild speakers."""
        if self.quotes_unclustered():
            self.cluster_quotes()
        if self.speakers_stale():
            self.refresh_speakers()

    # -- reading ---------------------------------------------------------------------

    def query(
        self, sql: str, params: list[Any] | Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Run SQL and return rows as dicts (column name -> value)."""
        try:
            cursor = self.connection.execute(sql, params)
            names = [column[0] for column in cursor.description or []]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def execute(
        self, sql: str, params: list[Any] | Mapping[str, Any] | None = None
    ) -> list[tuple[Any, ...]]:
        """Run one SQL statement and fetch all its rows (DuckDB needs results consumed)."""
        rows: list[tuple[Any, ...]] = self.connection.execute(sql, params).fetchall()
        return rows

    def table_counts(self) -> dict[str, int]:
        """Row count of every whosays table."""
        tables = ("runs", "shards", *SHARD_TABLES, "aliases", "speakers", "speaker_names")
        return {table: int(self.scalar(f"SELECT count(*) FROM {table}")) for table in tables}

    def scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        """The first column of the first row of a query, or ``None`` when it returns no row."""
        found = self.execute(sql, params)
        return found[0][0] if found else None

    def export(
        self, out_dir: str | Path, fmt: str = "parquet", tables: Iterable[str] | None = None
    ) -> list[Path]:
        """Write tables to ``out_dir/<table>.<ext>`` as parquet, jsonl or csv; returns the paths."""
        formats = {
            "parquet": ("parquet", "FORMAT parquet"),
            "jsonl": ("jsonl", "FORMAT json"),
            "csv": ("csv", "FORMAT csv, HEADER"),
        }
        if fmt not in formats:
            raise StoreError(f"unknown export format {fmt!r} (choose parquet, jsonl or csv)")
        ext, options = formats[fmt]
        known = ("runs", "shards", *SHARD_TABLES, "aliases", "speakers", "speaker_names")
        chosen = list(tables or known)
        for table in chosen:
            if table not in known:
                raise StoreError(f"unknown table {table!r} (tables: {', '.join(known)})")
        directory = Path(out_dir)
        directory.mkdir(parents=True, exist_ok=True)
        written = []
        for table in chosen:
            target = directory / f"{table}.{ext}"
            tmp = directory / f".{table}.{ext}.tmp"
            quoted = str(tmp).replace("'", "''")
            try:
                self.execute(f"COPY (SELECT * FROM {table}) TO '{quoted}' ({options})")
            except duckdb.Error as exc:
                raise StoreError(f"cannot export {table} to {target}: {exc}") from exc
            tmp.replace(target)
            written.append(target)
        return written
