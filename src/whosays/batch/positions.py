"""Where each record of an input file starts, so a shard reads its records without the rest.

Planning walks every JSONL and WARC file once, cheaply (no JSON or HTML parsing), and
keeps the position of the first record of each segment: a byte offset (into the
uncompressed stream for JSONL, into the file for WARC, whose gzip members are one
record each) and, for JSONL, the line number. A worker seeks there and hands the
stream to the ingest readers, so a file cut into many shards is read about once
overall, not once per shard. Without a usable position (damaged data, a whole-file
gzipped WARC) the worker reads from the top and skips, which is slower but the same.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice, repeat
from typing import BinaryIO

from whosays.errors import IngestError, InvalidInputError
from whosays.ingest import iter_path
from whosays.ingest.jsonl import JSONL_EXTENSIONS, iter_jsonl_lines
from whosays.ingest.warc import WARC_EXTENSIONS, is_html_response, iter_warc_stream
from whosays.records import ArticleInput

InputItem = ArticleInput | IngestError

GZIP_MAGIC = b"\x1f\x8b"
WARC_MAGIC = b"WARC/"


@dataclass(frozen=True)
class Position:
    """Where a record starts: byte ``offset`` and 1-based ``line`` (JSONL), when known."""

    offset: int | None = None
    line: int | None = None


UNKNOWN = Position()


def _is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_EXTENSIONS)


def _is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_EXTENSIONS)


def _open_jsonl(path: str) -> BinaryIO:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _jsonl_positions(path: str) -> Iterator[Position]:
    with _open_jsonl(path) as handle:
        offset = 0
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield Position(offset, number)
            offset += len(raw)


def _warc_positions(path: str) -> Iterator[Position]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as handle:
        records = ArchiveIterator(handle)
        for record in records:
            if is_html_response(record):
                yield Position(records.get_record_offset())


def _until_damage(positions: Iterator[Position]) -> Iterator[Position]:
    try:
        yield from positions
    except Exception:
        # The reader meets the same damage and yields it as one error record.
        yield UNKNOWN


def record_positions(path: str) -> Iterator[Position]:
    """One :class:`Position` per record the ingest reader yields for ``path``, lazily.

    A text or HTML file is one record; a damaged JSONL or WARC file gives the
    records before the damage plus one for its error; an empty or unopenable file
    one, so the reader reports it.
    """
    if _is_jsonl(path):
        positions = _jsonl_positions(path)
    elif _is_warc(path):
        positions = _warc_positions(path)
    else:
        positions = iter(())
    found = False
    try:
        for position in _until_damage(positions):
            found = True
            yield position
    except OSError:
        pass
    if not found:
        yield UNKNOWN


def _read_jsonl_from(path: str, position: Position) -> Iterator[InputItem]:
    assert position.offset is not None and position.line is not None
    with _open_jsonl(path) as handle:
        handle.seek(position.offset)
        # Blank stand-ins keep the reader's line numbers (origins "path:LINE") right.
        lines: Iterable[bytes] = _chain(repeat(b"\n", position.line - 1), handle)
        try:
            yield from iter_jsonl_lines(lines, path)
        except (OSError, EOFError) as exc:
            yield InvalidInputError(path, f"the file could not be read to the end ({exc})")


def _chain(first: Iterable[bytes], rest: Iterable[bytes]) -> Iterator[bytes]:
    yield from first
    yield from rest


def _warc_starts_at(handle: BinaryIO, offset: int) -> bool:
    handle.seek(offset)
    head = handle.read(len(WARC_MAGIC))
    handle.seek(offset)
    return head.startswith(GZIP_MAGIC) or head == WARC_MAGIC


def _read_warc_from(path: str, position: Position) -> Iterator[InputItem] | None:
    assert position.offset is not None
    handle = open(path, "rb")  # noqa: SIM115 - closed by the generator below
    if not _warc_starts_at(handle, position.offset):
        handle.close()
        return None

    def records() -> Iterator[InputItem]:
        with handle:
            yield from iter_warc_stream(handle, path, None)

    return records()


def read_records(
    path: str, start: int, stop: int | None, position: Position = UNKNOWN
) -> Iterator[InputItem]:
    """Records ``start`` to ``stop`` of ``path`` as the ingest reader yields them.

    With a known ``position`` of record ``start`` the file is read from there;
    otherwise from the top, skipping the first ``start`` records.
    """
    count = None if stop is None else stop - start
    if start > 0 and position.offset is not None:
        if _is_jsonl(path) and position.line is not None:
            return islice(_read_jsonl_from(path, position), count)
        if _is_warc(path):
            records = _read_warc_from(path, position)
            if records is not None:
                return islice(records, count)
    return islice(iter_path(path), start, stop)
