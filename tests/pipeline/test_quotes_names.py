"""whosays_quotes: quoted names, labels and terms that are not anyone's speech.

Small texts written for the project (never corpus text), one table per rule of the
eighth round (docs/direct-quotes.md): text -> (content, cue, source) of every attribution.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from whosays.nlp import load_pipeline

STAGES = ("whosays_quotes", "whosays_speakers")
Found = tuple[str, str | None, str | None]


@pytest.fixture(scope="module")
def quote_nlp() -> Language:
    return load_pipeline(stages=STAGES)


def found(nlp: Language, text: str) -> list[Found]:
    """``(content, cue, source)`` texts of every attribution, in order."""
    doc = nlp(text)
    result = []
    for attribution in doc._.whosays_attributions:
        cue, source = attribution.get("cue"), attribution.get("source")
        result.append(
            (
                text[slice(*attribution["content"])],
                None if cue is None else text[slice(*cue)],
                None if source is None else text[slice(*source)],
            )
        )
    return result


# The writer's own naming (``what we call``, ``what I call``) gives a term, not anyone's
# speech: text -> the contents found.
NAME_CASES: list[tuple[str, list[str]]] = [
    ('Roads and bridges were improved by what we call "infrastructure."', []),
    ("What I call “the swamp” is still here.", []),
    ("The town built what we now call “the green belt” in 1950.", []),
    # ... an outer speech verb still reports the clause holding the term
    (
        "Roe said the town built what we call “the green belt” in 1950.",
        ["the town built what we call “the green belt” in 1950"],
    ),
    # ... a third person's naming is theirs, a verdict in the passive someone's
    ("Roe called the plan “a total disaster.”", ["the plan “a total disaster.”"]),
    ("The bill was called “a disaster” in the press.", ["“a disaster”"]),
    # ... and a first person inside a quote is the quote's speaker
    (
        "“We call it ‘the swamp’ for a reason,” Roe said.",
        ["“We call it ‘the swamp’ for a reason,”"],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), NAME_CASES)
def test_names_are_not_speech(quote_nlp: Language, text: str, expected: list[str]) -> None:
    assert [content for content, _, _ in found(quote_nlp, text)] == expected
