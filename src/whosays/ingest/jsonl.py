"""JSONL ingest: one article per line, ``{"text": ...}`` or ``{"html": ...}`` plus metadata.

Optional keys: ``id``, ``url``, ``title``, ``published``, ``source``, ``author``. A bad
line is yielded as an :class:`IngestError` whose origin is ``path:LINE``; the other
lines go on.
"""

from __future__ import annotations

import codecs
import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from whosays.errors import EmptyInputError, EncodingError, IngestError, InvalidInputError
from whosays.ingest.html import html_input
from whosays.ingest.text import check_text, normalise_date, published_fields
from whosays.records import ArticleInput

__all__ = ["JSONL_EXTENSIONS", "article_from_object", "iter_jsonl_file", "iter_jsonl_lines"]

JSONL_EXTENSIONS = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")

METADATA_KEYS = ("id", "url", "title", "source", "author")


def _optional_str(obj: dict[str, Any], key: str, origin: str) -> str | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InvalidInputError(origin, f"{key!r} must be a string, not {type(value).__name__}")
    return value


def _body(obj: dict[str, Any], origin: str) -> tuple[str, bool]:
    """The article body and whether it is HTML; ``text`` wins when both are given."""
    for key, is_html in (("text", False), ("html", True)):
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InvalidInputError(origin, f"{key!r} must be a string, not {type(value).__name__}")
        if not value.strip():
            raise EmptyInputError(origin, f"{key!r} is empty")
        return value, is_html
    raise InvalidInputError(origin, 'the object has neither "text" nor "html"')


def article_from_object(obj: object, origin: str, published: str | None = None) -> ArticleInput:
    """An :class:`ArticleInput` from one decoded JSON line; ``published`` overrides the line's."""
    if not isinstance(obj, dict):
        raise InvalidInputError(origin, f"expected a JSON object, got {type(obj).__name__}")
    body, is_html = _body(obj, origin)
    fields = {key: _optional_str(obj, key, origin) for key in METADATA_KEYS}
    line_date = normalise_date(obj.get("published"), origin)
    if is_html:
        page = html_input(body, origin, published, url=fields["url"])
        given = {key: value for key, value in fields.items() if value is not None}
        date, date_from = published_fields(published, line_date or page.published)
        return replace(page, published=date, published_from=date_from, **given)
    date, date_from = published_fields(published, line_date)
    return ArticleInput(
        text=check_text(body, origin),
        origin=origin,
        published=date,
        published_from=date_from,
        **fields,
    )


def _parse_line(raw: bytes, origin: str, published: str | None) -> ArticleInput:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingError(origin, f"not valid UTF-8 ({exc.reason})") from exc
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(origin, f"not valid JSON ({exc.msg})") from exc
    return article_from_object(obj, origin, published)


def iter_jsonl_lines(
    lines: Iterable[bytes], name: str, published: str | None = None
) -> Iterator[ArticleInput | IngestError]:
    """Each non-blank line of ``lines`` as an article or the error that line raised."""
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        try:
            yield _parse_line(raw, f"{name}:{number}", published)
        except IngestError as exc:
            yield exc


def _open(path: Path) -> BinaryIO:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def iter_jsonl_file(
    path: Path, origin: str, published: str | None = None
) -> Iterator[ArticleInput | IngestError]:
    """Every article of a JSONL file (optionally gzip-compressed), line by line."""
    with _open(path) as stream:
        try:
            yield from iter_jsonl_lines(stream, origin, published)
        except (OSError, EOFError) as exc:
            yield InvalidInputError(origin, f"the file could not be read to the end ({exc})")
