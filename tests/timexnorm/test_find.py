"""Which spans of a text are time expressions (TimeML span conventions)."""

from __future__ import annotations

import itertools

import pytest

from whosays.timexnorm import find_expressions

SPANS = [
    ("Sales rose from 2014 to 2019.", ["2014", "2019"]),
    ("The 2009-2010 season was long.", ["2009", "2010"]),
    ("Prices fell between 2014 and 2016.", ["2014", "2016"]),
    ("He said on Tuesday that sales rose 5% a year.", ["Tuesday", "a year"]),
    ("It may rain in May.", ["May"]),
    ("They will march on the capital.", []),
    ("About 2,000 people paid $2019 each.", []),
    ("The 10-year-old boy was found.", []),
    ("Mr. Smith, 52 years old, will retire.", []),  # an age, not a time
    ("China Daily reported the deal.", []),
    ("It happened nearly two years ago.", ["nearly two years ago"]),
    ("The vote is at 3 p.m. EST Friday.", ["3 p.m. EST Friday"]),
    ("On Friday, Oct. 23, the board met.", ["Friday, Oct. 23"]),
    ("In the summer of 2019 and last spring.", ["the summer of 2019", "last spring"]),
    ("She has worked there for three years.", ["three years"]),
    ("The company, founded in March 2001, grew.", ["March 2001"]),
    ("Prices were higher in the third quarter.", ["the third quarter"]),
    ("The third-quarter loss widened.", ["third-quarter"]),
    ("Officials meet every week.", ["every week"]),
    ("The talks ended earlier this year.", ["earlier this year"]),
    ("Output doubled in the 1990s.", ["the 1990s"]),
    ("Mr. Jan Smith spoke.", []),
    ("Three days later, the board met.", ["Three days"]),
    ("Net rose in the year ended March 31.", ["the year", "March 31"]),
    ("A few days later, it fell.", ["A few days"]),
    ("Seoul, nineteen eighty-eight. The games open.", ["nineteen eighty-eight"]),
    ("Some two thousand fans and nineteen players came.", []),
    ("By the year two thousand it was gone.", ["the year two thousand"]),
    ("He was shot last Oct. 23 at home.", ["Oct. 23"]),  # "last" outside, as TimeML
    ("Under current rules, his current post ends.", ["current", "current"]),
    ("The Current affair; a current.", []),
    ("We do not minimise the challenges of the near term, he said.", ["the near term"]),
    ("Funds may sell their holdings in the weeks ahead.", ["the weeks ahead"]),
    ("Now, he says, the plan has failed.", ["Now"]),  # 'now' contrasting with the past
    ("Buy at the then current price.", ["then current"]),
    ("Tenants have to wait at least 30 days before moving in.", ["at least 30 days"]),
    ("He had left the town two days before.", ["two days before"]),
    ("Now the plan has failed. It is over now, she said.", ["Now", "now"]),
    # "the day" reported in a market story (MEANTIME tags it); not the idiom or a subject
    ("The index ended the day up 2%.", ["the day"]),
    ("For the day, the Nikkei closed down 6.4%.", ["the day"]),
    ("After a fall at the start of the day, it rose.", ["the start of the day"]),
    ("In many ways, the day belonged to the visiting choir.", []),
    ("Oct. 12, the day before the plunge, was calm.", ["Oct. 12", "the day"]),  # signal outside
    ("It recovered late in the day after slipping.", ["the day"]),
    ("He had left the day before.", ["the day before"]),
    ("We will invest for the long term.", ["the long term"]),
    ("A week-long strike ended their decades-long dispute.", ["week-long", "decades-long"]),
    ("An ultra-long range jet.", []),
    ("It ended the eight-year war and the 30-day wait.", ["eight-year", "30-day"]),
    ("They went to the two day rally.", ["two day"]),
    ("Net rose in the nine months ended June 30.", ["the nine months", "June 30"]),
    ("He worked there over the past 20 years.", ["the past 20 years"]),
    ("Stocks hit their lowest level in over six years.", ["over six years"]),  # more than
    ("Just over an hour later, he died.", ["over an hour"]),
    ("The money can be spent over three years.", ["three years"]),  # a preposition
    ("The deal should close by year-end; prices rose since year end.", ["year-end", "year end"]),
    ("Funds hold more than a quarter of the market.", []),  # a fraction
    ("It rid Detroit of the boxy cars of the 70s and 80s.", ["the 70s", "80s"]),
    ("He was in his 30s when he moved.", []),  # an age
    ("Her poll numbers remain in the 30s.", []),  # a range of numbers
    ("Her approval score slid into the mid-40s.", []),
    ("It cut 789, or about a quarter, of its dealers.", []),
    ("Tax is low in a quarter that produced a loss.", ["a quarter"]),
    ("It rose for a quarter, then fell.", ["a quarter"]),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_spans(text: str, expected: list[str]) -> None:
    assert [text[e.start : e.end] for e in find_expressions(text)] == expected


def test_spans_in_text_order_without_overlap() -> None:
    text = "On May 3, 2019, and again last week, he spoke for two hours at 10 a.m."
    found = find_expressions(text)
    assert [e.start for e in found] == sorted(e.start for e in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert [text[e.start : e.end] for e in found] == [
        "May 3, 2019",
        "last week",
        "two hours",
        "10 a.m.",
    ]


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("He was shot last Oct. 23 at home.", "future", "2024-10-23"),
        ("It opens next May 3, they said.", "past", "2026-05-03"),
        ("It closed last June 1.", None, "2025-06-01"),
    ],
)
def test_last_or_next_before_a_day_fixes_its_year(text: str, tense: str | None, value: str) -> None:
    assert [e.resolve("2025-06-04", tense) for e in find_expressions(text)] == [("DATE", value)]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He fled in June 1998 and returned later that year.", "later that year", "1998"),
        ("In 1995 he was promoted, and the following year he left.", "the following year", "1996"),
        ("Sales peaked in 2019; the previous year was flat.", "the previous year", "2018"),
        ("Imports that year fell, after the 1988 pact.", "that year", "2025"),  # none before
        ("The same year, it grew.", "The same year", "2025"),
    ],
)
def test_that_year_counts_from_the_last_year_named(text: str, expression: str, value: str) -> None:
    found = {text[e.start : e.end]: e.resolve("2025-06-04", "past") for e in find_expressions(text)}
    assert found[expression] == ("DATE", value)


@pytest.mark.parametrize(
    ("expression", "anchor", "value"),
    [
        ("the day after", "2024-10-23", "2024-10-24"),
        ("the day before", "2024-03-01", "2024-02-29"),
        ("earlier that day", "2024-10-23", "2024-10-23"),
        ("the next day", "2024-12-31", "2025-01-01"),
        ("the following month", "2025-03", "2025-04"),
        ("the previous month", "2025-01-15", "2024-12"),
        ("that month", "2024-11-05T10:00", "2024-11"),
        ("that day", "2025-W10", "2025-06-04"),  # a week names no day: the reference
        ("the following month", "2025-SU", "2025-07"),
        ("that day", None, "2025-06-04"),
        ("at 10 p.m.", "2024-10-23", "2024-10-23T22:00"),  # "shot on Oct. 23 ... at 10 p.m."
        ("at 18:00 UTC", "2025-06-03", "2025-06-03T18:00Z"),
        ("at 10 p.m.", "2025-03", "2025-06-04T22:00"),  # no day given: the reference
        ("at 10 p.m.", None, "2025-06-04T22:00"),
        ("next month", "2025-03", "2025-07"),  # not anaphoric: from the reference
        ("the same month a year ago", "2025-01", "2024-01"),
        ("the same period last year", "2025-02-10", "2024-02"),
        ("the same period of the last year", None, "2024"),  # no month named: the year
        ("the start of the day", "2025-05-01", "2025-05-01"),  # the day the story tells
        ("the start of the day", "2025-05", "2025-06-04"),  # no day given: the reference
    ],
)
def test_anaphora_count_from_the_last_date_given(
    expression: str, anchor: str | None, value: str
) -> None:
    (found,) = find_expressions(expression)
    assert found.resolve("2025-06-04", "past", anchor)[1] == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Oct. 12, the day before the plunge, was calm.", "2024-10-12", "2024-10-12"),
        ("They came the day after his death.", "2024-10-23", "2024-10-24"),
        ("They left the day before the vote.", "2024-10-23", "2024-10-22"),
        ("It recovered late in the day after slipping.", "2024-10-23", "2024-10-23"),
        ("They came the day after his death.", None, "2025-06-05"),
    ],
)
def test_the_day_before_an_event(text: str, anchor: str | None, value: str) -> None:
    found = [e for e in find_expressions(text) if text[e.start : e.end] == "the day"]
    assert [e.resolve("2025-06-04", "past", anchor) for e in found] == [("DATE", value)]
