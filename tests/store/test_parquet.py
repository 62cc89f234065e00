"""Parquet shards: atomic files, the manifest, and DuckDB reading them in place."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from whosays.errors import StoreError
from whosays.records import Article
from whosays.store.parquet import (
    MANIFEST_NAME,
    read_manifest,
    shard_files,
    shard_is_complete,
    write_shard,
)
from whosays.store.rows import SHARD_TABLES, article_rows, merge_rows


def test_write_shard_writes_every_table_then_the_manifest(
    tmp_path: Path, corpus: list[Article]
) -> None:
    rows = merge_rows(article_rows(article) for article in corpus)
    files = write_shard(tmp_path / "s1", "s1", rows, meta={"inputs": ["x"]})
    assert set(files) == set(SHARD_TABLES)
    manifest = read_manifest(tmp_path / "s1")
    assert manifest is not None
    assert manifest["shard_id"] == "s1"
    assert manifest["files"]["quotes.parquet"] == len(rows["quotes"])
    assert shard_is_complete(tmp_path / "s1")
    assert not list((tmp_path / "s1").glob(".*tmp*"))


def test_duckdb_reads_shards_in_place(tmp_path: Path, corpus: list[Article]) -> None:
    for index, article in enumerate(corpus):
        write_shard(tmp_path / f"s{index}", f"s{index}", article_rows(article))
    pattern = str(tmp_path / "*" / "quotes*.parquet")
    count = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{pattern}')").fetchone()
    assert count == (sum(len(a.quotes) for a in corpus),)


def test_parts_accumulate_in_one_manifest(tmp_path: Path, corpus: list[Article]) -> None:
    write_shard(tmp_path / "s", "s", article_rows(corpus[0]), part=0)
    write_shard(tmp_path / "s", "s", article_rows(corpus[1]), part=1)
    files = shard_files(tmp_path / "s")
    assert [p.name for p in files["articles"]] == [
        "articles-00000.parquet",
        "articles-00001.parquet",
    ]


def test_unfinished_shard_is_refused(tmp_path: Path, corpus: list[Article]) -> None:
    write_shard(tmp_path / "s", "s", article_rows(corpus[0]))
    (tmp_path / "s" / MANIFEST_NAME).unlink()
    assert not shard_is_complete(tmp_path / "s")
    with pytest.raises(StoreError, match="unfinished"):
        shard_files(tmp_path / "s")


def test_shard_with_a_missing_file_is_incomplete(tmp_path: Path, corpus: list[Article]) -> None:
    write_shard(tmp_path / "s", "s", article_rows(corpus[0]))
    (tmp_path / "s" / "quotes.parquet").unlink()
    assert not shard_is_complete(tmp_path / "s")
    with pytest.raises(StoreError, match="missing"):
        shard_files(tmp_path / "s")


@pytest.mark.parametrize("name", ["notes.parquet", "quotes.csv"])
def test_foreign_files_are_refused(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    with pytest.raises(StoreError):
        shard_files([tmp_path / name])
