"""whosays_learned_attributions: linking predicted role spans into attributions."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from whosays.pipeline.learned import LearnedAttributions, RoleSpan, attribution_kind, link_roles


def _model(patterns: list[tuple[str, str]]) -> Language:
    """A stand-in for a trained model: an entity ruler labelling the given phrases."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": label, "pattern": phrase} for phrase, label in patterns])  # type: ignore[attr-defined]
    return nlp


def _linked(text: str, patterns: list[tuple[str, str]]) -> list[tuple[str | None, str | None, str]]:
    component = LearnedAttributions("learned", _model(patterns))
    doc = component(spacy.blank("en")(text))
    return [
        (
            None if a["source"] is None else text[a["source"][0] : a["source"][1]],
            None if a["cue"] is None else text[a["cue"][0] : a["cue"][1]],
            text[a["content"][0] : a["content"][1]],
        )
        for a in doc._.whosays_attributions
    ]


CASES = [
    (
        "Lee said the pier opened.",
        [("Lee", "SOURCE"), ("said", "CUE"), ("the pier opened", "CONTENT")],
        [("Lee", "said", "the pier opened")],
    ),
    (  # content before the cue
        "The pier opened, Lee said.",
        [("The pier opened", "CONTENT"), ("Lee", "SOURCE"), ("said", "CUE")],
        [("Lee", "said", "The pier opened")],
    ),
    (  # content on both sides of the cue: one content, first to last fragment
        "“We won,” Roe said, “and we stay.”",
        [
            ("“We won,”", "CONTENT"),
            ("Roe", "SOURCE"),
            ("said", "CUE"),
            ("“and we stay.”", "CONTENT"),
        ],
        [("Roe", "said", "“We won,” Roe said, “and we stay.”")],
    ),
    (  # the fragments may be in two sentences when only the cue and source part them
        "“We won.” Roe said. “We stay.”",
        [("“We won.”", "CONTENT"), ("Roe", "SOURCE"), ("said", "CUE"), ("“We stay.”", "CONTENT")],
        [("Roe", "said", "“We won.” Roe said. “We stay.”")],
    ),
    (  # other words between the cue and the next content: not one content
        "“We won,” Roe said on Monday, “and we stay.”",
        [
            ("“We won,”", "CONTENT"),
            ("Roe", "SOURCE"),
            ("said", "CUE"),
            ("“and we stay.”", "CONTENT"),
        ],
        [("Roe", "said", "“We won,”"), ("Roe", "said", "“and we stay.”")],
    ),
    (  # two attributions in two sentences take their own sources
        "Lee said the pier opened. Kim warned that it leaks.",
        [
            ("Lee", "SOURCE"),
            ("said", "CUE"),
            ("the pier opened", "CONTENT"),
            ("Kim", "SOURCE"),
            ("warned", "CUE"),
            ("that it leaks", "CONTENT"),
        ],
        [("Lee", "said", "the pier opened"), ("Kim", "warned", "that it leaks")],
    ),
    (  # a cue without a source
        "Polls show the race is close.",
        [("show", "CUE"), ("the race is close", "CONTENT")],
        [(None, "show", "the race is close")],
    ),
    (  # a content no cue governs still becomes an attribution
        "“It is over.”",
        [("“It is over.”", "CONTENT")],
        [(None, None, "“It is over.”")],
    ),
    (  # a cue with no content predicted gives nothing
        "Lee said nothing.",
        [("Lee", "SOURCE"), ("said", "CUE")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "patterns", "expected"), CASES)
def test_roles_are_linked(
    text: str, patterns: list[tuple[str, str]], expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert _linked(text, patterns) == expected


def test_earlier_attributions_are_replaced_and_marked_learned() -> None:
    component = LearnedAttributions("learned", _model([("said", "CUE"), ("it works", "CONTENT")]))
    doc = spacy.blank("en")("Ann said it works.")
    doc._.whosays_attributions = [{"kind": "direct", "content": [0, 3], "rule": "marks"}]
    component(doc)
    assert [(a["content"], a["rule"], a["kind"]) for a in doc._.whosays_attributions] == [
        ([9, 17], "learned", "indirect")
    ]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the plan failed", "indirect"),
        ("“The plan failed.”", "direct"),
        ('"The plan failed,"', "direct"),
        ("the plan was “a disaster”", "mixed"),
        ("“A,” and “B”", "mixed"),
        ("``The plan failed,''", "direct"),
        ("the plan was ``a disaster''", "mixed"),
        ("«The plan failed.»", "direct"),
    ],
)
def test_kind_follows_quote_marks(content: str, kind: str) -> None:
    assert attribution_kind(content) == kind


def test_far_spans_are_not_linked() -> None:
    spans = [RoleSpan("CUE", 0, 1, 0, 0, 4), RoleSpan("CONTENT", 200, 205, 9, 900, 930)]
    assert link_roles(spans) == [(None, None, (900, 930))]
