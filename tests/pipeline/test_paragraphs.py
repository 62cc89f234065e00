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


@pytest.mark.parametrize(
    ("text", "open_starts"),
    [
        # Only after a stop (or a closer right after one) may a sentence start in a line.
        ("The union voted. Talks end.", ["Talks"]),
        ('"We won." The union left.', ["The"]),
        ("Is it over? Yes! It is… Done.", ["Yes", "It", "Done"]),
        ("He left (for good.) Then she spoke.", ["Then"]),
        ("Talks in the U.S. Capitol ended.", ["Capitol"]),
        ("Is it over?  Yes.", ["Yes"]),
        ("It is fair.'' Then he left.", ["Then"]),
        # A quote mark glued to the word before it closes, never opens, a sentence.
        ('It was "the best deal." Then they left.', ["Then"]),
    ],
)
def test_sentences_start_inside_a_line_only_after_a_stop(text: str, open_starts: list[str]) -> None:
    doc = ParagraphBreaker()(spacy.blank("en")(text))
    words = [t for t in doc[1:] if not t.is_space]
    assert [t.text for t in words if t.is_sent_start is None] == open_starts
    assert all(t.is_sent_start is False for t in words if t.text not in open_starts)


@pytest.mark.model
def test_parser_keeps_a_headline_apart(nlp: Language) -> None:
    doc = nlp(
        "Rural clinics report finds staffing gap\n\nA report found that one in four lack doctors."
    )
    first = next(iter(doc.sents))
    assert first.text.strip() == "Rural clinics report finds staffing gap"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Strike ends\n\n14 May 2025\n\nTransport Minister Ana Roe said the strike was over.",
            ["Strike ends", "14 May 2025", "Transport Minister Ana Roe said the strike was over."],
        ),
        (
            'She called it "the best deal." Then she left.',
            ['She called it "the best deal."', "Then she left."],
        ),
        # a conjunction or preposition after a quote closing on ! or ? runs the sentence
        # on (genre audit, 2026-11-27: a protest story's chant)
        (
            'Protesters chanted "Reform no, retire yes!" as they passed the parliament.',
            ['Protesters chanted "Reform no, retire yes!" as they passed the parliament.'],
        ),
        (
            'They carried placards reading "Work until we die?" and marched on.',
            ['They carried placards reading "Work until we die?" and marched on.'],
        ),
    ],
)
def test_parser_splits_only_where_a_sentence_can_end(
    nlp: Language, text: str, sentences: list[str]
) -> None:
    assert [s.text.strip() for s in nlp(text).sents] == sentences
