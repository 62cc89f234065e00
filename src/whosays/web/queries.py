"""Read queries for the web app: the store's own (``whosays.store.query``) plus a few more.

Speakers, a speaker, quotes and outlets come from :mod:`whosays.store.query`, shared
with the CLI. What that module does not have is here, in the same style: store totals,
each speaker's top outlets, the article list, outlet names, the speakers-and-outlets
graph, and a stored article rebuilt as a record. Every list is paged, every value a
bound parameter; each function takes a DuckDB cursor and returns JSON-ready dicts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from whosays.records import Article, Entity, Quote, Sentence, Speaker, TextSpan, Timex
from whosays.store import query as store_query

Row = dict[str, Any]
MAX_PAGE_SIZE = 200


@dataclass(frozen=True)
class Page:
    """One page of a list: its rows, the total over the filter, and where it starts.

    ``next_after`` is the store's keyset token for the next page (``None`` where the
    list has none): links pass it back so deep pages need no ``OFFSET`` scan.
    """

    items: list[Row]
    total: int
    offset: int
    limit: int
    next_after: str | None = None

    @classmethod
    def from_store(cls, page: store_query.Page) -> Page:
        """The web page for a :class:`whosays.store.query.Page`."""
        return cls(page.items, page.total, page.offset, page.limit, page.next_after)

    @property
    def previous(self) -> int | None:
        """Offset of the previous page, or ``None`` on the first."""
        return max(0, self.offset - self.limit) if self.offset > 0 else None

    @property
    def next(self) -> int | None:
        """Offset of the next page, or ``None`` on the last."""
        end = self.offset + len(self.items)
        return end if self.items and end < self.total else None

    @property
    def summary(self) -> str:
        """ "1–50 of 1,234", or "no results"."""
        if not self.items:
            return "no results" if self.total == 0 else f"past the end of {self.total:,}"
        return f"{self.offset + 1:,}–{self.offset + len(self.items):,} of {self.total:,}"

    def to_dict(self) -> Row:
        """The page as JSON: items, total, offset, limit, neighbouring offsets, keyset token."""
        return {
            "items": self.items,
            "total": self.total,
            "offset": self.offset,
            "limit": self.limit,
            "previous": self.previous,
            "next": self.next,
            "next_after": self.next_after if self.next is not None else None,
        }


@dataclass(frozen=True)
class QuoteFilter:
    """Filters of the quote search (see :func:`whosays.store.query.find_quotes`)."""

    speaker: str | None = None  # a name as a user types it; a surname alone matches people
    speaker_id: str | None = None
    outlet: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    kind: str | None = None
    contains: str | None = None  # words and "quoted phrases", all in the quote's text

    def to_dict(self) -> Row:
        """The filters as JSON."""
        return {
            "speaker": self.speaker,
            "speaker_id": self.speaker_id,
            "outlet": self.outlet,
            "since": _iso(self.since),
            "until": _iso(self.until),
            "kind": self.kind,
            "contains": self.contains,
        }


@dataclass(frozen=True)
class Graph:
    """Speakers, outlets and the edges (quote counts) between them."""

    speakers: list[Row] = field(default_factory=list)
    outlets: list[Row] = field(default_factory=list)
    edges: list[Row] = field(default_factory=list)

    def to_dict(self) -> Row:
        """The graph as JSON."""
        return {"speakers": self.speakers, "outlets": self.outlets, "edges": self.edges}


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def fetch_rows(con: Any, sql: str, values: Sequence[Any] = ()) -> list[Row]:
    """Rows of ``sql`` as dicts with JSON-ready values (dates as ISO strings)."""
    cursor = con.execute(sql, list(values))
    names = [column[0] for column in cursor.description]
    return [{n: _jsonable(v) for n, v in zip(names, row, strict=True)} for row in cursor.fetchall()]


def fetch_value(con: Any, sql: str, values: Sequence[Any] = ()) -> Any:
    """The first column of the first row of ``sql``."""
    row = con.execute(sql, list(values)).fetchone()
    return None if row is None else row[0]


def clamp_page(offset: int, limit: int) -> tuple[int, int]:
    """A sane ``(offset, limit)``: offset ≥ 0, 1 ≤ limit ≤ :data:`MAX_PAGE_SIZE`."""
    return max(0, offset), min(max(1, limit), MAX_PAGE_SIZE)


def summary(con: Any) -> Row:
    """Counts of articles, quotes, speakers and outlets in the store."""
    return fetch_rows(
        con,
        """
        SELECT (SELECT count(*) FROM articles) AS articles,
               (SELECT count(*) FROM quotes) AS quotes,
               (SELECT count(*) FROM speakers) AS speakers,
               (SELECT count(DISTINCT source) FROM articles) AS outlets
    """,
    )[0]


def speakers_page(
    con: Any,
    search: str | None,
    type_: str | None,
    offset: int,
    limit: int,
    after: str | None = None,
) -> Page:
    """Speakers by number of quotes (store query), each with its top outlets."""
    offset, limit = clamp_page(offset, limit)
    page = store_query.list_speakers(
        con, speaker_type=type_, search=search, limit=limit, offset=offset, after=after
    )
    _add_top_outlets(con, page.items)
    return Page.from_store(page)


def _add_top_outlets(con: Any, speakers: list[Row], per_speaker: int = 3) -> None:
    ids = [row["speaker_id"] for row in speakers]
    if not ids:
        return
    rows = fetch_rows(
        con,
        """
        SELECT speaker_id, source, count(*) AS n FROM quotes
        WHERE speaker_id IN (SELECT unnest(?)) AND source IS NOT NULL
        GROUP BY speaker_id, source
        QUALIFY row_number() OVER (PARTITION BY speaker_id ORDER BY count(*) DESC, source) <= ?
        ORDER BY speaker_id, n DESC, source
    """,
        [ids, per_speaker],
    )
    outlets: dict[str, list[Row]] = {}
    for row in rows:
        outlets.setdefault(row["speaker_id"], []).append({"source": row["source"], "n": row["n"]})
    for speaker in speakers:
        speaker["top_outlets"] = outlets.get(speaker["speaker_id"], [])


def speaker(con: Any, speaker_id: str) -> Row | None:
    """One speaker's row with quote counts per outlet (store query), or ``None``."""
    return store_query.get_speaker(con, speaker_id)


def quotes_page(
    con: Any, where: QuoteFilter, offset: int, limit: int, after: str | None = None
) -> Page:
    """Quotes matching ``where``, newest article first, with each article's title (store)."""
    offset, limit = clamp_page(offset, limit)
    page = store_query.find_quotes(
        con,
        speaker=where.speaker,
        speaker_id=where.speaker_id,
        since=where.since,
        until=where.until,
        outlet=where.outlet,
        kind=where.kind,
        contains=where.contains,
        limit=limit,
        offset=offset,
        after=after,
    )
    return Page.from_store(page)


def outlets_page(con: Any, offset: int, limit: int) -> Page:
    """Outlets by number of articles: articles, quotes and sentence shares by voice (store)."""
    offset, limit = clamp_page(offset, limit)
    page = Page.from_store(store_query.list_outlets(con, limit=limit, offset=offset))
    for row in page.items:
        row["shares"] = {
            voice: float(row.get(f"share_{voice}") or 0.0)
            for voice in ("quoted", "vague", "author")
        }
    return page


def outlet_names(con: Any, limit: int = 500) -> list[str]:
    """The outlets with the most articles, for the quote filter's suggestions."""
    rows = fetch_rows(
        con,
        """
        SELECT source FROM articles WHERE source IS NOT NULL
        GROUP BY source ORDER BY count(*) DESC, source LIMIT ?
    """,
        [limit],
    )
    return [row["source"] for row in rows]


def articles_page(con: Any, outlet: str | None, offset: int, limit: int) -> Page:
    """Stored articles, newest first, optionally from one outlet."""
    offset, limit = clamp_page(offset, limit)
    clause, values = ("source = ?", [outlet]) if outlet else ("TRUE", [])
    total = int(fetch_value(con, f"SELECT count(*) FROM articles WHERE {clause}", values))
    items = fetch_rows(
        con,
        f"""
        SELECT article_id, title, source, published, url, n_quotes, n_sentences
        FROM articles WHERE {clause}
        ORDER BY published_date DESC NULLS LAST, article_id LIMIT ? OFFSET ?
    """,
        [*values, limit, offset],
    )
    return Page(items, total, offset, limit)


def graph(con: Any, n_speakers: int = 25, n_outlets: int = 15) -> Graph:
    """The most-quoted speakers, the outlets quoting them most, and the quote counts."""
    speakers = fetch_rows(
        con,
        """
        SELECT speaker_id, name, type, n_quotes FROM speakers
        ORDER BY n_quotes DESC, speaker_id LIMIT ?
    """,
        [n_speakers],
    )
    ids = [row["speaker_id"] for row in speakers]
    if not ids:
        return Graph()
    edges = fetch_rows(
        con,
        """
        SELECT speaker_id, source, count(*) AS n FROM quotes
        WHERE speaker_id IN (SELECT unnest(?)) AND source IS NOT NULL
        GROUP BY speaker_id, source
    """,
        [ids],
    )
    totals: dict[str, int] = {}
    for edge in edges:
        totals[edge["source"]] = totals.get(edge["source"], 0) + int(edge["n"])
    top = sorted(totals, key=lambda source: (-totals[source], source))[:n_outlets]
    outlets = [{"source": source, "n": totals[source]} for source in top]
    kept = set(top)
    return Graph(speakers, outlets, [e for e in edges if e["source"] in kept])


def stored_article(con: Any, article_id: str) -> Article | None:
    """The stored article ``article_id`` rebuilt as a record, or ``None``."""
    rows = fetch_rows(con, "SELECT * FROM articles WHERE article_id = ?", [article_id])
    if not rows:
        return None
    row = rows[0]
    by_article = [article_id]
    return Article(
        text=row["text"] or "",
        id=row["article_id"],
        title=row["title"],
        url=row["url"],
        source=row["source"],
        author=row["author"],
        published=row["published"],
        published_from=row["published_from"],
        entities=_entities(con, by_article),
        quotes=tuple(
            _quote(q)
            for q in fetch_rows(
                con, "SELECT * FROM quotes WHERE article_id = ? ORDER BY quote_index", by_article
            )
        ),
        timexes=tuple(
            Timex(t["timex_id"], t["start_char"], t["end_char"], t["text"], t["type"], t["value"])
            for t in fetch_rows(
                con, "SELECT * FROM timexes WHERE article_id = ? ORDER BY start_char", by_article
            )
        ),
        sentences=tuple(
            Sentence(
                s["start_char"],
                s["end_char"],
                s["voice"],
                tuple(s["quote_ids"] or ()),
                _span(s, "cue"),
            )
            for s in fetch_rows(
                con,
                "SELECT * FROM sentences WHERE article_id = ? ORDER BY sentence_index",
                by_article,
            )
        ),
    )


def _span(row: Row, prefix: str) -> TextSpan | None:
    start = row.get(f"{prefix}_start")
    if start is None:
        return None
    return TextSpan(start, row[f"{prefix}_end"], row[f"{prefix}_text"] or "")


def _quote(row: Row) -> Quote:
    return Quote(
        id=row["quote_id"],
        kind=row["kind"],
        start=row["start_char"],
        end=row["end_char"],
        text=row["text"],
        cue=_span(row, "cue"),
        speaker=Speaker(
            row["speaker_name"],
            row["speaker_type"] or "unknown",
            _span(row, "mention"),
            row["entity_id"],
            row["speaker_title"],
        ),
        time=row["time_id"],
        occasion=row["occasion"],
        confidence=row["confidence"] or 0.0,
    )


def _entities(con: Any, by_article: list[str]) -> tuple[Entity, ...]:
    mentions: dict[str, list[TextSpan]] = {}
    for m in fetch_rows(
        con,
        "SELECT * FROM mentions WHERE article_id = ? ORDER BY entity_id, mention_index",
        by_article,
    ):
        mentions.setdefault(m["entity_id"], []).append(
            TextSpan(m["start_char"], m["end_char"], m["text"])
        )
    return tuple(
        Entity(
            e["entity_id"],
            e["name"],
            e["type"],
            tuple(mentions.get(e["entity_id"], [])),
            tuple(e["titles"] or ()),
        )
        for e in fetch_rows(
            con, "SELECT * FROM entities WHERE article_id = ? ORDER BY entity_id", by_article
        )
    )


def speaker_ids_by_name(con: Any, article_id: str) -> dict[str, str]:
    """For a stored article: each quote's speaker name -> its canonical speaker id."""
    rows = fetch_rows(
        con,
        """
        SELECT DISTINCT speaker_name, speaker_id FROM quotes
        WHERE article_id = ? AND speaker_name IS NOT NULL AND speaker_id IS NOT NULL
    """,
        [article_id],
    )
    return {row["speaker_name"]: row["speaker_id"] for row in rows}
