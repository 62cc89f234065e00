"""whosays_sources: which words of the sentence are the source (issue 3, third pass)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="module")
def sources_nlp() -> Language:
    """The real model with only the whosays_sources stage."""
    from whosays.nlp import load_pipeline

    return load_pipeline(stages=("whosays_sources",))


def sources_by_cue(nlp: Language, text: str) -> dict[str, str | None]:
    """Cue text -> source text of each attribution found in ``text``."""
    rows: dict[str, str | None] = {}
    for a in nlp(text)._.whosays_attributions or []:
        if a.get("cue"):
            source = a.get("source")
            rows[text[a["cue"][0] : a["cue"][1]]] = text[source[0] : source[1]] if source else None
    return rows


# A dateline the parser runs into the subject is no part of the source.
DATELINES = [
    (
        "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told delegates "
        "that she lied.",
        "told",
        "Former Attorney General Michael Mukasey",
    ),
    (
        "LONDON, March 3 (AP) — Prime Minister Theresa May said the deal was done.",
        "said",
        "Prime Minister Theresa May",
    ),
    # A dash inside a subject that opens with no capitalised place name stays.
    (
        "Democratic leaders — and, in particular, Senate Minority Leader Harry Reid — insisted "
        "that the tax be delayed.",
        "insisted",
        "Democratic leaders — and, in particular, Senate Minority Leader Harry Reid",
    ),
]

# "X is quick to point out …": the infinitive's source is the subject of the clause the
# adjective complements.
ADJECTIVE_INFINITIVES = [
    (
        "Technology companies are quick to point out that the apps are free.",
        "to point out",
        "Technology companies",
    ),
    (
        "Her strategists have been reluctant to reveal too much of their playbook.",
        "to reveal",
        "Her strategists",
    ),
    ("The union was ready to endorse a candidate in the race.", "to endorse", "The union"),
    ("Trump was not willing to say who his running mate would be.", "to say", "Trump"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "source"), DATELINES)
def test_dateline_is_left_out_of_the_source(
    sources_nlp: Language, text: str, cue: str, source: str
) -> None:
    assert sources_by_cue(sources_nlp, text)[cue] == source


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "source"), ADJECTIVE_INFINITIVES)
def test_infinitive_after_an_adjective_takes_the_clause_subject(
    sources_nlp: Language, text: str, cue: str, source: str
) -> None:
    assert sources_by_cue(sources_nlp, text)[cue] == source
