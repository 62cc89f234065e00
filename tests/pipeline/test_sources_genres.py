"""whosays_sources: rules from the second genre audit (fact-check, TV interview, press
briefing, crime report, profile, explainer, partisan blog, election roundup)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="module")
def full_nlp() -> Language:
    """The real model with the default whosays stages."""
    from whosays.nlp import load_pipeline

    return load_pipeline()


def cue_texts(nlp: Language, text: str) -> list[str]:
    """The cue text of every attribution found in ``text``."""
    return [
        text[a["cue"][0] : a["cue"][1]]
        for a in nlp(text)._.whosays_attributions or []
        if a.get("cue")
    ]


# The writer's scare quotes after "so-called", "a group called": a name, not speech.
SCARE_QUOTES = [
    'The so-called "experts" the paper quoted are the same academics as before.',
    'They hired a firm called "Clearwater" to run the count.',
    'The so-called "reform" would cut pensions by a third.',
]


@pytest.mark.model
@pytest.mark.parametrize("text", SCARE_QUOTES)
def test_a_naming_participle_is_no_cue(full_nlp: Language, text: str) -> None:
    assert not [c for c in cue_texts(full_nlp, text) if "called" in c]


# A naming participle with its speaker still reports ("described by officials as").
NAMED_BY_SOMEONE = [
    ('The plan, called "reckless" by the senator, passed on Monday.', "called"),
    ('The law, labeled "cruel" by the unions, passed.', "labeled"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue"), NAMED_BY_SOMEONE)
def test_a_naming_participle_with_an_agent_still_reports(
    full_nlp: Language, text: str, cue: str
) -> None:
    assert any(cue in c for c in cue_texts(full_nlp, text))


# A transcript turn in capitals is the person the story names (TV interview).
TRANSCRIPT_TURNS = [
    (
        "Senator Maria Lopez spoke to CNN's Jake Tapper on Sunday.\n\n"
        "TAPPER: Would you vote for a stopgap bill if the talks fail?\n\n"
        "LOPEZ: I'm not going to negotiate on television, Jake.\n\n"
        "TAPPER: Some of your colleagues say you are the obstacle.\n\n"
        "LOPEZ: That's simply false. I have offered three compromises.",
        ["Jake Tapper", "Maria Lopez", "Jake Tapper", "Maria Lopez"],
    ),
    (
        "Governor Ann Reyes was interviewed by Tom Hale.\n\n"
        "HALE: What will you cut first?\n\n"
        "REYES: Nothing that keeps a school open, and nothing that keeps a clinic open.",
        ["Tom Hale", "Ann Reyes"],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "speakers"), TRANSCRIPT_TURNS)
def test_a_transcript_turn_in_capitals_is_the_named_person(
    full_nlp: Language, text: str, speakers: list[str]
) -> None:
    turns = [
        a["speaker"]["name"]
        for a in full_nlp(text)._.whosays_attributions or []
        if a.get("rule") == "colon-line"
    ]
    assert turns == speakers


def test_turn_label_needs_capitals_a_line_start_and_a_colon() -> None:
    import spacy

    from whosays.pipeline.names import turn_label

    doc = spacy.blank("en")("LOPEZ : yes\nTapper : no\nsaid LOPEZ : x")
    assert [turn_label(t) for t in doc if t.text.lower() in ("lopez", "tapper")] == [
        True,
        False,
        False,
    ]


# A title abbreviation whose full stop the tokenizer split off ("Sgt" "."): the NER tags
# only the surname; the person keeps the first name and the title (crime report).
SPLIT_ABBREVIATIONS = [
    (
        '"There is no threat to the public," Sgt. Ana Diaz said Sunday. Diaz said the '
        "suspect was arrested.",
        "Ana Diaz",
        "sergeant",
    ),
    (
        '"The road will stay closed," Capt. Luis Ortega said. Ortega said crews were at work.',
        "Luis Ortega",
        "captain",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "title"), SPLIT_ABBREVIATIONS)
def test_a_split_title_abbreviation_keeps_name_and_title(
    full_nlp: Language, text: str, name: str, title: str
) -> None:
    speakers = {
        (a["speaker"]["name"], a["speaker"]["title"])
        for a in full_nlp(text)._.whosays_attributions or []
    }
    assert speakers == {(name, title)}


# ... but a plural title or a headline verb before the name is no first name.
NOT_FIRST_NAMES = [
    ("Senators Mitch McConnell and John Thune met on Monday. McConnell said it went well.",),
    ("U.S. Nominates Jim Yong Kim for Second Term\n\nKim said he was honored.",),
]


@pytest.mark.model
@pytest.mark.parametrize(("text",), NOT_FIRST_NAMES)
def test_a_plural_title_or_headline_verb_is_no_first_name(full_nlp: Language, text: str) -> None:
    names = {e["name"] for e in full_nlp(text)._.whosays_entities or []}
    assert not any(n.split()[0] in ("Senators", "Nominates") for n in names if n)


# A verb whose only object is a time phrase reports nothing (election roundup).
TIME_ONLY_OBJECTS = [
    "Stiles conceded shortly before midnight.",
    "Harmon declared victory. Her rival conceded on Wednesday morning.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", TIME_ONLY_OBJECTS)
def test_a_time_phrase_is_no_content(full_nlp: Language, text: str) -> None:
    assert not [c for c in cue_texts(full_nlp, text) if c.startswith("conceded")]


def test_only_time_needs_a_time_word() -> None:
    import spacy
    from spacy.tokens import Span

    from whosays.pipeline.source_content import only_time

    doc = spacy.blank("en")("conceded on Tuesday and conceded the race")
    doc.ents = [Span(doc, 2, 3, label="DATE")]
    doc[1].pos_ = "ADP"
    assert only_time(doc[1:3]) and not only_time(doc[5:7])


# "As the Times reported, X “…”": the partial quote's content starts after the as-clause
# (partisan blog).
AS_CLAUSE_QUOTES = [
    (
        'As the Times reported on Monday, the plan "could raise electricity bills by as much '
        'as 30 percent."',
        'the plan "could raise electricity bills by as much as 30 percent."',
    ),
    (
        'As Reuters reported last week, the ministry had "no plans at all" to raise prices.',
        'the ministry had "no plans at all" to raise prices',
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content"), AS_CLAUSE_QUOTES)
def test_a_partial_quote_after_an_as_clause_starts_after_it(
    full_nlp: Language, text: str, content: str
) -> None:
    contents = [
        text[a["content"][0] : a["content"][1]]
        for a in full_nlp(text)._.whosays_attributions or []
        if a["kind"] == "mixed"
    ]
    assert contents == [content]


# A title word with its office after "of" before the name is the whole title (election
# roundup); words after the preposition keep their capitals, as elsewhere in titles.
OFFICE_TITLES = [
    ("Secretary of State Gloria Neal said there were no problems.", "secretary of State"),
    (
        "Minister of Foreign Affairs Sergey Lavrov said talks were over.",
        "minister of Foreign Affairs",
    ),
    ("Finance Minister Ali Reza said taxes would rise.", "finance minister"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "title"), OFFICE_TITLES)
def test_a_title_keeps_its_office_after_of(full_nlp: Language, text: str, title: str) -> None:
    titles = [a["speaker"]["title"] for a in full_nlp(text)._.whosays_attributions or []]
    assert titles == [title]


# A budget or estimate that shows or lists something is a document (fact-check), and
# "academics" an unnamed group, also through a relative "who" (partisan blog).
SPEAKER_TYPES = [
    ("The city's budget shows $4 million for park repairs.", "document"),
    ("The 2024 budget lists $4 million for repairs to Lincoln Field.", "document"),
    ("A Treasury estimate found that the tariffs would cost households $1,200.", "document"),
    ("Academics say the plan would raise bills.", "group"),
    ("They are the same academics who told us that gas prices would never come down.", "group"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker_type"), SPEAKER_TYPES)
def test_budgets_are_documents_and_academics_a_group(
    full_nlp: Language, text: str, speaker_type: str
) -> None:
    types = [a["speaker"]["type"] for a in full_nlp(text)._.whosays_attributions or []]
    assert types == [speaker_type]


# "according to X" closing a sentence after a participle clause sources the whole
# sentence, not only the participle clause (election roundup).
ACCORDING_AFTER_PARTICIPLES = [
    (
        "Democrat Julia Harmon won the governor's race on Tuesday, defeating Republican "
        "Mark Stiles, according to an Associated Press race call.",
        "Democrat Julia Harmon won the governor's race on Tuesday, defeating Republican "
        "Mark Stiles",
    ),
    (
        "The index slumped within an hour, erasing $52 billion in share value, according "
        "to Reuters.",
        "The index slumped within an hour, erasing $52 billion in share value",
    ),
    ("Prices rose 5 percent, according to the report.", "Prices rose 5 percent"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content"), ACCORDING_AFTER_PARTICIPLES)
def test_according_to_after_a_participle_sources_the_sentence(
    full_nlp: Language, text: str, content: str
) -> None:
    contents = [
        text[a["content"][0] : a["content"][1]]
        for a in full_nlp(text)._.whosays_attributions or []
        if a.get("rule") == "according-to"
    ]
    assert contents == [content]
