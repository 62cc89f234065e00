"""The typed records round-trip through the article contract unchanged."""

from __future__ import annotations

import json

from whosays.records import SCHEMA_VERSION, Article


def test_round_trip(hand_article: Article) -> None:
    data = json.loads(hand_article.to_json())
    assert Article.from_dict(data) == hand_article


def test_contract_keys(hand_article: Article) -> None:
    data = hand_article.to_dict()
    assert data["schema_version"] == SCHEMA_VERSION == "1"
    for key in (
        "text",
        "title",
        "url",
        "source",
        "published",
        "published_from",
        "entities",
        "quotes",
        "timexes",
        "sentences",
    ):
        assert key in data


def test_offsets_index_text(hand_article: Article) -> None:
    for quote in hand_article.quotes:
        assert hand_article.text[quote.start : quote.end] == quote.text
        assert quote.cue is not None
        assert hand_article.text[quote.cue.start : quote.cue.end] == quote.cue.text


def test_speaker_quotes_groups_by_name(hand_article: Article) -> None:
    groups = hand_article.speaker_quotes()
    assert list(groups) == ["Jane Roe"]
    assert [q.id for q in groups["Jane Roe"]] == ["q1"]
