"""Query time of the store on synthetic quotes: ``quotes --speaker`` and friends.

Builds (or reuses, with ``--db``) a store of synthetic articles written straight into
the store's schema with DuckDB SQL: 10 quotes an article (each quote ends in one of ten
topic words, for ``--contains``), 20,000 person speakers drawn
with a skew (the most quoted has ~4% of all quotes, most have a handful), 60 outlets,
ten years of dates. Speaker names, normalised names and ids come from the real
normaliser, so ``--speaker NAME`` resolves exactly as on a real store. Then it times
each query ``--runs`` times after one warm-up and prints the median, min and max.
The store is built as a batch run leaves it: ``Store.optimize()`` (quotes clustered
by speaker, ``speakers`` rebuilt); ``--unclustered`` skips the clustering.

    .venv/bin/python benchmarks/store_query.py [--quotes 100000] [--db PATH] [--runs 9]
    .venv/bin/python benchmarks/store_query.py --quotes 1000000 --index

``--index`` also creates an ART index on ``quotes(speaker_id)`` and times again. The
CLI line times the whole ``whosays quotes`` process (Python start-up included).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa

from whosays.store import query
from whosays.store.duckdb import Store
from whosays.store.speakers import SpeakerKey, canonical_speaker_id, normalise_name

QUOTES_PER_ARTICLE = 10
N_SPEAKERS = 20_000
N_OUTLETS = 60
FIRST = ["Alex", "Maria", "Omar", "Yuki", "Ivan", "Chen", "Fatima", "Pedro", "Ama", "Lars"]
LAST = ["Abara", "Bekov", "Cruz", "Dube", "Eto", "Faye", "Gomez", "Haidari", "Ito", "Jovic"]

ARTICLES_SQL = """
INSERT INTO articles BY NAME
SELECT 'a' || lpad(i::VARCHAR, 9, '0') AS article_id, 'Synthetic article ' || i AS title,
       'Outlet ' || (i % $outlets) AS source,
       (DATE '2015-01-01' + (i % 3650)::INTEGER)::VARCHAR AS published,
       DATE '2015-01-01' + (i % 3650)::INTEGER AS published_date,
       'https://example.org/' || i AS url,
       repeat('Someone said something about the harbour. ', 15) AS text,
       630 AS n_chars, 15 AS n_sentences, 10 AS n_quoted_sentences, 3 AS n_vague_sentences,
       2 AS n_author_sentences, $per AS n_quotes, 0 AS n_entities, 0 AS n_timexes
FROM range($articles) t(i)
"""

QUOTES_SQL = """
INSERT INTO quotes BY NAME
WITH base AS (
    SELECT a, k,
           least($speakers - 1, floor($speakers * pow(((a * 7919 + k * 104729) % 1000003)
                 / 1000003.0, 3)))::INTEGER AS sp
    FROM range($articles) t(a), range($per) u(k)
)
SELECT 'a' || lpad(a::VARCHAR, 9, '0') AS article_id, 'q' || (k + 1) AS quote_id,
       k AS quote_index, ['direct', 'indirect', 'mixed'][1 + (a + k) % 3] AS kind,
       k * 42 + 13 AS start_char, k * 42 + 40 AS end_char,
       'something about the ' || ['harbour', 'tariffs', 'strike', 'budget', 'election',
           'bridge', 'drought', 'ceasefire', 'vaccine', 'pension'][1 + (a + 3 * k) % 10] AS text,
       k * 42 + 8 AS cue_start, k * 42 + 12 AS cue_end,
       'said' AS cue_text, n.full_name AS speaker_name, 'person' AS speaker_type,
       n.full_name AS speaker_full_name, n.norm AS speaker_norm, 'person' AS speaker_class,
       n.speaker_id, 0.9 AS confidence, 'Outlet ' || (a % $outlets) AS source,
       DATE '2015-01-01' + (a % 3650)::INTEGER AS published_date,
       'Synthetic article ' || a AS title, 'https://example.org/' || a AS url
FROM base JOIN names n ON n.sp = base.sp
"""


def speaker_names() -> pa.Table:
    """Speaker number -> full name, normalised name and canonical id (the real normaliser)."""
    rows = []
    for sp in range(N_SPEAKERS):
        first, middle, last = FIRST[sp % 10], FIRST[(sp // 10) % 10], LAST[(sp // 100) % 10]
        full = f"{first} {middle}-{last} {LAST[(sp // 1000) % 10]}{LAST[sp // 10_000]}"
        norm = normalise_name(full)
        speaker_id = canonical_speaker_id(SpeakerKey(norm, "person", None).canonical_key())
        rows.append({"sp": sp, "full_name": full, "norm": norm, "speaker_id": speaker_id})
    return pa.Table.from_pylist(rows)


def build(db: Path, quotes: int, clustered: bool) -> None:
    """Create the synthetic store at ``db`` with ``quotes`` quotes."""
    params = {
        "articles": quotes // QUOTES_PER_ARTICLE,
        "per": QUOTES_PER_ARTICLE,
        "outlets": N_OUTLETS,
        "speakers": N_SPEAKERS,
    }
    started = time.perf_counter()
    with Store(db) as store:
        store.connection.register("names", speaker_names())
        store.execute(ARTICLES_SQL, {k: params[k] for k in ("articles", "outlets", "per")})
        store.execute(QUOTES_SQL, params)
        built = time.perf_counter() - started
        if clustered:
            store.cluster_quotes()  # what finish_run does at the end of a batch run
        store.refresh_speakers()
        optimized = time.perf_counter() - started - built
        store.execute("CHECKPOINT")
    upkeep = "cluster_quotes + refresh_speakers" if clustered else "refresh_speakers"
    print(f"built {quotes:,} quotes in {built:.1f} s; {upkeep} {optimized:.1f} s")


def timed(label: str, runs: int, action: Callable[[], Any]) -> float:
    """Run ``action`` once to warm up, then ``runs`` times; print and return the median (ms)."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times)
    print(f"{label:<58} median {median:8.1f} ms  (min {min(times):.1f}, max {max(times):.1f})")
    return median


def speakers_by_rank(store: Store) -> dict[str, tuple[str, int]]:
    """Names of the top, median and a rare speaker, with their quote counts."""
    ranked = store.execute("SELECT name, n_quotes FROM speakers ORDER BY n_quotes DESC, speaker_id")
    return {
        "top": ranked[0],
        "median": ranked[len(ranked) // 2],
        "rare": ranked[-1],
    }


def measure(store: Store, runs: int) -> None:
    """Time the query functions the CLI and web app call."""
    chosen = speakers_by_rank(store)
    for rank, (name, count) in chosen.items():
        timed(
            f"quotes --speaker ({rank}, {count:,} quotes)",
            runs,
            functools.partial(query.find_quotes, store, speaker=name, limit=50),
        )
    top = chosen["top"][0]
    since = dt.date(2020, 1, 1)
    timed(
        "quotes --speaker top --since 2020-01-01 --outlet 'Outlet 7'",
        runs,
        lambda: query.find_quotes(store, speaker=top, since=since, outlet="Outlet 7"),
    )
    timed(
        "quotes --speaker <surname only>",
        runs,
        lambda: query.find_quotes(store, speaker=top.split()[-1], limit=50),
    )
    after = None
    for _ in range(20):
        after = query.find_quotes(store, speaker=top, limit=50, after=after).next_after
    timed(
        "quotes --speaker top, page 21 by keyset (after=)",
        runs,
        lambda: query.find_quotes(store, speaker=top, limit=50, after=after),
    )
    timed(
        "quotes --speaker top, page 21 by --offset 1000",
        runs,
        lambda: query.find_quotes(store, speaker=top, limit=50, offset=1000),
    )
    timed(
        "quotes --contains tariffs (a tenth of all quotes)",
        runs,
        lambda: query.find_quotes(store, contains="tariffs", limit=50),
    )
    timed(
        "quotes --contains '\"the ceasefire\" something' (a tenth, two terms)",
        runs,
        lambda: query.find_quotes(store, contains='"the ceasefire" something', limit=50),
    )
    timed(
        "quotes --contains absent (no quote: the whole scan)",
        runs,
        lambda: query.find_quotes(store, contains="absent", limit=50),
    )
    timed(
        "quotes --speaker top --contains tariffs",
        runs,
        lambda: query.find_quotes(store, speaker=top, contains="tariffs", limit=50),
    )
    timed("speakers --limit 50", runs, lambda: query.list_speakers(store, limit=50))
    timed("outlets", runs, lambda: query.list_outlets(store))


def measure_cli(db: Path, name: str, runs: int) -> None:
    """Time the whole ``whosays quotes --speaker`` process."""
    command = [sys.executable, "-m", "whosays", "quotes", "--db", str(db), "--speaker", name]
    timed(
        f"CLI: whosays quotes --speaker {name!r} --format json",
        runs,
        lambda: subprocess.run([*command, "--format", "json"], check=True, capture_output=True),
    )


def main() -> None:
    """Parse arguments, build or reuse the store, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000, help="synthetic quotes")
    parser.add_argument("--db", type=Path, help="store to build or reuse")
    parser.add_argument("--runs", type=int, default=9, help="timed runs per query")
    parser.add_argument("--cli-runs", type=int, default=3, help="timed CLI runs")
    parser.add_argument("--index", action="store_true", help="also time with an ART index")
    parser.add_argument("--unclustered", action="store_true", help="leave quotes unsorted")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / f"store_{args.quotes}.duckdb"
    if not db.exists():
        build(db, args.quotes, not args.unclustered)
    with Store(db, read_only=True) as store:
        print(f"store {db}: {store.table_counts()['quotes']:,} quotes, DuckDB {_duckdb_version()}")
        measure(store, args.runs)
        top = speakers_by_rank(store)["top"][0]
    measure_cli(db, top, args.cli_runs)
    if args.index:
        with Store(db) as store:
            started = time.perf_counter()
            store.execute("CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_id)")
            print(
                f"with an ART index on quotes(speaker_id) ({time.perf_counter() - started:.1f} s)"
            )
            measure(store, args.runs)
            store.execute("DROP INDEX quotes_speaker")


def _duckdb_version() -> str:
    import duckdb

    return str(duckdb.__version__)


if __name__ == "__main__":
    main()
