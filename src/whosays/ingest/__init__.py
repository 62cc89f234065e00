"""Ingest: turn files, HTML pages, JSONL lines and stdin into :class:`ArticleInput` records.

(Interface first; the full readers live in ``text.py``, ``html.py`` and ``jsonl.py``.)
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from whosays.errors import EmptyInputError, IngestError
from whosays.records import ArticleInput


def from_string(
    text_or_html: str, *, origin: str = "<text>", published: str | None = None
) -> ArticleInput:
    """An :class:`ArticleInput` from a string of plain text (HTML support: see html.py)."""
    if not text_or_html.strip():
        raise EmptyInputError(origin, "no text")
    return ArticleInput(
        text=text_or_html,
        origin=origin,
        published=published,
        published_from="argument" if published else None,
    )


def iter_inputs(
    sources: Sequence[str], *, published: str | None = None
) -> Iterator[ArticleInput | IngestError]:
    """Every article in ``sources`` (paths, directories or ``-`` for stdin), in order.

    A source that cannot be read is yielded as its :class:`IngestError` so a run
    over many articles reports it and goes on.
    """
    for name in sources:
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text("utf-8")
            yield from_string(text, origin="<stdin>" if name == "-" else name, published=published)
        except IngestError as exc:
            yield exc
