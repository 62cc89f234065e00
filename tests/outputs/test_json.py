"""Every output validates against the shipped JSON Schema, and broken ones do not."""

from __future__ import annotations

import copy

import pytest

from whosays.outputs.json import schema, validation_errors
from whosays.records import Article


def test_schema_is_shipped_in_the_package() -> None:
    assert schema()["properties"]["schema_version"]["const"] == "1"


def test_hand_article_validates(hand_article: Article) -> None:
    assert validation_errors(hand_article.to_dict()) == []


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("schema_version",), "2", "schema_version"),
        (("quotes", 0, "kind"), "rumour", "quotes/0/kind"),
        (("quotes", 0, "speaker", "type"), "alien", "quotes/0/speaker/type"),
        (("quotes", 0, "start"), 1000, "outside the text"),
        (("quotes", 0, "text"), "not the text", "does not match"),
        (("sentences", 0, "voice"), "shouted", "sentences/0/voice"),
        (("timexes", 0, "type"), "ERA", "timexes/0/type"),
        (("published",), "14 May 2025", "published"),
    ],
)
def test_broken_contract_is_reported(
    hand_article: Article, path: tuple[str | int, ...], value: object, message: str
) -> None:
    data = copy.deepcopy(hand_article.to_dict())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    errors = validation_errors(data)
    assert errors
    assert any(message in e for e in errors)
