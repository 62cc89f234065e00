"""Store rows from article records: pure functions, no database, no spaCy.

:func:`article_rows` turns one :class:`~whosays.records.Article` into rows for the
per-article tables of ``schema.sql`` (articles, sentences, quotes, entities, mentions,
timexes); :func:`error_row` makes an ``errors`` row. :data:`TABLE_SCHEMAS` gives each
table's Arrow schema, column for column as in ``schema.sql``, and :func:`rows_to_arrow`
turns rows into Arrow tables for Parquet shards.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping
from importlib.resources import files
from typing import Any

import pyarrow as pa

from whosays.records import VOICES, Article, Entity, Quote, Sentence, TextSpan, Timex
from whosays.store.speakers import (
    EMPTY_ALIASES,
    AliasTable,
    SpeakerKey,
    canonical_speaker_id,
    speaker_key,
)

__all__ = [
    "ARTICLE_TABLES",
    "SHARD_TABLES",
    "TABLE_SCHEMAS",
    "Row",
    "article_id_for",
    "article_rows",
    "error_row",
    "merge_rows",
    "rows_to_arrow",
    "schema_sql",
]

Row = dict[str, Any]

_SCHEMA_SQL = files("whosays.store").joinpath("schema.sql")
_CREATE_TABLE = re.compile(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\n\);", re.DOTALL)
_COLUMN = re.compile(r"^\s*(\w+) ([A-Z]+(?:\[\])?),?", re.MULTILINE)
_ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(),
    "VARCHAR[]": pa.list_(pa.string()),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


def schema_sql() -> str:
    """The text of ``schema.sql``: the store's DDL, one commented column a line."""
    return _SCHEMA_SQL.read_text(encoding="utf-8")


def _arrow_schemas(ddl: str) -> dict[str, pa.Schema]:
    schemas: dict[str, pa.Schema] = {}
    for table, body in _CREATE_TABLE.findall(ddl):
        columns = _COLUMN.findall(body)
        schemas[table] = pa.schema([pa.field(name, _ARROW_TYPES[kind]) for name, kind in columns])
    return schemas


#: Arrow schema of every table in ``schema.sql``, column for column.
TABLE_SCHEMAS: dict[str, pa.Schema] = _arrow_schemas(schema_sql())

#: Tables :func:`article_rows` fills, in load order.
ARTICLE_TABLES: tuple[str, ...] = (
    "articles",
    "sentences",
    "quotes",
    "entities",
    "mentions",
    "timexes",
)
#: Tables a Parquet shard holds.
SHARD_TABLES: tuple[str, ...] = (*ARTICLE_TABLES, "errors")


def article_id_for(article: Article) -> str:
    """A stable id for an article, so that re-runs over the same input deduplicate.

    Hash of the URL when there is one (one article per URL and outlet), else of the
    input's id together with the text, else of the text: ``a`` + 20 hex digits of SHA-256.
    """
    if article.url:
        basis = f"url\x00{article.url}"
    elif article.id:
        basis = f"id\x00{article.id}\x00{article.text}"
    else:
        basis = f"text\x00{article.text}"
    return "a" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]


def published_date(published: str | None) -> dt.date | None:
    """The date part of an ISO date/datetime string, or ``None`` (partial or invalid)."""
    if not published or len(published) < 10:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _span_columns(span: TextSpan | None, prefix: str) -> Row:
    if span is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_text": None}
    return {f"{prefix}_start": span.start, f"{prefix}_end": span.end, f"{prefix}_text": span.text}


def _key_columns(key: SpeakerKey | None, aliases: AliasTable) -> Row:
    if key is None:
        return {
            "speaker_norm": None,
            "speaker_class": None,
            "speaker_scope": None,
            "speaker_id": None,
        }
    return {
        "speaker_norm": key.norm,
        "speaker_class": key.speaker_class,
        "speaker_scope": key.scope,
        "speaker_id": canonical_speaker_id(key.canonical_key(aliases)),
    }


def _article_row(article: Article, article_id: str, run_id: str | None) -> Row:
    voices = [sentence.voice for sentence in article.sentences]
    return {
        "article_id": article_id,
        "run_id": run_id,
        "shard_id": None,
        "doc_id": article.id,
        "url": article.url,
        "title": article.title,
        "source": article.source,
        "author": article.author,
        "published": article.published,
        "published_date": published_date(article.published),
        "published_from": article.published_from,
        "origin": article.origin,
        "text": article.text,
        "n_chars": len(article.text),
        "n_sentences": len(article.sentences),
        **{f"n_{voice}_sentences": voices.count(voice) for voice in VOICES},
        "n_quotes": len(article.quotes),
        "n_entities": len(article.entities),
        "n_timexes": len(article.timexes),
    }


def _sentence_row(sentence: Sentence, index: int, article_id: str) -> Row:
    cue = _span_columns(sentence.cue, "cue")
    return {
        "article_id": article_id,
        "sentence_index": index,
        "start_char": sentence.start,
        "end_char": sentence.end,
        "voice": sentence.voice,
        "quote_ids": list(sentence.quotes),
        **cue,
    }


def _quote_row(
    quote: Quote,
    index: int,
    article: Article,
    article_id: str,
    context: tuple[Mapping[str, Entity], Mapping[str, Timex], AliasTable],
) -> Row:
    entities, timexes, aliases = context
    speaker = quote.speaker
    entity = entities.get(speaker.entity) if speaker.entity else None
    full_name = entity.name if entity is not None else speaker.name
    timex = timexes.get(quote.time) if quote.time else None
    return {
        "article_id": article_id,
        "quote_id": quote.id,
        "quote_index": index,
        "kind": quote.kind,
        "start_char": quote.start,
        "end_char": quote.end,
        "text": quote.text,
        **_span_columns(quote.cue, "cue"),
        "speaker_name": speaker.name,
        "speaker_type": speaker.type,
        "speaker_title": speaker.title,
        **_span_columns(speaker.mention, "mention"),
        "entity_id": speaker.entity,
        "speaker_full_name": full_name,
        **_key_columns(speaker_key(full_name, speaker.type, article_id), aliases),
        "time_id": quote.time,
        "time_value": None if timex is None else timex.value,
        "time_type": None if timex is None else timex.type,
        "occasion": quote.occasion,
        "confidence": float(quote.confidence),
        "source": article.source,
        "published_date": published_date(article.published),
        "title": article.title,
        "url": article.url,
    }


def _entity_row(entity: Entity, article_id: str, aliases: AliasTable) -> Row:
    return {
        "article_id": article_id,
        "entity_id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "titles": list(entity.titles),
        "n_mentions": len(entity.mentions),
        **_key_columns(speaker_key(entity.name, entity.type, article_id), aliases),
    }


def _mention_rows(entity: Entity, article_id: str) -> list[Row]:
    return [
        {
            "article_id": article_id,
            "entity_id": entity.id,
            "mention_index": index,
            "start_char": span.start,
            "end_char": span.end,
            "text": span.text,
        }
        for index, span in enumerate(entity.mentions)
    ]


def _timex_row(timex: Timex, article_id: str) -> Row:
    return {
        "article_id": article_id,
        "timex_id": timex.id,
        "start_char": timex.start,
        "end_char": timex.end,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
    }


def article_rows(
    article: Article,
    article_id: str | None = None,
    run_id: str | None = None,
    aliases: AliasTable = EMPTY_ALIASES,
) -> dict[str, list[Row]]:
    """Rows for every per-article table, keyed by table name (see :data:`ARTICLE_TABLES`).

    ``article_id`` defaults to :func:`article_id_for`. ``aliases`` only affects the
    ``speaker_id`` columns; the store recomputes those from its own alias table on load.
    """
    article_id = article_id or article_id_for(article)
    entities = {entity.id: entity for entity in article.entities}
    timexes = {timex.id: timex for timex in article.timexes}
    context = (entities, timexes, aliases)
    return {
        "articles": [_article_row(article, article_id, run_id)],
        "sentences": [_sentence_row(s, i, article_id) for i, s in enumerate(article.sentences)],
        "quotes": [
            _quote_row(q, i, article, article_id, context) for i, q in enumerate(article.quotes)
        ],
        "entities": [_entity_row(e, article_id, aliases) for e in article.entities],
        "mentions": [row for e in article.entities for row in _mention_rows(e, article_id)],
        "timexes": [_timex_row(t, article_id) for t in article.timexes],
    }


def error_row(
    origin: str,
    error: BaseException | str,
    run_id: str | None = None,
    shard_id: str | None = None,
    article_id: str | None = None,
) -> Row:
    """An ``errors`` row for an input that failed; ``error`` is an exception or a reason."""
    if isinstance(error, BaseException):
        error_type, reason = type(error).__name__, str(error) or type(error).__name__
    else:
        error_type, reason = "Error", error
    return {
        "run_id": run_id,
        "shard_id": shard_id,
        "origin": origin,
        "article_id": article_id,
        "error_type": error_type,
        "reason": reason.splitlines()[0] if reason else reason,
        "occurred_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
    }


def merge_rows(batches: Iterable[Mapping[str, list[Row]]]) -> dict[str, list[Row]]:
    """Concatenate several :func:`article_rows` results (and ``errors`` lists) per table."""
    merged: dict[str, list[Row]] = {table: [] for table in SHARD_TABLES}
    for batch in batches:
        for table, rows in batch.items():
            merged.setdefault(table, []).extend(rows)
    return merged


def rows_to_arrow(rows: Mapping[str, list[Row]]) -> dict[str, pa.Table]:
    """Arrow tables with the store's schema for every shard table (empty ones included)."""
    return {
        table: pa.Table.from_pylist(list(rows.get(table, [])), schema=TABLE_SCHEMAS[table])
        for table in SHARD_TABLES
    }
