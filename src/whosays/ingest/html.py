"""HTML ingest: the main text of a page with trafilatura, and its title, author, date and site.

Paragraphs of the extracted text are separated by a blank line, so later stages see
where a paragraph ends (a quote left open at a paragraph end continues in the next).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import htmldate
import trafilatura

from whosays.errors import EmptyInputError, InvalidInputError
from whosays.ingest.text import (
    check_text,
    decode_bytes,
    normalise_date,
    published_fields,
    read_limited,
)
from whosays.records import ArticleInput

__all__ = [
    "HTML_EXTENSIONS",
    "MAX_HTML_BYTES",
    "declared_charset",
    "extract_html",
    "html_input",
    "looks_like_html",
    "read_html_file",
]

MAX_HTML_BYTES = 20_000_000
"""Largest HTML page read, in bytes (markup, scripts and styles included)."""

HTML_EXTENSIONS = (".html", ".htm", ".xhtml")

SNIFF_CHARS = 4096
MIN_SNIFFED_TAGS = 5

_DOCUMENT_START = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_COMMON_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|article|section|meta|title|ul|li|em|strong|b|i)[\s/>]",
    re.IGNORECASE,
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page rather than plain text (sniffs its beginning)."""
    head = text[:SNIFF_CHARS]
    if _DOCUMENT_START.search(head[:1024]):
        return True
    return head.lstrip().startswith("<") and len(_COMMON_TAG.findall(head)) >= MIN_SNIFFED_TAGS


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta charset>`` tag, if any."""
    match = _META_CHARSET.search(data[:SNIFF_CHARS])
    return match.group(1).decode("ascii") if match else None


def _paragraphs(extracted: str) -> str:
    lines = (line.strip() for line in extracted.splitlines())
    return "\n\n".join(line for line in lines if line)


def extract_html(html: str, origin: str) -> str:
    """The page's main text, paragraphs separated by blank lines; comments left out.

    Favours precision (boilerplate left out); falls back to trafilatura's default
    balance when that finds nothing.
    """
    if not html.strip():
        raise EmptyInputError(origin, "empty HTML page")
    options: dict[str, Any] = {
        "output_format": "txt",
        "include_comments": False,
        "include_tables": False,
    }
    extracted = trafilatura.extract(html, favor_precision=True, **options)
    if not extracted:
        extracted = trafilatura.extract(html, **options)
    text = _paragraphs(extracted or "")
    if not text:
        raise EmptyInputError(origin, "no article text found in the HTML page")
    return check_text(text, origin)


def _page_date(html: str, metadata_date: str | None, url: str | None) -> str | None:
    if metadata_date:
        return metadata_date
    try:
        found = htmldate.find_date(html, url=url, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None
    return found if isinstance(found, str) else None


def _site_name(sitename: str | None, hostname: str | None, url: str | None) -> str | None:
    if sitename:
        return sitename
    if hostname:
        return hostname
    if url:
        host = urlsplit(url).hostname
        return host.removeprefix("www.") if host else None
    return None


def html_input(
    html: str, origin: str, published: str | None = None, *, url: str | None = None
) -> ArticleInput:
    """An :class:`ArticleInput` from an HTML page: main text plus the page's metadata.

    ``published`` (an explicit date) wins over the page's own date; ``url`` (from a
    crawl record, say) wins over the page's canonical URL.
    """
    text = extract_html(html, origin)
    meta = trafilatura.extract_metadata(html, default_url=url)
    page_url = url or (meta.url if meta else None)
    page_date = _page_date(html, meta.date if meta else None, page_url)
    date, date_from = published_fields(published, _safe_date(page_date, origin))
    return ArticleInput(
        text=text,
        origin=origin,
        title=meta.title if meta else None,
        url=page_url,
        source=_site_name(
            meta.sitename if meta else None, meta.hostname if meta else None, page_url
        ),
        author=meta.author if meta else None,
        published=date,
        published_from=date_from,
    )


def _safe_date(value: str | None, origin: str) -> str | None:
    try:
        return normalise_date(value, origin)
    except InvalidInputError:
        return None


def read_html_file(path: Path, origin: str, published: str | None = None) -> ArticleInput:
    """Read an HTML file (size checked before reading, declared charset honoured)."""
    with path.open("rb") as stream:
        data = read_limited(stream, origin, MAX_HTML_BYTES)
    return html_input(decode_bytes(data, origin, declared_charset(data)), origin, published)
