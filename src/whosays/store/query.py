"""Read queries on the store, shared by the CLI and the web app: plain dicts, paged.

Every function takes a :class:`~whosays.store.duckdb.Store` or a DuckDB connection or
cursor (the web app passes one cursor per request) and returns JSON-ready dicts: dates
are ISO strings. Lists come as a :class:`Page` with ``limit``/``offset`` and, because
each list has a total order ending in a unique key, a keyset ``next_after`` token: pass
it back as ``after`` to get the next page without ``OFFSET`` scanning the rows before it.
"""

from __future__ import annotations

import datetime as dt
import json
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from whosays.errors import StoreError
from whosays.store.duckdb import Store
from whosays.store.speakers import (
    EMPTY_ALIASES,
    AliasTable,
    SpeakerKey,
    canonical_speaker_id,
    normalise_name,
)
from whosays.store.sql import SPEAKERS_SQL

__all__ = [
    "MAX_LIMIT",
    "Page",
    "find_quotes",
    "get_speaker",
    "list_outlets",
    "list_speakers",
    "resolve_speaker",
    "run_sql",
    "search_terms",
    "speaker_ids",
]

Row = dict[str, Any]
Connection = Store | duckdb.DuckDBPyConnection
MAX_LIMIT = 1000
_QUOTE_DATE = "coalesce(q.published_date, DATE '0001-01-01')"
_MAX_IN_LIST = 500
_MAX_TERMS = 20
# Case- and accent-blind, so that "sanchez" finds "Sánchez" and "NATO" finds "Nato".
_FOLD = "strip_accents(lower({}))"


@dataclass(frozen=True)
class Page:
    """One page of a list: rows, the total over the filters, and how to get the next page."""

    items: list[Row]
    total: int
    limit: int
    offset: int
    has_more: bool
    next_after: str | None = None
    keyset: bool = False

    def to_dict(self) -> Row:
        """The page as JSON: items, total, limit, offset, next_offset and next_after.

        ``next_offset`` is ``None`` on the last page and for keyset (``after``) pages.
        """
        return {
            "items": self.items,
            "total": self.total,
            "limit": self.limit,
            "offset": self.offset,
            "next_offset": (
                self.offset + len(self.items) if self.has_more and not self.keyset else None
            ),
            "next_after": self.next_after if self.has_more else None,
        }


def _connection(con: Connection) -> duckdb.DuckDBPyConnection:
    return con.connection if isinstance(con, Store) else con


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _rows(con: Connection, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    try:
        cursor = _connection(con).execute(sql, list(params))
        names = [column[0] for column in cursor.description or []]
        return [
            {name: _jsonable(value) for name, value in zip(names, row, strict=True)}
            for row in cursor.fetchall()
        ]
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {exc}") from exc


def _count(con: Connection, sql: str, params: Sequence[Any]) -> int:
    return int(_rows(con, f"SELECT count(*) AS n FROM ({sql})", params)[0]["n"])


def _check_limit(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise StoreError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    if offset < 0:
        raise StoreError(f"offset must be 0 or more, got {offset}")


def _decode_after(after: str | None, size: int) -> list[Any] | None:
    if after is None:
        return None
    try:
        values = json.loads(after)
    except ValueError as exc:
        raise StoreError(f"invalid page token {after!r}") from exc
    if not isinstance(values, list) or len(values) != size:
        raise StoreError(f"invalid page token {after!r}")
    return values


def _encode_after(row: Row, keys: Sequence[str]) -> str:
    return json.dumps([row[key] for key in keys])


def _speakers_stale(con: Connection) -> bool:
    return bool(_rows(con, "SELECT 1 AS x FROM store_meta WHERE key = 'speakers_stale'"))


def _speakers_source(con: Connection) -> str:
    return f"({SPEAKERS_SQL})" if _speakers_stale(con) else "speakers"


def list_speakers(
    con: Connection,
    *,
    speaker_type: str | None = None,
    search: str | None = None,
    limit: int = 50,
    offset: int = 0,
    after: str | None = None,
) -> Page:
    """Canonical speakers, most quoted first (ties by id); ``search`` matches any name variant.

    Reads the ``speakers`` table, or aggregates ``quotes`` directly when it is stale.
    """
    _check_limit(limit, offset)
    where, params = ["TRUE"], []
    if speaker_type:
        where.append("s.type = ?")
        params.append(speaker_type)
    if search:
        clauses, values = _text_filter("array_to_string(s.names, ' | ')", search)
        where += clauses
        params += values
    base = f"SELECT s.* FROM {_speakers_source(con)} s WHERE {' AND '.join(where)}"
    total = _count(con, base, params)
    cursor = _decode_after(after, 2)
    page_sql, page_params = base, list(params)
    if cursor is not None:
        page_sql += " AND (s.n_quotes < ? OR (s.n_quotes = ? AND s.speaker_id > ?))"
        page_params += [cursor[0], cursor[0], cursor[1]]
    page_sql += " ORDER BY s.n_quotes DESC, s.speaker_id LIMIT ? OFFSET ?"
    items = _rows(con, page_sql, [*page_params, limit + 1, 0 if cursor is not None else offset])
    return _page(items, total, limit, offset, ("n_quotes", "speaker_id"), cursor is not None)


def _page(
    rows: list[Row], total: int, limit: int, offset: int, keys: Sequence[str], keyset: bool
) -> Page:
    items = rows[:limit]
    token = _encode_after(items[-1], keys) if items else None
    return Page(items, total, limit, offset, len(rows) > limit, token, keyset)


def get_speaker(con: Connection, speaker_id: str) -> Row | None:
    """One canonical speaker with its quote count per outlet, or ``None``."""
    found = _rows(
        con, f"SELECT * FROM {_speakers_source(con)} s WHERE speaker_id = ?", [speaker_id]
    )
    if not found:
        return None
    outlets = _rows(
        con,
        """SELECT source, count(*) AS n_quotes FROM quotes WHERE speaker_id = ?
           GROUP BY source ORDER BY n_quotes DESC, source NULLS LAST""",
        [speaker_id],
    )
    return {**found[0], "outlets": outlets}


def _store_aliases(con: Connection) -> AliasTable:
    rows = _rows(con, "SELECT kind, alias_norm, canonical FROM aliases")
    return AliasTable({(r["kind"], r["alias_norm"]): r["canonical"] for r in rows})


def resolve_speaker(
    con: Connection, name: str, aliases: AliasTable = EMPTY_ALIASES
) -> tuple[list[str], list[str]]:
    """``(speaker ids, normalised names)`` a NAME given by a user stands for.

    The name goes through the normaliser and the store's aliases (plus ``aliases``) as a
    person and as an organisation; the ids are the canonical speakers it names, the
    normalised names also catch article-scoped speakers of that name.
    """
    table = AliasTable({**_store_aliases(con).canonical, **aliases.canonical})
    ids, norms = [], []
    for speaker_class in ("person", "organization"):
        norm = normalise_name(name, is_person=speaker_class == "person")
        if norm:
            key = SpeakerKey(norm, speaker_class, None).canonical_key(table)
            ids.append(canonical_speaker_id(key))
            norms.append(norm)
    return sorted(set(ids)), sorted(set(norms))


def _marks(values: Sequence[Any]) -> str:
    """``?, ?, ?`` for a list of bound values (DuckDB prunes on literal IN lists)."""
    return ", ".join("?" * len(values))


def speaker_ids(con: Connection, name: str, aliases: AliasTable = EMPTY_ALIASES) -> list[str]:
    """Every stored speaker id a NAME given by a user matches (see :func:`find_quotes`).

    Looks the name up in ``speaker_names`` (in ``quotes`` while that is stale): its
    canonical ids, article-scoped speakers of exactly that name, and for a one-word name
    every person with that surname.
    """
    ids, norms = resolve_speaker(con, name, aliases)
    if not ids:
        raise StoreError(f"speaker name {name!r} has nothing name-like in it")
    clauses = [f"speaker_id IN ({_marks(ids)})", f"speaker_norm IN ({_marks(norms)})"]
    params: list[Any] = [*ids, *norms]
    surname = normalise_name(name)
    if surname and " " not in surname:
        clauses.append("(speaker_class = 'person' AND speaker_norm LIKE ?)")
        params.append(f"% {surname}")
    source = "quotes" if _speakers_stale(con) else "speaker_names"
    sql = f"SELECT DISTINCT speaker_id FROM {source} WHERE {' OR '.join(clauses)} ORDER BY 1"
    return [row["speaker_id"] for row in _rows(con, sql, params)]


def search_terms(text: str) -> list[str]:
    """The terms of a text search: words, and "double-quoted phrases" kept whole.

    Every term must occur in the searched text (case and accents aside). An unclosed
    double quote is read as a plain character rather than refused.
    """
    try:
        terms = shlex.split(text, posix=True)
    except ValueError:
        terms = text.split()
    terms = [" ".join(term.split()) for term in terms]
    terms = [term for term in terms if term]
    if len(terms) > _MAX_TERMS:
        raise StoreError(f"too many search terms ({len(terms)}; at most {_MAX_TERMS})")
    return terms


def _like_contains(term: str) -> str:
    """A LIKE pattern (escape character ``\\``) matching ``term`` anywhere, wildcards literal."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_filter(column: str, text: str) -> tuple[list[str], list[Any]]:
    """``column`` holds every term of ``text`` (see :func:`search_terms`)."""
    folded = _FOLD.format(column)
    where, params = [], []
    for term in search_terms(text):
        where.append(f"{folded} LIKE {_FOLD.format('?')} ESCAPE '\\'")
        params.append(_like_contains(term))
    return where, params


def _speaker_filter(con: Connection, name: str, aliases: AliasTable) -> tuple[str, list[Any]]:
    ids = speaker_ids(con, name, aliases)
    if not ids:
        return "FALSE", []
    if len(ids) > _MAX_IN_LIST:
        return "q.speaker_id IN (SELECT unnest(?))", [ids]
    return f"q.speaker_id IN ({_marks(ids)})", list(ids)


def _quote_filters(
    con: Connection, filters: dict[str, Any], aliases: AliasTable
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if filters.get("speaker"):
        clause, values = _speaker_filter(con, filters["speaker"], aliases)
        where.append(clause)
        params += values
    simple = {
        "speaker_id": "q.speaker_id = ?",
        "outlet": "q.source = ?",
        "kind": "q.kind = ?",
        "since": "q.published_date >= ?",
        "until": "q.published_date <= ?",
    }
    for name, clause in simple.items():
        if filters.get(name) is not None:
            where.append(clause)
            params.append(filters[name])
    if filters.get("contains"):
        clauses, values = _text_filter("q.text", filters["contains"])
        where += clauses
        params += values
    return where or ["TRUE"], params


def find_quotes(
    con: Connection,
    *,
    speaker: str | None = None,
    speaker_id: str | None = None,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    outlet: str | None = None,
    kind: str | None = None,
    contains: str | None = None,
    aliases: AliasTable = EMPTY_ALIASES,
    limit: int = 50,
    offset: int = 0,
    after: str | None = None,
) -> Page:
    """Quotes, newest article first (undated last), then article id and position.

    ``speaker`` is a name as a user types it (see :func:`speaker_ids`; a one-word name
    also matches every person with that surname), ``speaker_id`` a canonical id.
    ``contains`` keeps the quotes whose text holds every word and "quoted phrase" of it,
    ignoring case and accents (see :func:`search_terms`).
    """
    _check_limit(limit, offset)
    filters = {
        "speaker": speaker,
        "speaker_id": speaker_id,
        "outlet": outlet,
        "kind": kind,
        "contains": contains,
        "since": _as_date(since),
        "until": _as_date(until),
    }
    where, params = _quote_filters(con, filters, aliases)
    base = f"SELECT q.* FROM quotes q WHERE {' AND '.join(where)}"
    total = _count(con, base, params)
    cursor = _decode_after(after, 3)
    page_params = list(params)
    keyset = ""
    if cursor is not None:
        keyset = (
            f" AND ({_QUOTE_DATE} < ? OR ({_QUOTE_DATE} = ? AND "
            "(q.article_id > ? OR (q.article_id = ? AND q.quote_index > ?))))"
        )
        day = _as_date(cursor[0]) or dt.date(1, 1, 1)
        page_params += [day, day, cursor[1], cursor[1], cursor[2]]
    sql = f"""
        SELECT q.article_id, q.quote_id, q.quote_index, q.kind, q.text, q.cue_text,
               q.speaker_name, q.speaker_full_name, q.speaker_type, q.speaker_title,
               q.speaker_id, q.start_char, q.end_char, q.time_value, q.occasion,
               q.confidence, q.source, q.published_date, q.title, q.url
        FROM quotes q WHERE {" AND ".join(where)}{keyset}
        ORDER BY {_QUOTE_DATE} DESC, q.article_id, q.quote_index
        LIMIT ? OFFSET ?"""
    page_params += [limit + 1, 0 if cursor is not None else offset]
    items = _rows(con, sql, page_params)
    keys = ("published_date", "article_id", "quote_index")
    return _page(items, total, limit, offset, keys, cursor is not None)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise StoreError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def list_outlets(con: Connection, *, limit: int = 100, offset: int = 0) -> Page:
    """Per outlet (``source``): articles, quotes, sentences and the share of each voice.

    Outlets with most articles first (ties by name); a missing source is ``None``.
    """
    _check_limit(limit, offset)
    base = """
        SELECT source, count(*) AS n_articles, sum(n_quotes) AS n_quotes,
               sum(n_sentences) AS n_sentences,
               round(sum(n_quoted_sentences) / nullif(sum(n_sentences), 0), 4) AS share_quoted,
               round(sum(n_vague_sentences) / nullif(sum(n_sentences), 0), 4) AS share_vague,
               round(sum(n_author_sentences) / nullif(sum(n_sentences), 0), 4) AS share_author,
               min(published_date) AS first_published, max(published_date) AS last_published
        FROM articles GROUP BY source"""
    total = _count(con, base, [])
    sql = f"{base} ORDER BY n_articles DESC, source NULLS LAST LIMIT ? OFFSET ?"
    items = _rows(con, sql, [limit + 1, offset])
    for item in items:
        for key in ("n_quotes", "n_sentences"):
            item[key] = int(item[key] or 0)
    return Page(items[:limit], total, limit, offset, len(items) > limit)


def run_sql(con: Connection, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    """Run any SQL (open the store read-only to keep it read-only) and return its rows."""
    return _rows(con, sql, params)
