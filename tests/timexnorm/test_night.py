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
