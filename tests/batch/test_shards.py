"""Shard planning: stable ids, record ranges, limits, damaged files (no model needed)."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from whosays.batch.shards import Segment, count_records, plan_shards
from whosays.errors import InvalidInputError


def _jsonl(path: Path, n: int) -> str:
    lines = [json.dumps({"id": f"a{i}", "text": f"Article number {i}."}) for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _text(path: Path) -> str:
    path.write_text("The mayor said the bridge will open.", encoding="utf-8")
    return str(path)


@pytest.fixture()
def files(tmp_path: Path) -> list[str]:
    """Two single-article text files around a JSONL file of 7 articles."""
    return [
        _text(tmp_path / "a.txt"),
        _jsonl(tmp_path / "b.jsonl", 7),
        _text(tmp_path / "c.txt"),
    ]


def test_plan_is_deterministic(files: list[str]) -> None:
    assert plan_shards(files, shard_size=3) == plan_shards(files, shard_size=3)


@pytest.mark.parametrize(
    ("shard_size", "expected_sizes"),
    [(1, [1] * 9), (3, [3, 3, 3]), (4, [4, 4, 1]), (100, [9])],
)
def test_shards_cover_every_record_once(
    files: list[str], shard_size: int, expected_sizes: list[int]
) -> None:
    shards = plan_shards(files, shard_size=shard_size)
    assert [shard.size for shard in shards] == expected_sizes
    assert [shard.index for shard in shards] == list(range(len(shards)))
    assert len({shard.id for shard in shards}) == len(shards)


def test_segments_are_record_ranges_with_open_file_tails(files: list[str]) -> None:
    a, b, c = (os.path.abspath(f) for f in files)
    shards = plan_shards(files, shard_size=4)
    assert [shard.segments for shard in shards] == [
        (Segment(a, 0, None), Segment(b, 0, 3)),
        (Segment(b, 3, None),),
        (Segment(c, 0, None),),
    ]


def test_limit_ends_the_last_shard_exactly(files: list[str]) -> None:
    b = os.path.abspath(files[1])
    shards = plan_shards(files, shard_size=4, limit=6)
    assert [shard.size for shard in shards] == [4, 2]
    assert shards[-1].segments == (Segment(b, 3, 5),)


def test_shard_ids_depend_on_since_and_ranges(files: list[str]) -> None:
    plain = {shard.id for shard in plan_shards(files, shard_size=3)}
    since = {shard.id for shard in plan_shards(files, shard_size=3, since="2024-01-01")}
    other_size = {shard.id for shard in plan_shards(files, shard_size=4)}
    assert plain.isdisjoint(since)
    assert plain.isdisjoint(other_size)


def test_ids_do_not_depend_on_the_working_directory(
    files: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    absolute = [shard.id for shard in plan_shards(files, shard_size=3)]
    monkeypatch.chdir(Path(files[0]).parent)
    relative = [shard.id for shard in plan_shards([Path(f).name for f in files], shard_size=3)]
    assert relative == absolute


def test_truncated_gzip_counts_records_before_the_damage_plus_its_error(
    tmp_path: Path,
) -> None:
    lines = b"".join(b'{"text": "Line %d of the file."}\n' % i for i in range(200))
    data = gzip.compress(lines)
    broken = tmp_path / "cut.jsonl.gz"
    broken.write_bytes(data[: len(data) // 2])
    count = count_records(str(broken))
    assert 1 < count < 200


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("one.txt", b"Some text.", 1),
        ("page.html", b"<html><body><p>Hi</p></body></html>", 1),
        ("lines.jsonl", b'{"text": "a"}\n\n{"text": "b"}\n', 2),
        ("empty.jsonl", b"", 1),
        ("notgzip.jsonl.gz", b"plain bytes, not gzip", 1),
    ],
)
def test_count_records(tmp_path: Path, name: str, content: bytes, expected: int) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert count_records(str(path)) == expected


def test_missing_file_is_planned_so_its_error_is_stored(tmp_path: Path) -> None:
    shards = plan_shards([str(tmp_path / "missing.txt")], shard_size=5)
    assert [shard.size for shard in shards] == [1]


@pytest.mark.parametrize(("shard_size", "sources"), [(0, ["x.txt"]), (5, ["-"])])
def test_invalid_plans_raise(shard_size: int, sources: list[str]) -> None:
    with pytest.raises(InvalidInputError):
        plan_shards(sources, shard_size=shard_size)


def test_a_file_named_twice_is_planned_once(files: list[str]) -> None:
    twice = plan_shards([*files, files[0]], shard_size=100)
    assert twice == plan_shards(files, shard_size=100)
