"""whosays_sources: attributions the parse gives in less common shapes (issue 3, second pass)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="module")
def sources_nlp() -> Language:
    """The real model with only the whosays_sources stage."""
    from whosays.nlp import load_pipeline

    return load_pipeline(stages=("whosays_sources",))


def attributions_by_cue(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    """Cue text -> (content text, source text) of each attribution found in ``text``."""
    rows = {}
    for a in nlp(text)._.whosays_attributions or []:
        if a.get("cue"):
            source = a.get("source")
            rows[text[a["cue"][0] : a["cue"][1]]] = (
                text[a["content"][0] : a["content"][1]],
                text[source[0] : source[1]] if source else None,
            )
    return rows


# "As X reported, …": the clause the as-clause modifies is the content.
AS_CLAUSES = [
    (
        "As the newspaper reported on Monday, the mayor will not run again.",
        "reported",
        "the mayor will not run again",
        "the newspaper",
    ),
    (
        "As Senator Roe has pointed out, the law was never enforced.",
        "has pointed out",
        "the law was never enforced",
        "Senator Roe",
    ),
    (
        "The bill will fail in the Senate, as the governor predicted.",
        "predicted",
        "The bill will fail in the Senate",
        "the governor",
    ),
    (
        "As Comey noted, the employees could still face sanctions.",
        "noted",
        "the employees could still face sanctions",
        "Comey",
    ),
]

# "as" that marks time, with an object: no attribution from the as-clause.
AS_TIME_CLAUSES = [
    ("As she thanked her supporters, the crowd began to cheer.", "thanked", "crowd"),
    ("As he announced his plan, the markets fell sharply.", "announced", "markets"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "content", "source"), AS_CLAUSES)
def test_as_clause_attributes_the_main_clause(
    sources_nlp: Language, text: str, cue: str, content: str, source: str
) -> None:
    assert attributions_by_cue(sources_nlp, text).get(cue) == (content, source)


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "main_clause_word"), AS_TIME_CLAUSES)
def test_as_time_clause_with_object_does_not_source_the_main_clause(
    sources_nlp: Language, text: str, cue: str, main_clause_word: str
) -> None:
    found = attributions_by_cue(sources_nlp, text).get(cue)
    assert found is None or main_clause_word not in found[0]
