"""The DuckDB store: idempotent loads, errors, aliases, and the one-writer rule."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from whosays.errors import StoreError
from whosays.records import Article
from whosays.store.duckdb import Store
from whosays.store.parquet import write_shard
from whosays.store.rows import ARTICLE_TABLES, article_rows, error_row, merge_rows
from whosays.store.speakers import AliasTable


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every per-article table, sorted, plus the shard ids."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    for table in ARTICLE_TABLES:
        columns = "* EXCLUDE (run_id, shard_id)" if table == "articles" else "*"
        tables[table] = sorted(store.execute(f"SELECT {columns} FROM {table}"), key=repr)
    tables["shards"] = sorted(store.execute("SELECT shard_id FROM shards"))
    return tables


def write_corpus_shards(root: Path, corpus: list[Article]) -> list[Path]:
    shards = []
    for index in range(0, len(corpus), 2):
        rows = merge_rows(article_rows(a, run_id="r1") for a in corpus[index : index + 2])
        write_shard(root / f"s{index}", f"s{index}", rows)
        shards.append(root / f"s{index}")
    return shards


def test_adding_the_same_shard_twice_gives_the_same_rows(
    tmp_path: Path, corpus: list[Article]
) -> None:
    shards = write_corpus_shards(tmp_path / "out", corpus)
    with Store(tmp_path / "db.duckdb") as store:
        assert all(store.add_parquet_shard(s, s.name, "r1") for s in shards)
        first = snapshot(store)
        assert not any(store.add_parquet_shard(s, s.name, "r1") for s in shards)
        assert snapshot(store) == first
        assert store.add_parquet_shard(shards[0], shards[0].name, "r2", force=True)
        assert snapshot(store) == first
    assert len(first["quotes"]) == sum(len(a.quotes) for a in corpus)


def test_shard_and_direct_writes_give_equal_tables(tmp_path: Path, corpus: list[Article]) -> None:
    shards = write_corpus_shards(tmp_path / "out", corpus)
    with Store(tmp_path / "a.duckdb") as by_shard, Store(tmp_path / "b.duckdb") as direct:
        for shard in shards:
            by_shard.add_parquet_shard(shard, shard.name, "r1")
        direct.add_articles(corpus, run_id="r1")
        one, two = snapshot(by_shard), snapshot(direct)
    assert {k: v for k, v in one.items() if k != "shards"} == {
        k: v for k, v in two.items() if k != "shards"
    }


def test_an_article_in_two_shards_is_stored_once(tmp_path: Path, corpus: list[Article]) -> None:
    write_shard(tmp_path / "x", "x", article_rows(corpus[0]))
    write_shard(tmp_path / "y", "y", merge_rows([article_rows(corpus[0]), article_rows(corpus[1])]))
    with Store(tmp_path / "db.duckdb") as store:
        store.add_parquet_shard(tmp_path / "x", "x")
        store.add_parquet_shard(tmp_path / "y", "y")
        assert store.table_counts()["articles"] == 2
        assert store.table_counts()["quotes"] == 2


def test_shard_id_first_and_file_mapping_are_accepted(
    tmp_path: Path, corpus: list[Article]
) -> None:
    files = write_shard(tmp_path / "s", "s", article_rows(corpus[2]))
    with Store(tmp_path / "db.duckdb") as store:
        assert store.add_parquet_shard("s", {t: str(p) for t, p in files.items()}, run_id="r1")
        assert store.done_shards() == {"s"}
        assert store.scalar("SELECT n_articles FROM shards") == 1


def test_shard_errors_are_loaded_and_replaced_on_force(
    tmp_path: Path, corpus: list[Article]
) -> None:
    rows = merge_rows([article_rows(corpus[0]), {"errors": [error_row("bad.html", "not HTML")]}])
    write_shard(tmp_path / "s", "s", rows)
    with Store(tmp_path / "db.duckdb") as store:
        store.add_parquet_shard(tmp_path / "s", "s", "r1")
        store.add_parquet_shard(tmp_path / "s", "s", "r1", force=True)
        assert store.query("SELECT origin, shard_id, reason FROM errors") == [
            {"origin": "bad.html", "shard_id": "s", "reason": "not HTML"}
        ]


def test_record_error_and_runs(tmp_path: Path) -> None:
    with Store(tmp_path / "db.duckdb") as store:
        run = store.start_run(model="m", options={"n_process": 2})
        store.record_error("broken.warc", OSError("truncated gzip"), run_id=run)
        store.record_error("x.jsonl:4", reason="not an object", run_id=run)
        store.finish_run(run, articles=0, errors=2)
        assert store.query("SELECT status, n_errors, params FROM runs") == [
            {"status": "done", "n_errors": 2, "params": '{"n_process": 2}'}
        ]
        assert [r["error_type"] for r in store.query("SELECT * FROM errors ORDER BY origin")] == [
            "OSError",
            "Error",
        ]


def test_failed_load_leaves_nothing_behind(tmp_path: Path, corpus: list[Article]) -> None:
    write_shard(tmp_path / "s", "s", article_rows(corpus[0]))
    (tmp_path / "s" / "quotes.parquet").write_bytes(b"not parquet")
    with Store(tmp_path / "db.duckdb") as store:
        with pytest.raises(StoreError):
            store.add_parquet_shard(tmp_path / "s", "s")
        assert store.table_counts()["articles"] == 0
        assert not store.shard_done("s")


def test_aliases_merge_speakers_and_can_be_replaced(store: Store) -> None:
    def gaddafi_ids() -> set[str]:
        rows = store.execute(
            "SELECT DISTINCT speaker_id FROM quotes WHERE speaker_norm LIKE '%qadafi'"
        )
        return {r[0] for r in rows}

    assert len(gaddafi_ids()) == 1  # the normaliser alone merges Gaddafi and Qaddafi
    before = store.table_counts()["speakers"]
    store.set_aliases(AliasTable.from_pairs([("Reuters", "Thomson Reuters")]))
    assert (
        store.scalar("SELECT name FROM speakers WHERE type = 'organization'") == "Thomson Reuters"
    )
    store.set_aliases(AliasTable.from_pairs([("Mary Smith", "John Smith")]), replace=True)
    assert store.table_counts()["speakers"] == before - 1
    assert store.scalar("SELECT name FROM speakers WHERE type = 'organization'") == "Reuters"


def test_two_smiths_and_a_bare_smith_stay_three_speakers(store: Store) -> None:
    rows = store.query(
        "SELECT speaker_full_name, count(DISTINCT speaker_id) AS ids FROM quotes "
        "WHERE speaker_norm LIKE '%smith' GROUP BY ALL ORDER BY 1"
    )
    assert rows == [
        {"speaker_full_name": "John Smith", "ids": 1},
        {"speaker_full_name": "Mary Smith", "ids": 1},
        {"speaker_full_name": "Mr. John Smith", "ids": 1},
        {"speaker_full_name": "Smith", "ids": 1},
    ]
    john = store.execute("SELECT DISTINCT speaker_id FROM quotes WHERE speaker_norm = 'john smith'")
    assert len(john) == 1
    assert (
        store.scalar(
            "SELECT count(DISTINCT speaker_id) FROM quotes WHERE speaker_norm LIKE '%smith'"
        )
        == 3
    )


def test_speakers_table_is_rebuilt_after_shard_loads(tmp_path: Path, corpus: list[Article]) -> None:
    shards = write_corpus_shards(tmp_path / "out", corpus)
    with Store(tmp_path / "db.duckdb") as store:
        for shard in shards:
            store.add_parquet_shard(shard, shard.name)
        assert store.speakers_stale()
        store.refresh_speakers()
        assert not store.speakers_stale()
        assert store.scalar("SELECT max(n_quotes) FROM speakers") == 2
        assert store.quotes_unclustered()  # refresh_speakers does not sort quotes
        store.add_parquet_shard(shards[0], shards[0].name, force=True)
        assert store.speakers_stale()
        store.finish_run(store.start_run())
        assert not store.speakers_stale()
        assert not store.quotes_unclustered()


_READER = """
import sys
from whosays.store.duckdb import Store
with Store(sys.argv[1], read_only=True, wait_s=float(sys.argv[2])) as store:
    print(store.scalar("SELECT count(*) FROM quotes"))
"""


def read_in_other_process(db: Path, wait_s: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _READER, str(db), str(wait_s)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_reader_process_waits_for_the_writer_lock(tmp_path: Path, corpus: list[Article]) -> None:
    db = tmp_path / "db.duckdb"
    with Store(db) as writer:
        writer.add_articles(corpus)
        refused = read_in_other_process(db, 0.0)
        assert refused.returncode != 0
        assert "lock" in refused.stderr
    allowed = read_in_other_process(db, 0.0)
    assert allowed.stdout.strip() == str(sum(len(a.quotes) for a in corpus))


def test_many_readers_at_once(tmp_path: Path, corpus: list[Article]) -> None:
    db = tmp_path / "db.duckdb"
    with Store(db) as writer:
        writer.add_articles(corpus)
    with Store(db, read_only=True) as reader:
        other = read_in_other_process(db, 0.0)
        assert other.returncode == 0
        assert reader.scalar("SELECT count(*) FROM articles") == len(corpus)


def test_in_process_cursor_reads_while_the_writer_writes(
    tmp_path: Path, corpus: list[Article]
) -> None:
    with Store(tmp_path / "db.duckdb") as store:
        store.add_articles(corpus[:2])
        cursor = store.connection.cursor()
        with store.transaction():
            store.execute("DELETE FROM quotes")
            assert cursor.execute("SELECT count(*) FROM quotes").fetchone() == (2,)
        assert cursor.execute("SELECT count(*) FROM quotes").fetchone() == (0,)


def test_read_only_store_refuses_writes(store: Store) -> None:
    store.close()
    with Store(store.path, read_only=True) as reader, pytest.raises(StoreError):
        reader.query("DELETE FROM quotes")


def test_missing_store_for_readers(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    import duckdb

    duckdb.connect(str(tmp_path / "other.duckdb")).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(StoreError, match="not a whosays store"):
        Store(tmp_path / "other.duckdb", read_only=True)


_KILLED_MID_LOAD = """
import os, signal, sys
from whosays.store.duckdb import Store

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

Store._record_shard = die  # killed after the rows are inserted, before the commit
with Store(sys.argv[1]) as store:
    store.add_parquet_shard(sys.argv[2], "s")
"""


def test_kill_during_a_shard_load_leaves_no_rows(tmp_path: Path, corpus: list[Article]) -> None:
    db = tmp_path / "db.duckdb"
    write_shard(tmp_path / "s", "s", merge_rows(article_rows(a) for a in corpus))
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_LOAD, str(db), str(tmp_path / "s")],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert killed.returncode == -9
    with Store(db) as store:
        assert store.table_counts()["quotes"] == 0
        assert not store.shard_done("s")
        assert store.add_parquet_shard(tmp_path / "s", "s")
        assert store.table_counts()["quotes"] == sum(len(a.quotes) for a in corpus)


@pytest.mark.parametrize(
    "pairs", [[], [("Col. Qaddafi", "Muammar Gaddafi"), ("Smith", "Mary Smith")]]
)
def test_python_and_sql_speaker_ids_agree(
    tmp_path: Path, corpus: list[Article], pairs: list[tuple[str, str]]
) -> None:
    aliases = AliasTable.from_pairs(pairs)
    expected = sorted(
        (row["article_id"], row["quote_id"], row["speaker_id"])
        for article in corpus
        for row in article_rows(article, aliases=aliases)["quotes"]
    )
    with Store(tmp_path / "db.duckdb") as store:
        store.set_aliases(aliases)
        store.add_articles(corpus)
        stored = sorted(store.execute("SELECT article_id, quote_id, speaker_id FROM quotes"))
    assert stored == expected
