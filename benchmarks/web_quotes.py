"""Page-load time of the web app's quote list on a store with 1,000,000 synthetic quotes.

Builds (or reuses, with ``--db``) the synthetic store of ``benchmarks/store_query.py``
(10 quotes an article, 20,000 skewed person speakers named through the real
normaliser, 60 outlets, ten years of dates), serves it with uvicorn in a thread, and
loads pages over HTTP on loopback with an httpx client. Prints the median, min and max
of ``--loads`` loads of each page, after one warm-up load:

    .venv/bin/python benchmarks/web_quotes.py [--quotes 1000000] [--db PATH] [--loads 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import duckdb
import httpx
import uvicorn

from whosays.web.app import create_app
from whosays.web.corpus import Corpus

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_query import build  # the store benchmark's synthetic corpus


def free_port() -> int:
    """A free TCP port on the loopback interface."""
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
    """The quote list's URL ``pages`` pages in, reached by following the Next links."""
    data = client.get("/api/quotes").json()["page"]
    for _ in range(pages - 2):
        params = {"offset": data["next"], "after": data["next_after"]}
        data = client.get("/api/quotes", params=params).json()["page"]
    return "/quotes?" + urlencode({"offset": data["next"], "after": data["next_after"]})


def pages_to_time(client: httpx.Client, corpus: Corpus) -> dict[str, str]:
    """Label -> URL of every page timed."""
    with corpus.cursor() as cur:
        ranked = cur.execute("SELECT name FROM speakers ORDER BY n_quotes DESC").fetchall()
        article_id = cur.execute("SELECT min(article_id) FROM articles").fetchone()[0]
    top, median = ranked[0][0], ranked[len(ranked) // 2][0]
    return {
        "/quotes (first page, 50 rows)": "/quotes",
        "/quotes?speaker=<most quoted>": "/quotes?" + urlencode({"speaker": top}),
        "/quotes?speaker=<median speaker>": "/quotes?" + urlencode({"speaker": median}),
        "/quotes?outlet=Outlet 7&since=2020-01-01": "/quotes?outlet=Outlet+7&since=2020-01-01",
        "/quotes?kind=direct&until=2016-12-31": "/quotes?kind=direct&until=2016-12-31",
        "/quotes page 100, by the Next links (keyset)": deep_page_url(client, 100),
        "/quotes?offset=500000 (plain offset)": "/quotes?offset=500000",
        "/api/quotes (JSON, 50 rows)": "/api/quotes",
        "/speakers": "/speakers",
        "/outlets": "/outlets",
        "/graph": "/graph",
        "/articles/<id> (stored article view)": f"/articles/{article_id}",
    }


def serve(corpus: Corpus) -> tuple[uvicorn.Server, threading.Thread, int]:
    """Start uvicorn serving the corpus app on a free loopback port."""
    port = free_port()
    config = uvicorn.Config(
        create_app(corpus=corpus), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, port


def main() -> None:
    """Build or reuse the store, serve it, print the page-load figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000, help="synthetic quotes")
    parser.add_argument("--db", type=Path, help="store to reuse or build (default: a temp file)")
    parser.add_argument("--loads", type=int, default=7, help="timed loads per page")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    path = args.db or Path(tmp.name) / "bench.duckdb"
    if not path.exists():
        build(path, args.quotes, clustered=True)  # as a batch run leaves the store
    corpus = Corpus.open(path)
    with corpus.cursor() as cur:
        n_quotes = cur.execute("SELECT count(*) FROM quotes").fetchone()[0]
    server, thread, port = serve(corpus)
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
        pages = pages_to_time(client, corpus)
        print(
            f"{dt.date.today().isoformat()}  store: {n_quotes:,} quotes  "
            f"DuckDB {duckdb.__version__}  {args.loads} loads per page after 1 warm-up, "
            "HTTP on loopback"
        )
        print(f"{'page':48} {'median ms':>10} {'min':>8} {'max':>8}")
        for label, url in pages.items():
            timings = time_loads(client, url, args.loads)
            median = statistics.median(timings)
            print(f"{label:48} {median:10.1f} {min(timings):8.1f} {max(timings):8.1f}")
    server.should_exit = True
    thread.join(timeout=10)
    corpus.close()
    tmp.cleanup()


if __name__ == "__main__":
    main()
