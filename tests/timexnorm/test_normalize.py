"""TIMEX3 values of single expressions against a reference date (Wednesday 2025-06-04)."""

from __future__ import annotations

import pytest

from whosays.timexnorm import anniversary_value, infer_reference_date, normalize

REF = "2025-06-04"  # a Wednesday, ISO week 23

ABSOLUTE = [
    ("March 2019", "DATE", "2019-03"),
    ("in 2015", "DATE", "2015"),
    ("May 3, 2019", "DATE", "2019-05-03"),
    ("3 May 2019", "DATE", "2019-05-03"),
    ("the 3rd of May, 2019", "DATE", "2019-05-03"),
    ("Friday, Oct. 23, 1998", "DATE", "1998-10-23"),
    ("2019-05-03", "DATE", "2019-05-03"),
    ("5/3/2019", "DATE", "2019-05-03"),
    ("fiscal 2019", "DATE", "2019"),
    ("mid-2011", "DATE", "2011"),
    ("the 1990s", "DATE", "199"),
    ("the '80s", "DATE", "198"),
    ("the early 2000s", "DATE", "200"),
    ("the 20th century", "DATE", "19"),
    ("the nineties", "DATE", "199"),
    ("winter 2019", "DATE", "2019-WI"),
    ("the fall of 2011", "DATE", "2011-FA"),
    ("the fourth quarter of 2019", "DATE", "2019-Q4"),
    ("Q2 2019", "DATE", "2019-Q2"),
    ("the final quarter of 2009", "DATE", "2009-Q4"),
    ("Election Day 2020", "DATE", "2020-11-03"),
    ("Thanksgiving Day 2019", "DATE", "2019-11-28"),
    ("the corresponding period last year", "DATE", "2024"),  # no quarter named: the year
    ("the first half of 2019", "DATE", "2019-H1"),
    ("the week of March 6, 2000", "DATE", "2000-W10"),
    ("the last half of 2017", "DATE", "2017-H2"),
    ("the latter half of 2016", "DATE", "2016-H2"),
    # Years read out in words (broadcast transcripts).
    ("in nineteen eighty-four", "DATE", "1984"),
    ("nineteen sixty eight", "DATE", "1968"),
    ("nineteen twelve", "DATE", "1912"),
    ("nineteen oh seven", "DATE", "1907"),
    ("the year two thousand", "DATE", "2000"),
    ("the year two thousand and three", "DATE", "2003"),
    ("March nineteen ninety-one", "DATE", "1991-03"),
    ("the spring of nineteen eighty-nine", "DATE", "1989-SP"),
]

RELATIVE = [
    ("last year", None, "DATE", "2024"),
    ("this year", None, "DATE", "2025"),
    ("next year", None, "DATE", "2026"),
    ("year-end", "future", "DATE", "2025"),  # "by year-end"
    ("a week or so ago", None, "DATE", "2025-W22"),
    ("the next year or so", "future", "DATE", "2026"),
    ("year's end", None, "DATE", "2025"),
    ("year end", "past", "DATE", "2024"),  # the last one gone
    ("last month", None, "DATE", "2025-05"),
    ("next month", None, "DATE", "2025-07"),
    ("last March", None, "DATE", "2025-03"),
    ("last July", None, "DATE", "2024-07"),
    ("last May", None, "DATE", "2025-05"),  # the most recent past May, as TIDES reads "last"
    ("last April", None, "DATE", "2025-04"),
    ("next March", None, "DATE", "2026-03"),
    ("June last year", None, "DATE", "2024-06"),
    ("October of next year", None, "DATE", "2026-10"),
    ("on May 3", "past", "DATE", "2025-05-03"),
    ("on May 3", "future", "DATE", "2026-05-03"),
    ("on June 10", "past", "DATE", "2025-06-10"),  # days ahead: an upcoming date
    # An event on the calendar named by its date ("the November election"): the coming
    # one within about eight months, else the past one.
    ("November", "scheduled", "DATE", "2025-11"),
    ("February", "scheduled", "DATE", "2026-02"),
    ("March", "scheduled", "DATE", "2025-03"),
    ("Nov. 8", "scheduled", "DATE", "2025-11-08"),
    ("March 13", "scheduled", "DATE", "2025-03-13"),
    ("on August 10", "past", "DATE", "2024-08-10"),
    ("on April 10", "future", "DATE", "2026-04-10"),
    ("Monday, Oct. 26", None, "DATE", "2026-10-26"),
    ("Sunday, Oct. 26", None, "DATE", "2025-10-26"),
    ("on June 10", "future", "DATE", "2025-06-10"),
    ("on June 10", None, "DATE", "2025-06-10"),
    ("in March", "past", "DATE", "2025-03"),
    ("in September", "past", "DATE", "2024-09"),
    ("in September", "future", "DATE", "2025-09"),
    # No tense: a day or month up to about three months ahead, else the past one.
    ("in August", None, "DATE", "2025-08"),
    ("in October", None, "DATE", "2024-10"),
    ("in December", "present", "DATE", "2025-12"),  # present: the nearest
    ("on Aug. 20", None, "DATE", "2025-08-20"),
    ("on Oct. 23", None, "DATE", "2024-10-23"),
    ("on Oct. 23", "present", "DATE", "2025-10-23"),
    ("two years ago", None, "DATE", "2023"),
    ("three months ago", None, "DATE", "2025-03"),
    ("a week ago", None, "DATE", "2025-W22"),
    ("five days ago", None, "DATE", "2025-05-30"),
    ("two days before", "past", "DATE", "2025-06-02"),
    ("a decade ago", None, "DATE", "2015"),
    ("nearly two years ago", None, "DATE", "2023"),
    ("next week", None, "DATE", "2025-W24"),
    ("last week", None, "DATE", "2025-W22"),
    ("this week", None, "DATE", "2025-W23"),
    ("on Tuesday", "past", "DATE", "2025-06-03"),
    ("on Tuesday", "future", "DATE", "2025-06-10"),
    ("Wednesday", "past", "DATE", "2025-06-04"),
    ("on Friday", "past", "DATE", "2025-05-30"),
    ("on Friday", "future", "DATE", "2025-06-06"),
    ("on Friday", "present", "DATE", "2025-05-30"),
    ("Wednesday", "future", "DATE", "2025-06-04"),
    ("next Wednesday", None, "DATE", "2025-06-11"),
    ("last Wednesday", None, "DATE", "2025-05-28"),
    ("last Friday", None, "DATE", "2025-05-30"),
    ("next Monday", None, "DATE", "2025-06-09"),
    ("this coming Sunday", "present", "DATE", "2025-06-08"),
    ("coming Friday", None, "DATE", "2025-06-06"),
    ("today", None, "DATE", "2025-06-04"),
    ("yesterday", None, "DATE", "2025-06-03"),
    ("tomorrow", None, "DATE", "2025-06-05"),
    ("earlier this year", None, "DATE", "2025"),
    ("late last year", None, "DATE", "2024"),
    ("early next month", None, "DATE", "2025-07"),
    ("last spring", None, "DATE", "2024-SP"),
    ("this summer", None, "DATE", "2025-SU"),
    ("this past spring", None, "DATE", "2025-SP"),
    ("this past fall", None, "DATE", "2024-FA"),
    ("this past March", None, "DATE", "2025-03"),
    ("this past August", None, "DATE", "2024-08"),
    ("the near future", None, "DATE", "FUTURE_REF"),
    ("the short term", None, "DATE", "FUTURE_REF"),
    ("the full year", None, "DATE", "2025"),
    ("the current fiscal year", None, "DATE", "2025"),
    # "the latest" year or quarter is the last one completed.
    ("the latest fiscal year", "past", "DATE", "2024"),
    ("the latest quarter", None, "DATE", "2025-Q1"),
    ("the latest week", None, "DATE", "2025-W22"),
    ("the third quarter", "past", "DATE", "2024-Q3"),
    ("the third quarter", "future", "DATE", "2025-Q3"),
    ("the first quarter", "past", "DATE", "2025-Q1"),
    ("Christmas", "past", "DATE", "2024-12-25"),
    ("Thanksgiving Day", "past", "DATE", "2024-11-28"),
    ("Thanksgiving", "future", "DATE", "2025-11-27"),
    ("the week of June 16", "future", "DATE", "2025-W25"),
    ("the week of May 5", "past", "DATE", "2025-W19"),
    ("Election Day", "future", "DATE", "2025-11-04"),  # Tuesday after Nov.'s first Monday
    ("Election Day", "past", "DATE", "2024-11-05"),
    ("Labor Day", "past", "DATE", "2024-09-02"),
    ("the end of the month", None, "DATE", "2025-06"),
    ("midday", None, "TIME", "2025-06-04T12:00"),
    ("the weekend", "past", "DATE", "2025-W22-WE"),
    ("recently", None, "DATE", "PAST_REF"),
    ("now", None, "DATE", "PRESENT_REF"),
    ("currently", None, "DATE", "PRESENT_REF"),
    ("the future", None, "DATE", "FUTURE_REF"),
    ("the past", None, "DATE", "PAST_REF"),
    ("at 3 p.m.", None, "TIME", "2025-06-04T15:00"),
    ("10:30 a.m.", None, "TIME", "2025-06-04T10:30"),
    ("0735 GMT", None, "TIME", "2025-06-04T07:35Z"),  # UTC is "Z" in ISO 8601
    ("14:05 UTC", None, "TIME", "2025-06-04T14:05Z"),
    ("9 a.m. UTC Monday", "past", "TIME", "2025-06-02T09:00Z"),
    ("6 p.m. EST", None, "TIME", "2025-06-04T18:00"),
    ("the final quarter", "past", "DATE", "2024-Q4"),
    ("noon", None, "TIME", "2025-06-04T12:00"),
    ("4 in the morning", None, "TIME", "2025-06-04T04:00"),
    ("4 in the afternoon", None, "TIME", "2025-06-04T16:00"),
    ("7:30 in the evening", None, "TIME", "2025-06-04T19:30"),
    ("12 o'clock in the morning", None, "TIME", "2025-06-04T00:00"),
    ("5 p.m. EST, June 9", None, "TIME", "2025-06-09T17:00"),
    ("3 p.m. EST Friday", "past", "TIME", "2025-05-30T15:00"),
    ("Tuesday morning", "past", "TIME", "2025-06-03TMO"),
    ("yesterday afternoon", None, "TIME", "2025-06-03TAF"),
    ("tonight", None, "TIME", "2025-06-04TNI"),
    ("last night", None, "TIME", "2025-06-03TNI"),
]

DURATIONS_AND_SETS = [
    ("for three years", "DURATION", "P3Y"),
    ("six months", "DURATION", "P6M"),
    ("the next couple of years", "DURATION", "P2Y"),
    ("two weeks", "DURATION", "P2W"),
    ("48 hours", "DURATION", "PT48H"),
    ("90 minutes", "DURATION", "PT90M"),
    ("a decade", "DURATION", "P10Y"),
    ("several years", "DURATION", "PXY"),
    ("18 months", "DURATION", "P18M"),
    ("two and a half years", "DURATION", "P2Y6M"),
    ("half an hour", "DURATION", "PT30M"),
    ("the past two years", "DURATION", "P2Y"),
    ("the next few days", "DURATION", "PXD"),
    ("two-year", "DURATION", "P2Y"),
    ("at least 72 hours", "DURATION", "PT72H"),
    ("2 1/2 years", "DURATION", "P2Y6M"),
    ("5 1/2 hours", "DURATION", "PT5H30M"),
    ("one and a half days", "DURATION", "P1DT12H"),
    ("a minute and a half", "DURATION", "PT1M30S"),
    ("two years and a half", "DURATION", "P2Y6M"),
    ("the last twenty four hours", "DURATION", "PT24H"),
    ("a couple of years", "DURATION", "P2Y"),
    ("recent years", "DURATION", "PXY"),
    ("the coming months", "DURATION", "PXM"),
    ("recent quarters", "DURATION", "PXQ"),
    ("the weeks ahead", "DURATION", "PXW"),
    ("the months ahead", "DURATION", "PXM"),
    ("day-long", "DURATION", "P1D"),
    ("the past five trading days", "DURATION", "P5D"),
    ("the next two years or so", "DURATION", "P2Y"),
    ("eight business days", "DURATION", "P8D"),
    ("six straight days", "DURATION", "P6D"),
    ("two consecutive quarters", "DURATION", "P2Q"),
    ("week-long", "DURATION", "P1W"),
    ("two-year-long", "DURATION", "P2Y"),
    ("decades-long", "DURATION", "PXY"),
    ("years-long", "DURATION", "PXY"),
    ("months-long", "DURATION", "PXM"),
    ("every week", "SET", "P1W"),
    ("every Monday", "SET", "XXXX-WXX-1"),
    ("every two years", "SET", "P2Y"),
    ("daily", "SET", "P1D"),
    ("annually", "SET", "P1Y"),
    ("twice a year", "SET", "P1Y"),
    ("each spring", "SET", "XXXX-SP"),
    ("each July", "SET", "XXXX-07"),
    ("every Sept.", "SET", "XXXX-09"),
]

WITHOUT_REFERENCE = [
    ("last year", "DATE", None),
    ("March", "DATE", "XXXX-03"),
    ("Tuesday", "DATE", "XXXX-WXX-2"),
    ("May 3", "DATE", "XXXX-05-03"),
    ("the third quarter", "DATE", "XXXX-Q3"),
    ("for three years", "DURATION", "P3Y"),
    ("now", "DATE", "PRESENT_REF"),
    ("March 2019", "DATE", "2019-03"),
]


@pytest.mark.parametrize(("expression", "kind", "value"), ABSOLUTE)
def test_absolute(expression: str, kind: str, value: str) -> None:
    assert normalize(expression, REF) == (kind, value)


@pytest.mark.parametrize(("expression", "tense", "kind", "value"), RELATIVE)
def test_relative(expression: str, tense: str | None, kind: str, value: str) -> None:
    assert normalize(expression, REF, tense) == (kind, value)


@pytest.mark.parametrize(("expression", "kind", "value"), DURATIONS_AND_SETS)
def test_durations_and_sets(expression: str, kind: str, value: str) -> None:
    assert normalize(expression, REF) == (kind, value)


@pytest.mark.parametrize(("expression", "kind", "value"), WITHOUT_REFERENCE)
def test_without_reference(expression: str, kind: str, value: str | None) -> None:
    assert normalize(expression, None, "past") == (kind, value)


@pytest.mark.parametrize("expression", ["the cat", "may", "2,000", "march on", "current"])
def test_not_time_expressions(expression: str) -> None:
    assert normalize(expression, REF) is None


@pytest.mark.parametrize(
    ("dated", "expected"),
    [
        ([("2025-05-03", "past"), ("2019-03", None), ("2025-05-28", "past")], "2025-05-28"),
        ([("2026-01-01", "future"), ("2025-05-03", "past")], "2025-05-03"),
        ([("2024-02-10T15:00", "present")], "2024-02-10"),
        ([("2026-01-01", "future")], None),
        ([("PAST_REF", None), (None, None), ("2019", "past")], None),
        ([], None),
        ([("2019", "past"), ("XXXX-10-23", "past"), ("XXXX-02-30", None)], "2019-10-23"),
        ([("2019-03", "past"), ("2019-07", None), ("2018-12-01", "past")], "2019-07-15"),
        ([("1998-10-23", "past"), ("1999", "past"), ("2007-03-15", "future")], None),
    ],
)
def test_infer_reference_date(
    dated: list[tuple[str | None, str | None]], expected: str | None
) -> None:
    assert infer_reference_date(dated) == expected


@pytest.mark.parametrize(
    ("ordinal", "base", "expected"),
    [
        ("tenth", "2001-03", "2011-03"),
        ("25th", "1999-05-03", "2024-05-03"),
        ("fifth", "2020", "2025"),
        ("umpteenth", "2001", None),
        ("tenth", "XXXX-03", None),
    ],
)
def test_anniversary_value(ordinal: str, base: str, expected: str | None) -> None:
    assert anniversary_value(ordinal, base) == expected


@pytest.mark.parametrize(
    ("expression", "reference", "expected"),
    [
        ("June 31", REF, ("DATE", None)),
        ("Monday, Feb. 30", REF, ("DATE", None)),
        ("9999 years ago", REF, ("DATE", None)),
        ("last Tuesday", "0001-01-01", ("DATE", None)),
        ("last year", "not a date", ("DATE", None)),
    ],
)
def test_impossible_dates_stay_unresolved(
    expression: str, reference: str, expected: tuple[str, None]
) -> None:
    assert normalize(expression, reference, "future") == expected
