"""whosays_sources: attributions the parse gives in less common shapes (issue 3, second pass)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from whosays.pipeline.doc import AttributionData
from whosays.pipeline.source_spans import is_nested


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


@pytest.fixture(scope="module")
def nested_nlp() -> Language:
    """The real model with whosays_sources keeping nested attributions."""
    from whosays.nlp import load_pipeline

    nlp = load_pipeline(stages=())
    nlp.add_pipe("whosays_sources", config={"keep_nested": True})
    return nlp


# (text, outer cue, outer content, nested cue): an attribution inside another's content.
NESTED = [
    (
        "The senator said the governor believes the plan will fail.",
        "said",
        "the governor believes the plan will fail",
        "believes",
    ),
    (
        "Aides said that the mayor told donors she would run again.",
        "said",
        "that the mayor told donors she would run again",
        "told",
    ),
    (
        "He is expected to argue that the law is void.",
        "is expected",
        "He is expected to argue that the law is void",
        "to argue",
    ),
    (
        "The report found that voters doubt the candidates' promises.",
        "found",
        "that voters doubt the candidates' promises",
        "doubt",
    ),
]

# Two attributions side by side: neither is inside the other's content.
SIDE_BY_SIDE = [
    ("Roe said the bridge will reopen, and Doe warned that tolls would rise.", "said", "warned"),
    (
        "The mayor denied the report. Her aides insisted that she had resigned.",
        "denied",
        "insisted",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "content", "nested_cue"), NESTED)
def test_nested_attribution_is_left_out(
    sources_nlp: Language, text: str, cue: str, content: str, nested_cue: str
) -> None:
    found = attributions_by_cue(sources_nlp, text)
    assert found[cue][0] == content
    assert nested_cue not in found


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "content", "nested_cue"), NESTED)
def test_nested_attribution_is_kept_on_request(
    nested_nlp: Language, text: str, cue: str, content: str, nested_cue: str
) -> None:
    found = attributions_by_cue(nested_nlp, text)
    assert found[cue][0] == content
    assert nested_cue in found


@pytest.mark.model
@pytest.mark.parametrize(("text", "first", "second"), SIDE_BY_SIDE)
def test_attributions_side_by_side_are_both_kept(
    sources_nlp: Language, text: str, first: str, second: str
) -> None:
    found = attributions_by_cue(sources_nlp, text)
    assert first in found
    assert second in found


def _attribution(content: list[int], cue: list[int] | None) -> AttributionData:
    return {"kind": "indirect", "content": content, "cue": cue, "source": None}


# (inner content, inner cue, outer content, nested?)
NESTING = [
    ([20, 40], [15, 19], [10, 40], True),  # cue and content inside
    ([20, 40], [5, 9], [10, 40], False),  # cue outside the outer content
    ([20, 50], [15, 19], [10, 40], False),  # content runs past the outer content
    ([10, 40], [12, 14], [10, 40], False),  # the same content: not nested
    ([20, 40], None, [10, 40], False),  # no cue
]


@pytest.mark.parametrize(("content", "cue", "outer", "nested"), NESTING)
def test_is_nested(
    content: list[int], cue: list[int] | None, outer: list[int], nested: bool
) -> None:
    inner = _attribution(content, cue)
    assert is_nested(inner, [_attribution(outer, [0, 4]), inner]) is nested


# A one-word direct object is the content ("denied that", "opposes it"); a one-word
# prepositional object, a time or an indefinite pronoun is not.
ONE_WORD_OBJECTS = [
    ("The minister denied that.", "denied", "that"),
    ("Most Republicans oppose it.", "oppose", "it"),
    ("Governor Scott blasted Congress.", "blasted", "Congress"),
    ("Israel disputes this.", "disputes", "this"),
    ("The senator said nothing.", "said", None),
    ("Jane Roe spoke on Tuesday.", "spoke", None),
    ("The mayor announced something.", "announced", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "content"), ONE_WORD_OBJECTS)
def test_one_word_object(sources_nlp: Language, text: str, cue: str, content: str | None) -> None:
    found = attributions_by_cue(sources_nlp, text).get(cue)
    assert (found[0] if found else None) == content


# "It" as the active subject of a cue verb is the source (a company, a report); before a
# passive or a hedge verb it names nobody.
IT_SUBJECTS = [
    ("It also offers free bike repairs for staff.", "also offers", "It"),
    ("The report is long. It found that wages fell in May.", "found", "It"),
    ("It said in a statement that the plant would close.", "said", "It"),
    ("It is widely believed that the plant will close.", "is widely believed", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "source"), IT_SUBJECTS)
def test_it_subject(sources_nlp: Language, text: str, cue: str, source: str | None) -> None:
    assert attributions_by_cue(sources_nlp, text)[cue][1] == source


# "In a … poll, CLAUSE": the poll is the source; "leads in the polls" is the claim itself.
IN_POLLS = [
    (
        "In a Halifax Chronicle poll last month, Mr. Osei had a 7-point lead.",
        "Mr. Osei had a 7-point lead",
        "a Halifax Chronicle poll last month",
    ),
    (
        "In the latest survey, most voters backed the plan.",
        "most voters backed the plan",
        "the latest survey",
    ),
]
NOT_IN_POLLS = [
    "Clinton continues to lead in the polls.",
    "In the latest debate, most voters backed the plan.",
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content", "source"), IN_POLLS)
def test_in_poll(sources_nlp: Language, text: str, content: str, source: str) -> None:
    assert attributions_by_cue(sources_nlp, text).get("In") == (content, source)


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_IN_POLLS)
def test_not_in_poll(sources_nlp: Language, text: str) -> None:
    found = attributions_by_cue(sources_nlp, text)
    assert "In" not in found
    assert "in" not in found


# A phrase cue's source stops before the comma that closes the phrase.
PHRASE_SOURCES = [
    (
        "According to the schedule published Thursday, the debate starts at nine.",
        "According to",
        "the schedule published Thursday",
    ),
    (
        "According to John Smith, a spokesman for the mayor, the bridge will reopen.",
        "According to",
        "John Smith, a spokesman for the mayor",
    ),
    ("The bridge will reopen, according to officials.", "according to", "officials"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "source"), PHRASE_SOURCES)
def test_phrase_source_without_closing_comma(
    sources_nlp: Language, text: str, cue: str, source: str
) -> None:
    assert attributions_by_cue(sources_nlp, text)[cue][1] == source
