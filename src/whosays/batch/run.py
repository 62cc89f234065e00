"""A batch run: plan shards, run them on a scheduler, record each one in the store.

The parent process is the only database writer. Workers write a shard's Parquet
files atomically and report back; the parent then records the shard (its files
and its id) in one transaction. A run killed at any moment therefore leaves every
shard either recorded in full or not at all, and the next run with the same
inputs and options plans the same shards and skips the recorded ones.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from whosays.batch.local import Outcome, Scheduler, local_scheduler
from whosays.batch.shards import Shard, plan_shards
from whosays.batch.worker import ShardTask
from whosays.ingest import list_sources
from whosays.nlp import DEFAULT_MODEL
from whosays.store.duckdb import Store

# Test hook: "recorded:K" or "written:K" makes the parent SIGKILL itself right after
# the K-th shard is recorded, or after its files are written but before it is recorded.
KILL_HOOK_ENV = "WHOSAYS_BATCH_TEST_KILL"


@dataclass(frozen=True)
class BatchOptions:
    """The options of ``whosays batch`` (see ``docs/batch.md``)."""

    inputs: tuple[str, ...]
    db: str = "whosays.duckdb"
    out: str | None = None
    model: str = DEFAULT_MODEL
    n_process: int = 1
    batch_size: int = 16
    shard_size: int = 100
    limit: int | None = None
    since: str | None = None
    force: bool = False
    scheduler: str | None = None
    skip_non_english: bool = False

    def out_dir(self) -> str:
        """Where shard Parquet files go: ``--out``, or ``<db>.shards`` beside the database.

        Absolute, so that Dask workers with another working directory write the same place.
        """
        return os.path.abspath(self.out if self.out is not None else f"{self.db}.shards")


@dataclass
class BatchSummary:
    """What a run did, for the CLI's closing line and for benchmarks."""

    run_id: str
    shards_planned: int = 0
    shards_already_done: int = 0
    shards_done: int = 0
    shards_failed: int = 0
    records_planned: int = 0
    articles: int = 0
    errors: int = 0
    skipped: int = 0
    not_english: int = 0
    seconds: float = 0.0
    startup_seconds: float = 0.0
    worker_cpu_seconds: float = 0.0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)

    def articles_per_second(self) -> float:
        """Analysed articles per wall-clock second of the run."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def articles_per_second_after_startup(self) -> float:
        """Articles per second once the workers had loaded the model."""
        working = self.seconds - self.startup_seconds
        return self.articles / working if working > 0 else 0.0


Listener = Callable[[Outcome], None]


def make_scheduler(options: BatchOptions) -> Scheduler:
    """A Dask scheduler for ``--scheduler``, else the local one for ``--n-process``."""
    if options.scheduler:
        from whosays.batch.dask import DaskScheduler

        return DaskScheduler(options.scheduler, options.model)
    return local_scheduler(options.model, options.n_process)


def plan(options: BatchOptions) -> list[Shard]:
    """The run's shards, the same for the same inputs and options."""
    files = list_sources(options.inputs)
    return plan_shards(
        files, shard_size=options.shard_size, limit=options.limit, since=options.since
    )


def _tasks(shards: Sequence[Shard], options: BatchOptions, run_id: str) -> Iterator[ShardTask]:
    for shard in shards:
        yield ShardTask(
            shard,
            options.out_dir(),
            options.model,
            options.batch_size,
            run_id,
            skip_non_english=options.skip_non_english,
        )


def _kill_hook(stage: str, count: int) -> None:
    if os.environ.get(KILL_HOOK_ENV) == f"{stage}:{count}":
        os.kill(os.getpid(), signal.SIGKILL)


def _record(
    store: Store, outcome: Outcome, run_id: str, summary: BatchSummary, force: bool
) -> None:
    result = outcome.result
    if result is None:
        summary.shards_failed += 1
        reason = outcome.failure or "shard failed"
        shard = outcome.task.shard
        store.record_error(shard.describe(), reason=reason, run_id=run_id, shard_id=shard.id)
        return
    _kill_hook("written", summary.shards_done + 1)
    store.add_parquet_shard(result.shard_dir, result.shard_id, run_id, force=force)
    summary.shards_done += 1
    summary.articles += result.articles
    summary.errors += result.errors
    summary.skipped += result.skipped
    summary.not_english += result.not_english
    summary.worker_cpu_seconds += result.cpu_seconds
    summary.peak_rss_mb[result.worker] = max(
        result.peak_rss_mb, summary.peak_rss_mb.get(result.worker, 0.0)
    )
    _kill_hook("recorded", summary.shards_done)


def _run_shards(
    store: Store,
    todo: Sequence[Shard],
    options: BatchOptions,
    summary: BatchSummary,
    on_shard: Listener | None,
    started: float,
) -> None:
    scheduler = make_scheduler(options)
    summary.startup_seconds = time.perf_counter() - started
    try:
        for outcome in scheduler.run(_tasks(todo, options, summary.run_id)):
            _record(store, outcome, summary.run_id, summary, options.force)
            if on_shard is not None:
                on_shard(outcome)
    finally:
        scheduler.close()


def run_batch(
    options: BatchOptions,
    *,
    on_plan: Callable[[BatchSummary], None] | None = None,
    on_shard: Listener | None = None,
) -> BatchSummary:
    """Analyse ``options.inputs`` into the store at ``options.db``, skipping finished shards.

    ``on_plan`` is called once the work is planned (the summary then holds the
    planned counts); ``on_shard`` after each shard is recorded.
    """
    started = time.perf_counter()
    summary = BatchSummary(run_id=uuid.uuid4().hex[:12])
    shards = plan(options)
    Path(options.out_dir()).mkdir(parents=True, exist_ok=True)
    with Store(options.db) as store:
        done = set() if options.force else store.finished_shards()
        todo = [shard for shard in shards if shard.id not in done]
        summary.shards_planned = len(shards)
        summary.shards_already_done = len(shards) - len(todo)
        summary.records_planned = sum(shard.size for shard in todo)
        if on_plan is not None:
            on_plan(summary)
        store.start_run(summary.run_id, model=options.model, options=options_record(options))
        try:
            if todo:
                _run_shards(store, todo, options, summary, on_shard, started)
        except BaseException:
            store.finish_run(summary.run_id, "failed", articles=summary.articles)
            raise
        if summary.shards_done:
            store.refresh_speakers()
        summary.seconds = time.perf_counter() - started
        status = "failed" if summary.shards_failed else "done"
        store.finish_run(summary.run_id, status, articles=summary.articles, errors=summary.errors)
    return summary


def options_record(options: BatchOptions) -> dict[str, object]:
    """The run's options as JSON-ready data, stored with the run."""
    return {
        "inputs": list(options.inputs),
        "out": options.out_dir(),
        "model": options.model,
        "n_process": options.n_process,
        "batch_size": options.batch_size,
        "shard_size": options.shard_size,
        "limit": options.limit,
        "since": options.since,
        "force": options.force,
        "scheduler": options.scheduler,
    }
