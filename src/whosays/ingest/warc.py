"""WARC ingest: each successful HTML ``response`` record of a (gzipped) WARC file is an article.

The article URL is the record's ``WARC-Target-URI`` and its origin is
``file.warc.gz#<WARC-Record-ID>``. Other records (requests, metadata, redirects,
non-HTML responses) are skipped. A record that cannot be read as an article is
yielded as an :class:`IngestError` and the file goes on; a file whose framing is
broken yields one error at the point where reading stopped.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from whosays.errors import IngestError, InvalidInputError
from whosays.ingest import html as html_ingest
from whosays.ingest.html import html_input
from whosays.ingest.text import decode_bytes, read_limited
from whosays.records import ArticleInput

__all__ = ["WARC_EXTENSIONS", "is_html_response", "iter_warc_file", "iter_warc_stream"]

WARC_EXTENSIONS = (".warc", ".warc.gz")

HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")

_READ_ERRORS = (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError)


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def is_html_response(record: Any) -> bool:
    """Whether a WARC record is one the reader takes as an article: a 2xx HTML response."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = str(record.http_headers.get_statuscode() or "")
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(HTML_CONTENT_TYPES)


def _record_article(
    record: Any, origin: str, record_id: str | None, published: str | None
) -> ArticleInput:
    data = read_limited(record.content_stream(), origin, html_ingest.MAX_HTML_BYTES)
    content_type = record.http_headers.get_header("Content-Type") or ""
    declared = _charset(content_type) or html_ingest.declared_charset(data)
    page = decode_bytes(data, origin, declared)
    url = record.rec_headers.get_header("WARC-Target-URI")
    return replace(html_input(page, origin, published, url=url), id=record_id)


def _iter_records(
    stream: Any, origin: str, published: str | None
) -> Iterator[ArticleInput | IngestError]:
    number = 0
    for number, record in enumerate(ArchiveIterator(stream), start=1):
        if record.format != "warc":
            where = f"{origin}#record={number}"
            yield InvalidInputError(
                where, f"not a WARC record ({record.format} format); file skipped"
            )
            return
        if not is_html_response(record):
            continue
        record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>") or None
        record_origin = f"{origin}#{record_id or f'record={number}'}"
        try:
            yield _record_article(record, record_origin, record_id, published)
        except IngestError as exc:
            yield exc
    if number == 0:
        yield InvalidInputError(origin, "no WARC records found (empty or corrupt file)")


def iter_warc_stream(
    stream: BinaryIO, origin: str, published: str | None = None
) -> Iterator[ArticleInput | IngestError]:
    """Every HTML article from an open WARC stream (at a record boundary), or its errors.

    Damage that stops the reading is yielded as one error naming the byte offset.
    """
    try:
        yield from _iter_records(stream, origin, published)
    except _READ_ERRORS as exc:
        where = f"{origin}#offset={stream.tell()}"
        yield InvalidInputError(where, f"corrupt WARC data, reading stopped ({exc})")


def iter_warc_file(
    path: Path, origin: str, published: str | None = None
) -> Iterator[ArticleInput | IngestError]:
    """Every HTML article in a WARC file, or the error of each record that fails."""
    with path.open("rb") as stream:
        yield from iter_warc_stream(stream, origin, published)
