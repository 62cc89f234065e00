"""whosays_sources: which words of the sentence are the source (issue 3, third pass)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from whosays.pipeline.source_subjects import subject_of


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
        "ATLANTA, June 14 (UPI) — Former Attorney General Helen Marchetti told delegates "
        "that he lied.",
        "told",
        "Former Attorney General Helen Marchetti",
    ),
    (
        "OSLO, March 3 (AP) — Prime Minister Ingrid Haaland said the deal was done.",
        "said",
        "Prime Minister Ingrid Haaland",
    ),
    # the parse makes the dateline a second subject of the verb: the nearer one speaks
    (
        "BEIJING, June 3 (Xinhua) -- Foreign Ministry spokesperson Wang Lei said on Tuesday "
        "that the accusations were groundless.",
        "said",
        "Foreign Ministry spokesperson Wang Lei",
    ),
    # A dash inside a subject that opens with no capitalised place name stays.
    (
        "Opposition leaders — and, in particular, Assembly Minority Leader Carla Moss — "
        "insisted that the levy be delayed.",
        "insisted",
        "Opposition leaders — and, in particular, Assembly Minority Leader Carla Moss —",
    ),
]

# A phrase the source sets off with dashes keeps its closing dash, as an appositive keeps
# its closing comma; a hyphen is no dash.
DASHED = [
    (
        "Some farm economists - including several of the ministry's own price-setting "
        "board - warn that the tariff could hurt exports.",
        "warn",
        "Some farm economists - including several of the ministry's own price-setting board -",
    ),
    (
        "Mayor Jane Roe -- who took office in May -- said the budget was balanced.",
        "said",
        "Mayor Jane Roe -- who took office in May --",
    ),
    ("The well-known economist said that growth would slow.", "said", "The well-known economist"),
]

# "X is quick to point out …": the infinitive's source is the subject of the clause the
# adjective complements (and the cue runs from "is").
ADJECTIVE_INFINITIVES = [
    (
        "Airline executives are quick to point out that the seats are cheap.",
        "are quick to point out",
        "Airline executives",
    ),
    (
        "His coaches have been reluctant to reveal details of their lineup.",
        "have been reluctant to reveal",
        "His coaches",
    ),
    (
        "The union was ready to endorse a candidate in the race.",
        "was ready to endorse",
        "The union",
    ),
    (
        "Trump was not willing to say who his running mate would be.",
        "was not willing to say",
        "Trump",
    ),
]

# "X has no evidence to suggest …": an infinitive on the object takes the clause subject.
OBJECT_INFINITIVES = [
    (
        "The bank examiner has no evidence to suggest that Brandt altered the ledger.",
        "to suggest",
        "The bank examiner",
    ),
    (
        "The senator made a decision to endorse the governor in the primary.",
        "to endorse",
        "The senator",
    ),
    ("The mayor has no plans to announce a new budget this year.", "to announce", "The mayor"),
]


def attributions(nlp: Language, text: str) -> dict[str, tuple[str | None, str]]:
    """Cue text -> (source text, content text) of each attribution found in ``text``."""
    rows: dict[str, tuple[str | None, str]] = {}
    for a in nlp(text)._.whosays_attributions or []:
        if a.get("cue"):
            source = a.get("source")
            rows[text[a["cue"][0] : a["cue"][1]]] = (
                text[source[0] : source[1]] if source else None,
                text[a["content"][0] : a["content"][1]],
            )
    return rows


# "on Wednesday" that the parser hangs on the source belongs to the statement; a phrase
# cue still leaves the whole phrase out of the content.
WEEKDAYS = [
    (
        "The report on Wednesday cited a memo by the inspector general.",
        "cited",
        "The report",
        "a memo by the inspector general",
    ),
    (
        "The pumps were damaged in 2015, according to a county audit on Wednesday.",
        "according to",
        "a county audit",
        "The pumps were damaged in 2015",
    ),
    (
        "In a new survey on Tuesday, Clinton led Trump by five points among likely voters.",
        "In",
        "a new survey",
        "Clinton led Trump by five points among likely voters",
    ),
    # Not a weekday: the phrase stays in the source.
    (
        "The report on Iran cited a memo by the inspector general.",
        "cited",
        "The report on Iran",
        "a memo by the inspector general",
    ),
]

# "Name: words" lines: not a label, not a heading of fewer than four words.
COLON_LINES = [
    ("Alvarez: Polls prove Duarte is the favourite.", "Alvarez"),
    ("HOLLIS: Do you think the senator has governed as a moderate?", "HOLLIS"),
]
NOT_COLON_LINES = [
    "Contributing: Grant Miller and Ann Roe of the Daily News.",
    "Email: desk at example dot com, every day.",
    "Editor's Note: What follows is part 2 of 4 serialised chapters.",
    "Rubio: Finish second.",
    "Kasich: Now or never.",
    "Opinion: The housing plan will not fix the housing crisis.",
    "Analysis: Why the summit failed before it began.",
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), COLON_LINES)
def test_colon_line(sources_nlp: Language, text: str, source: str) -> None:
    assert attributions(sources_nlp, text)[":"][0] == source


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_COLON_LINES)
def test_label_or_heading_is_no_colon_line(sources_nlp: Language, text: str) -> None:
    assert ":" not in attributions(sources_nlp, text)


# Quoted-only verbs with a "third-person" row: reported content without quoted words
# when the source is not I, we or you.
THIRD_PERSON = [
    ("The president thinks the deal is a mistake.", "thinks", "The president"),
    ("Clinton wants to triple the size of the program.", "wants", "Clinton"),
    ("The union supports the new contract.", "supports", "The union"),
    ("Investors see golf courses as wasted space.", "see", "Investors"),
    ("The mayor plans to close the library.", "plans", "The mayor"),
]
NOT_THIRD_PERSON = [
    ("I think the deal is a mistake.", "think"),
    ("We want to triple the size of the program.", "want"),
    ("The players feel that the coach was unfair.", "feel"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue"), NOT_THIRD_PERSON)
def test_first_person_belief_is_no_attribution(sources_nlp: Language, text: str, cue: str) -> None:
    assert cue not in sources_by_cue(sources_nlp, text)


# The agentless passive of a third-person verb with a vague-passive row is vague; "plan"
# has none ("is planned for March" reports nobody's words).
VAGUE_PASSIVES = [
    ("The reform is widely supported as a way to cut costs.", "is widely supported as"),
    ("A new leader is badly wanted to unite the party.", "is badly wanted"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue"), VAGUE_PASSIVES)
def test_third_person_passive_is_vague(sources_nlp: Language, text: str, cue: str) -> None:
    kinds = [
        a["kind"]
        for a in sources_nlp(text)._.whosays_attributions or []
        if a.get("cue") and text[a["cue"][0] : a["cue"][1]] == cue
    ]
    assert kinds == ["vague"]


@pytest.mark.model
def test_planned_passive_is_no_attribution(sources_nlp: Language) -> None:
    assert not sources_nlp("The next meeting is planned for March.")._.whosays_attributions


# An "-ing" participle after the subject noun takes that noun as source; after an
# object noun it takes none.
PARTICIPLES = [
    ("Voters demanding a recount said the count was rigged.", "demanding", "Voters"),
    (
        "Protesters demanding his resignation marched to the palace on Sunday.",
        "demanding",
        "Protesters",
    ),
    ("The ruling cheered farmers hoping to keep the water rights.", "hoping", None),
    # a finding verb's participle on a document noun, wherever the noun stands
    (
        "The mayor's office released figures showing that fares have not risen since 2017.",
        "showing",
        "figures",
    ),
    ("The campaign released a poll showing Clinton ahead by five points.", "showing", "a poll"),
]

# An -ing participle set off by a comma that the parse hangs on the object tells what the
# clause subject did; without the comma it stays the object's ("a PAC backing Cruz").
FREE_PARTICIPLES = [
    (
        'The mayor unveiled her "Green City 2030" plan on Wednesday, promising to plant 50,000 '
        "trees by the end of the decade.",
        "promising",
        "The mayor",
    ),
    ("The rally drew voters hoping to see the senator.", "hoping", None),
]

# A comma-set participle the parse hung on a passive inside a reported clause: the one
# who undergoes the passive does not speak; the subject of the clause above does. (The
# cue above takes the participle into its content, so the rows ask ``subject_of``.)
PATIENT_PARTICIPLES = [
    (
        "The Foreign Ministry on Thursday rejected reports that a grain convoy had been "
        'turned back at the border, calling them "baseless fabrications."',
        "calling",
        "The Foreign Ministry",
    ),
    (
        "Police denied claims that protesters had been beaten in custody, calling the "
        'reports "pure invention."',
        "calling",
        "Police",
    ),
]


# A comma-set relative clause (or a conjunct of one) whose cue takes a clause is an
# attribution of its own: the source stops before it. Other relative clauses stay.
RELATIVE_REPORTS = [
    (
        '"It was a mistake," said one senator familiar with the talks, who added that the '
        "White House seemed rattled.",
        "said",
        "one senator familiar with the talks",
    ),
    (
        "The mayor, who said last week that the bridge was safe, told reporters that it "
        "would close.",
        "told",
        "The mayor",
    ),
    (
        "The mayor, who did not say that the bridge was safe, told reporters that it would close.",
        "told",
        "The mayor, who did not say that the bridge was safe,",
    ),
    (
        "The mayor, who has endorsed the plan, told reporters that the bridge would close.",
        "told",
        "The mayor, who has endorsed the plan,",
    ),
]


# A passive cue with a by-agent and no complement reports on its subject: the agent is
# the source, the subject the content. A verb outside the cue lexicon is no attribution.
PASSIVE_SUBJECTS = [
    ("The levy was rejected by 58 percent of the members.", "was rejected", "The levy"),
    ("The bill was endorsed by the governor.", "was endorsed", "The bill"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "content"), PASSIVE_SUBJECTS)
def test_passive_subject_is_the_content(
    sources_nlp: Language, text: str, cue: str, content: str
) -> None:
    rows = {
        text[a["cue"][0] : a["cue"][1]]: text[a["content"][0] : a["content"][1]]
        for a in sources_nlp(text)._.whosays_attributions or []
        if a.get("cue")
    }
    assert rows[cue] == content


def test_passive_of_a_non_cue_verb_is_no_attribution(sources_nlp: Language) -> None:
    assert not sources_nlp("The bridge was built by the state.")._.whosays_attributions


# A cue noun's by/from phrase names its source when no possessive does.
NOUN_BY_SOURCES = [
    (
        "The unprompted defense of Ortega, from one of the elders of the league, was a surprise.",
        "defense of",
        "one of the elders of the league",
    ),
    (
        "The statement by the senator that the bill would fail surprised nobody.",
        "statement",
        "the senator",
    ),
    ("Her claim that the vote was rigged drew criticism.", "claim", "Her"),
]

# A cue noun someone receives (``won the endorsement of``, ``has the backing of``): its
# ``of`` object gave it and is the source, who receives it the content. An ``of`` object
# that the noun is about (``opinion of him``) or a noun nobody receives stays content.
RECEIVED_NOUNS = [
    ("Ms. Adair won the endorsement of the mayor.", "endorsement of", "the mayor", "Ms. Adair"),
    ("The levy has the backing of many farmers.", "backing of", "many farmers", "The levy"),
    (
        "Tenants had an unfavorable opinion of her.",
        "had an unfavorable opinion of",
        "Tenants",
        "her",
    ),
    (
        "Her endorsement of the governor surprised nobody.",
        "endorsement of",
        "Her",
        "the governor",
    ),
]


# A source after its verb takes the rest of a name the parse cut at a title's period or
# a hyphen; a day after the name stays out.
WHOLE_NAMES = [
    (
        "“The planners don’t understand the river,” said Army Capt. Martin Olander.",
        "Army Capt. Martin Olander",
    ),
    (
        "“I was hoping we’d get a quieter week,” said Air Force 1st Lt. Noor Castellan.",
        "Air Force 1st Lt. Noor Castellan",
    ),
    (
        "“Not to mention, Senator Pike,” mused Lantern co-host Len Marwick.",
        "Lantern co-host Len Marwick",
    ),
    ("“We will win,” said Jane Smith Monday.", "Jane Smith"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), WHOLE_NAMES)
def test_source_after_the_verb_takes_the_whole_name(
    sources_nlp: Language, text: str, source: str
) -> None:
    assert source in sources_by_cue(sources_nlp, text).values()


# A source before its cue keeps the comma that closes an apposition, and a source that
# opens a quoted title keeps the marks (and comma) that close it.
CLOSED_SOURCES = [
    (
        "Ms. Ostrowski, of Harbor Lane Securities, said the firm would expand.",
        "said",
        "Ms. Ostrowski, of Harbor Lane Securities,",
    ),
    (
        'Dana Perino, a host of "The Five," said the plan would fail.',
        "said",
        'Dana Perino, a host of "The Five,"',
    ),
    (
        'Hundreds of self-described "Tulipists" say the count was wrong.',
        "say",
        'Hundreds of self-described "Tulipists"',
    ),
    # no apposition in the source: the comma after it stays out
    ("The mayor, however, said the bridge was safe.", "said", "The mayor"),
]


# "seem" / "appear" before a cue verb's infinitive: the infinitive is the cue (with the
# verb it completes: "appeared to imply") and the subject its source (not a vague hedge);
# an expletive subject leaves the hedge vague.
SEEM_REPORTS = [
    ("She appeared to imply that the vote was rigged.", "appeared to imply", "She"),
    ("Messages seem to show close ties with the department.", "seem to show", "Messages"),
    ("It may seem easy to laugh off the claims.", "may seem", None),
]


# "'s" before a cue participle that takes a clause is "has" (the parse reads a passive);
# "It's said that …" stays a vague passive.
PERFECTS = [
    ("He's said he will run again.", "'s said", "He"),
    ("It's said that he will run again.", "'s said", None),
]


# A reporting clause after a comma that the parse hangs on the clause before it
# (``…, sooner than expected, the weather office reported on Tuesday``).
TRAILING_REPORTS = [
    (
        "The drought will ease this month, sooner than expected, the weather office reported "
        "on Tuesday.",
        "reported",
        "the weather office",
        "The drought will ease this month",
    ),
]

# A past participle opening the sentence ("Asked whether …, he said") has as subject the
# one who was asked: the asker is the source only when a by-phrase names them.
FRONTED_PASSIVES = [
    (
        "Asked whether the administration would change course, he said it would not.",
        "Asked",
        None,
    ),
    (
        "Asked by reporters to respond to the criticism, Carson said the remarks were unfair.",
        "Asked",
        "reporters",
    ),
    (
        "Asked whether the administration would change course, he said it would not.",
        "said",
        "he",
    ),
]

# "on Monday" on the cue verb dates the speech act, not the object; other dates may be
# the object's own ("announced a rally on May 3").
SPEECH_DAYS = [
    (
        "The finance minister defended the cuts on Monday.",
        "defended",
        "The finance minister",
        "the cuts",
    ),
    ("She denied the report on Friday night.", "denied", "She", "the report"),
    ("He announced a rally on May 3.", "announced", "He", "a rally on May 3"),
    # the occasion on the verb is where it was said, not what
    ("The minister defended the cuts at a rally in Leeds.", "defended", "The minister", "the cuts"),
    ("She criticized the plan in an interview with the BBC.", "criticized", "She", "the plan"),
]

# Content that opens a wire story starts after the dateline; a capitalised word before
# a dash and a lower-case phrase is no dateline.
DATELINE_CONTENTS = [
    (
        "LISBON — Dock workers ended a nine-day strike on Thursday, union leaders said.",
        "said",
        "union leaders",
        "Dock workers ended a nine-day strike on Thursday",
    ),
    (
        "WASHINGTON (Reuters) - The Senate passed the bill on Friday, aides said.",
        "said",
        "aides",
        "The Senate passed the bill on Friday",
    ),
    (
        "Headline here\n\nNEW YORK, July 19 (AP) — Prices rose sharply, traders said.",
        "said",
        "traders",
        "Prices rose sharply",
    ),
    (
        "The strike is over. LISBON wins, union leaders said.",
        "said",
        "union leaders",
        "LISBON wins",
    ),
    # a live blog's entry stamp before its dash (audit, 2026-11-27)
    (
        "Live updates\n\n1:50 p.m. — The government will meet tomorrow, the minister said.",
        "said",
        "the minister",
        "The government will meet tomorrow",
    ),
    (
        "Live updates\n\n10:42 a.m. - Trains are cancelled until noon, the operator said.",
        "said",
        "the operator",
        "Trains are cancelled until noon",
    ),
]


# close_source on any stage's source span: a hyphen signing a quotation and a floating
# "both" after a coordination are left out; the comma closing an apposition before the
# cue and the marks closing a quoted title are taken in.
CLOSE_SOURCE_SPANS = [
    ("“We will win.” -President Obama", "-President Obama", "President Obama"),
    (
        "Jeb Bush and Ted Cruz both floated it.",
        "Jeb Bush and Ted Cruz both",
        "Jeb Bush and Ted Cruz",
    ),
    ("Both of them both floated it.", "Both of them both", "Both of them both"),
    (
        "Tom Ridge, a former secretary, said it.",
        "Tom Ridge, a former secretary",
        "Tom Ridge, a former secretary,",
    ),
    ('A host of "The Five," said it.', 'A host of "The Five', 'A host of "The Five,"'),
]


@pytest.mark.parametrize(("text", "source", "closed"), CLOSE_SOURCE_SPANS)
def test_close_source(text: str, source: str, closed: str) -> None:
    from whosays.pipeline.source_spans import close_source

    start = text.index(source)
    cue = text.index(" said") + 1 if " said" in text else len(text)
    attribution = {"content": [0, 1], "cue": [cue, cue + 4], "source": [start, start + len(source)]}
    close_source(text, attribution)  # type: ignore[arg-type]
    assert text[attribution["source"][0] : attribution["source"][1]] == closed


# Each table above is one rule; a row checks the source of one cue (and, in the second
# kind of table, the content too). The test id names the rule the row belongs to.
SOURCE_TABLES = [
    ("dateline_is_left_out_of_the_source", DATELINES),
    ("infinitive_after_an_adjective_takes_the_clause_subject", ADJECTIVE_INFINITIVES),
    ("third_person_belief_is_an_attribution", THIRD_PERSON),
    ("infinitive_on_an_object_takes_the_clause_subject", OBJECT_INFINITIVES),
    ("source_keeps_its_closing_dash", DASHED),
    ("participle_after_the_subject_takes_it_as_source", PARTICIPLES),
    ("participle_after_a_comma_takes_the_clause_subject", FREE_PARTICIPLES),
    ("fronted_past_participle_has_no_subject_source", FRONTED_PASSIVES),
    ("source_stops_before_a_reporting_relative_clause", RELATIVE_REPORTS),
    ("cue_noun_takes_its_by_phrase_as_source", NOUN_BY_SOURCES),
    ("source_keeps_its_closing_comma_and_quote_marks", CLOSED_SOURCES),
    ("seeming_to_report_is_an_attribution", SEEM_REPORTS),
    ("contracted_has_is_no_passive", PERFECTS),
]
SOURCE_AND_CONTENT_TABLES = [
    ("weekday_after_the_source_is_left_out", WEEKDAYS),
    ("received_cue_noun_is_sourced_by_its_giver", RECEIVED_NOUNS),
    ("trailing_reporting_clause", TRAILING_REPORTS),
    ("content_starts_after_a_dateline", DATELINE_CONTENTS),
    ("weekday_on_the_verb_is_left_out_of_object_content", SPEECH_DAYS),
]


def rows_of(tables: list[tuple[str, list[tuple[str, ...]]]]) -> list[object]:
    """Every row of ``tables`` as a pytest param whose id is the rule and the row number."""
    return [
        pytest.param(*row, id=f"{rule}-{number}")
        for rule, table in tables
        for number, row in enumerate(table)
    ]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "source"), rows_of(SOURCE_TABLES))
def test_source_of_each_cue(sources_nlp: Language, text: str, cue: str, source: str | None) -> None:
    assert sources_by_cue(sources_nlp, text)[cue] == source


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "source", "content"), rows_of(SOURCE_AND_CONTENT_TABLES))
def test_source_and_content_of_each_cue(
    sources_nlp: Language, text: str, cue: str, source: str | None, content: str
) -> None:
    assert attributions(sources_nlp, text)[cue] == (source, content)


@pytest.mark.model
@pytest.mark.parametrize(("text", "verb", "subject"), PATIENT_PARTICIPLES)
def test_participle_on_a_reported_passive_takes_the_clause_above(
    sources_nlp: Language, text: str, verb: str, subject: str
) -> None:
    doc = sources_nlp(text)
    token = next(t for t in doc if t.text == verb)
    found = subject_of(token)
    assert found is not None and found.text == subject
