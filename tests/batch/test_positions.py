"""Reading a shard's records from their planned positions gives what reading from the top gives."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pytest

import whosays.batch.positions as positions
from whosays.batch.positions import read_records
from whosays.batch.shards import count_records, plan_shards
from whosays.errors import IngestError
from whosays.ingest import iter_path


def _jsonl_bytes() -> bytes:
    lines = [
        json.dumps({"id": f"j{i}", "text": f"Story {i}: the mayor said so."}) for i in range(7)
    ]
    lines.insert(3, "")  # a blank line: not a record, but it counts for line numbers
    lines.insert(5, "{broken")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _warc_bytes() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for i in range(6):
        body = f"<html><head><title>Page {i}</title></head><body><p>Page {i} text. "
        body += "The minister said the talks would resume on Monday. " * 3 + "</p></body></html>"
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://news.example/{i}",
            "response",
            payload=io.BytesIO(body.encode()),
            http_headers=headers,
        )
        writer.write_record(record)
        if i == 2:
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], "HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    "https://news.example/logo.png",
                    "response",
                    payload=io.BytesIO(b"\x89PNG"),
                    http_headers=image,
                )
            )
    return buffer.getvalue()


@pytest.fixture(params=["news.jsonl", "news.jsonl.gz", "crawl.warc.gz"])
def input_file(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    name: str = request.param
    data = _warc_bytes() if name.endswith(".warc.gz") else _jsonl_bytes()
    if name.endswith(".jsonl.gz"):
        data = gzip.compress(data)
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def _key(item: object) -> tuple[str, str]:
    if isinstance(item, IngestError):
        return ("error", item.origin)
    return ("article", f"{item.origin}|{item.text}")  # type: ignore[attr-defined]


def test_count_matches_the_reader(input_file: str) -> None:
    assert count_records(input_file) == sum(1 for _ in iter_path(input_file))


def test_each_segment_reads_from_its_position_the_same_records(
    input_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = [_key(item) for item in iter_path(input_file)]
    shards = plan_shards([input_file], shard_size=2)
    assert len(shards) > 2

    def no_reading_from_the_top(path: str, **_: object) -> Iterator[object]:
        raise AssertionError("a later segment was read from the top of the file")

    read = []
    for shard in shards:
        (segment,) = shard.segments
        if segment.start > 0:
            monkeypatch.setattr(positions, "iter_path", no_reading_from_the_top)
        read += [
            _key(i)
            for i in read_records(
                path=segment.path, start=segment.start, stop=segment.stop, position=segment.position
            )
        ]
        monkeypatch.undo()
    assert read == everything


def test_without_a_position_records_are_skipped_from_the_top(input_file: str) -> None:
    expected = [_key(item) for item in islice(iter_path(input_file), 3, 5)]
    assert [_key(item) for item in read_records(input_file, 3, 5)] == expected
