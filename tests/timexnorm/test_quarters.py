"""Earnings-report quarters: "the quarter", "the year-ago quarter", "a year ago"."""

from __future__ import annotations

import pytest

from whosays.timexnorm import find_expressions, normalize

REF = "1989-11-02"  # fourth quarter of 1989
LEAD = "Acme said third-quarter profit rose. "

# (expression after LEAD, tense, value): the lead names the reported quarter, 1989-Q3.
IN_EARNINGS_TEXT = [
    ("a year ago", "past", "1989-Q3", "1988-Q3"),
    ("a year earlier", "past", "1989-Q3", "1988-Q3"),
    ("the quarter", "past", "1989-Q3", "1989-Q3"),
    ("the latest quarter", "past", "1989-Q3", "1989-Q3"),
    ("the latest period", "past", "1989-Q3", "1989-Q3"),
    ("this quarter", "present", "1989-Q3", "1989-Q3"),
    ("the current quarter", "future", "1989-Q3", "1989-Q4"),
    ("the year-ago quarter", "past", "1989-Q3", "1988-Q3"),
    ("the comparable year-earlier period", "past", "1989-Q3", "1988-Q3"),
    ("the year-earlier second quarter", "past", "1989-Q3", "1988-Q2"),
    ("year-earlier", "past", "1989-Q3", "1988-Q3"),
    ("the 1988 period", "past", "1989-Q3", "1988-Q3"),
    ("the 1988 second quarter", "past", "1989-Q3", "1988-Q2"),
    ("this year's third quarter", "past", "1989-Q3", "1989-Q3"),
    ("last year's quarter", "past", "1989-Q3", "1988-Q3"),
    ("next year's first quarter", "future", "1989-Q3", "1990-Q1"),
    ("the quarter a year ago", "past", "1989-Q3", "1988-Q3"),
    ("the corresponding period last year", "past", "1989-Q3", "1988-Q3"),
    ("the same quarter a year earlier", "past", "1989-Q3", "1988-Q3"),
]


@pytest.mark.parametrize(("expression", "tense", "lead_value", "value"), IN_EARNINGS_TEXT)
def test_quarter_of_the_report(expression: str, tense: str, lead_value: str, value: str) -> None:
    text = LEAD + expression + " was weak."
    found = {text[e.start : e.end]: e.resolve(REF, tense) for e in find_expressions(text)}
    assert found == {"third-quarter": ("DATE", lead_value), expression: ("DATE", value)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A comparison quarter is not the one reported: the later "third quarter" is.
        (
            "The year-ago second quarter was weak; the third quarter of 1989 too. A year ago, "
            "profit was fine.",
            "1988-Q3",
        ),
        # A quarter years before the report is background, not the one reported.
        (
            "Dividends stopped in the second quarter of 1981. Third-quarter net rose from a "
            "year ago.",
            "1988-Q3",
        ),
        # Without a quarter before it, "a year ago" keeps the year.
        ("Sales rose from a year ago. Third-quarter profit rose.", "1988"),
    ],
)
def test_a_year_ago_follows_the_first_reported_quarter(text: str, expected: str) -> None:
    values = [e.resolve(REF, "past") for e in find_expressions(text)]
    assert ("DATE", expected) in values


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # A quarter named outside a results report: "a year ago" is a year, not 1988-Q3.
        (
            "His rating is down 9 points from his first-quarter average. Few expected a year "
            "ago, as he toured Ohio, that it would slide so far.",
            "a year ago",
            "1988",
        ),
        (
            "Turnout in the third quarter of the campaign was low. A year earlier, few voted.",
            "A year earlier",
            "1988",
        ),
        ("The first-quarter poll was close. Voters liked year-ago plans.", "year-ago", "1988"),
        # Results words by "a year ago" or in the sentence of the quarter: the quarter.
        ("The first-quarter poll was close. Net fell from a year ago.", "a year ago", "1988-Q1"),
        ("Acme's first-quarter sales rose. Few expected it a year ago.", "a year ago", "1988-Q1"),
        ("Acme's first-quarter sales rose. Shares hit year-ago highs.", "year-ago", "1988-Q1"),
        (  # results words elsewhere in the paragraph of "a year ago"
            "Net interest income fell. First-quarter loans dropped to $6 million from $9 "
            "million a year ago.",
            "a year ago",
            "1988-Q1",
        ),
    ],
)
def test_a_year_ago_is_a_quarter_only_in_a_results_report(
    text: str, expression: str, expected: str
) -> None:
    found = {text[e.start : e.end]: e.resolve(REF, "past")[1] for e in find_expressions(text)}
    assert found[expression] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The quarter-to-quarter change was small.",
        "She lived in the quarter as a child.",  # no quarter named: a district
        "That period was hard.",
    ],
)
def test_no_quarter_without_a_named_one(text: str) -> None:
    assert [text[e.start : e.end] for e in find_expressions(text)] == []


def test_this_quarter_alone_is_the_reference_quarter() -> None:
    assert normalize("this quarter", REF) == ("DATE", "1989-Q4")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net rose in the year ended March 31.", ("the year", "DURATION", "P1Y")),
        (
            "It sees a loss for the fiscal year ending June 30.",
            ("the fiscal year", "DURATION", "P1Y"),
        ),
        ("Sales for the full year rose.", ("the full year", "DATE", "1989")),
        ("For the year, volume was flat.", ("the year", "DATE", "1989")),
        ("Earnings will be lower for the fiscal year.", ("the fiscal year", "DATE", "1989")),
        ("Rains came earlier in the year.", ("earlier in the year", "DATE", "1989")),
        ("It hit a high for the year in June.", ("the year", "DATE", "1989")),
    ],
)
def test_accounting_years(text: str, expected: tuple[str, str, str]) -> None:
    found = [(text[e.start : e.end], *e.resolve(REF, "past")) for e in find_expressions(text)]
    assert found[0] == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # The whole year of a report is the year of the quarter it reports: full-year
        # results come out in January.
        (
            "The carmaker lost $2.1 billion in the fourth quarter of 2005 and $5.3 billion for the"
            " entire year.",
            "2006-01-27",
            ("the entire year", "DATE", "2005"),
        ),
        (
            "Fourth-quarter profit fell; for the full year, it rose.",
            "2006-01-27",
            ("the full year", "DATE", "2005"),
        ),
        ("Sales for the whole year rose.", "2006-06-27", ("the whole year", "DATE", "2006")),
        (
            "For the whole year last year, we sat alone.",
            "2016-08-09",
            ("last year", "DATE", "2015"),
        ),
        ("Sales for the full year rose.", REF, ("the full year", "DATE", "1989")),
    ],
)
def test_whole_year_of_the_reported_quarter(
    text: str, reference: str, expected: tuple[str, str, str]
) -> None:
    found = [(text[e.start : e.end], *e.resolve(reference, "past")) for e in find_expressions(text)]
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell from the year-ago level.",
        "Sales grew 5% over the year before.",
        "The year 1988.",
    ],
)
def test_the_year_before_a_qualifier_is_not_the_reports_year(text: str) -> None:
    assert ("DATE", "1989") not in [e.resolve(REF, "past") for e in find_expressions(text)]


ROUNDUP = (
    "Acme said third-quarter profit rose.\n\n"
    "Beta, for its fiscal first quarter, lost money against a profit a year earlier.\n\n"
    "Gamma's sales rose from a year ago."
)


def test_each_paragraph_of_a_roundup_has_its_own_quarter() -> None:
    found = [
        (ROUNDUP[e.start : e.end], e.resolve(REF, "past")[1]) for e in find_expressions(ROUNDUP)
    ]
    assert found == [
        ("third-quarter", "1989-Q3"),
        ("first quarter", "1989-Q1"),
        ("a year earlier", "1988-Q1"),  # the quarter named in its paragraph
        ("a year ago", "1988-Q3"),  # none in its paragraph: the article's first
    ]


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        # "fiscal" between the relative word and the year or quarter.
        ("Profit rose last fiscal year.", "past", ("last fiscal year", "DATE", "1988")),
        ("Profit will rise next fiscal year.", "future", ("next fiscal year", "DATE", "1990")),
        (
            "Profit rose in the previous fiscal year.",
            "past",
            ("the previous fiscal year", "DATE", "1988"),
        ),
        # A year before the quarter, with "fiscal" or a possessive.
        (
            "Profit rose in the fiscal 1990 second quarter.",
            "past",
            ("the fiscal 1990 second quarter", "DATE", "1990-Q2"),
        ),
        (
            "Profit rose in fiscal 1988's third quarter.",
            "past",
            ("fiscal 1988's third quarter", "DATE", "1988-Q3"),
        ),
    ],
)
def test_fiscal_years_and_their_quarters(
    text: str, tense: str, expected: tuple[str, str, str]
) -> None:
    found = [(text[e.start : e.end], *e.resolve(REF, tense)) for e in find_expressions(text)]
    assert found == [expected]
