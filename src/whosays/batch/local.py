"""Running shards in this process or on a local process pool.

Every scheduler yields :class:`Outcome` objects in completion order and keeps only
a bounded number of shards in flight, so a plan of millions of shards does not
pile up in memory. Workers load the pipeline once per process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Protocol

from whosays.batch.worker import ShardResult, ShardTask, run_shard, warm_up
from whosays.errors import BatchError

IN_FLIGHT_PER_WORKER = 2
PARENT_POLL_SECONDS = 1.0


@dataclass(frozen=True)
class Outcome:
    """A shard's result, or the reason the shard function itself failed."""

    task: ShardTask
    result: ShardResult | None = None
    failure: str | None = None


class Scheduler(Protocol):
    """Runs :func:`run_shard` over tasks and yields outcomes as they complete."""

    def run(self, tasks: Iterable[ShardTask]) -> Iterator[Outcome]:
        """Yield one :class:`Outcome` per task, in completion order."""
        ...

    def close(self) -> None:
        """Release workers."""
        ...


def _failure(exc: BaseException) -> str:
    return f"shard failed: {type(exc).__name__}: {exc}"


class InProcessScheduler:
    """Runs shards one after another in the calling process (``--n-process 1``)."""

    def __init__(self, model: str) -> None:
        warm_up(model)

    def run(self, tasks: Iterable[ShardTask]) -> Iterator[Outcome]:
        """Run each task here and yield its outcome."""
        for task in tasks:
            try:
                yield Outcome(task, result=run_shard(task))
            except Exception as exc:
                yield Outcome(task, failure=_failure(exc))

    def close(self) -> None:
        """Nothing to release."""


class ProcessPoolScheduler:
    """A pool of ``n_process`` spawned worker processes, each loading the model once."""

    def __init__(self, model: str, n_process: int) -> None:
        self.n_process = n_process
        self.pool = ProcessPoolExecutor(
            max_workers=n_process,
            # spawn: a forked copy of a parent holding DuckDB and threads is not safe.
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(model, os.getpid()),
        )
        # Start every worker now (each loads the model), so start-up is not shard time.
        try:
            for future in [self.pool.submit(os.getpid) for _ in range(n_process)]:
                future.result()
        except BrokenProcessPool as exc:
            self.pool.shutdown(cancel_futures=True)
            raise BatchError(
                f"worker processes could not start (loading the pipeline {model!r} failed?)"
            ) from exc

    def run(self, tasks: Iterable[ShardTask]) -> Iterator[Outcome]:
        """Keep a few tasks per worker in flight and yield outcomes as they finish."""
        pending: dict[Future[ShardResult], ShardTask] = {}
        queue = iter(tasks)
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < self.n_process * IN_FLIGHT_PER_WORKER:
                task = next(queue, None)
                if task is None:
                    exhausted = True
                else:
                    pending[self._submit(task)] = task
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield _outcome(pending.pop(future), future)

    def _submit(self, task: ShardTask) -> Future[ShardResult]:
        try:
            return self.pool.submit(run_shard, task)
        except BrokenProcessPool as exc:
            raise _worker_died(task) from exc

    def close(self) -> None:
        """Stop the worker processes."""
        self.pool.shutdown(wait=True, cancel_futures=True)


def _exit_when_orphaned(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_POLL_SECONDS)
    # The parent was killed (kill -9): nobody will record this worker's results.
    os._exit(1)


def _start_worker(model: str, parent_pid: int) -> None:
    """Pool initializer: exit with the parent, and load the pipeline once."""
    threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), daemon=True).start()
    warm_up(model)


def _worker_died(task: ShardTask) -> BatchError:
    return BatchError(
        f"a worker process died near shard {task.shard.describe()} (out of memory?); "
        "finished shards are recorded, run the command again to resume"
    )


def _outcome(task: ShardTask, future: Future[ShardResult]) -> Outcome:
    exc = future.exception()
    if isinstance(exc, BrokenProcessPool):
        raise _worker_died(task) from exc
    if exc is not None:
        return Outcome(task, failure=_failure(exc))
    return Outcome(task, result=future.result())


def local_scheduler(model: str, n_process: int) -> Scheduler:
    """The default scheduler: in-process for one process, else a spawned process pool."""
    if n_process <= 1:
        return InProcessScheduler(model)
    return ProcessPoolScheduler(model, n_process)
