"""whosays_coref: the parties to talks ("the Kazakh side", "both leaders", "the two sides").

Regression cases from the state-media readout of the genre audit (docs/coref.md), on
small articles written for the tests, run end to end through ``whosays.analyze``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import whosays

TALKS = (
    "Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev "
    "in Beijing on Monday.\n\n"
)

NATIONAL_SIDE_CASES = [
    ("kazakh-side", TALKS + "The Kazakh side said it was ready to expand trade with China."),
    ("chinese-side", TALKS + "The Chinese side said it valued the friendship."),
    ("russian-side", "The Russian side said it was ready to talk about the dam."),
]


@pytest.mark.model
@pytest.mark.parametrize("text", [pytest.param(t, id=case) for case, t in NATIONAL_SIDE_CASES])
def test_a_national_side_is_an_unnamed_group_not_an_organisation(nlp: Language, text: str) -> None:
    article = whosays.analyze(text, nlp=nlp)
    quote = next(q for q in article.quotes if q.cue is not None and q.cue.text == "said")
    assert (quote.speaker.name, quote.speaker.type) == (None, "group")
    names = {e.name for e in article.entities if e.type == "organization"}
    assert not names & {"Kazakh", "Chinese", "Russian"}


PAIR = "Xi Jinping and Kassym-Jomart Tokayev"
PAIR_CASES = [
    ("two-sides", TALKS + "The two sides agreed to deepen cooperation in energy.", PAIR),
    ("both-leaders", TALKS + "Both leaders agreed that ties were strong.", PAIR),
    (
        "both-men-later",
        "Senator Ann Roe met Governor Tom Lind on Friday. They spoke for an hour.\n\n"
        "Both men said the talks had been useful.",
        "Ann Roe and Tom Lind",
    ),
    # One named person only: an ordinary unnamed group.
    ("one-person", "Xi Jinping met the delegation.\n\nBoth sides said ties were strong.", None),
    # No number: "leaders" is any leaders, not the two just named.
    ("plain-plural", TALKS + "Leaders agreed that ties were strong.", None),
    # An indefinite "two officials" are two more people.
    ("two-officials", TALKS + "Two officials said the deal was close.", None),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pair"), [pytest.param(t, p, id=case) for case, t, p in PAIR_CASES]
)
def test_both_leaders_is_the_group_of_the_two_just_named(
    nlp: Language, text: str, pair: str | None
) -> None:
    article = whosays.analyze(text, nlp=nlp)
    quote = article.quotes[-1]
    assert (quote.speaker.name, quote.speaker.type) == (None, "group")
    entity = next((e for e in article.entities if e.id == quote.speaker.entity), None)
    assert (entity.name if entity is not None and pair is not None else pair) == pair
    if pair is None:
        assert all(" and " not in e.name for e in article.entities)


@pytest.mark.model
def test_the_two_sides_and_both_leaders_are_one_group(nlp: Language) -> None:
    text = TALKS + "The two sides agreed to deepen cooperation. Both leaders said ties were strong."
    article = whosays.analyze(text, nlp=nlp)
    groups = {q.speaker.entity for q in article.quotes}
    assert len(groups) == 1 and None not in groups
