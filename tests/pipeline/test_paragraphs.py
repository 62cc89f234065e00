"""whosays_paragraphs: a line break always starts a new sentence."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from whosays.pipeline.paragraphs import ParagraphBreaker


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Strike ends\n\nThe union voted.", ["The"]),
        ("WASHINGTON (AP)\nThe vote was close.", ["The"]),
        ("By Sam Adeyemi\n\n\nA report found gaps.", ["A"]),
        ("One line only, no break. Two sentences.", []),
        ("\n\nLeading breaks\nthen text", ["Leading", "then"]),
    ],
)
def test_line_breaks_start_sentences(text: str, starts: list[str]) -> None:
    doc = ParagraphBreaker()(spacy.blank("en")(text))
    marked = [t.text for t in doc if t.i > 0 and t.is_sent_start and not t.is_space]
    assert marked == starts


@pytest.mark.model
def test_parser_keeps_a_headline_apart(nlp: Language) -> None:
    doc = nlp(
        "Rural clinics report finds staffing gap\n\nA report found that one in four lack doctors."
    )
    first = next(iter(doc.sents))
    assert first.text.strip() == "Rural clinics report finds staffing gap"
