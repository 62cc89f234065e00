"""The corpus store: rows from records, Parquet shards, the DuckDB database, queries.

``rows`` turns records into table rows (pure functions), ``parquet`` writes them as
Parquet shards, ``duckdb`` holds the :class:`~whosays.store.duckdb.Store` (one writer,
read-only readers), ``speakers`` the canonical speaker normaliser and alias table,
``query`` the paged read functions the CLI and web app share. See ``docs/store.md``.
"""

from __future__ import annotations

from whosays.store.rows import (
    ARTICLE_TABLES,
    SHARD_TABLES,
    TABLE_SCHEMAS,
    article_id_for,
    article_rows,
    error_row,
    merge_rows,
    rows_to_arrow,
)
from whosays.store.speakers import AliasTable, load_aliases, normalise_name

__all__ = [
    "ARTICLE_TABLES",
    "SHARD_TABLES",
    "TABLE_SCHEMAS",
    "AliasTable",
    "article_id_for",
    "article_rows",
    "error_row",
    "load_aliases",
    "merge_rows",
    "normalise_name",
    "rows_to_arrow",
]
