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


# A short quote in a parenthetical sentence of the writer's (a finite verb inside the
# parentheses) is not reported by a cue outside them: a term, not the speaker's words.
ASIDE_CASES: list[tuple[str, list[str]]] = [
    (
        "The director stated that Roe kept records on her server (there were 2,000 files on"
        " it, some marked “top secret”) and at home.",
        [],
    ),
    ("Roe said the audit (it was run by the “new office”) is illegal.", []),
    # ... a parenthesis without a verb of its own may hold the speaker's words
    ("Roe said the vote (a “total sham”) was rigged.", ["the vote (a “total sham”) was rigged"]),
    # ... a cue inside the parentheses reports its quote
    ("Roe said the plan (which Doe called “a sham”) was rigged.", ["“a sham”"]),
    # ... and a longer quote in an aside stays under the cue
    (
        "Roe said the audit (it was “run by people who never read a ledger”) is illegal.",
        ["the audit (it was “run by people who never read a ledger”) is illegal"],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ASIDE_CASES)
def test_terms_in_the_writers_aside(quote_nlp: Language, text: str, expected: list[str]) -> None:
    assert [content for content, _, _ in found(quote_nlp, text)] == expected


# A short quoted sentence right after a speech verb, no comma between, that the parse
# makes the root of the sentence is still that verb's quote: (text, (content, cue, source)).
ADJACENT_CASES: list[tuple[str, list[Found]]] = [
    ("A man in the back yelled “Stay there!”", [("“Stay there!”", "yelled", "A man in the back")]),
    ("Roe replied “Not a chance.”", [("“Not a chance.”", "replied", "Roe")]),
    # ... not a quote after a verb that is no cue
    ("They chose “Stay at home.”", []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ADJACENT_CASES)
def test_short_quote_right_after_cue(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A partial quote left open at its paragraph's end and reopened by a plain quote paragraph
# (the reopening convention) is one attribution over both paragraphs.
REOPENED_MIXED_CASES: list[tuple[str, list[Found]]] = [
    (
        'Roe told the Ledger that the old site was not "prepared for the crowds around the'
        ' sale of my house.\n\n"It has now been listed with another agent."\n\nThe listing'
        " went up on Friday.",
        [
            (
                'that the old site was not "prepared for the crowds around the sale of my house.'
                '\n\n"It has now been listed with another agent."',
                "told",
                "Roe",
            )
        ],
    ),
    # ... not when the next paragraph has an attribution of its own (a closing mark lost)
    (
        "Roe said the idea is “really an empty position to have.\n\n“We write bills. That is"
        " what we do,” Roe said.",
        [
            ("the idea is “really an empty position to have.", "said", "Roe"),
            ("“We write bills. That is what we do,”", "said", "Roe"),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), REOPENED_MIXED_CASES)
def test_reopened_partial_quote(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A short quote after ``title`` and a colon is a title given, not speech.
TITLE_COLON_CASES: list[tuple[str, list[str]]] = [
    ("The singer can add a new title to his resume: “song collector.”", []),
    ("The post comes with a title: “deputy chief of staff.”", []),
    # ... a reply after a colon is speech, and so is a nickname someone coined
    ("She replied: “no way.”", ["“no way.”"]),
    ("Roe gave Doe a new nickname: “Low-energy Doe.”", ["“Low-energy Doe.”"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), TITLE_COLON_CASES)
def test_title_after_colon(quote_nlp: Language, text: str, expected: list[str]) -> None:
    assert [content for content, _, _ in found(quote_nlp, text)] == expected


# A partial quote ending in a comma that a short attribution closes (a noun phrase and a
# cue verb) reports its sentence up to the quote, even where the parse hangs the verb
# inside the quote: (text, (content, cue, source)).
CLOSING_ATTRIBUTION_CASES: list[tuple[str, list[Found]]] = [
    (
        'It is not close. He would be a better mayor than Doe "no matter what," one user'
        " commented.",
        [('He would be a better mayor than Doe "no matter what,"', "commented", "one user")],
    ),
    ("The plan is “a disaster,” Roe said.", [("The plan is “a disaster,”", "said", "Roe")]),
    # ... not a clause of the sentence after the quote
    (
        "Aides were thrilled with the op-ed, entitled “Roe Is Not a Brave Truth-Teller,” when it"
        " posted on Monday.",
        [],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CLOSING_ATTRIBUTION_CASES)
def test_closing_attribution(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A pull quote signed inside its closing mark, on a line of its own, by a person's name
# (and an affiliation) names its speaker: (text, (content, cue, source)).
SIGN_OFF_CASES: list[tuple[str, list[Found]]] = [
    (
        "Economists disagree.\n\n“We will enter the next downturn without that consensus.\n"
        "Jane Roe, Economic Policy Institute.”\n\nLawmakers went along.",
        [
            (
                "“We will enter the next downturn without that consensus.\nJane Roe, Economic"
                " Policy Institute.”",
                ".",
                "Jane Roe, Economic Policy Institute",
            )
        ],
    ),
    # ... not a name ending a sentence on the quote's own line (the sentence before speaks)
    (
        "The crowd cheered. “We are ready to work. Vote John Smith.” Then they left.",
        [("“We are ready to work. Vote John Smith.”", None, "The crowd")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), SIGN_OFF_CASES)
def test_pull_quote_sign_off(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A quote with no cue after a sentence of its own paragraph takes that sentence's subject
# before the speaker of the previous paragraph's quote: (text, (content, cue, source)).
OWN_PARAGRAPH_CASES: list[tuple[str, list[Found]]] = [
    (
        "“We will win,” Roe said.\n\nDoe began Sunday with a signed post that drew no"
        ' conclusions. "Woke up to the news. My thoughts are with those affected."',
        [
            ("“We will win,”", "said", "Roe"),
            ('"Woke up to the news. My thoughts are with those affected."', None, "Doe"),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), OWN_PARAGRAPH_CASES)
def test_own_paragraph_speaker_first(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A quote the parse puts in the subject of a naming verb (``… “…” and the procedure
# sometimes called Y``) is not reported by that verb; an outer cue reports the clause.
NAMING_SUBJECT_CASES: list[tuple[str, list[Found]]] = [
    (
        'It said that Roe supports "Doe-style healthcare" and the procedure sometimes called'
        " partial-birth abortion.",
        [
            (
                'that Roe supports "Doe-style healthcare" and the procedure sometimes called'
                " partial-birth abortion",
                "said",
                "It",
            )
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), NAMING_SUBJECT_CASES)
def test_quote_in_naming_verbs_subject(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected
