"""Running shards on a ``dask.distributed`` cluster (``--scheduler tcp://HOST:8786``).

The Dask workers run the same :func:`~whosays.batch.worker.run_shard` as the local
pool; each worker process loads the pipeline once (it is cached per process).
Workers write Parquet shards under ``--out``, which must be storage every worker
and the parent can reach (a shared file system); the parent records them.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from whosays.batch.local import IN_FLIGHT_PER_WORKER, Outcome
from whosays.batch.worker import ShardTask, run_shard, warm_up
from whosays.errors import BatchError


def _distributed() -> Any:
    """The ``distributed`` package, imported only when a cluster is used."""
    return importlib.import_module("distributed")


class DaskScheduler:
    """Submits shards to a running Dask scheduler and yields outcomes as they finish."""

    def __init__(self, address: str, model: str, timeout: float = 30.0) -> None:
        try:
            self.client: Any = _distributed().Client(address, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        self.client.run(warm_up, model)
        workers = self.client.scheduler_info().get("workers", {})
        self.slots = max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))

    def run(self, tasks: Iterable[ShardTask]) -> Iterator[Outcome]:
        """Keep a few tasks per worker thread in flight; yield outcomes in completion order."""
        queue = iter(tasks)
        pending: dict[Any, ShardTask] = {}
        running = _distributed().as_completed()
        for task in queue:
            self._submit(task, pending, running)
            if len(pending) >= self.slots * IN_FLIGHT_PER_WORKER:
                break
        for future in running:
            task = pending.pop(future.key)
            yield _outcome(task, future)
            next_task = next(queue, None)
            if next_task is not None:
                self._submit(next_task, pending, running)

    def _submit(self, task: ShardTask, pending: dict[Any, ShardTask], running: Any) -> None:
        future = self.client.submit(run_shard, task, key=f"whosays-{task.run_id}-{task.shard.id}")
        pending[future.key] = task
        running.add(future)

    def close(self) -> None:
        """Disconnect from the scheduler (the cluster keeps running)."""
        self.client.close()


def _outcome(task: ShardTask, future: Any) -> Outcome:
    if future.status == "error":
        exc = future.exception()
        return Outcome(task, failure=f"shard failed: {type(exc).__name__}: {exc}")
    return Outcome(task, result=future.result())
