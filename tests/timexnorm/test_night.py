"""Rules of the night audit (2026-11-27): line breaks, ordinal days, bare seasons."""

from __future__ import annotations

import pytest

from whosays.timexnorm import find_expressions

REF = "2025-06-04"  # a Wednesday


def _found(
    text: str, anchor: str | None = None, tense: str | None = "past"
) -> list[tuple[str, str, str | None]]:
    return [(text[e.start : e.end], *e.resolve(REF, tense, anchor)) for e in find_expressions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Markets to stay closed until Friday\nMay 29, 2025\nThe markets stay shut.",
            [("Friday", "DATE", "2025-05-30"), ("May 29, 2025", "DATE", "2025-05-29")],
        ),
        (
            "Results for 2024\n\nMarch 3 was the day.",
            [("2024", "DATE", "2024"), ("March 3", "DATE", "2025-03-03")],
        ),
        ("He left on Friday, May 30.", [("Friday, May 30", "DATE", "2025-05-30")]),
    ],
)
def test_no_expression_spans_a_line_break(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("It is the second day of an offensive.", None, [("the second day", "DATE", "2025-06-04")]),
        (
            "Trading was halted for a second consecutive day.",
            None,
            [("a second consecutive day", "DATE", "2025-06-04")],
        ),
        (
            "Stocks gained for a fourth week in a row.",
            None,
            [("a fourth week", "DATE", "2025-W23")],
        ),
        (
            "On March 3, the strike went into the 10th day.",
            "2025-03-03",
            [("March 3", "DATE", "2025-03-03"), ("the 10th day", "DATE", "2025-03-03")],
        ),
    ],
)
def test_ordinal_day_or_week(
    text: str, anchor: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text, anchor) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He will do so on his first day in office.",
        "Second-day sales were weak.",
        "In the first days after the vote, nothing moved.",
    ],
)
def test_no_ordinal_day(text: str) -> None:
    assert [span for span, _, _ in _found(text) if "day" in span] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the first week of March.", "March"),
        ("It fell on the first day of the year.", "the year"),
    ],
)
def test_ordinal_day_of_a_month_or_year_is_left_to_other_rules(text: str, expected: str) -> None:
    assert [span for span, _, _ in _found(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("The IMF held their Autumn meetings.", "past", [("Autumn", "DATE", "2024-FA")]),
        (
            "It is early, but spring shows signs of hope.",
            "present",
            [("spring", "DATE", "2025-SP")],
        ),
        ("Prices rose through winter.", "past", [("winter", "DATE", "2024-WI")]),
    ],
)
def test_bare_season_after_a_possessive_or_conjunction(
    text: str, tense: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text, tense=tense) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Arab Spring uprisings began.",
        "He won gold at the Winter Olympics.",
        "They sell spring water and fall jackets.",
        "It was part of their Spring of Life campaign.",
    ],
)
def test_no_season_in_names(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The process would take between 60 and 90 days.",
            [("60", "DURATION", "P60D"), ("90 days", "DURATION", "P90D")],
        ),
        (
            "It is between two to six days for each patient.",
            [("two", "DURATION", "P2D"), ("six days", "DURATION", "P6D")],
        ),
        (
            "Deliveries run between 2014 and 2016.",
            [("2014", "DATE", "2014"), ("2016", "DATE", "2016")],
        ),
        ("Prices rose between 5 and 10 percent.", []),
    ],
)
def test_first_bound_of_a_range_of_durations(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the worst single-day decline in years.", ("single-day", "DURATION", "P1D")),
        ("The index had its biggest single-week gain.", ("single-week", "DURATION", "P1W")),
        ("Just ahead of the one-day trip, he spoke.", ("one-day", "DURATION", "P1D")),
    ],
)
def test_single_unit_adjective(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text)[0] == expected
