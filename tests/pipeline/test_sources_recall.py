"""whosays_sources: cue, source and content rules of issue 3's seventh pass (train quarter 3)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="module")
def sources_nlp() -> Language:
    """The real model with only the whosays_sources stage."""
    from whosays.nlp import load_pipeline

    return load_pipeline(stages=("whosays_sources",))


def found(nlp: Language, text: str) -> dict[str, tuple[str | None, str]]:
    """Cue text -> (source text, content text) of each attribution found in ``text``."""
    rows: dict[str, tuple[str | None, str]] = {}
    for a in nlp(text)._.whosays_attributions or []:
        if a.get("cue"):
            source = a.get("source")
            content = a["content"]
            rows[text[a["cue"][0] : a["cue"][1]]] = (
                text[source[0] : source[1]] if source else None,
                text[content[0] : content[1]],
            )
    return rows


# A comma-set clause that gives only the terms of anonymity is no part of the source.
ANONYMITY_CLAUSES = [
    (
        "One Democrat involved in the budget talks, who spoke on the condition of anonymity "
        "to talk freely, said the session was heated.",
        "said",
        "One Democrat involved in the budget talks",
    ),
    (
        "A city hall aide, who requested anonymity to describe a closed-door meeting, "
        "said the mayor was livid.",
        "said",
        "A city hall aide",
    ),
    (
        "The decision was made weeks ago, said a senior aide, who spoke anonymously because "
        "he was not authorized to discuss it.",
        "said",
        "a senior aide",
    ),
    (
        "Two officials, speaking on condition of anonymity, said the talks had stalled.",
        "said",
        "Two officials",
    ),
    # a clause that describes the source stays
    (
        "Jane Roe, who has led the union since 2010, said the strike would go on.",
        "said",
        "Jane Roe, who has led the union since 2010,",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "source"), ANONYMITY_CLAUSES)
def test_anonymity_clause_is_no_part_of_the_source(
    sources_nlp: Language, text: str, cue: str, source: str
) -> None:
    assert found(sources_nlp, text)[cue][0] == source


def vague(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(cue, content) of each vague attribution found in ``text``."""
    return [
        (text[a["cue"][0] : a["cue"][1]], text[a["content"][0] : a["content"][1]])
        for a in nlp(text)._.whosays_attributions or []
        if a["kind"] == "vague" and a.get("cue")
    ]


# An agentless passive cue keeps the preposition that joins it to what is said of its
# subject; its object stays in the content.
PASSIVE_PREPOSITIONS = [
    (
        "The union is widely regarded as a kingmaker in the state.",
        "is widely regarded as",
        "The union is widely regarded as a kingmaker in the state",
    ),
    (
        "Varga is accused of an arson attack at a village school.",
        "is accused of",
        "Varga is accused of an arson attack at a village school",
    ),
    (
        "The ferry board was widely criticized for delays.",
        "was widely criticized for",
        "The ferry board was widely criticized for delays",
    ),
    (
        "He was asked about the protests on campus.",
        "was asked about",
        "He was asked about the protests on campus",
    ),
    # a preposition with a date says when, and stays out of the cue
    ("The rules were first agreed in 2019.", None, None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "content"), PASSIVE_PREPOSITIONS)
def test_passive_cue_keeps_its_preposition(
    sources_nlp: Language, text: str, cue: str | None, content: str | None
) -> None:
    expected = [] if cue is None else [(cue, content)]
    assert vague(sources_nlp, text) == expected


# ``so`` right after a cue verb stands for what was said before: it is the content.
SAID_SO = [
    (
        "And 71 percent call her honest, after 48 percent said so in March.",
        "said",
        "48 percent",
        "so",
    ),
    ("Most voters said so in the poll.", "said", "Most voters", "so"),
    ("Marta Quill apparently thinks so, too.", "apparently thinks", "Marta Quill", "so"),
    ("If they spoke about the deal, neither side would say so.", "would say", "neither side", "so"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "source", "content"), SAID_SO)
def test_so_after_a_cue_verb_is_the_content(
    sources_nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    assert found(sources_nlp, text)[cue] == (source, content)


@pytest.mark.model
@pytest.mark.parametrize("text", ["He said so that everyone could hear.", "I think so."])
def test_so_that_or_a_first_person_belief_is_no_answer(sources_nlp: Language, text: str) -> None:
    assert all(content != "so" for _, content in found(sources_nlp, text).values())


# ``in favor of`` (``in support of``, ``in defense of``) after a cue verb joins the cue; its
# object is the content (``in`` is otherwise a circumstance: ``spoke in Ohio``).
STANCE_PHRASES = [
    (
        "She also argued in favor of Britain remaining in the union.",
        "also argued in favor of",
        "She",
        "Britain remaining in the union",
    ),
    (
        "Okafor has spoken out in favor of rent control and free buses.",
        "has spoken out in favor of",
        "Okafor",
        "rent control and free buses",
    ),
    ("He testified in support of the bill.", "testified in support of", "He", "the bill"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "source", "content"), STANCE_PHRASES)
def test_in_favor_of_joins_the_cue(
    sources_nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    assert found(sources_nlp, text)[cue] == (source, content)


@pytest.mark.model
def test_in_a_place_is_no_stance(sources_nlp: Language) -> None:
    assert found(sources_nlp, "The governor spoke in Ohio on Monday.") == {}


# The ``if`` / ``whether`` clause right after a question verb (or after whom it asked) is
# the question the parse hangs on it as an adverbial clause, not a condition.
INDIRECT_QUESTIONS = [
    (
        "Then Ms. Halvorsen asked the pupils if they were always so quiet.",
        "asked",
        ("Ms. Halvorsen", "if they were always so quiet"),
    ),
    (
        "Asked if he was ever bullied, the candidate said no.",
        "Asked",
        (None, "if he was ever bullied"),
    ),
    (
        "He asked reporters whether they had seen the memo.",
        "asked",
        ("He", "whether they had seen the memo"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "expected"), INDIRECT_QUESTIONS)
def test_if_clause_of_a_question_verb_is_its_content(
    sources_nlp: Language, text: str, cue: str, expected: tuple[str | None, str]
) -> None:
    assert found(sources_nlp, text)[cue] == expected


@pytest.mark.model
def test_condition_after_another_object_is_no_question(sources_nlp: Language) -> None:
    assert "asked" not in found(sources_nlp, "She asked for help if the storm got worse.")


# ``learn`` reports what someone came to know, with a clause only (``clause-only``):
# ``learned of her status`` and ``learned the language`` report nothing.
LEARNED = [
    (
        "He soon learned that his landlord had never registered the lease.",
        "soon learned",
        ("He", "that his landlord had never registered the lease"),
    ),
    (
        "Tomas Reyna learned he had never been enrolled at all.",
        "learned",
        ("Tomas Reyna", "he had never been enrolled at all"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "expected"), LEARNED)
def test_learn_with_a_clause_is_a_cue(
    sources_nlp: Language, text: str, cue: str, expected: tuple[str, str]
) -> None:
    assert found(sources_nlp, text)[cue] == expected


@pytest.mark.model
@pytest.mark.parametrize("text", ["She learned of her status in 2010.", "He learned French."])
def test_learn_without_a_clause_is_no_cue(sources_nlp: Language, text: str) -> None:
    assert found(sources_nlp, text) == {}


def cues(nlp: Language, text: str) -> list[str]:
    """The cue text of each attribution found in ``text``."""
    return [
        text[a["cue"][0] : a["cue"][1]]
        for a in nlp(text)._.whosays_attributions or []
        if a.get("cue")
    ]


# An infinitive cue keeps the verb it completes (PolNeAR's cue, and the verb chain users
# read as one act), unless that verb is a cue of its own (``refused`` reports ``to say``).
CATENATIVE_CUES = [
    ("He went on to say that the plan would fail.", ["went on to say"]),
    ("Obama is trying to show that he cares.", ["is trying to show"]),
    ("She continued to question whether the deal was legal.", ["continued to question"]),
    ("The mayor needs to persuade voters that the tax is fair.", ["needs to persuade"]),
    ("He refused to say whether he would run.", ["refused"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CATENATIVE_CUES)
def test_infinitive_cue_keeps_the_verb_it_completes(
    sources_nlp: Language, text: str, expected: list[str]
) -> None:
    assert cues(sources_nlp, text) == expected


# ``appear`` with only a place after it says where someone appeared, not how something
# seems: no vague attribution. The hedge keeps its complement.
APPEARANCES = [
    ("Okafor appeared at the October forum.", []),
    ("Lanny Davis appeared on Fox and Friends on Monday.", []),
    ("The plan appears doomed.", [("appears", "The plan appears doomed")]),
    ("It must have seemed like a clever trade.", [("must have seemed", "like a clever trade")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), APPEARANCES)
def test_appearing_somewhere_is_no_hedge(
    sources_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert vague(sources_nlp, text) == expected


# A ``by`` participle right after the verb it completes: one act, one cue.
BY_CUES = [
    ("He responded by saying that the plan would fail.", ["responded by saying"]),
    ("She followed up by asking whether the deal was legal.", ["followed up by asking"]),
    # an object between: the participle is its own cue
    ("He followed him by softly echoing the claim.", ["softly echoing"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), BY_CUES)
def test_by_participle_cue_keeps_the_verb_it_completes(
    sources_nlp: Language, text: str, expected: list[str]
) -> None:
    assert cues(sources_nlp, text) == expected


# ``then`` before a cue verb tells when it was said and stays in the cue (as ``also``
# does); ``when`` joins a clause and stays out.
THEN_CUES = [
    ("He then reiterated that the plan was dead.", ["then reiterated"]),
    ("When he said the plan was dead, nobody laughed.", ["said"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), THEN_CUES)
def test_then_stays_in_the_cue(sources_nlp: Language, text: str, expected: list[str]) -> None:
    assert cues(sources_nlp, text) == expected


# An adverbial infinitive cue right after the verb it completes joins it; one with an
# object between stays on its own.
ADVERBIAL_INFINITIVES = [
    (
        "The volunteers would be mobilized to pressure local councillors.",
        "would be mobilized to pressure",
    ),
    ("He took his daughter there on Sunday to explain the vote.", "to explain"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue"), ADVERBIAL_INFINITIVES)
def test_adverbial_infinitive_cue(sources_nlp: Language, text: str, cue: str) -> None:
    assert cue in cues(sources_nlp, text)


# An infinitive cue after ``be`` + adjective keeps them (``were quick to condemn``).
COPULAR_CUES = [
    ("Republicans were quick to condemn the remarks.", "were quick to condemn"),
    (
        "Farmers are slightly less likely to say that the harvest was poor.",
        "are slightly less likely to say",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue"), COPULAR_CUES)
def test_copular_adjective_joins_the_cue(sources_nlp: Language, text: str, cue: str) -> None:
    assert cue in cues(sources_nlp, text)


# ``called for X to do Y``: the parse hangs the ``for … to`` clause on the verb as an
# adverbial clause; ``for`` joins the cue and the rest is what was called for.
FOR_CLAUSES = [
    (
        "She also called for all bidders to publish details of their offers.",
        "also called for",
        ("She", "all bidders to publish details of their offers"),
    ),
    (
        "Lindqvist has called for the city parking fee to be cut to $2 by 2025.",
        "has called for",
        ("Lindqvist", "the city parking fee to be cut to $2 by 2025"),
    ),
    ("He called for a ban on assault weapons.", "called for", ("He", "a ban on assault weapons")),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "expected"), FOR_CLAUSES)
def test_for_to_clause_is_what_was_called_for(
    sources_nlp: Language, text: str, cue: str, expected: tuple[str, str]
) -> None:
    assert found(sources_nlp, text)[cue] == expected


# A reporting clause closing the sentence after a comma reports the sentence before it,
# also where the parse hangs that sentence elsewhere; not a subordinate clause alone.
CLOSING_REPORTS = [
    (
        "As the governor prepared to speak in Dayton on Friday, a 17-year-old boy outside the "
        "arena was shoved by another spectator, police said.",
        "said",
        (
            "police",
            "As the governor prepared to speak in Dayton on Friday, a 17-year-old boy outside "
            "the arena was shoved by another spectator",
        ),
    ),
    (
        "The telegraph has also made it easy for people with like-minded, if dubious, tastes "
        "and opinions to band into societies and contact strangers, she said.",
        "said",
        (
            "she",
            "The telegraph has also made it easy for people with like-minded, if dubious, "
            "tastes and opinions to band into societies and contact strangers",
        ),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "expected"), CLOSING_REPORTS)
def test_closing_reporting_clause_reports_the_sentence(
    sources_nlp: Language, text: str, cue: str, expected: tuple[str, str]
) -> None:
    assert found(sources_nlp, text)[cue] == expected


@pytest.mark.model
def test_closing_reporting_clause_after_a_time_clause_reports_nothing(
    sources_nlp: Language,
) -> None:
    assert found(sources_nlp, "When the polls closed, he said.") == {}


# A wire dateline before a spaced hyphen is no part of the source, as before a dash; the
# hyphen must be followed by a capital that starts afresh.
HYPHEN_DATELINES = [
    (
        "TOPEKA, Kan. (Reuters) - President Michael Dorsey said on Friday that it was sabotage.",
        "President Michael Dorsey",
    ),
    ("WASHINGTON - Sen. Chuck Grassley said the hearing would go ahead.", "Sen. Chuck Grassley"),
    ("NATO - the alliance - said it would act.", "NATO - the alliance -"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), HYPHEN_DATELINES)
def test_dateline_before_a_hyphen_is_no_part_of_the_source(
    sources_nlp: Language, text: str, source: str
) -> None:
    assert found(sources_nlp, text)["said"][0] == source


# ``even`` opening a subject weighs the source and is no part of it.
FOCUS_SOURCES = [
    ("Even some allies say the plan is doomed.", "say", "some allies"),
    (
        "Even Mayhew, a stalwart union ally, said the vote was close.",
        "said",
        "Mayhew, a stalwart union ally,",
    ),
    ("Only 7 percent said they would vote for him.", "said", "Only 7 percent"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "source"), FOCUS_SOURCES)
def test_even_is_no_part_of_the_source(
    sources_nlp: Language, text: str, cue: str, source: str
) -> None:
    assert found(sources_nlp, text)[cue][0] == source


# ``made (it) clear that …`` states the that-clause; the cue runs to ``clear``.
MADE_CLEAR = [
    (
        "He also made clear that he has not ruled out a recount.",
        "also made clear",
        ("He", "that he has not ruled out a recount"),
    ),
    (
        "She made it clear that her brother's voters would not switch sides.",
        "made it clear",
        ("She", "that her brother's voters would not switch sides"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "expected"), MADE_CLEAR)
def test_made_clear_that_is_a_statement(
    sources_nlp: Language, text: str, cue: str, expected: tuple[str, str]
) -> None:
    assert found(sources_nlp, text)[cue] == expected


@pytest.mark.model
def test_made_clear_without_a_clause_is_none(sources_nlp: Language) -> None:
    assert found(sources_nlp, "The rules made it clear.") == {}


# An adverb of the cue verb right after it joins the cue, as one before it does; ``so``
# right after it is what was said.
ADVERB_AFTER_CUES = [
    ("She argued insistently that the plan would fail.", "argued insistently"),
    ("He said recently that he would run.", "said recently"),
    ("Most voters said so in the poll.", "said"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue"), ADVERB_AFTER_CUES)
def test_adverb_after_the_cue_verb_joins_the_cue(
    sources_nlp: Language, text: str, cue: str
) -> None:
    assert cues(sources_nlp, text) == [cue]


# A cue noun that is the object of a verb takes the verb into its cue.
NOUN_CUE_VERBS = [
    ("The ad makes no mention of Hillary Clinton.", "makes no mention of"),
    (
        "He has delivered a spirited defense of the ferry plan.",
        "has delivered a spirited defense of",
    ),
    ("Trump's claim that he won was false.", "claim"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue"), NOUN_CUE_VERBS)
def test_cue_noun_takes_the_verb_it_is_the_object_of(
    sources_nlp: Language, text: str, cue: str
) -> None:
    assert cues(sources_nlp, text) == [cue]
