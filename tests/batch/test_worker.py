"""The shard function's error handling, with a fake analysis (no model needed)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

import whosays.batch.worker as worker
from whosays.batch.shards import plan_shards
from whosays.batch.worker import ShardTask, run_shard
from whosays.records import Article, ArticleInput
from whosays.store.parquet import read_manifest, shard_files


def fake_analyze_inputs(sources: Iterable[ArticleInput], **_: Any) -> Iterator[Article]:
    """Analysis that breaks on any batch holding the word EXPLODE."""
    batch = list(sources)
    if any("EXPLODE" in source.text for source in batch):
        raise ValueError("the parser broke")
    for source in batch:
        yield Article(text=source.text, id=source.id, published=source.published)


@pytest.fixture()
def task(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ShardTask:
    monkeypatch.setattr(worker, "analyze_inputs", fake_analyze_inputs)
    monkeypatch.setattr(worker, "load_pipeline", lambda model: None)
    lines = [
        '{"id": "a1", "text": "First article.", "published": "2024-01-05"}',
        '{"id": "a2", "text": "This one will EXPLODE.", "published": "2024-02-01"}',
        "not json at all",
        '{"id": "a3", "text": "Third article.", "published": "2023-12-31"}',
        '{"id": "a4", "text": "Fourth article."}',
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (shard,) = plan_shards([str(source)], shard_size=10, since="2024-01-01")
    return ShardTask(shard, str(tmp_path / "out"), "fake-model", batch_size=4, run_id="r1")


def test_one_failing_article_does_not_fail_its_batch(task: ShardTask) -> None:
    result = run_shard(task)
    assert (result.articles, result.errors, result.skipped) == (2, 2, 1)


def test_errors_name_the_record_and_the_reason(task: ShardTask) -> None:
    import pyarrow.parquet as pq

    result = run_shard(task)
    (errors_file,) = shard_files(result.shard_dir)["errors"]
    errors = pq.read_table(errors_file).to_pylist()
    by_origin = {Path(e["origin"]).name: e for e in errors}
    assert set(by_origin) == {"in.jsonl:2", "in.jsonl:3"}
    assert by_origin["in.jsonl:2"]["reason"] == "the parser broke"
    assert by_origin["in.jsonl:2"]["error_type"] == "ValueError"
    assert by_origin["in.jsonl:3"]["error_type"] == "InvalidInputError"
    assert {e["shard_id"] for e in errors} == {task.shard.id}


def test_the_shard_is_complete_with_a_manifest(task: ShardTask) -> None:
    result = run_shard(task)
    manifest = read_manifest(result.shard_dir)
    assert manifest is not None
    assert manifest["shard_id"] == task.shard.id
    assert manifest["files"]["articles.parquet"] == 2


FRENCH = (
    "Le ministre de l'Intérieur a déclaré mardi que le gouvernement ne reculerait pas sur "
    "la réforme des retraites. « Nous tiendrons bon », a-t-il affirmé devant la presse à "
    "Paris. L'opposition a dénoncé une réforme injuste et a appelé à manifester samedi "
    "dans toutes les grandes villes du pays, selon les syndicats."
)


@pytest.mark.parametrize(("skip", "analysed"), [(False, 2), (True, 1)])
def test_articles_not_in_english_are_counted_and_skipped_on_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, skip: bool, analysed: int
) -> None:
    seen: list[str] = []

    def fake_analyze(sources: list[ArticleInput], **options: Any) -> Iterator[Article]:
        for source in sources:
            seen.append(source.id or "")
            yield Article(text=source.text, id=source.id)

    monkeypatch.setattr(worker, "analyze_inputs", fake_analyze)
    monkeypatch.setattr(worker, "load_pipeline", lambda model: None)
    lines = [
        json.dumps({"id": "en", "text": "The mayor said the bridge will open."}),
        json.dumps({"id": "fr", "text": FRENCH}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (shard,) = plan_shards([str(source)], shard_size=10)
    task = ShardTask(shard, str(tmp_path / "out"), "fake-model", skip_non_english=skip)
    result = run_shard(task)
    assert result.not_english == 1
    assert result.articles == analysed
    assert ("fr" in seen) is not skip
