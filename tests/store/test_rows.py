"""Rows from records: the per-article tables, stable ids, and the schema they follow."""

from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb
import pyarrow as pa
import pytest

from whosays.records import Article
from whosays.store.rows import (
    ARTICLE_TABLES,
    SHARD_TABLES,
    TABLE_SCHEMAS,
    article_id_for,
    article_rows,
    error_row,
    merge_rows,
    published_date,
    rows_to_arrow,
    schema_sql,
)


def test_rows_follow_the_hand_built_article(hand_article: Article) -> None:
    rows = article_rows(hand_article, "a1", "r1")
    assert set(rows) == set(ARTICLE_TABLES)
    (article,) = rows["articles"]
    assert article["source"] == "Test Wire"
    assert article["published_date"] == dt.date(2025, 6, 4)
    assert (article["n_sentences"], article["n_quotes"]) == (3, 1)
    assert (article["n_quoted_sentences"], article["n_author_sentences"]) == (1, 2)
    (quote,) = rows["quotes"]
    assert quote["text"] == hand_article.text[quote["start_char"] : quote["end_char"]]
    assert quote["mention_text"] == "she"
    assert quote["speaker_full_name"] == "Jane Roe"
    assert quote["speaker_title"] == "Defence Minister"
    assert (quote["time_id"], quote["time_value"], quote["time_type"]) == (
        "t1",
        "2025-06-03",
        "DATE",
    )
    assert quote["speaker_norm"] == "jane roe" and quote["speaker_scope"] is None
    assert rows["entities"][0]["speaker_id"] == quote["speaker_id"]
    assert [m["text"] for m in rows["mentions"]] == ["Jane Roe", "she"]
    assert [s["voice"] for s in rows["sentences"]] == ["author", "quoted", "author"]
    assert rows["sentences"][1]["quote_ids"] == ["q1"]
    assert rows["timexes"][0]["value"] == "2025-06-03"


def test_quote_resolved_to_an_entity_takes_its_full_name(hand_article: Article) -> None:
    quote = dataclasses.replace(
        hand_article.quotes[0],
        speaker=dataclasses.replace(hand_article.quotes[0].speaker, name="Roe"),
    )
    article = dataclasses.replace(hand_article, quotes=(quote,))
    (row,) = article_rows(article, "a1")["quotes"]
    assert row["speaker_name"] == "Roe"
    assert row["speaker_full_name"] == "Jane Roe"
    assert row["speaker_scope"] is None


@pytest.mark.parametrize(
    ("changes", "same"),
    [
        ({"title": "Another title"}, True),  # same URL: same article
        ({"url": "https://example.org/other"}, False),
        ({"text": "Different text."}, True),  # URL decides when there is one
    ],
)
def test_article_id_is_stable_hash_of_url(
    hand_article: Article, changes: dict[str, str], same: bool
) -> None:
    base = dataclasses.replace(hand_article, url="https://example.org/a")
    other = dataclasses.replace(base, **changes)  # type: ignore[arg-type]
    assert (article_id_for(base) == article_id_for(other)) is same


def test_article_id_without_url_hashes_id_and_text(hand_article: Article) -> None:
    assert article_id_for(hand_article) == article_id_for(dataclasses.replace(hand_article))
    assert article_id_for(hand_article) != article_id_for(
        dataclasses.replace(hand_article, text=hand_article.text + " More.")
    )
    assert article_id_for(hand_article) != article_id_for(
        dataclasses.replace(hand_article, id=None)
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-06-04", dt.date(2025, 6, 4)),
        ("2025-06-04T10:00:00+02:00", dt.date(2025, 6, 4)),
        ("2025-06", None),
        ("yesterday", None),
        (None, None),
    ],
)
def test_published_date(value: str | None, expected: dt.date | None) -> None:
    assert published_date(value) == expected


def test_arrow_schemas_match_duckdb_tables() -> None:
    con = duckdb.connect()
    con.execute(schema_sql())
    for table, schema in TABLE_SCHEMAS.items():
        con.register("empty", pa.Table.from_pylist([], schema=schema))
        from_arrow = con.execute("DESCRIBE empty").fetchall()
        from_sql = con.execute(f"DESCRIBE {table}").fetchall()
        assert [c[:2] for c in from_arrow] == [c[:2] for c in from_sql], table
        con.unregister("empty")


def test_rows_to_arrow_gives_every_shard_table(hand_article: Article) -> None:
    rows = merge_rows([article_rows(hand_article), {"errors": [error_row("x.html", "bad")]}])
    tables = rows_to_arrow(rows)
    assert set(tables) == set(SHARD_TABLES)
    assert tables["quotes"].num_rows == 1
    assert tables["errors"].num_rows == 1
    assert tables["timexes"].schema == TABLE_SCHEMAS["timexes"]


def test_error_row_from_exception_keeps_first_line() -> None:
    row = error_row("in.jsonl:3", ValueError("bad json\nat column 4"), run_id="r1")
    assert (row["error_type"], row["reason"], row["origin"]) == (
        "ValueError",
        "bad json",
        "in.jsonl:3",
    )
