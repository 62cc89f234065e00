"""Parquet shards: one directory per unit of work, one file per table, written atomically.

Layout of a shard directory::

    <shard_dir>/articles.parquet     (or articles-00003.parquet for part 3)
    <shard_dir>/sentences.parquet
    ... one file per table in SHARD_TABLES, empty tables included ...
    <shard_dir>/_manifest.json       written last: shard id, files, row counts

Each file is written under a temporary name, fsynced and renamed into place
(``os.replace`` is atomic on POSIX), and the manifest is written the same way after
all files. A shard directory without a manifest is unfinished and can be redone.
DuckDB reads the files in place: ``SELECT * FROM read_parquet('out/*/quotes*.parquet')``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from whosays.errors import StoreError
from whosays.store.rows import SHARD_TABLES, Row, rows_to_arrow

__all__ = [
    "MANIFEST_NAME",
    "read_manifest",
    "shard_files",
    "shard_is_complete",
    "write_parquet_atomic",
    "write_shard",
]

MANIFEST_NAME = "_manifest.json"
_TABLE_FILE = re.compile(r"^([a-z_]+?)(?:-(\d+))?\.parquet$")


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_atomic(path: Path, write: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
    _fsync_dir(path.parent)


def write_parquet_atomic(table: pa.Table, path: str | Path) -> Path:
    """Write one Arrow table as a Parquet file atomically (tmp name, fsync, rename)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_atomic(target, lambda handle: pq.write_table(table, handle, compression="zstd"))
    return target


def _file_name(table: str, part: int | None) -> str:
    return f"{table}.parquet" if part is None else f"{table}-{part:05d}.parquet"


def write_shard(
    shard_dir: str | Path,
    shard_id: str,
    rows: Mapping[str, list[Row]] | Mapping[str, pa.Table],
    *,
    part: int | None = None,
    meta: Mapping[str, Any] | None = None,
) -> dict[str, Path]:
    """Write a batch's rows (from :func:`~whosays.store.rows.merge_rows`, or Arrow tables).

    Every table in ``SHARD_TABLES`` gets a file, empty or not, then the manifest
    (``shard_id``, ``files`` with row counts, ``meta``) marks the shard complete. With
    ``part`` several batches go into one shard; the manifest lists them all. Returns
    ``table -> file`` for the files written.
    """
    directory = Path(shard_dir)
    tables = _as_arrow(rows)
    written: dict[str, Path] = {}
    for table in SHARD_TABLES:
        written[table] = write_parquet_atomic(tables[table], directory / _file_name(table, part))
    manifest = read_manifest(directory) or {"shard_id": shard_id, "files": {}}
    counts = {path.name: tables[table].num_rows for table, path in written.items()}
    manifest["files"] = {**manifest.get("files", {}), **counts}
    manifest["shard_id"] = shard_id
    manifest["meta"] = dict(meta or {})
    text = json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8")
    _write_atomic(directory / MANIFEST_NAME, lambda handle: handle.write(text))
    return written


def _as_arrow(rows: Mapping[str, list[Row]] | Mapping[str, pa.Table]) -> dict[str, pa.Table]:
    if all(isinstance(value, pa.Table) for value in rows.values()) and rows:
        tables = dict(rows)
        missing = rows_to_arrow({table: [] for table in SHARD_TABLES if table not in tables})
        return {**missing, **tables}
    return rows_to_arrow(rows)


def read_manifest(shard_dir: str | Path) -> dict[str, Any] | None:
    """The shard's manifest, or ``None`` when the shard is unfinished (no manifest)."""
    path = Path(shard_dir) / MANIFEST_NAME
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StoreError(f"unreadable shard manifest {path}: {exc}") from exc
    return data


def shard_is_complete(shard_dir: str | Path) -> bool:
    """Whether every file the manifest names is present."""
    manifest = read_manifest(shard_dir)
    if manifest is None:
        return False
    return all((Path(shard_dir) / name).is_file() for name in manifest.get("files", {}))


def shard_files(
    shard: str | Path | Sequence[str | Path] | Mapping[str, str | Path],
) -> dict[str, list[Path]]:
    """The Parquet files of a shard by table name.

    ``shard`` is a directory (exactly the files its manifest lists; one without a manifest
    is unfinished and raises :class:`~whosays.errors.StoreError`), a list of files named
    ``<table>[-<part>].parquet``, or a mapping ``table -> file``.
    """
    if isinstance(shard, Mapping):
        return _checked({table: [Path(path)] for table, path in shard.items()})
    if isinstance(shard, (str, Path)):
        if not Path(shard).is_dir():
            raise StoreError(f"no shard directory {shard}")
        manifest = read_manifest(shard)
        if manifest is None:
            raise StoreError(f"shard {shard} is unfinished: no {MANIFEST_NAME}")
        paths = [Path(shard) / name for name in sorted(manifest.get("files", {}))]
    else:
        paths = [Path(p) for p in shard]
    by_table: dict[str, list[Path]] = {}
    for path in paths:
        match = _TABLE_FILE.match(path.name)
        if match is None:
            raise StoreError(f"{path}: not a whosays shard file (expected <table>.parquet)")
        by_table.setdefault(match.group(1), []).append(path)
    return _checked(by_table)


def _checked(by_table: dict[str, list[Path]]) -> dict[str, list[Path]]:
    for table, paths in by_table.items():
        if table not in SHARD_TABLES:
            raise StoreError(f"{table!r} is not a shard table ({', '.join(SHARD_TABLES)})")
        for path in paths:
            if not path.is_file():
                raise StoreError(f"{path}: shard file missing")
    return by_table
