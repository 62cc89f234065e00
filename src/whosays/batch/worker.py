"""The shard function: read a shard's articles, analyse them, write its Parquet files.

:func:`run_shard` is what every scheduler runs (in-process, a local process pool
or Dask workers). It only writes Parquet files, atomically; the parent process
records them in the database. A record that cannot be read or analysed becomes an
error row of the shard, so a shard always completes.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from whosays.batch.positions import read_records
from whosays.batch.shards import Segment, Shard
from whosays.errors import IngestError
from whosays.ingest.language import not_english_reason
from whosays.nlp import load_pipeline
from whosays.records import Article, ArticleInput
from whosays.store.parquet import write_shard
from whosays.store.rows import Row, article_rows, error_row, merge_rows

if TYPE_CHECKING:
    from spacy.language import Language


def analyze_inputs(sources: list[ArticleInput], **options: Any) -> Iterator[Article]:
    """:func:`whosays.api.analyze_inputs`, imported on first use (it imports spaCy)."""
    from whosays.api import analyze_inputs as analyze

    return analyze(sources, **options)


@dataclass(frozen=True)
class ShardTask:
    """Everything a worker needs to run one shard (picklable, sent to workers)."""

    shard: Shard
    out_dir: str
    model: str
    batch_size: int = 16
    run_id: str | None = None
    skip_non_english: bool = False


@dataclass(frozen=True)
class ShardResult:
    """What a finished shard reports back to the parent, which records it."""

    shard_id: str
    shard_dir: str
    articles: int
    errors: int
    skipped: int
    seconds: float
    cpu_seconds: float
    worker: str
    peak_rss_mb: float
    not_english: int = 0


@dataclass
class _ShardRows:
    """Rows collected for one shard, per table, plus counters."""

    batches: list[dict[str, list[Row]]] = field(default_factory=list)
    articles: int = 0
    errors: int = 0
    skipped: int = 0
    not_english: int = 0

    def add(self, rows: dict[str, list[Row]]) -> None:
        self.batches.append(rows)

    def add_error(self, origin: str, error: BaseException, task: ShardTask) -> None:
        row = error_row(origin, error, run_id=task.run_id, shard_id=task.shard.id)
        self.add({"errors": [row]})
        self.errors += 1


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024
    return peak * scale / 1_000_000


def _segment_records(segment: Segment) -> Iterator[ArticleInput | IngestError]:
    """The records of one segment; a reader that breaks ends it with an error record."""
    try:
        yield from read_records(segment.path, segment.start, segment.stop, segment.position)
    except Exception as exc:
        # A damaged file the reader did not catch must not abort the shard.
        yield IngestError(segment.path, f"unreadable: {type(exc).__name__}: {exc}")


def _is_before(source: ArticleInput, since: str | None) -> bool:
    """True when ``source`` has a publication date earlier than ``since``."""
    return since is not None and source.published is not None and source.published[:10] < since


def read_shard(task: ShardTask, collected: _ShardRows) -> list[ArticleInput]:
    """The shard's articles to analyse; read errors, ``--since`` skips and articles that
    do not look like English (skipped with ``--skip-non-english``) are counted."""
    sources: list[ArticleInput] = []
    for segment in task.shard.segments:
        for record in _segment_records(segment):
            if isinstance(record, IngestError):
                collected.add_error(record.origin, record, task)
            elif _is_before(record, task.shard.since):
                collected.skipped += 1
            elif not_english_reason(record.text) is not None:
                collected.not_english += 1
                if not task.skip_non_english:
                    sources.append(record)
            else:
                sources.append(record)
    return sources


def _analyse_one(nlp: Language, source: ArticleInput) -> Article:
    return next(analyze_inputs([source], nlp=nlp))


def analyse_batch(
    nlp: Language, sources: list[ArticleInput], task: ShardTask, collected: _ShardRows
) -> list[Article]:
    """Analyse ``sources``; if the batch fails, retry one by one so only the culprit fails."""
    try:
        return list(analyze_inputs(sources, nlp=nlp, batch_size=len(sources)))
    except Exception:
        pass
    articles = []
    for source in sources:
        try:
            articles.append(_analyse_one(nlp, source))
        except Exception as exc:
            collected.add_error(source.origin, exc, task)
    return articles


def _store_article(article: Article, task: ShardTask, collected: _ShardRows) -> None:
    try:
        rows = article_rows(article, run_id=task.run_id)
    except Exception as exc:
        collected.add_error(article.origin, exc, task)
        return
    collected.add(rows)
    collected.articles += 1


def run_shard(task: ShardTask) -> ShardResult:
    """Analyse one shard and write its Parquet files atomically; never raises for bad input."""
    started, cpu_started = time.perf_counter(), time.process_time()
    nlp = load_pipeline(task.model)
    collected = _ShardRows()
    sources = read_shard(task, collected)
    for begin in range(0, len(sources), task.batch_size):
        batch = sources[begin : begin + task.batch_size]
        for article in analyse_batch(nlp, batch, task, collected):
            _store_article(article, task, collected)
    shard_dir = os.path.join(task.out_dir, task.shard.id)
    meta = {"segments": [segment.to_list() for segment in task.shard.segments]}
    write_shard(shard_dir, task.shard.id, merge_rows(collected.batches), meta=meta)
    return ShardResult(
        shard_id=task.shard.id,
        shard_dir=shard_dir,
        articles=collected.articles,
        errors=collected.errors,
        skipped=collected.skipped,
        seconds=time.perf_counter() - started,
        cpu_seconds=time.process_time() - cpu_started,
        worker=f"{os.uname().nodename}:{os.getpid()}",
        peak_rss_mb=peak_rss_mb(),
        not_english=collected.not_english,
    )


def warm_up(model: str) -> None:
    """Load the pipeline once in this process (a pool initializer)."""
    load_pipeline(model)
