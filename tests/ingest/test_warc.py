"""WARC ingest: HTML response records become articles; bad records and files are errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from whosays.errors import EmptyInputError, IngestError
from whosays.ingest import iter_path
from whosays.records import ArticleInput

ARTICLE_HTML = (
    "<html><head><title>{title}</title>"
    '<meta property="article:published_time" content="2025-04-0{day}T10:00:00Z">'
    "</head><body><article><p>{body}</p>"
    "<p>“We expect the work to finish by the summer,” a spokeswoman said.</p>"
    "</article></body></html>"
)


def html_page(title: str, body: str, day: int = 1) -> bytes:
    return ARTICLE_HTML.format(title=title, body=body, day=day).encode("utf-8")


def add_response(
    writer: WARCWriter,
    url: str,
    payload: bytes,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(payload), http_headers=headers
    )
    writer.write_record(record)


def add_request(writer: WARCWriter, url: str) -> None:
    headers = StatusAndHeaders(
        "GET / HTTP/1.1", [("Host", "news.example.com")], is_http_request=True
    )
    writer.write_record(
        writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=headers)
    )


def write_warc(path: Path, gzip: bool = True) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        add_request(writer, "https://news.example.com/a")
        add_response(
            writer,
            "https://news.example.com/a",
            html_page(
                "Bridge repairs begin",
                "Repairs on the old bridge began on Monday, "
                "the city's transport office said in a statement.",
                day=1,
            ),
        )
        add_response(
            writer,
            "https://news.example.com/logo.png",
            b"\x89PNG\r\n\x1a\n",
            content_type="image/png",
        )
        add_response(
            writer,
            "https://news.example.com/old",
            b"<html>moved</html>",
            status="301 Moved Permanently",
        )
        add_response(
            writer,
            "https://news.example.com/empty",
            b"<html><head><title>Nothing</title></head><body></body></html>",
        )
        add_response(
            writer,
            "https://news.example.com/b",
            html_page(
                "Library reopens",
                "The central library reopened on Tuesday "
                "after a two-year renovation, council officials said.",
                day=2,
            ),
        )


@pytest.mark.parametrize("name,gzip", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_articles(tmp_path: Path, name: str, gzip: bool) -> None:
    path = tmp_path / name
    write_warc(path, gzip=gzip)
    items = list(iter_path(str(path)))
    assert [type(i) for i in items] == [ArticleInput, EmptyInputError, ArticleInput]
    first, empty, second = items
    assert isinstance(first, ArticleInput) and isinstance(second, ArticleInput)
    assert (first.url, first.title) == ("https://news.example.com/a", "Bridge repairs begin")
    assert (first.published, first.published_from) == ("2025-04-01", "metadata")
    assert first.source == "news.example.com"
    assert first.text.startswith("Repairs on the old bridge began")
    assert first.id is not None and first.id.startswith("urn:uuid:")
    assert first.origin == f"{path}#{first.id}"
    assert second.url == "https://news.example.com/b"
    assert isinstance(empty, IngestError)
    assert empty.origin.startswith(f"{path}#urn:uuid:")


def test_explicit_published_wins(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    articles = [
        i for i in iter_path(str(path), published="2025-05-05") if isinstance(i, ArticleInput)
    ]
    assert {(a.published, a.published_from) for a in articles} == {("2025-05-05", "argument")}


def test_corrupt_tail_keeps_the_good_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    with path.open("ab") as out:
        out.write(b"this is not a WARC record\r\n\r\n" * 3)
    items = list(iter_path(str(path)))
    assert sum(isinstance(i, ArticleInput) for i in items) == 2
    assert isinstance(items[-1], IngestError)
    assert "corrupt WARC" in str(items[-1])


@pytest.mark.parametrize(
    "data",
    [b"not a warc file at all\n", b"\x1f\x8b\x08\x00garbage-gzip"],
    ids=["text", "bad gzip"],
)
def test_corrupt_file_is_one_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(data)
    (item,) = iter_path(str(path))
    assert isinstance(item, IngestError)
    assert item.origin.startswith(str(path))
