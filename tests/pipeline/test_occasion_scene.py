"""whosays_occasion: the event a sentence opens with is the occasion of the next one's
quote ("At Tuesday's hearing, senators pressed Carl Benning … . Benning said …").

Regression cases from the genre audit's congressional hearing (docs/coref.md), on small
articles written for the tests, run end to end through ``whosays.analyze``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import whosays

SCENE_CASES = [
    (
        "hearing-next-sentence",
        "At Tuesday's hearing, senators questioned Administrator Carl Benning about the "
        "delays. Benning said the agency had been underfunded for years.",
        "the agency had been underfunded",
        "Tuesday's hearing",
    ),
    (
        "during-the-meeting",
        "During the council meeting, residents shouted at Mayor Karen Bass. Bass said the "
        "budget was fixed.",
        "the budget was fixed",
        "the council meeting",
    ),
    # The quote's own occasion wins.
    (
        "own-occasion",
        "At Tuesday's hearing, senators questioned Administrator Carl Benning about the "
        "delays. Benning said in an interview that the agency was underfunded.",
        "the agency was underfunded",
        "an interview",
    ),
    # Another paragraph: a new scene.
    (
        "next-paragraph",
        "At Tuesday's hearing, senators questioned Administrator Carl Benning about the "
        "delays.\n\nBenning said the agency had been underfunded for years.",
        "the agency had been underfunded",
        None,
    ),
    # Two sentences later: too far to be sure.
    (
        "two-sentences-later",
        "At Tuesday's hearing, senators questioned Administrator Carl Benning about the "
        "delays. The agency has 300 staff. Benning said it had been underfunded for years.",
        "it had been underfunded",
        None,
    ),
    # The speaker is not in the scene's sentence: maybe not there.
    (
        "speaker-not-in-scene",
        "At Tuesday's hearing, senators questioned Administrator Carl Benning about the "
        "delays. Governor Tom Lind said the agency had been underfunded for years.",
        "the agency had been underfunded",
        None,
    ),
    # One speaker's own event: a rival quoted next was not at it.
    (
        "rally-is-no-scene",
        "At a rally on Tuesday, Senator Ann Roe attacked Governor Tom Lind. Lind said the "
        "attack was a lie.",
        "the attack was a lie",
        None,
    ),
    # An event not fronted: no scene for the next sentence.
    (
        "not-fronted",
        "Senators questioned Administrator Carl Benning at Tuesday's hearing. Benning said "
        "the agency had been underfunded for years.",
        "the agency had been underfunded",
        None,
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "occasion"),
    [pytest.param(t, c, o, id=case) for case, t, c, o in SCENE_CASES],
)
def test_scene_of_the_sentence_before(
    nlp: Language, text: str, content: str, occasion: str | None
) -> None:
    article = whosays.analyze(text, nlp=nlp)
    quote = next(q for q in article.quotes if content in q.text)
    assert quote.occasion == occasion
