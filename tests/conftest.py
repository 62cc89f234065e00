"""Shared fixtures: the real pipeline (loaded once per session) and a hand-built article."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from whosays.records import Article, Entity, Quote, Sentence, Speaker, TextSpan, Timex

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default whosays pipeline on the real model."""
    from whosays.nlp import load_pipeline

    return load_pipeline()


def span(text: str, part: str, occurrence: int = 1) -> TextSpan:
    """The :class:`TextSpan` of the ``occurrence``-th ``part`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(part, start + 1)
    return TextSpan(start, start + len(part), part)


@pytest.fixture()
def hand_article() -> Article:
    """A small article built record by record, independent of the NLP stages."""
    text = (
        'Defence Minister Jane Roe spoke on Tuesday. "We will not back down," she said. '
        "The plan is expensive."
    )
    quote = span(text, "We will not back down,")
    return Article(
        text=text,
        id="hand-1",
        title="A hand-built article",
        source="Test Wire",
        published="2025-06-04",
        published_from="argument",
        entities=(
            Entity(
                id="e1",
                name="Jane Roe",
                type="person",
                mentions=(span(text, "Jane Roe"), span(text, "she")),
                titles=("Defence Minister",),
            ),
        ),
        quotes=(
            Quote(
                id="q1",
                kind="direct",
                start=quote.start,
                end=quote.end,
                text=quote.text,
                cue=span(text, "said"),
                speaker=Speaker(
                    name="Jane Roe",
                    type="person",
                    mention=span(text, "she"),
                    entity="e1",
                    title="Defence Minister",
                ),
                time="t1",
                occasion=None,
                confidence=0.9,
            ),
        ),
        timexes=(
            Timex(id="t1", start=35, end=42, text=text[35:42], type="DATE", value="2025-06-03"),
        ),
        sentences=(
            Sentence(start=0, end=43, voice="author"),
            Sentence(start=44, end=78, voice="quoted", quotes=("q1",), cue=span(text, "said")),
            Sentence(start=79, end=101, voice="author"),
        ),
    )
