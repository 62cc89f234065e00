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
