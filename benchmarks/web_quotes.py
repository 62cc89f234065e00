"""Page-load time of the web app's quote list on a store with 1,000,000 synthetic quotes.

Builds (or reuses) a store of synthetic articles written straight into the store's
schema with DuckDB SQL (10 quotes and 15 sentences an article, 20,000 speakers,
60 outlets), then loads pages over HTTP on loopback (uvicorn in a thread, httpx
client) and prints the median, min and max of several loads of each:

    .venv/bin/python benchmarks/web_quotes.py [--quotes 1000000] [--db PATH] [--loads 7]

The first load of each page is a warm-up and not counted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
import uvicorn

from whosays.store.duckdb import Store
from whosays.web.app import create_app
from whosays.web.corpus import Corpus

QUOTES_PER_ARTICLE = 10
SENTENCES_PER_ARTICLE = 15
N_SPEAKERS = 20_000
N_OUTLETS = 60

ARTICLES_SQL = """
INSERT INTO articles BY NAME
SELECT 'a' || lpad(i::VARCHAR, 9, '0') AS article_id,
       'Synthetic article ' || i AS title,
       'Outlet ' || (i % $outlets) AS source,
       (DATE '2015-01-01' + (i % 3650)::INTEGER)::VARCHAR AS published,
       DATE '2015-01-01' + (i % 3650)::INTEGER AS published_date,
       'metadata' AS published_from,
       'https://example.org/' || i AS url,
       repeat('Someone said something about the harbour. ', 15) AS text,
       630 AS n_chars, $sentences AS n_sentences, $per AS n_quotes,
       0 AS n_entities, 0 AS n_timexes,
       10 AS n_quoted_sentences, 3 AS n_vague_sentences, 2 AS n_author_sentences
FROM range($articles) t(i)
"""

SENTENCES_SQL = """
INSERT INTO sentences BY NAME
SELECT 'a' || lpad(a::VARCHAR, 9, '0') AS article_id, s AS sentence_index,
       s * 42 AS start_char, s * 42 + 41 AS end_char,
       CASE WHEN s < 10 THEN 'quoted' WHEN s < 13 THEN 'vague' ELSE 'author' END AS voice
FROM range($articles) t(a), range($sentences) u(s)
"""

QUOTES_SQL = """
INSERT INTO quotes BY NAME
WITH base AS (
    SELECT a, k, (a * 7919 + k * 104729) % $speakers AS sp
    FROM range($articles) t(a), range($per) u(k)
)
SELECT 'a' || lpad(a::VARCHAR, 9, '0') AS article_id, 'q' || (k + 1) AS quote_id,
       k AS quote_index, ['direct', 'indirect', 'mixed'][1 + (a + k) % 3] AS kind,
       k * 42 + 13 AS start_char, k * 42 + 40 AS end_char,
       'something about the harbour' AS text, k * 42 + 8 AS cue_start,
       k * 42 + 12 AS cue_end, 'said' AS cue_text,
       'Speaker Number' || sp AS speaker_name, 'person' AS speaker_type,
       'Minister' AS speaker_title, 'Speaker Number' || sp AS speaker_full_name,
       'speaker number' || sp AS speaker_norm, 'person' AS speaker_class,
       's' || substr(md5('person:speaker number' || sp), 1, 16) AS speaker_id,
       (DATE '2015-01-01' + (a % 3650)::INTEGER)::VARCHAR AS time_value,
       'DATE' AS time_type, CASE WHEN k = 0 THEN 'a press conference' END AS occasion,
       0.9 AS confidence, 'Outlet ' || (a % $outlets) AS source,
       DATE '2015-01-01' + (a % 3650)::INTEGER AS published_date
FROM base
"""


def build_store(path: Path, n_quotes: int) -> None:
    """Write ``n_quotes`` synthetic quotes (and their articles and sentences) to ``path``."""
    n_articles = n_quotes // QUOTES_PER_ARTICLE
    values = {
        "$articles": str(n_articles),
        "$per": str(QUOTES_PER_ARTICLE),
        "$sentences": str(SENTENCES_PER_ARTICLE),
        "$speakers": str(N_SPEAKERS),
        "$outlets": str(N_OUTLETS),
    }
    with Store.open(path) as store:
        for sql in (ARTICLES_SQL, SENTENCES_SQL, QUOTES_SQL):
            for name, value in values.items():
                sql = sql.replace(name, value)
            store.execute(sql)
        store.refresh_speakers()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def time_loads(client: httpx.Client, url: str, loads: int) -> list[float]:
    """Milliseconds for each of ``loads`` GETs of ``url`` after one warm-up."""
    assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(loads):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
    return timings


def deep_page_url(client: httpx.Client, pages: int) -> str:
    """The quote list's URL ``pages`` pages in, following the Next links (keyset)."""
    url = "/api/quotes"
    data = client.get(url).json()["page"]
    for _ in range(pages - 1):
        data = client.get(url, params={"offset": data["next"], "after": data["next_after"]})
        data = data.json()["page"]
    return "/quotes?" + urlencode({"offset": data["next"], "after": data["next_after"]})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000, help="synthetic quotes")
    parser.add_argument("--db", type=Path, help="store to reuse or create (default: a temp file)")
    parser.add_argument("--loads", type=int, default=7, help="timed loads per page")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    path = args.db or Path(tmp.name) / "bench.duckdb"
    if not path.exists():
        start = time.perf_counter()
        build_store(path, args.quotes)
        print(f"built {path} with {args.quotes:,} quotes in {time.perf_counter() - start:.1f} s")
    corpus = Corpus.open(path)
    with corpus.cursor() as cur:
        n_quotes = cur.execute("SELECT count(*) FROM quotes").fetchone()[0]
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(corpus=corpus), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
        pages = {
            "/quotes (first page, 50 rows)": "/quotes",
            "/quotes?speaker=Speaker Number42": "/quotes?speaker=Speaker+Number42",
            "/quotes?outlet=Outlet 7&since=2020-01-01": "/quotes?outlet=Outlet+7&since=2020-01-01",
            "/quotes?kind=direct&until=2016-12-31": "/quotes?kind=direct&until=2016-12-31",
            "/quotes page 100 via Next (keyset)": deep_page_url(client, 100),
            "/quotes?offset=500000 (offset)": "/quotes?offset=500000",
            "/api/quotes (JSON, 50 rows)": "/api/quotes",
            "/speakers": "/speakers",
            "/outlets": "/outlets",
        }
        print(
            f"{dt.date.today().isoformat()}  store: {n_quotes:,} quotes  "
            f"loads per page: {args.loads} (after 1 warm-up), HTTP on loopback"
        )
        print(f"{'page':48} {'median ms':>10} {'min':>8} {'max':>8}")
        for label, url in pages.items():
            timings = time_loads(client, url, args.loads)
            print(
                f"{label:48} {statistics.median(timings):10.1f} {min(timings):8.1f} "
                f"{max(timings):8.1f}"
            )
    server.should_exit = True
    thread.join(timeout=10)
    corpus.close()


if __name__ == "__main__":
    main()
