"""Planning a batch run: the input records cut into shards with stable ids.

A shard is a run of consecutive input records, written as segments
``(file, start, stop)`` of record indexes within each file. Its id is a hash of
its segments and of the options that change what it stores (``--since``), so a
restarted run over the same inputs plans exactly the same shards and can skip
those already recorded.

Planning counts records cheaply (one per text or HTML file, one per non-blank
JSONL line, one per HTML response of a WARC file) without ingesting them, and keeps
where each segment starts in its file (:mod:`whosays.batch.positions`). The count
only decides where shards are cut: the last segment of every file is open-ended, so
a count that is off never loses or duplicates a record.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from whosays.batch.positions import UNKNOWN, Position, record_positions
from whosays.errors import InvalidInputError


@dataclass(frozen=True)
class Segment:
    """Records ``start`` to ``stop`` (exclusive; ``None``: to the end) of one input file.

    ``position`` says where record ``start`` begins in the file, when planning found
    it; it only speeds reading up and is not part of the shard's id.
    """

    path: str
    start: int
    stop: int | None
    position: Position = field(default=UNKNOWN, compare=False)

    def to_list(self) -> list[object]:
        """The segment as JSON-ready data (also what its shard's id hashes)."""
        return [self.path, self.start, self.stop]


@dataclass(frozen=True)
class Shard:
    """A unit of work: consecutive input records, analysed and written together.

    ``index`` is the shard's place in the plan; ``size`` the number of records
    planning counted (the real number may differ for open-ended segments).
    """

    id: str
    index: int
    segments: tuple[Segment, ...]
    size: int
    since: str | None = None

    def describe(self) -> str:
        """A short human-readable name: first file and record range."""
        first = self.segments[0]
        more = f" +{len(self.segments) - 1} file(s)" if len(self.segments) > 1 else ""
        return f"{Path(first.path).name}[{first.start}:]{more}"


def shard_id(segments: Sequence[Segment], since: str | None) -> str:
    """The stable id of a shard: a hash of its segments and of ``since``."""
    key = json.dumps({"segments": [s.to_list() for s in segments], "since": since})
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def count_records(path: str) -> int:
    """How many records (articles, or errors in their place) ``path`` should yield."""
    return sum(1 for _ in record_positions(path))


PlannedRecord = tuple[str, int, bool, Position]


def _with_last(positions: Iterator[Position]) -> Iterator[tuple[int, bool, Position]]:
    """``(index, is_last, position)`` for each position, looking one ahead."""
    current = next(positions, None)
    index = 0
    while current is not None:
        following = next(positions, None)
        yield index, following is None, current
        current, index = following, index + 1


def _records(files: Iterable[str]) -> Iterator[PlannedRecord]:
    """Every planned record as ``(path, index, is_last_of_file, position)``."""
    for path in files:
        for index, last, position in _with_last(record_positions(path)):
            yield path, index, last, position


def _segments(records: Sequence[PlannedRecord], exact_end: bool) -> tuple[Segment, ...]:
    """Consecutive records grouped per file; a file's tail stays open unless ``exact_end``."""
    segments: list[Segment] = []
    for path, index, last, position in records:
        stop: int | None = index + 1
        if last and not exact_end:
            stop = None
        if segments and segments[-1].path == path:
            segments[-1] = replace(segments[-1], stop=stop)
        else:
            segments.append(Segment(path, index, stop, position))
    return tuple(segments)


def plan_shards(
    files: Sequence[str],
    *,
    shard_size: int,
    limit: int | None = None,
    since: str | None = None,
) -> list[Shard]:
    """Cut the records of ``files`` (in this order) into shards of ``shard_size`` records.

    With ``limit`` only the first ``limit`` records are planned and the last shard
    ends exactly there. The same arguments always give the same shards.
    """
    if shard_size < 1:
        raise InvalidInputError("--shard-size", "must be at least 1")
    if "-" in files:
        raise InvalidInputError("-", "batch runs read files; stdin is not supported")
    unique = dict.fromkeys(os.path.abspath(path) for path in files)  # a file named twice
    shards: list[Shard] = []
    chunk: list[PlannedRecord] = []
    planned = 0

    def flush(exact_end: bool) -> None:
        segments = _segments(chunk, exact_end)
        shards.append(Shard(shard_id(segments, since), len(shards), segments, len(chunk), since))
        chunk.clear()

    for record in _records(unique):
        if limit is not None and planned >= limit:
            break
        chunk.append(record)
        planned += 1
        if len(chunk) == shard_size:
            flush(exact_end=limit is not None and planned >= limit)
    if chunk:
        flush(exact_end=limit is not None and planned >= limit)
    return shards
