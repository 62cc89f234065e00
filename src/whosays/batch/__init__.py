"""Batch runs: a corpus cut into shards, analysed in parallel, recorded in the store.

:func:`run_batch` plans stable shards (:mod:`whosays.batch.shards`), runs the shard
function (:mod:`whosays.batch.worker`) on a local process pool
(:mod:`whosays.batch.local`) or a Dask cluster (:mod:`whosays.batch.dask`), and
records each finished shard in the DuckDB store from the parent process only.
"""

from __future__ import annotations

from whosays.batch.local import Outcome
from whosays.batch.run import BatchOptions, BatchSummary, run_batch
from whosays.batch.shards import Segment, Shard, plan_shards
from whosays.batch.worker import ShardResult, ShardTask, run_shard

__all__ = [
    "BatchOptions",
    "BatchSummary",
    "Outcome",
    "Segment",
    "Shard",
    "ShardResult",
    "ShardTask",
    "plan_shards",
    "run_batch",
    "run_shard",
]
