"""Queries on a store of hand-built articles: speakers, quotes, outlets, SQL, paging."""

from __future__ import annotations

from pathlib import Path

import pytest

from whosays.errors import StoreError
from whosays.store import query
from whosays.store.duckdb import Store
from whosays.store.speakers import AliasTable

from .conftest import quoted_article

SAYINGS = [
    quoted_article(
        "s1",
        "Wire A",
        "2024-05-01",
        [("Ana Liss", "person"), ("Ben Ode", "person")],
        sayings=["Tariffs will start a trade war.", "Prices rose 50% in the war."],
    ),
    quoted_article(
        "s2",
        "Wire B",
        "2024-05-02",
        [("José Sánchez", "person")],
        sayings=["Sánchez's plan_B is a TRADE deal, not a war."],
    ),
]


@pytest.mark.parametrize(
    ("name", "expected_urls"),
    [
        ("Muammar Gaddafi", ["u2", "u1"]),
        ("Moammar Kadhafi", ["u2", "u1"]),
        ("Col. Muammar al-Qaddafi", ["u2", "u1"]),
        ("John Smith", ["u5", "u3"]),
        ("Mr John Smith", ["u5", "u3"]),
        ("Mary Smith", ["u3"]),
        ("Smith", ["u5", "u3", "u3", "u4"]),  # a surname alone: every Smith, undated last
        ("Reuters", ["u3"]),
        ("Jane Roe", []),
    ],
)
def test_quotes_by_speaker_name(store: Store, name: str, expected_urls: list[str]) -> None:
    page = query.find_quotes(store, speaker=name)
    assert [item["url"] for item in page.items] == expected_urls
    assert page.total == len(expected_urls)


def test_quotes_by_alias_given_for_the_query_only(store: Store) -> None:
    aliases = AliasTable.from_pairs([("Brother Leader", "Muammar Gaddafi")])
    assert query.find_quotes(store, speaker="Brother Leader", aliases=aliases).total == 2
    assert query.find_quotes(store, speaker="Brother Leader").total == 0


@pytest.mark.parametrize(
    ("filters", "expected_urls"),
    [
        ({"since": "2024-02-10"}, ["u5", "u3", "u3", "u3", "u2"]),
        ({"until": "2024-01-31"}, ["u1"]),
        ({"outlet": "Wire A"}, ["u1", "u4", "u4"]),
        ({"outlet": "Wire B", "speaker": "Smith"}, ["u3", "u3"]),
        ({"kind": "indirect"}, []),
    ],
)
def test_quote_filters(store: Store, filters: dict[str, str], expected_urls: list[str]) -> None:
    page = query.find_quotes(store, **filters)  # type: ignore[arg-type]
    assert [item["url"] for item in page.items] == expected_urls


@pytest.mark.parametrize(
    ("contains", "expected"),
    [
        (
            "war",
            [
                "Sánchez's plan_B is a TRADE deal, not a war.",
                "Tariffs will start a trade war.",
                "Prices rose 50% in the war.",
            ],
        ),
        (
            "trade war",
            ["Sánchez's plan_B is a TRADE deal, not a war.", "Tariffs will start a trade war."],
        ),
        ('"trade war"', ["Tariffs will start a trade war."]),
        ('"trade   war" tariffs', ["Tariffs will start a trade war."]),
        ("sanchez", ["Sánchez's plan_B is a TRADE deal, not a war."]),  # accents ignored
        ("SÁNCHEZ", ["Sánchez's plan_B is a TRADE deal, not a war."]),
        ("50%", ["Prices rose 50% in the war."]),  # % is a character, not a wildcard
        ("5%", []),
        ("plan_b", ["Sánchez's plan_B is a TRADE deal, not a war."]),
        ("plan b", ["Sánchez's plan_B is a TRADE deal, not a war."]),  # both words, anywhere
        ("planxb", []),  # _ is a character, not a wildcard
        ('"unclosed war', []),
        ("peace", []),
        (
            "   ",
            [
                "Sánchez's plan_B is a TRADE deal, not a war.",
                "Tariffs will start a trade war.",
                "Prices rose 50% in the war.",
            ],
        ),
    ],
)
def test_quotes_containing_words(tmp_path: Path, contains: str, expected: list[str]) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.add_articles(SAYINGS, run_id="r1")
        page = query.find_quotes(store, contains=contains)
    assert [item["text"] for item in page.items] == expected
    assert page.total == len(expected)


def test_contains_combines_with_the_other_filters(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.add_articles(SAYINGS, run_id="r1")
        page = query.find_quotes(store, contains="war", speaker="Ben Ode", outlet="Wire A")
    assert [item["speaker_full_name"] for item in page.items] == ["Ben Ode"]


def test_speaker_search_takes_wildcards_literally(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.add_articles(SAYINGS, run_id="r1")
        assert query.list_speakers(store, search="_").total == 0
        assert query.list_speakers(store, search="sanchez").total == 1
        assert query.list_speakers(store, search="liss ana").total == 1


def test_too_many_search_terms_is_a_clear_error(store: Store) -> None:
    with pytest.raises(StoreError, match="too many search terms"):
        query.find_quotes(store, contains=" ".join(f"w{i}" for i in range(21)))


def test_quote_items_are_json_ready_and_point_into_the_text(store: Store) -> None:
    (item,) = query.find_quotes(store, speaker="Mary Smith").items
    text = store.scalar("SELECT text FROM articles WHERE article_id = ?", [item["article_id"]])
    assert text[item["start_char"] : item["end_char"]] == item["text"]
    assert item["published_date"] == "2024-03-15"
    assert item["speaker_full_name"] == "Mary Smith"


def test_offset_and_keyset_pages_agree(store: Store) -> None:
    everything = [(i["article_id"], i["quote_id"]) for i in query.find_quotes(store).items]
    by_offset, by_keyset, after = [], [], None
    for offset in range(0, len(everything), 3):
        by_offset += [
            (i["article_id"], i["quote_id"])
            for i in query.find_quotes(store, limit=3, offset=offset).items
        ]
    while True:
        page = query.find_quotes(store, limit=3, after=after)
        by_keyset += [(i["article_id"], i["quote_id"]) for i in page.items]
        after = page.to_dict()["next_after"]
        if after is None:
            break
    assert by_offset == by_keyset == everything
    assert len(everything) == 8


def test_page_tells_whether_there_is_more(store: Store) -> None:
    first = query.find_quotes(store, limit=5).to_dict()
    assert (first["total"], first["next_offset"]) == (8, 5)
    last = query.find_quotes(store, limit=5, offset=5).to_dict()
    assert last["next_offset"] is None and last["next_after"] is None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"limit": 0}, "limit"),
        ({"offset": -1}, "offset"),
        ({"after": "not json"}, "page token"),
        ({"since": "last week"}, "not a date"),
        ({"speaker": "..."}, "nothing name-like"),
    ],
)
def test_bad_query_arguments(store: Store, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(StoreError, match=message):
        query.find_quotes(store, **kwargs)  # type: ignore[arg-type]


def test_speakers_most_quoted_first(store: Store) -> None:
    page = query.list_speakers(store)
    top = page.items[0]
    assert (top["n_quotes"], top["n_outlets"]) == (2, 2)
    assert {top["name"] for top in page.items[:2]} == {"Muammar Gaddafi", "John Smith"}
    assert page.total == 5  # Gaddafi, John Smith, Mary Smith, bare Smith, Reuters; no anonymous
    assert [s["name"] for s in query.list_speakers(store, speaker_type="organization").items] == [
        "Reuters"
    ]
    assert query.list_speakers(store, search="qadd").total == 1


def test_speaker_keyset_pages(store: Store) -> None:
    names, after = [], None
    while True:
        page = query.list_speakers(store, limit=2, after=after)
        names += [i["speaker_id"] for i in page.items]
        after = page.to_dict()["next_after"]
        if after is None:
            break
    assert names == [i["speaker_id"] for i in query.list_speakers(store).items]


def test_stale_speakers_are_aggregated_on_the_fly(store: Store) -> None:
    fresh = query.list_speakers(store).items
    store.execute("INSERT INTO store_meta VALUES ('speakers_stale', '1')")
    store.execute("DELETE FROM speakers")
    assert query.list_speakers(store).items == fresh


def test_get_speaker_with_outlets(store: Store) -> None:
    speaker_id = query.find_quotes(store, speaker="John Smith").items[0]["speaker_id"]
    speaker = query.get_speaker(store, speaker_id)
    assert speaker is not None
    assert speaker["outlets"] == [
        {"source": "Wire B", "n_quotes": 1},
        {"source": "Wire C", "n_quotes": 1},
    ]
    assert query.get_speaker(store, "s0000") is None


def test_outlets_with_voice_shares(store: Store) -> None:
    items = {item["source"]: item for item in query.list_outlets(store).items}
    assert set(items) == {"Wire A", "Wire B", "Wire C"}
    wire_b = items["Wire B"]
    assert (wire_b["n_articles"], wire_b["n_quotes"], wire_b["n_sentences"]) == (2, 4, 8)
    assert wire_b["share_quoted"] == 0.5 and wire_b["share_author"] == 0.5
    assert wire_b["share_vague"] == 0.0


def test_run_sql_returns_dicts(store: Store) -> None:
    assert query.run_sql(store, "SELECT count(*) AS n FROM articles") == [{"n": 5}]
    with pytest.raises(StoreError, match="query failed"):
        query.run_sql(store, "SELECT * FROM nowhere")


@pytest.mark.parametrize("name", ["Qaddafi", "Muammar Gaddafi", "Smith", "John Smith", "Reuters"])
def test_stale_speaker_names_give_the_same_quotes(store: Store, name: str) -> None:
    fresh = query.find_quotes(store, speaker=name).items
    store.execute("INSERT INTO store_meta VALUES ('speakers_stale', '1')")
    store.execute("DELETE FROM speaker_names")
    assert query.find_quotes(store, speaker=name).items == fresh


def test_clustered_quotes_keep_every_row_and_answer_the_same(store: Store) -> None:
    before = sorted(store.execute("SELECT * FROM quotes"), key=repr)
    answer = query.find_quotes(store, speaker="John Smith").items
    store.optimize()
    assert sorted(store.execute("SELECT * FROM quotes"), key=repr) == before
    assert query.find_quotes(store, speaker="John Smith").items == answer
