"""Ingest: turn files, HTML pages, JSONL lines, WARC records and stdin into article inputs.

Every reader yields :class:`~whosays.records.ArticleInput` records, or the
:class:`~whosays.errors.IngestError` an input raised, so a run over many articles
reports each failure and goes on. Formats: plain text (``text.py``), HTML
(``html.py``), JSONL (``jsonl.py``) and WARC (``warc.py``); see ``docs/input-formats.md``.
"""

from __future__ import annotations

import glob
import io
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from whosays.errors import IngestError
from whosays.ingest import html as html_ingest
from whosays.ingest import text as text_ingest
from whosays.ingest.html import HTML_EXTENSIONS, html_input, looks_like_html
from whosays.ingest.jsonl import JSONL_EXTENSIONS, iter_jsonl_file, iter_jsonl_lines
from whosays.ingest.text import normalise_date, text_input
from whosays.ingest.warc import WARC_EXTENSIONS, iter_warc_file
from whosays.records import ArticleInput

__all__ = [
    "KNOWN_EXTENSIONS",
    "STDIN",
    "from_string",
    "iter_inputs",
    "iter_path",
    "list_sources",
]

STDIN = "-"
STDIN_ORIGIN = "<stdin>"
TEXT_EXTENSIONS = (".txt", ".text")
KNOWN_EXTENSIONS = TEXT_EXTENSIONS + HTML_EXTENSIONS + JSONL_EXTENSIONS + WARC_EXTENSIONS
"""File endings a directory scan picks up."""

GLOB_CHARS = frozenset("*?[")
STDIN_SNIFF_BYTES = 65_536

InputItem = ArticleInput | IngestError


def from_string(
    text_or_html: str, *, origin: str = "<text>", published: str | None = None
) -> ArticleInput:
    """An :class:`ArticleInput` from a string of plain text or HTML (sniffed).

    Plain text is kept unchanged; for HTML the main text and the page's metadata are
    extracted. ``published`` (an ISO date) wins over a date in the page.
    """
    date = _checked_published(published)
    if looks_like_html(text_or_html):
        return html_input(text_or_html, origin, date)
    return text_input(text_or_html, origin, date)


def _checked_published(published: str | None) -> str | None:
    return normalise_date(published, "--published") if published else None


def _has_suffix(path: str, suffixes: Iterable[str]) -> bool:
    return path.lower().endswith(tuple(suffixes))


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _scan_directory(root: Path) -> list[str]:
    found = (
        path
        for path in root.rglob("*")
        if path.is_file()
        and not _is_hidden(path, root)
        and _has_suffix(path.name, KNOWN_EXTENSIONS)
    )
    return sorted(str(path) for path in found)


def _expand(source: str) -> list[str]:
    if source == STDIN:
        return [source]
    path = Path(source)
    if path.is_dir():
        return _scan_directory(path) or [source]
    if not path.exists() and GLOB_CHARS & set(source):
        matches = sorted(glob.glob(source, recursive=True))
        return [name for match in matches for name in _expand(match)] or [source]
    return [source]


def list_sources(sources: Sequence[str]) -> list[str]:
    """The files ``sources`` name, in a stable order: directories and globs expanded.

    A directory is scanned recursively (sorted, files with a known ending, hidden files
    and folders skipped); a glob is expanded sorted. ``-`` (stdin) and names that match
    nothing are kept as given, so reading them reports the problem. Cheap: nothing is
    opened, so batch runs can split the list into shards.
    """
    return [name for source in sources for name in _expand(source)]


def _read_document(path: Path, origin: str, published: str | None) -> ArticleInput:
    if _has_suffix(path.name, HTML_EXTENSIONS):
        return html_ingest.read_html_file(path, origin, published)
    with path.open("rb") as stream:
        data = text_ingest.read_limited(stream, origin, text_ingest.MAX_TEXT_BYTES)
    decoded = text_ingest.decode_bytes(data, origin, html_ingest.declared_charset(data))
    return from_string(decoded, origin=origin, published=published)


def _not_a_file_reason(path: Path) -> str:
    if path.is_dir():
        endings = ", ".join(KNOWN_EXTENSIONS)
        return f"a directory with no files to read (none ending in {endings})"
    return "not a regular file" if path.exists() else "no such file or directory"


def iter_path(path: str, *, published: str | None = None) -> Iterator[InputItem]:
    """Every article in one file (one for text/HTML, many for JSONL/WARC) or its errors."""
    date = _checked_published(published)
    if path == STDIN:
        yield from _iter_stdin(date)
        return
    file = Path(path)
    if not file.is_file():
        reason = _not_a_file_reason(file)
        yield IngestError(path, reason)
        return
    try:
        yield from _iter_file(file, path, date)
    except OSError as exc:
        yield IngestError(path, exc.strerror or str(exc))
    except IngestError as exc:
        yield exc


def _iter_file(file: Path, origin: str, published: str | None) -> Iterator[InputItem]:
    if _has_suffix(file.name, JSONL_EXTENSIONS):
        yield from iter_jsonl_file(file, origin, published)
    elif _has_suffix(file.name, WARC_EXTENSIONS):
        yield from iter_warc_file(file, origin, published)
    else:
        yield _read_document(file, origin, published)


def _stdin_bytes() -> BinaryIO:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    return io.BytesIO(sys.stdin.read().encode("utf-8"))


def _looks_like_jsonl(head: bytes) -> bool:
    first_line = head.lstrip().split(b"\n", 1)[0].strip()
    return first_line.startswith(b"{") and first_line.endswith(b"}")


def _chained_lines(head: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """The lines of ``head`` (bytes already read) followed by the rest of ``stream``."""
    lines = head.split(b"\n")
    partial = lines.pop()
    yield from (line + b"\n" for line in lines)
    yield partial + stream.readline()
    yield from stream


def _iter_stdin(published: str | None) -> Iterator[InputItem]:
    stream = _stdin_bytes()
    head = stream.read(STDIN_SNIFF_BYTES)
    if _looks_like_jsonl(head.removeprefix(b"\xef\xbb\xbf")):
        yield from iter_jsonl_lines(_chained_lines(head, stream), STDIN_ORIGIN, published)
        return
    try:
        limit = html_ingest.MAX_HTML_BYTES - len(head)
        data = head + text_ingest.read_limited(stream, STDIN_ORIGIN, max(limit, 0))
        decoded = text_ingest.decode_bytes(data, STDIN_ORIGIN, html_ingest.declared_charset(data))
        yield from_string(decoded, origin=STDIN_ORIGIN, published=published)
    except IngestError as exc:
        yield exc


def iter_inputs(sources: Sequence[str], *, published: str | None = None) -> Iterator[InputItem]:
    """Every article in ``sources`` (files, directories, globs or ``-`` for stdin), in order.

    A source that cannot be read is yielded as its :class:`IngestError` so a run over
    many articles reports it and goes on. An invalid ``published`` date raises
    :class:`~whosays.errors.InvalidInputError` at once.
    """
    date = _checked_published(published)
    for name in list_sources(sources):
        yield from iter_path(name, published=date)
