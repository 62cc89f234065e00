"""Batch runs end to end: errors stored, kill -9 and resume, --force, --since/--limit, Dask."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from whosays.batch import BatchOptions, BatchSummary, ShardTask, run_batch
from whosays.batch.run import KILL_HOOK_ENV
from whosays.store.duckdb import Store

Snapshot = Callable[[Path], dict[str, list[tuple[Any, ...]]]]

pytestmark = [pytest.mark.model, pytest.mark.slow]

SHARD_SIZE = 4


def _run(corpus: Path, db: Path, **options: Any) -> BatchSummary:
    defaults: dict[str, Any] = {"shard_size": SHARD_SIZE, "out": str(db) + ".shards"}
    return run_batch(BatchOptions(inputs=(str(corpus),), db=str(db), **{**defaults, **options}))


@pytest.fixture(scope="module")
def baseline(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store of one uninterrupted in-process run over the corpus."""
    db = tmp_path_factory.mktemp("baseline") / "whosays.duckdb"
    _run(corpus, db)
    return db


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with Store(db, read_only=True) as store:
        return [tuple(row) for row in store.execute(sql)]


def test_corrupt_article_and_corrupt_files_are_stored_as_errors(baseline: Path) -> None:
    errors = dict(_rows(baseline, "SELECT regexp_extract(origin, '[^/]*$'), reason FROM errors"))
    assert set(errors) == {"news.jsonl:8", "scan.txt", "feed.jsonl.gz"}
    assert "not valid JSON" in errors["news.jsonl:8"]
    assert "binary" in errors["scan.txt"]
    assert "could not be read to the end" in errors["feed.jsonl.gz"]


def test_the_rest_of_the_corpus_is_stored(baseline: Path) -> None:
    doc_ids = {row[0] for row in _rows(baseline, "SELECT doc_id FROM articles")}
    assert {f"b{i:02d}" for i in range(1, 13)} <= doc_ids
    assert "g0" in doc_ids  # lines of the cut gzip file before the damage
    origins = {row[0] for row in _rows(baseline, "SELECT origin FROM articles")}
    assert {"letter.txt", "weather.txt", "budget.txt"} <= {Path(o).name for o in origins}
    n_sentences = _rows(baseline, "SELECT count(*) FROM sentences")[0][0]
    assert n_sentences >= 2 * len(doc_ids)


def _group_members(pgid: int) -> list[int]:
    import psutil

    members = []
    for process in psutil.process_iter():
        with contextlib.suppress(OSError, psutil.Error):
            if os.getpgid(process.pid) == pgid:
                members.append(process.pid)
    return members


def _wait_until_group_exits(pgid: int, timeout: float = 20.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while (members := _group_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return members


def _killed_run(corpus: Path, db: Path, hook: str, n_process: int) -> int:
    command = [sys.executable, "-m", "whosays", "batch", str(corpus), "--db", str(db)]
    command += ["--out", str(db) + ".shards", "--shard-size", str(SHARD_SIZE)]
    command += ["--n-process", str(n_process)]
    env = {**os.environ, KILL_HOOK_ENV: hook}
    process = subprocess.Popen(command, env=env, start_new_session=True)
    try:
        returncode = process.wait(timeout=300)
        # Pool workers notice their parent died and exit by themselves.
        assert _wait_until_group_exits(process.pid) == []
        return returncode
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


@pytest.mark.parametrize(
    ("hook", "n_process", "recorded_before_kill"),
    [("recorded:2", 2, 2), ("written:2", 1, 1)],
    ids=["killed-after-2nd-commit-pool", "killed-between-parquet-and-commit"],
)
def test_killed_run_resumes_to_exactly_the_uninterrupted_rows(
    corpus: Path,
    baseline: Path,
    tmp_path: Path,
    hook: str,
    n_process: int,
    recorded_before_kill: int,
    snapshot: Snapshot,
) -> None:
    db = tmp_path / "whosays.duckdb"
    assert _killed_run(corpus, db, hook, n_process) == -signal.SIGKILL
    assert len(snapshot(db)["shards"]) == recorded_before_kill

    resumed = _run(corpus, db)

    assert resumed.shards_already_done == recorded_before_kill
    assert resumed.shards_done == resumed.shards_planned - recorded_before_kill
    assert snapshot(db) == snapshot(baseline)


def test_force_redoes_every_shard_without_duplicates(
    corpus: Path, baseline: Path, tmp_path: Path, snapshot: Snapshot
) -> None:
    db = tmp_path / "whosays.duckdb"
    shutil.copy(baseline, db)
    summary = _run(corpus, db, force=True)
    assert summary.shards_done == summary.shards_planned
    assert summary.shards_already_done == 0
    assert snapshot(db) == snapshot(baseline)


def test_rerun_without_force_skips_everything(
    corpus: Path, baseline: Path, tmp_path: Path, snapshot: Snapshot
) -> None:
    db = tmp_path / "whosays.duckdb"
    shutil.copy(baseline, db)
    summary = _run(corpus, db)
    assert (summary.shards_done, summary.shards_already_done) == (0, summary.shards_planned)
    assert snapshot(db) == snapshot(baseline)


def test_since_skips_older_articles_and_keeps_undated_ones(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "whosays.duckdb"
    summary = _run(corpus, db, since="2024-04-01")
    dates = [row[0] for row in _rows(db, "SELECT published FROM articles")]
    dated = sorted(d for d in dates if d is not None)
    assert dated and dated[0] >= "2024-04-01"
    assert summary.skipped == 6  # b01..b06 are from March
    assert {"b07", "b12"} <= {row[0] for row in _rows(db, "SELECT doc_id FROM articles")}
    assert None in dates  # the text files carry no date and are kept


def test_limit_stops_after_n_records(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "whosays.duckdb"
    summary = _run(corpus, db, limit=5, shard_size=2)
    assert summary.shards_planned == 3
    # budget.txt, then the first four lines of feed.jsonl.gz (sorted file order).
    assert summary.articles + summary.errors == 5
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == summary.articles


def test_a_failing_shard_is_recorded_as_an_error_and_the_run_goes_on(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import whosays.batch.local as local

    real_run_shard = local.run_shard

    def fail_second(task: ShardTask) -> Any:
        if task.shard.index == 1:
            raise RuntimeError("disk full")
        return real_run_shard(task)

    monkeypatch.setattr(local, "run_shard", fail_second)
    db = tmp_path / "whosays.duckdb"
    summary = _run(corpus, db)
    assert summary.shards_failed == 1
    assert summary.shards_done == summary.shards_planned - 1
    reasons = [row[0] for row in _rows(db, "SELECT reason FROM errors")]
    assert any("RuntimeError: disk full" in reason for reason in reasons)


@pytest.fixture(scope="module")
def dask_cluster() -> Iterator[str]:
    """A real local Dask scheduler with two worker processes."""
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        yield str(cluster.scheduler_address)
    finally:
        cluster.close()


def test_dask_run_equals_local_run_shard_for_shard(
    corpus: Path, baseline: Path, tmp_path: Path, dask_cluster: str, snapshot: Snapshot
) -> None:
    db = tmp_path / "whosays.duckdb"
    summary = _run(corpus, db, scheduler=dask_cluster)
    assert summary.shards_done == summary.shards_planned
    assert not any(name.endswith(f":{os.getpid()}") for name in summary.peak_rss_mb)
    assert len(summary.peak_rss_mb) >= 1
    assert snapshot(db) == snapshot(baseline)
