"""whosays_voice: each sentence is quoted, vague or in the author's own voice."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from whosays.pipeline.doc import AttributionData
from whosays.pipeline.voice import VoiceLabeller


@pytest.fixture(scope="module")
def voice_nlp() -> Language:
    """The real model with the sources and voice stages (no direct-quote stage)."""
    from whosays.nlp import load_pipeline

    return load_pipeline(stages=("whosays_sources", "whosays_voice"))


def voices(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """Each sentence's voice and the text of its cue."""
    doc = nlp(text)
    return [
        (s["voice"], text[s["cue"][0] : s["cue"][1]] if s["cue"] else None)
        for s in doc._.whosays_sentences
    ]


# (text, [(voice, cue) per sentence])
VOICES = [
    ("The bridge reopened on Monday.", [("author", None)]),
    ("The mayor said the bridge would reopen.", [("quoted", "said")]),
    ("It is widely believed that the minister will resign.", [("vague", "is widely believed")]),
    ("It is acknowledged that the reforms have failed.", [("vague", "is acknowledged")]),
    ("The general is considered a hardliner.", [("vague", "is considered")]),
    ("The program has been described as a failure.", [("vague", "has been described as")]),
    ("Critics say the law is unconstitutional.", [("vague", "say")]),
    ("The mayor was criticized for the delay.", [("vague", "was criticized for")]),
    ("The plan was criticized by the opposition as reckless.", [("quoted", "was criticized")]),
    ("Many argue that the war was a mistake.", [("vague", "argue")]),
    # a bare "experts", like "critics", names nobody (genre audit, 2026-11-27: an op-ed)
    ("Experts have warned that the rules will raise prices.", [("vague", "have warned")]),
    ("Some experts say the plan is unfair.", [("vague", "say")]),
    ("Health experts say the virus is spreading.", [("quoted", "say")]),
    ("Experts at the central bank said prices would rise.", [("quoted", "said")]),
    ("Two experts said the dam was unsafe.", [("quoted", "said")]),
    ("The convoy rules were first agreed in 2019.", [("author", None)]),
    ("The plan was described in March as a disaster.", [("vague", "was described")]),
    ("Prices rose by 5 percent, according to the central bank.", [("quoted", "according to")]),
    ("A new poll shows that Smith leads.", [("quoted", "shows")]),
    (
        "The bridge reopened on Monday. The mayor said it was safe. It is widely believed "
        "that it is not.",
        [("author", None), ("quoted", "said"), ("vague", "is widely believed")],
    ),
    (
        "Taxes rose in May. Critics say the rise was illegal. The minister denied that.",
        [("author", None), ("vague", "say"), ("quoted", "denied")],
    ),
    (
        "“We will win,” the candidate said. The crowd cheered.",
        [("quoted", "said"), ("author", None)],
    ),
    (
        "The plan failed, officials said. Smith was credited with saving the company.",
        [("quoted", "said"), ("vague", "was credited with")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), VOICES)
def test_voice(voice_nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert voices(voice_nlp, text) == expected


def _doc_with(attributions: list[AttributionData]) -> Doc:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("The plan failed. Many say so. Nobody knows.")
    doc._.whosays_attributions = attributions
    return doc


# (attributions on "The plan failed. Many say so. Nobody knows.", voices per sentence)
LABELS = [
    ([], ["author", "author", "author"]),
    ([{"kind": "indirect", "content": [0, 15], "cue": None}], ["quoted", "author", "author"]),
    ([{"kind": "vague", "content": [17, 28], "cue": [22, 25]}], ["author", "vague", "author"]),
    # a real attribution outranks a vague one in the same sentence
    (
        [
            {"kind": "vague", "content": [17, 28], "cue": [22, 25]},
            {"kind": "indirect", "content": [17, 28], "cue": [22, 25]},
        ],
        ["author", "quoted", "author"],
    ),
]


@pytest.mark.parametrize(("attributions", "expected"), LABELS)
def test_labels_from_attributions(attributions: list[AttributionData], expected: list[str]) -> None:
    doc = VoiceLabeller()(_doc_with(attributions))
    assert [s["voice"] for s in doc._.whosays_sentences] == expected


def test_vague_sentences_carry_no_quote_ids() -> None:
    doc = VoiceLabeller()(_doc_with([{"kind": "vague", "content": [17, 28], "cue": [22, 25]}]))
    assert doc._.whosays_sentences[1]["attributions"] == []
    assert doc._.whosays_sentences[1]["cue"] == [22, 25]


# With the direct-quote stage too: quoted words in a vague sentence's content make the
# quote stage propose a mixed quote; the vague subject still leaves the sentence vague.
SCARE_QUOTED_VAGUE = [
    'The so-called "reform" has done little for the poor, critics say.',
    'The "historic" deal announced last month was a failure, many argue.',
]


@pytest.mark.model
@pytest.mark.parametrize("text", SCARE_QUOTED_VAGUE)
def test_quoted_words_keep_a_vague_sentence_vague(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert [s["voice"] for s in doc._.whosays_sentences] == ["vague"]
    assert [a["kind"] for a in doc._.whosays_attributions] == ["vague"]
