"""Planning a batch run: the input records cut into shards with stable ids.

A shard is a run of consecutive input records, written as segments
``(file, start, stop)`` of record indexes within each file. Its id is a hash of
its segments and of the options that change what it stores (``--since``), so a
restarted run over the same inputs plans exactly the same shards and can skip
those already recorded.

Planning counts records cheaply (one per text or HTML file, one per non-blank
JSONL line, one per HTML response of a WARC file) without ingesting them. The count only
decides where shards are cut: the last segment of every file is open-ended, so a
count that is off never loses or duplicates a record.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from whosays.errors import InvalidInputError
from whosays.ingest.jsonl import JSONL_EXTENSIONS
from whosays.ingest.warc import WARC_EXTENSIONS


@dataclass(frozen=True)
class Segment:
    """Records ``start`` to ``stop`` (exclusive; ``None``: to the end) of one input file."""

    path: str
    start: int
    stop: int | None

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


def _count_until_damage(items: Iterable[object]) -> int:
    """How many items come before the iterator ends or breaks (damaged data)."""
    count = 0
    try:
        for _ in items:
            count += 1
    except Exception:
        # The reader meets the same damage and yields it as an error record.
        return count + 1
    return count


def _nonblank(handle: Iterable[bytes]) -> Iterator[bytes]:
    return (line for line in handle if line.strip())


def _count_jsonl_lines(path: Path) -> int:
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as compressed:
            return _count_until_damage(_nonblank(compressed))
    with path.open("rb") as handle:
        return _count_until_damage(_nonblank(handle))


def _count_warc_responses(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    from whosays.ingest.warc import _is_html_response  # the reader's own record filter

    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        return _count_until_damage(record for record in records if _is_html_response(record))


def count_records(path: str) -> int:
    """How many records (articles, or errors in their place) ``path`` should yield.

    A damaged file counts the records before the damage plus one for the error; one
    that cannot be opened counts as one record, so the reader reports it.
    """
    name = Path(path).name.lower()
    try:
        if name.endswith(JSONL_EXTENSIONS):
            return max(1, _count_jsonl_lines(Path(path)))
        if name.endswith(WARC_EXTENSIONS):
            return max(1, _count_warc_responses(Path(path)))
    except OSError:
        return 1
    return 1


def _records(files: Iterable[tuple[str, int]]) -> Iterator[tuple[str, int, bool]]:
    """Every planned record as ``(path, index, is_last_of_file)``."""
    for path, count in files:
        for index in range(count):
            yield path, index, index == count - 1


def _segments(records: Sequence[tuple[str, int, bool]], exact_end: bool) -> tuple[Segment, ...]:
    """Consecutive records grouped per file; a file's tail stays open unless ``exact_end``."""
    segments: list[Segment] = []
    for path, index, last in records:
        stop: int | None = index + 1
        if last and not exact_end:
            stop = None
        if segments and segments[-1].path == path:
            segments[-1] = Segment(path, segments[-1].start, stop)
        else:
            segments.append(Segment(path, index, stop))
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
    counted = ((path, count_records(path)) for path in unique)
    shards: list[Shard] = []
    chunk: list[tuple[str, int, bool]] = []
    planned = 0

    def flush(exact_end: bool) -> None:
        segments = _segments(chunk, exact_end)
        shards.append(Shard(shard_id(segments, since), len(shards), segments, len(chunk), since))
        chunk.clear()

    for record in _records(counted):
        if limit is not None and planned >= limit:
            break
        chunk.append(record)
        planned += 1
        if len(chunk) == shard_size:
            flush(exact_end=limit is not None and planned >= limit)
    if chunk:
        flush(exact_end=limit is not None and planned >= limit)
    return shards
