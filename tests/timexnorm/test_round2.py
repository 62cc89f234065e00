"""Rules of the round after the night audit (2026-11-27): general errors found with HeidelTime."""

from __future__ import annotations

import pytest

from whosays.timexnorm import find_expressions, normalize

REF = "2025-06-04"  # a Wednesday


def _found(
    text: str, anchor: str | None = None, tense: str | None = "past"
) -> list[tuple[str, str, str | None]]:
    return [(text[e.start : e.end], *e.resolve(REF, tense, anchor)) for e in find_expressions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is VOA Today.", []),
        ("He read it in USA Today.", []),
        ("a poster of Gary Cooper from the film High Noon.", []),
        ('Baker, speaking on ABC News\' "This Week," said it would end.', []),
        ("Baker said on ABC's This Week With David Brinkley that it would end.", []),
        ("He told NBC's Today show that it was over.", []),
        ("He appeared on the Tonight Show on Friday.", [("Friday", "DATE", "2025-05-30")]),
        # Not a name: a time word at the start of a sentence or after a weekday...
        ("He left. Today, we go.", [("Today", "DATE", "2025-06-04")]),
        (
            "It ended on Monday. Tomorrow is new.",
            [("Monday", "DATE", "2025-06-02"), ("Tomorrow", "DATE", "2025-06-05")],
        ),
        ("He said Today was fine.", [("Today", "DATE", "2025-06-04")]),
        # ... or in a title-cased headline.
        ("Stocks Rally Today On Fed Hopes", [("Today", "DATE", "2025-06-04")]),
        ("President Heads to Asia This Week", [("This Week", "DATE", "2025-W23")]),
        ("This Week, the index fell.", [("This Week", "DATE", "2025-W23")]),
        ("the market rose this week", [("this week", "DATE", "2025-W23")]),
    ],
)
def test_a_capitalised_time_word_in_a_name_is_no_time(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "The index closed at 2082.1, down 4.5% from the previous Friday.",
            "2025-05-30",
            [("the previous Friday", "DATE", "2025-05-23")],
        ),
        (
            "It fell from the preceding Monday.",
            "2025-05-30",
            [("the preceding Monday", "DATE", "2025-05-26")],
        ),
        (
            "He came back the following Monday.",
            "2025-05-30",
            [("the following Monday", "DATE", "2025-06-02")],
        ),
        # The same weekday as the anchor: a week away.
        (
            "He came back the following Friday.",
            "2025-05-30",
            [("the following Friday", "DATE", "2025-06-06")],
        ),
        # No day given before: from the reference (Wednesday 2025-06-04).
        (
            "It was up from the previous Thursday.",
            None,
            [("the previous Thursday", "DATE", "2025-05-29")],
        ),
    ],
)
def test_the_previous_or_following_weekday_counts_from_the_last_day_given(
    text: str, anchor: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "If a price is not agreed on by that time, the company will pay the average.",
            "2011-06-10",
            [("that time", "DATE", "2011-06-10")],
        ),
        ("He stayed after that time.", "2024-03", [("that time", "DATE", "2024-03")]),
        # Like "since then", which TE3 train leaves out 3 times of 3.
        ("Since that time he has been silent.", "2024-03", []),
        (
            "He stays until that time.",
            "2025-06-05T15:00",
            [("that time", "TIME", "2025-06-05T15:00")],
        ),
        # A stretch, not a point: its length is given elsewhere.
        ("During that time, the company lost money.", "2011-06-10", []),
        ("At that time, the company lost money.", "2011-06-10", []),
    ],
)
def test_by_that_time_is_the_last_date_given(
    text: str, anchor: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That is very important to the future of our peoples.", []),
        ("They fear for the future of the company.", []),
        ("He may join it in the future.", [("the future", "DATE", "FUTURE_REF")]),
        (
            "They are worried about the future and fear the worst.",
            [("the future", "DATE", "FUTURE_REF")],
        ),
        ("the bad business decisions of the past", [("the past", "DATE", "PAST_REF")]),
    ],
)
def test_the_future_of_something_is_its_fate_not_a_time(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "reference", "tense", "expected"),
    [
        # Easter within a month of the reference is that one (Easter 2000 was April 23).
        (
            "Protesters prayed as Easter week began.",
            "2000-04-17",
            "past",
            [("Easter week", "DATE", "2000-W16")],
        ),
        ("He visited at Easter.", "2025-06-04", "past", [("Easter", "DATE", "2025-04-20")]),
        ("He will visit at Easter.", "2025-06-04", "future", [("Easter", "DATE", "2026-04-05")]),
        (
            "Good Friday services were held.",
            "2025-06-04",
            "past",
            [("Good Friday", "DATE", "2025-04-18")],
        ),
        (
            "It opened on Easter Monday 2019.",
            "2025-06-04",
            "past",
            [("Easter Monday 2019", "DATE", "2019-04-22")],
        ),
        (
            "Easter Sunday fell early.",
            "2024-04-10",
            "past",
            [("Easter Sunday", "DATE", "2024-03-31")],
        ),
        # Names.
        ("They sailed to Easter Island.", "2025-06-04", "past", []),
    ],
)
def test_easter_and_its_days(
    text: str, reference: str, tense: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(text[e.start : e.end], *e.resolve(reference, tense)) for e in find_expressions(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke against the now-cancelled deal to lease tankers.", []),
        ("The now-defunct firm was sold.", []),
        ("He is now the second activist charged.", [("now", "DATE", "PRESENT_REF")]),
        ("Right now my evidence is scant.", [("now", "DATE", "PRESENT_REF")]),
    ],
)
def test_now_in_a_hyphenated_adjective_is_no_time(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iraq offered to open the sites for no more than sixty days.",
            [("no more than sixty days", "DURATION", "P60D")],
        ),
        (
            "It must run for not less than two years.",
            [("not less than two years", "DURATION", "P2Y")],
        ),
        ("The test lasts at most three weeks.", [("at most three weeks", "DURATION", "P3W")]),
        ("It took fewer than ten days.", [("fewer than ten days", "DURATION", "P10D")]),
        (
            "He will meet the minister later this afternoon.",
            [("later this afternoon", "TIME", "2025-06-04TAF")],
        ),
        ("He arrived earlier this morning.", [("earlier this morning", "TIME", "2025-06-04TMO")]),
    ],
)
def test_modifiers_kept_in_the_span(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Intel clocks the chip at 15 million instructions per second.", []),
        ("He was driving at 60 miles an hour.", []),
        ("The pump moves 20 gallons per minute.", []),
        # A wage or a price per unit of time stays a SET.
        ("He earns $5 an hour.", [("an hour", "SET", "PT1H")]),
    ],
)
def test_the_time_unit_of_a_speed_is_no_time(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It provoked violence for the past three summers.",
            [("the past three summers", "SET", "XXXX-SU")],
        ),
        ("The last two winters were cold.", [("The last two winters", "SET", "XXXX-WI")]),
        # "the past" before a count of other things is a modifier, no time.
        ("The past three presidents agreed.", []),
        ("In the past, he said, it was cheaper.", [("the past", "DATE", "PAST_REF")]),
        ("It rose in the past few years.", [("the past few years", "DURATION", "PXY")]),
    ],
)
def test_the_past_before_a_count(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("expression", "reference", "tense", "value"),
    [
        # Without a tense, a later quarter that starts within about three months is this
        # year's, as a month is.
        ("the fourth quarter", "2006-08-19", None, "2006-Q4"),
        ("the fourth quarter", "2006-08-19", "present", "2006-Q4"),
        ("the fourth quarter", "2006-08-19", "past", "2005-Q4"),
        ("the fourth quarter", "2006-03-01", None, "2005-Q4"),
        ("the fourth quarter", "2006-03-01", "future", "2006-Q4"),
        ("the second quarter", "2006-08-19", None, "2006-Q2"),
    ],
)
def test_a_later_quarter_without_a_tense(
    expression: str, reference: str, tense: str | None, value: str
) -> None:
    assert normalize(expression, reference, tense) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It earned $5.2 million in the fiscal first quarter.",
            [("the fiscal first quarter", "DATE", "2025-Q1")],
        ),
        (
            "It lost money in the fiscal-first quarter of 2024.",
            [("the fiscal-first quarter of 2024", "DATE", "2024-Q1")],
        ),
        ("It lost money in the first quarter.", [("the first quarter", "DATE", "2025-Q1")]),
    ],
)
def test_the_fiscal_quarter_keeps_the_fiscal(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "His car crossed the border in 1994, 1995 and 1997.",
            [("1994", "DATE", "1994"), ("1995", "DATE", "1995"), ("1997", "DATE", "1997")],
        ),
        (
            "It won in 2004, 2008, and 2012.",
            [("2004", "DATE", "2004"), ("2008", "DATE", "2008"), ("2012", "DATE", "2012")],
        ),
        # Not a year: part of a number, or a number after another.
        ("It paid $1,995 for the set.", []),
        ("It rose 3, 1995 shares fell.", []),
    ],
)
def test_a_year_in_a_list_of_years(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected
