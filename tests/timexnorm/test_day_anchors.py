"""The day a relative expression counts from (third night round, 2026-11-27)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from whosays.pipeline.timex import TimexTagger
from whosays.pipeline.timex_dates import last_date_before


@pytest.fixture(scope="module")
def blank() -> Language:
    """A tokenizer only: no parse, so no clause tense; enough for anchors."""
    return spacy.blank("en")


def _values(nlp: Language, text: str, reference: str) -> list[tuple[str, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.whosays_reference_date = reference
    doc._.whosays_reference_from = "argument"
    doc = TimexTagger()(doc)
    return [(text[t["start"] : t["end"]], t["type"], t["value"]) for t in doc._.whosays_timexes]


@pytest.mark.parametrize(
    ("text", "reference", "expression", "value"),
    [
        # A month named after the day does not replace it as the day a part of the day,
        # "the day" or a clock time counts from.
        (
            "Ford said Tuesday its sales in February rose. The stock rose in morning trading.",
            "2010-03-03",
            "morning",
            "2010-03-02TMO",
        ),
        (
            "The index rose on Friday. It had lost 3% in March, ending the day at 8,017.",
            "2009-04-04",
            "the day",
            "2009-04-03",
        ),
        (
            "The plant closed on Oct. 23. Sales fell in September. The fire began at 10 p.m.",
            "2024-11-20",
            "10 p.m.",
            "2024-10-23T22:00",
        ),
        # "that day", "the next day" too.
        (
            "The plant closed on May 20. Sales had fallen in April. That day, workers left.",
            "2025-06-04",
            "That day",
            "2025-05-20",
        ),
        (
            "The plant closed on May 20. Sales had fallen in April. The next day, it reopened.",
            "2025-06-04",
            "The next day",
            "2025-05-21",
        ),
        # Without a day given, the reference's day, as before.
        (
            "Sales fell in February. The stock rose in morning trading.",
            "2010-03-03",
            "morning",
            "2010-03-03TMO",
        ),
        # "the following month" still counts from the last month named.
        (
            "He arrived on May 20. In March, he left. The following month he came back.",
            "2025-06-04",
            "The following month",
            "2025-04",
        ),
    ],
)
def test_a_day_anchor_skips_a_month_named_since(
    blank: Language, text: str, reference: str, expression: str, value: str
) -> None:
    found = {span: v for span, _, v in _values(blank, text, reference)}
    assert found[expression] == value


@pytest.mark.parametrize(
    ("values", "day_only", "expected"),
    [
        (["2010-03-02", "2010-02"], False, "2010-02"),
        (["2010-03-02", "2010-02"], True, "2010-03-02"),
        (["2010-02"], True, None),
        (["2010-03-02T10:00", "2009"], True, "2010-03-02T10:00"),
    ],
)
def test_last_date_before(values: list[str], day_only: bool, expected: str | None) -> None:
    timexes = [
        {"start": 10 * i, "end": 10 * i + 5, "type": "DATE", "value": value}
        for i, value in enumerate(values)
    ]
    assert last_date_before(timexes, 100, day_only) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "The day before last Tuesday's hearing, he went home.",
            "2000-02-24",
            ("The day before last Tuesday", "DATE", "2000-02-21"),
        ),
        (
            "He left the day after Oct. 12, 1989, and came back.",
            "1989-10-30",
            ("the day after Oct. 12, 1989", "DATE", "1989-10-13"),
        ),
        (
            "They met the day before yesterday.",
            "2025-06-04",
            ("the day before yesterday", "DATE", "2025-06-02"),
        ),
    ],
)
def test_the_day_before_a_date_is_one_expression(
    blank: Language, text: str, reference: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _values(blank, text, reference)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # In apposition to a date, "the day" is that date; the event after it is no date.
        (
            "Nine days after Oct. 14, the day before the storm, the river rose.",
            "1989-10-30",
            ("the day", "DATE", "1989-10-14"),
        ),
        # A week or a month after "before" is no day to count from.
        (
            "The day before last week's vote, he left.",
            "2025-06-04",
            ("last week", "DATE", "2025-W22"),
        ),
    ],
)
def test_the_day_before_an_event_stays_apart(
    blank: Language, text: str, reference: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _values(blank, text, reference)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # "earlier" and "before" count back from the last date the text gave.
        (
            "The bank failed in May 2019. A month earlier, its chief quit.",
            "2025-06-04",
            ("A month earlier", "DATE", "2019-04"),
        ),
        (
            "The bank was founded on March 3, 2001. A year earlier, it had no staff.",
            "2025-06-04",
            ("A year earlier", "DATE", "2000"),
        ),
        (
            "The plant closed on Oct. 23. Two weeks earlier, workers had left.",
            "2024-11-20",
            ("Two weeks earlier", "DATE", "2024-W41"),
        ),
        # A month is no day to count days from; "ago" counts from the reference.
        (
            "Sales fell in March. Three days earlier, the chief quit.",
            "2025-06-04",
            ("Three days earlier", "DATE", "2025-06-01"),
        ),
        (
            "The bank failed in May 2019. A year ago, its chief quit.",
            "2025-06-04",
            ("A year ago", "DATE", "2024"),
        ),
        # No date given before it: the reference; nor a date ahead of the reference, nor
        # one more than a paragraph or two back (800 characters).
        (
            "Sales rose 5 percent from a year earlier.",
            "2025-06-04",
            ("a year earlier", "DATE", "2024"),
        ),
        (
            "He spoke ahead of next Tuesday's primary. A day earlier, six were arrested.",
            "2016-03-30",
            ("A day earlier", "DATE", "2016-03-29"),
        ),
        (
            "She testified in January 2013. " + "Words. " * 120 + "Thirteen years earlier, she "
            "voted for the war.",
            "2015-11-16",
            ("Thirteen years earlier", "DATE", "2002"),
        ),
    ],
)
def test_earlier_counts_from_the_last_date_given(
    blank: Language, text: str, reference: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _values(blank, text, reference)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # A day named with its year, then again without it, is the same day (seventh round).
        (
            "The compound in Benghazi was attacked on Sept. 11, 2012. After the Sept. 11 "
            "attack, she spoke.",
            "2015-12-04",
            [("Sept. 11, 2012", "DATE", "2012-09-11"), ("Sept. 11", "DATE", "2012-09-11")],
        ),
        (
            "She testified on January 23, 2013. A tweet posted on January 23 at 4:01 PM.",
            "2015-11-25",
            [
                ("January 23, 2013", "DATE", "2013-01-23"),
                ("January 23", "DATE", "2013-01-23"),
                ("4:01 PM", "TIME", "2013-01-23T16:01"),
            ],
        ),
        (
            "The attacks of 11 September 2001 changed it. On 11 September, they mourned.",
            "2016-03-01",
            [("11 September 2001", "DATE", "2001-09-11"), ("11 September", "DATE", "2001-09-11")],
        ),
        # Named before it, or after "last" or "this", a day keeps its own year.
        (
            "On Sept. 11 they mourned the victims of Sept. 11, 2001.",
            "2016-03-01",
            [("Sept. 11", "DATE", "2015-09-11"), ("Sept. 11, 2001", "DATE", "2001-09-11")],
        ),
        (
            "The attack of Sept. 11, 2001 was recalled last Sept. 11 in a speech.",
            "2016-03-01",
            [("Sept. 11, 2001", "DATE", "2001-09-11"), ("Sept. 11", "DATE", "2015-09-11")],
        ),
    ],
)
def test_a_day_named_again_without_its_year_is_the_same_day(
    blank: Language, text: str, reference: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(blank, text, reference) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # A passage that opens with an earlier year: its months and days without a year
        # are that year's, up to the end of the paragraph (2026-11-27).
        (
            "In 2012, the campaign spent millions on ads beginning in April. In August, it "
            "stopped.",
            "2016-09-04",
            [("2012", "DATE", "2012"), ("April", "DATE", "2012-04"), ("August", "DATE", "2012-08")],
        ),
        (
            "In 2012, the consulate was attacked on Sept. 11.",
            "2015-12-04",
            [("2012", "DATE", "2012"), ("Sept. 11", "DATE", "2012-09-11")],
        ),
        (
            "On March 2, 2015, the paper revealed the account. On March 25, the files were wiped.",
            "2016-09-07",
            [("March 2, 2015", "DATE", "2015-03-02"), ("March 25", "DATE", "2015-03-25")],
        ),
        (
            "Eight years ago, Obama had won 11 contests in February.",
            "2016-03-10",
            [("Eight years ago", "DATE", "2008"), ("February", "DATE", "2008-02")],
        ),
        # A new paragraph, a date of the present, a relative year or a month opening the
        # sentence, or a year inside it, set no passage.
        (
            "In 2012, the campaign spent millions.\nIn August, it stopped.",
            "2016-09-04",
            [("2012", "DATE", "2012"), ("August", "DATE", "2016-08")],
        ),
        (
            "In 2012, the campaign spent millions. Last week, it said in May it stopped.",
            "2016-09-04",
            [
                ("2012", "DATE", "2012"),
                ("Last week", "DATE", "2016-W34"),
                ("May", "DATE", "2016-05"),
            ],
        ),
        (
            "Last year, he praised her. In February, he attacked her.",
            "2016-03-12",
            [("Last year", "DATE", "2015"), ("February", "DATE", "2016-02")],
        ),
        (
            "In October, they held a meeting. And on Jan. 9, volunteers came.",
            "2016-01-31",
            [("October", "DATE", "2015-10"), ("Jan. 9", "DATE", "2016-01-09")],
        ),
        (
            "Repairs done in 2013 were not disclosed until the council asked in April.",
            "2016-01-12",
            [("2013", "DATE", "2013"), ("April", "DATE", "2015-04")],
        ),
    ],
)
def test_a_month_in_a_passage_set_in_an_earlier_year(
    blank: Language, text: str, reference: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(blank, text, reference) == expected
