"""Rules of the evening audit: vague stretches, parts of the day without a day."""

from __future__ import annotations

import pytest

from whosays.timexnorm import find_expressions

REF = "2025-06-04"  # a Wednesday


def _found(text: str, anchor: str | None = None) -> list[tuple[str, str, str | None]]:
    return [
        (text[e.start : e.end], *e.resolve(REF, "past", anchor)) for e in find_expressions(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His car was seen in the weeks before the shooting.", [("the weeks", "DURATION", "PXW")]),
        ("In the days after the vote, prices fell.", [("the days", "DURATION", "PXD")]),
        ("In the years that followed, they waged war.", [("the years", "DURATION", "PXY")]),
        ("Thanks for their work over the years.", [("the years", "DURATION", "PXY")]),
        ("Through the decades it grew.", [("the decades", "DURATION", "PXDE")]),
        ("In the months leading up to the war, oil rose.", [("the months", "DURATION", "PXM")]),
        ("He recalled the years of war.", []),  # no signal after it, no 'over' before it
        ("It was a matter of days before he left.", []),
    ],
)
def test_vague_stretches(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Dealers placed buy orders in the morning.", None, ("the morning", "2025-06-04TMO")),
        (
            "Dealers placed buy orders in the morning.",
            "2025-05-30",
            ("the morning", "2025-05-30TMO"),
        ),
        ("The stock rose in morning trading.", None, ("morning", "2025-06-04TMO")),
        ("It fell in afternoon trading.", "2025-06-03", ("afternoon", "2025-06-03TAF")),
        ("By mid afternoon, sources said.", None, ("mid afternoon", "2025-06-04TAF")),
        ("At mid-afternoon, sources said.", "2025-06", ("mid-afternoon", "2025-06-04TAF")),
        ("They met in the evening.", None, ("the evening", "2025-06-04TEV")),
        (
            "Shares rose at mid-afternoon yesterday.",
            None,
            ("mid-afternoon yesterday", "2025-06-03TAF"),
        ),
    ],
)
def test_part_of_day_without_a_day(
    text: str, anchor: str | None, expected: tuple[str, str]
) -> None:
    assert [(span, value) for span, kind, value in _found(text, anchor) if kind == "TIME"] == [
        expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Good evening from Havana.",
        "He spoke on the morning talk show.",
        "He was in the morning of his life.",
        "She said it in the evening news.",
    ],
)
def test_part_of_day_idioms_are_no_time(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trading opened at 9:30 a.m. ET Tuesday.", ("9:30 a.m. ET Tuesday", "2025-06-03T09:30")),
        ("The polls closed at 8 p.m. PT.", ("8 p.m. PT", "2025-06-04T20:00")),
        ("The polls closed at 8 p.m. EST.", ("8 p.m. EST", "2025-06-04T20:00")),
    ],
)
def test_us_time_zones_without_season_letter(text: str, expected: tuple[str, str]) -> None:
    assert [(span, value) for span, _, value in _found(text)] == [expected]


@pytest.mark.parametrize(
    ("expression", "tense", "value"),
    [
        ("this Friday", None, "2025-06-06"),
        ("this Friday", "present", "2025-06-06"),
        ("this Friday", "future", "2025-06-06"),
        ("this Monday", "past", "2025-06-02"),
        ("this Wednesday", None, "2025-06-04"),  # the reference day itself
        ("Friday", None, "2025-05-30"),  # no 'this', no tense: the last one gone
    ],
)
def test_this_weekday_is_the_coming_one_unless_past(
    expression: str, tense: str | None, value: str
) -> None:
    (found,) = find_expressions(expression)
    assert found.resolve(REF, tense) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Stocks hit their lowest level since '82.", "2008-10-27", [("'82", "1982")]),
        ("He won the title in '08.", "2013-02-14", [("'08", "2008")]),
        ("He won the title in '08.", None, [("'08", "2008")]),
        ("The firm was founded in '82.", None, [("'82", "1982")]),
        ("Apple unveiled iLife '11 today.", None, [("today", None)]),  # a product name
    ],
)
def test_short_years_after_a_preposition(
    text: str, reference: str | None, expected: list[tuple[str, str | None]]
) -> None:
    found = [
        (text[e.start : e.end], e.resolve(reference, "past")[1]) for e in find_expressions(text)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The summit is on April 24 and 25.", None, ("25", "2025-04-25")),
        ("The fair runs Feb. 12-14.", None, ("14", "2025-02-14")),
        ("Talks are set for March 3 to 5.", "2019-03-03", ("5", "2019-03-05")),  # the first's year
    ],
)
def test_second_day_of_a_pair(text: str, anchor: str | None, expected: tuple[str, str]) -> None:
    assert _found(text, anchor)[-1][::2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose on March 3 and 5 percent on Friday.",
        "It fell on March 3 and 2 others rose.",
        "He met on May 3, and 40 people came.",
    ],
)
def test_no_second_day_in_counts(text: str) -> None:
    assert [span for span, _, _ in _found(text) if span.isdigit()] == []


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "He appeared in court the next morning.",
            "2025-02-22",
            ("the next morning", "2025-02-23TMO"),
        ),
        ("Police arrived that night.", "2025-02-22", ("that night", "2025-02-22TNI")),
        ("Police arrived that night.", None, ("that night", "2025-06-04TNI")),
        (
            "They had met the previous evening.",
            "2025-02-22",
            ("the previous evening", "2025-02-21TEV"),
        ),
    ],
)
def test_part_of_an_anaphoric_day(text: str, anchor: str | None, expected: tuple[str, str]) -> None:
    assert [(span, value) for span, _, value in _found(text, anchor)] == [expected]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Stocks fell Friday. For the week, the index dropped 3.8%.", "2025-05-30", "2025-W22"),
        ("It was the week's most active session.", None, "2025-W23"),
    ],
)
def test_the_week_of_the_last_day_given(text: str, anchor: str | None, expected: str) -> None:
    assert [value for span, _, value in _found(text, anchor) if span == "the week"] == [expected]


def test_the_week_of_a_date_is_one_expression() -> None:
    assert [span for span, _, _ in _found("A hearing is set for the week of March 6.")] == [
        "the week of March 6"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shop is closed on Mondays.", [("Mondays", "SET", "XXXX-WXX-1")]),
        ("He works Sunday mornings.", [("Sunday mornings", "SET", "XXXX-WXX-7TMO")]),
        (
            "Flights leave on Monday and Tuesday nights.",
            [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")],
        ),
        (
            "He met them on Monday and Tuesday.",
            [("Monday", "DATE", "2025-06-02"), ("Tuesday", "DATE", "2025-06-03")],
        ),
        ("It happened Tuesday night.", [("Tuesday night", "TIME", "2025-06-03TNI")]),
    ],
)
def test_weekdays_in_the_plural_are_sets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected
