"""Newswire expressions from hand-annotated wire stories (ninth round): halves of a year."""

from __future__ import annotations

import pytest

from whosays.timexnorm import find_expressions, normalize

HALVES = [
    ("the second half of the year", "2013-04-24", "2013-H2"),
    ("the first half of the year", "2010-10-29", "2010-H1"),
    ("the first half of next year", "2013-04-24", "2014-H1"),
    ("the last half of this year", "2013-04-24", "2013-H2"),
    ("the second half of last year", "2014-02-03", "2013-H2"),
    ("the first half of the fiscal year", "2013-04-24", "2013-H1"),
]


@pytest.mark.parametrize(("expression", "reference", "value"), HALVES)
def test_half_of_a_year(expression: str, reference: str, value: str) -> None:
    assert normalize(expression, reference) == ("DATE", value)


def test_half_of_the_year_is_the_reported_years() -> None:
    # A January report on the fourth quarter: "the second half of the year" is its year.
    text = "Fourth-quarter profit rose, after a slump in the second half of the year."
    found = {text[e.start : e.end]: e.resolve("2013-01-22") for e in find_expressions(text)}
    assert found["the second half of the year"] == ("DATE", "2012-H2")


@pytest.mark.parametrize(
    "text", ["the first half of the year-ago period", "the first half of the year's sales"]
)
def test_half_of_a_year_not_before_a_comparison(text: str) -> None:
    spans = [text[e.start : e.end] for e in find_expressions(text)]
    assert not any("half" in span for span in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares fell in after-hours trading.", []),
        ("It cost 400 man-hours of work.", []),
        ("He slept for hours after the race.", ["hours"]),
    ],
)
def test_unit_inside_a_compound_word_is_no_duration(text: str, expected: list[str]) -> None:
    assert [text[e.start : e.end] for e in find_expressions(text)] == expected


def _resolved(text: str, reference: str) -> list[tuple[str, str | None]]:
    """Every expression of ``text`` resolved in order, each anchored on the one before."""
    anchor = None
    found = []
    for expression in find_expressions(text):
        value = expression.resolve(reference, "past", anchor)[1]
        found.append((text[expression.start : expression.end], value))
        anchor = value
    return found


# A statistic for a month compared with "a year earlier": that month a year back.
COMPARED_MONTHS = [
    (
        "Home prices fell by a record 18.2 percent in November from a year earlier.",
        "2009-01-27",
        [("November", "2008-11"), ("a year earlier", "2007-11")],
    ),
    (
        "Unemployment hit 20.9 percent in November, up from 14.8 percent a year earlier.",
        "2012-02-10",
        [("November", "2011-11"), ("a year earlier", "2010-11")],
    ),
    (
        "Retail sales rose 3 percent in March compared with a year ago.",
        "2012-04-13",
        [("March", "2012-03"), ("a year ago", "2011-03")],
    ),
    # No comparison in the sentence of the month: the year.
    (
        "In November he lost. A year earlier he had won.",
        "2016-02-10",
        [("November", "2015-11"), ("A year earlier", "2014")],
    ),
    ("In November sales rose. Prices were up from a year ago.", "2016-02-10", None),
]


@pytest.mark.parametrize(("text", "reference", "expected"), COMPARED_MONTHS)
def test_month_compared_with_a_year_earlier(
    text: str, reference: str, expected: list[tuple[str, str]] | None
) -> None:
    found = _resolved(text, reference)
    if expected is None:
        assert found[-1] == ("a year ago", "2015")
    else:
        assert found == expected


# A calendar quarter named by its months, of the year its last month has by tense.
MONTH_RANGES = [
    ("the July-September period", "2010-10-29", "past", "2010-Q3"),
    ("the April-June quarter", "2010-10-29", "past", "2010-Q2"),
    ("the October-December quarter", "2010-10-29", "past", "2009-Q4"),
    ("the October-December quarter", "2010-10-29", "future", "2010-Q4"),
    ("the Jan.-March quarter", "2010-04-30", "past", "2010-Q1"),
]


@pytest.mark.parametrize(("expression", "reference", "tense", "value"), MONTH_RANGES)
def test_quarter_named_by_its_months(
    expression: str, reference: str, tense: str, value: str
) -> None:
    assert normalize(expression, reference, tense) == ("DATE", value)


def test_months_that_are_no_quarter_stay_apart() -> None:
    text = "It fell in the February-April period."
    assert [text[e.start : e.end] for e in find_expressions(text)] == ["February", "April"]


# "two hours earlier than last year" compares: the duration, not a time counted back.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It opened two hours earlier than last year.",
            [("two hours", "PT2H"), ("last year", "2012")],
        ),
        ("The vote came two days earlier than planned.", [("two days", "P2D")]),
        ("He had left two days earlier.", [("two days earlier", "2013-11-30")]),
    ],
)
def test_earlier_than_is_a_comparison(text: str, expected: list[tuple[str, str]]) -> None:
    found = [
        (text[e.start : e.end], e.resolve("2013-12-02", "past")[1]) for e in find_expressions(text)
    ]
    assert found == expected


# A month in a future clause that ended days ago is that month, not next year's.
@pytest.mark.parametrize(
    ("expression", "reference", "value"),
    [
        ("November", "2013-12-02", "2013-11"),
        ("December", "2014-01-06", "2013-12"),
        ("December", "2010-01-21", "2009-12"),
        ("November", "2014-01-06", "2014-11"),  # two months back: the next one
        ("October", "2013-12-02", "2014-10"),
    ],
)
def test_month_just_ended_in_a_future_clause(expression: str, reference: str, value: str) -> None:
    assert normalize(expression, reference, "future") == ("DATE", value)


# A holiday on a weekday of a month within a month ahead is the coming one, whatever the
# tense, as a day of a month is; a past one stays in a past clause.
@pytest.mark.parametrize(
    ("expression", "reference", "tense", "value"),
    [
        ("Labor Day", "2016-08-22", "past", "2016-09-05"),
        ("Labor Day", "2016-08-22", None, "2016-09-05"),
        ("Thanksgiving", "2013-11-10", "past", "2013-11-28"),
        ("Thanksgiving", "2013-12-02", "past", "2013-11-28"),
        ("Labor Day", "2016-07-01", "past", "2015-09-07"),
        ("Election Day", "2015-11-18", "future", "2016-11-08"),
    ],
)
def test_floating_holiday_within_a_month(
    expression: str, reference: str, tense: str | None, value: str
) -> None:
    assert normalize(expression, reference, tense) == ("DATE", value)


# A part of the day in a past clause is not on a day after the reference.
@pytest.mark.parametrize(
    ("tense", "value"), [("past", "2012-11-23TEV"), ("future", "2012-12-06TEV")]
)
def test_part_of_day_of_a_past_clause(tense: str, value: str) -> None:
    text = "They will report on Dec. 6. Shoppers came out in the evening."
    found = find_expressions(text)
    assert text[found[-1].start : found[-1].end] == "the evening"
    assert found[-1].resolve("2012-11-23", tense, "2012-12-06") == ("TIME", value)


# "25 and 26 March": the first day of a range written day first is in the second's month.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EU leaders will hold a summit on 25 and 26 March.",
            [("25", "2004-03-25"), ("26 March", "2004-03-26")],
        ),
        (
            "The talks ran from 11 to 13 March 2004.",
            [("11", "2004-03-11"), ("13 March 2004", "2004-03-13")],
        ),
        ("It happened on 5-6 May.", [("5", "2004-05-05"), ("6 May", "2004-05-06")]),
        ("They met on Feb. 12-14.", [("Feb. 12", "2005-02-12"), ("14", "2005-02-14")]),
        ("He scored 3 and 4 goals in March.", [("March", "2004-03")]),
        ("The vote was 26 to 25 March votes.", [("25 March", "2004-03-25")]),
    ],
)
def test_first_day_of_a_day_first_range(text: str, expected: list[tuple[str, str]]) -> None:
    found = [
        (text[e.start : e.end], e.resolve("2004-03-19", "future")[1])
        for e in find_expressions(text)
    ]
    assert found == expected


# "by mid-year", "by midweek": the middle of a year (of the last date given), week, month.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In January, officials said they could raise rates by mid-year.",
            [("January", "2015-01"), ("mid-year", "2015")],
        ),
        ("The storm moves east by midweek.", [("midweek", "2015-W51")]),
        ("Prices peaked at mid-month.", [("mid-month", "2015-12")]),
        ("The board held a mid-year review.", []),
    ],
)
def test_middle_of_a_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert _resolved(text, "2015-12-14") == expected


# "this January" said in December is the coming one in a future clause; a past clause
# keeps this year's ("the budget vote due this September", said in February).
@pytest.mark.parametrize(
    ("expression", "reference", "tense", "value"),
    [
        ("this January", "2013-12-02", "future", "2014-01"),
        ("this January", "2013-12-02", None, "2013-01"),
        ("this September", "1998-02-05", "past", "1998-09"),
        ("this September", "1998-02-05", "future", "1998-09"),
    ],
)
def test_this_month(expression: str, reference: str, tense: str | None, value: str) -> None:
    assert normalize(expression, reference, tense) == ("DATE", value)


# "next fall" said in June is the coming fall; "next summer" said in June next year's.
@pytest.mark.parametrize(
    ("expression", "reference", "value"),
    [
        ("next fall", "2013-06-12", "2013-FA"),
        ("next summer", "2013-06-12", "2014-SU"),
        ("next spring", "2014-01-06", "2014-SP"),
        ("next spring", "2013-06-12", "2014-SP"),
        ("the coming winter", "2013-06-12", "2013-WI"),
    ],
)
def test_next_season(expression: str, reference: str, value: str) -> None:
    assert normalize(expression, reference) == ("DATE", value)


# "the prior year" is "the previous year": the year before the last one named, else
# before the reference.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose from the prior year.", [("the prior year", "2012")]),
        (
            "In 1995 sales rose; the prior year they fell.",
            [("1995", "1995"), ("the prior year", "1994")],
        ),
    ],
)
def test_prior_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _resolved(text, "2013-06-12") == expected


# "that week", "the following week" count from the last day the text gave.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He died on Dec. 24. Earlier that week, he had fallen ill.",
            [("Dec. 24", "2013-12-24"), ("Earlier that week", "2013-W52")],
        ),
        (
            "He was hired on March 3, 2010. The following week, he quit.",
            [("March 3, 2010", "2010-03-03"), ("The following week", "2010-W10")],
        ),
    ],
)
def test_week_counted_from_the_last_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _resolved(text, "2014-01-15") == expected


# A second half not yet begun is last year's in a past clause.
@pytest.mark.parametrize(
    ("reference", "tense", "value"),
    [
        ("2016-01-29", "past", "2015-H2"),
        ("2016-01-29", "future", "2016-H2"),
        ("2016-08-01", "past", "2016-H2"),
    ],
)
def test_second_half_of_the_year_by_tense(reference: str, tense: str, value: str) -> None:
    assert normalize("the second half of the year", reference, tense) == ("DATE", value)


# Hyphenated halves before a unit: "a 5-1/2-year high", "a six-and-a-half-year low".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rate fell to a six-and-a-half-year low.", [("six-and-a-half-year", "P6Y6M")]),
        ("The index rose to a 5-1/2-year high.", [("5-1/2-year", "P5Y6M")]),
        ("It took 3-1/2 hours.", [("3-1/2 hours", "PT3H30M")]),
        ("after the past seven-and-a-half years", [("the past seven-and-a-half years", "P7Y6M")]),
        ("Scores were 5-12 in 2 years.", [("2 years", "P2Y")]),
    ],
)
def test_hyphenated_half(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(text[e.start : e.end], e.resolve("2013-06-12")[1]) for e in find_expressions(text)]
    assert found == expected


# A day of a month with "next year", "last year", "of this year": one expression.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elections will be held on 14 March next year.", [("14 March next year", "2005-03-14")]),
        ("It happened on March 14 last year.", [("March 14 last year", "2003-03-14")]),
        ("on March 23 of this year", [("March 23 of this year", "2004-03-23")]),
        ("It happened in March last year.", [("March last year", "2003-03")]),
    ],
)
def test_day_of_a_month_of_a_relative_year(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(text[e.start : e.end], e.resolve("2004-03-19")[1]) for e in find_expressions(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("expression", "reference", "value"),
    [
        ("Super Tuesday", "2008-02-05", "2008-02-05"),
        ("Super Tuesday", "2008-01-20", "2008-02-05"),
        ("Super Tuesday", "2016-02-10", "2016-03-01"),
        ("Super Tuesday 2008", "2010-01-01", "2008-02-05"),
        ("Super Tuesday", "1988-03-01", "1988-03-08"),
    ],
)
def test_super_tuesday_of_its_year(expression: str, reference: str, value: str) -> None:
    assert normalize(expression, reference) == ("DATE", value)


# "in the past hour" is a duration, not "the past" (PAST_REF) with a stray unit.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the past hour, shares fell.", [("the past hour", "PT1H")]),
        ("Over the past day, 50 died.", [("the past day", "P1D")]),
        ("In the past, it rained.", [("the past", "PAST_REF")]),
        ("Lessons of the past are clear.", [("the past", "PAST_REF")]),
    ],
)
def test_the_past_hour(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(text[e.start : e.end], e.resolve("2013-06-12")[1]) for e in find_expressions(text)]
    assert found == expected


# "the quarter ended Sept. 30" in a text that named no quarter: the calendar quarter most
# of its three months fall in.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Net income for the quarter ended Sept. 30 rose 5 percent.",
            [("the quarter", "2013-Q3"), ("Sept. 30", "2013-09-30")],
        ),
        (
            "Profit for the fiscal quarter ended July 31 fell.",
            [("the fiscal quarter", "2013-Q2"), ("July 31", "2013-07-31")],
        ),
    ],
)
def test_quarter_ended_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    found = [
        (text[e.start : e.end], e.resolve("2013-10-24", "past")[1]) for e in find_expressions(text)
    ]
    assert found == expected
