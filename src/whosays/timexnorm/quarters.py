"""Rules for the periods of earnings reports: the quarter reported, the quarter a year before.

An earnings article names its quarter once ("third-quarter profit rose") and then
refers back to it: "the quarter", "the latest period", "the 1988 period", and
compares it with "the year-ago quarter" or with "a year ago". TimeML gives all of these
a quarter value (``1989-Q3``, ``1988-Q3``). The quarter comes from the first explicit
quarter the text names before the expression, so the rules stay pure text functions.
"The year ended March 31" is a fiscal year, the duration ``P1Y``; "the full year" the year
of the quarter reported, else the reference's year.
"""

from __future__ import annotations

import datetime as dt
import re

from whosays.timexnorm import calendar as cal
from whosays.timexnorm.base import Context, Resolution, Rule
from whosays.timexnorm.dates import month_number
from whosays.timexnorm.lexicon import ORDINALS
from whosays.timexnorm.patterns import MONTH, ORDINAL_QUARTER, YEAR

_NAMED_QUARTER = re.compile(
    rf"(?<![\w-])(?P<before>(?:year-(?:ago|earlier)|{YEAR}|last\s+year's)\s+)?"
    rf"(?P<ordinal>{ORDINAL_QUARTER})[\s-]+(?:fiscal[\s-]+)?quarter"
    rf"(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR}))?",
    re.IGNORECASE,
)
_YEAR_BACK = r"(?:year-ago|year-earlier)"
_QUARTER_WORD = r"(?:fiscal\s+)?(?:quarter|period)"


def reported_quarter(text: str, before: int, reference: dt.date | None) -> tuple[int, int] | None:
    """``(year, quarter)`` of the quarter reported at offset ``before`` of ``text``."""
    found = _reported_quarter(text, before, reference)
    return None if found is None else found[0]


def _reported_quarter(
    text: str, before: int, reference: dt.date | None
) -> tuple[tuple[int, int], re.Match[str]] | None:
    """``(year, quarter)`` of the quarter reported at offset ``before`` of ``text``, and
    where the text names it.

    That is the last quarter named in the same paragraph before it (a round-up of
    several companies' results names each one's quarter), else the first quarter the
    text names.

    A quarter named as a comparison ("the year-ago third quarter", "the 1988 second
    quarter") is not the one reported and is skipped, and so is one named with a year
    more than a year from the reference ("halted its payouts to holders in the third
    quarter of 1984": background). Without a year, the quarter is
    the latest one on or before the reference date.
    """
    paragraph = text.rfind("\n\n", 0, before) + 1
    in_paragraph = list(_NAMED_QUARTER.finditer(text, paragraph, before))
    candidates = [*reversed(in_paragraph), *_NAMED_QUARTER.finditer(text, 0, paragraph)]
    for found in candidates:
        if found["before"]:
            continue
        number = ORDINALS[found["ordinal"].lower()]
        if found["year"] and _historical(int(found["year"]), reference):
            continue  # "stopped paying in the third quarter of 1984" is background
        if found["year"]:
            return ((int(found["year"]), number), found)
        if reference is None:
            return None
        year = reference.year if number <= cal.quarter_of(reference) else reference.year - 1
        return ((year, number), found)
    return None


def _historical(year: int, reference: dt.date | None) -> bool:
    return reference is not None and abs(year - reference.year) > 1


def _quarter_number(match: re.Match[str], reported: tuple[int, int] | None) -> int | None:
    ordinal = match.groupdict().get("ordinal")
    if ordinal:
        return ORDINALS[ordinal.lower()]
    return None if reported is None else reported[1]


def _value(year: int | None, number: int | None) -> str | None:
    if year is None:
        return None
    return f"{year:04d}" if number is None else f"{year:04d}-Q{number}"


def _year_ago_quarter(match: re.Match[str], context: Context) -> Resolution:
    """ "the year-ago quarter", "the year-earlier third quarter": a year before the report."""
    reported = reported_quarter(match.string, match.start(), context.reference)
    number = _quarter_number(match, reported)
    if reported is not None:
        return ("DATE", _value(reported[0] - 1, number))
    if context.reference is None:
        return ("DATE", None)
    return ("DATE", _value(context.reference.year - 1, number))


def _year_back(match: re.Match[str], context: Context) -> Resolution:
    """A bare "year-ago" or "year-earlier" ("from year-ago levels"): the reported quarter a
    year back in a results report, else the year before the reference."""
    quarter = year_ago_quarter(match.string, match.start(), context.reference)
    if quarter is not None:
        return ("DATE", quarter)
    if context.reference is None:
        return ("DATE", None)
    return ("DATE", f"{context.reference.year - 1:04d}")


def _period_a_year_back(match: re.Match[str], context: Context) -> Resolution:
    """ "the same period last year": the reported quarter a year back, else the month the
    text last named (``context.anchor``) a year back, else the year before the reference."""
    reported = reported_quarter(match.string, match.start(), context.reference)
    month = _ANCHOR_MONTH.match(context.anchor or "")
    if match["period"].lower() == "month" or (reported is None and month is not None):
        if month is None:
            return ("DATE", None)
        return ("DATE", f"{int(month[1]) - 1:04d}-{month[2]}")
    return _year_ago_quarter(match, context)


_ANCHOR_MONTH = re.compile(r"(\d{4})-(\d\d)(?![\d-]*W)")


def _year_quarter(match: re.Match[str], context: Context) -> Resolution:
    """ "the 1988 second quarter", "the 1989 period", "fiscal 1990's third quarter": that
    year, the quarter named or else the reported one."""
    reported = reported_quarter(match.string, match.start(), context.reference)
    year = int(match["year"] or match["year2"])
    return ("DATE", _value(year, _quarter_number(match, reported)))


def _relative_year_quarter(match: re.Match[str], context: Context) -> Resolution:
    """ "this year's third quarter", "last year's quarter", "next year's first quarter"."""
    if context.reference is None:
        return ("DATE", None)
    shift = {"last": -1, "next": 1}.get(match["yrel"].lower(), 0)
    reported = reported_quarter(match.string, match.start(), context.reference)
    return ("DATE", _value(context.reference.year + shift, _quarter_number(match, reported)))


def _this_quarter(match: re.Match[str], context: Context) -> Resolution:
    """ "the quarter", "the latest period", "this quarter": the quarter reported.

    "the current quarter" is the one the reference date falls in; "the quarter a year
    ago" the reported one a year back.
    """
    reported = reported_quarter(match.string, match.start(), context.reference)
    back = 1 if match["ago"] else 0
    if reported is not None and "current" not in match[0].lower():
        return ("DATE", _value(reported[0] - back, reported[1]))
    if context.reference is None:
        return ("DATE", None)
    reference = context.reference
    return ("DATE", _value(reference.year - back, cal.quarter_of(reference)))


def _after_named_quarter(text: str, start: int, end: int) -> bool:
    # "the quarter" and "the period" are the report's quarter only in a text that named one.
    words = text[start:end].lower().split()
    if words[0] == "this" or "current" in words:
        return True
    return _NAMED_QUARTER.search(text, 0, start) is not None


# Words of a results report: "third-quarter profit rose", "net income fell from a year ago".
_EARNINGS_WORDS = re.compile(
    r"\b(?:earnings|profits?|net|income|revenues?|sales|loss(?:es)?|per\s+share|a\s+share"
    r"|results|margins?|dividends?|operating|shipments)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding ``text[start:end]``."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return text[begin : after.start() if after else len(text)]


def _paragraph_of(text: str, offset: int) -> str:
    """The paragraph (text between blank lines) holding ``offset``."""
    end = text.find("\n\n", offset)
    return text[text.rfind("\n\n", 0, offset) + 1 : len(text) if end < 0 else end]


def year_ago_quarter(text: str, start: int, reference: dt.date | None) -> str | None:
    """The value of "a year ago" at ``start`` in an earnings text: the reported quarter, a
    year back (``None`` when the text names no quarter before it, or neither the paragraph
    of "a year ago" nor the sentence of the quarter speaks of results: "down 13 points
    from her first-quarter average ... Clinton imagined a year ago" is a poll story's
    year)."""
    found = _reported_quarter(text, start, reference)
    if found is None:
        return None
    reported, named = found
    if not (
        _EARNINGS_WORDS.search(_paragraph_of(text, start))
        or _EARNINGS_WORDS.search(_sentence_of(text, named.start(), named.end()))
    ):
        return None
    return _value(reported[0] - 1, reported[1])


def _whole_year(match: re.Match[str], context: Context) -> Resolution:
    """ "the full year", "the current fiscal year": the year of the quarter the text
    reports ("a loss in the fourth quarter of 2005 and for the entire year", written in
    January 2006 -> 2005), else the reference's year."""
    if context.reference is None:
        return ("DATE", None)
    reported = reported_quarter(match.string, match.start(), context.reference)
    return ("DATE", f"{reported[0] if reported else context.reference.year:04d}")


def _half_year(match: re.Match[str], context: Context) -> Resolution:
    """ "the second half of the year" (the year of ``_whole_year``), "the first half of
    next year": the half of that year, ``YYYY-H1`` or ``YYYY-H2``."""
    half = "H1" if match["half"].lower() == "first" else "H2"
    if context.reference is None:
        return ("DATE", None)
    relative = (match["yrel"] or "").lower()
    if relative:
        shift = {"last": -1, "next": 1}.get(relative, 0)
        return ("DATE", f"{context.reference.year + shift:04d}-{half}")
    year = int(_whole_year(match, context)[1] or context.reference.year)
    if (
        context.tense == "past"
        and half == "H2"
        and (year, 7)
        > (
            context.reference.year,
            context.reference.month,
        )
    ):
        year -= 1  # "took in more during the second half of the year", said in January
    return ("DATE", f"{year:04d}-{half}")


def _quarter_ended(match: re.Match[str], context: Context) -> Resolution:
    """ "the quarter ended Sept. 30": the calendar quarter most of the three months ending
    that day fall in (a fiscal quarter ended July 31 is mostly the second)."""
    month, day = month_number(match["qmonth"]), int(re.sub(r"\D", "", match["qday"]))
    if context.reference is None:
        return ("DATE", None)
    year = cal.closest_year(month, day, context.reference, context.tense or "past")
    ended = cal.valid_day(year, month, day)
    if ended is None:
        return ("DATE", None)
    middle = ended - dt.timedelta(days=45)
    return ("DATE", f"{middle.year:04d}-Q{cal.quarter_of(middle)}")


def _quarter_ended_guard(text: str, start: int, end: int) -> bool:
    return not _after_named_quarter(text, start, end)


_FIRST_MONTHS = {1: 1, 4: 2, 7: 3, 10: 4}  # the first month of each calendar quarter


def _month_range_quarter(match: re.Match[str], context: Context) -> Resolution:
    """ "the July-September period", "the April-June quarter": a calendar quarter, of the
    year its last month has by tense."""
    first, last = month_number(match["first"]), month_number(match["last"])
    quarter = _FIRST_MONTHS[first]
    if context.reference is None:
        return ("DATE", f"XXXX-Q{quarter}")
    year = cal.closest_month_year(last, context.reference, context.tense)
    return ("DATE", f"{year:04d}-Q{quarter}")


def _month_range_guard(text: str, start: int, end: int) -> bool:
    found = _MONTH_RANGE.fullmatch(text, start, end)
    if found is None:
        return False
    first, last = month_number(found["first"]), month_number(found["last"])
    return first in _FIRST_MONTHS and last == first + 2


_MONTH_RANGE_PATTERN = (
    rf"(?:the\s+)?(?P<first>{MONTH})\s*[-–]\s*(?P<last>{MONTH})\s+(?:period|quarter)"
)
_MONTH_RANGE = re.compile(_MONTH_RANGE_PATTERN, re.IGNORECASE)


RULES: tuple[Rule, ...] = (
    # "net income for the quarter ended Sept. 30", in a text that named no quarter before.
    Rule(
        "quarter_ended",
        r"the\s+(?:fiscal\s+)?quarter(?=\s+end(?:ed|ing)\s+"
        rf"(?P<qmonth>{MONTH})\s*(?P<qday>(?:[12]\d|3[01]|0?[1-9])(?!\d)))",
        _quarter_ended,
        _quarter_ended_guard,
    ),
    # "the July-September period": a calendar quarter named by its months.
    Rule("month_range_quarter", _MONTH_RANGE_PATTERN, _month_range_quarter, _month_range_guard),
    # "the second half of the year", "the first half of next year": half of that year.
    Rule(
        "half_year",
        r"the\s+(?P<half>first|second|last|latter)\s+half\s+of\s+"
        r"(?:the\s+(?:(?:current|fiscal|current\s+fiscal)\s+)?year|(?P<yrel>this|last|next)\s+year)"
        r"(?![\s-]+(?:ago|earlier|before|\d)|-|'s)",
        _half_year,
    ),
    # "the year ended March 31": a year-long accounting period, not a calendar year.
    Rule(
        "year_ended",
        r"the\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\s)",
        lambda match, context: ("DURATION", "P1Y"),
        kind="DURATION",
    ),
    # "for the year", "a high for the year", "earlier in the year": the report's year.
    Rule(
        "whole_year",
        r"(?:(?:earlier|later)\s+in\s+)?the\s+(?:(?:full|entire|whole|current\s+fiscal|fiscal)\s+)?year"
        # "for the whole year last year" is last year's.
        r"(?![\s-]+(?:end|ago|earlier|before|after|previous|old|long|two|nineteen|\d)|-|'s)"
        r"(?!\s+(?:last|this|next)\s+year)",
        _whole_year,
    ),
    Rule(
        "year_ago_quarter",
        rf"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?{_YEAR_BACK}\s+"
        rf"(?:(?P<ordinal>{ORDINAL_QUARTER})[\s-]+)?{_QUARTER_WORD}",
        _year_ago_quarter,
    ),
    Rule("year_back", _YEAR_BACK, _year_back),
    # "the corresponding period last year": the reported quarter, a year back; "the same
    # month a year ago": the month last named, a year back.
    Rule(
        "period_last_year",
        r"the\s+(?:comparable|corresponding|same)\s+(?P<period>quarter|period|month)\s+"
        r"(?:(?:of\s+)?(?:the\s+)?last\s+year|a\s+year\s+(?:ago|earlier))",
        _period_a_year_back,
    ),
    Rule(
        "year_quarter",
        rf"(?:the\s+(?:fiscal\s+)?(?P<year>{YEAR})\s+|(?:fiscal\s+)?(?P<year2>{YEAR})'s\s+)"
        rf"(?:(?P<ordinal>{ORDINAL_QUARTER})[\s-]+)?{_QUARTER_WORD}",
        _year_quarter,
    ),
    Rule(
        "relative_year_quarter",
        rf"(?P<yrel>this|last|next)\s+year's\s+(?:(?P<ordinal>{ORDINAL_QUARTER})[\s-]+)?"
        r"(?:fiscal\s+)?quarter",
        _relative_year_quarter,
    ),
    Rule(
        "this_quarter",
        r"(?:(?:the\s+(?:latest|current|most\s+recent)|this|that|the)\s+(?:fiscal\s+)?quarter"
        r"|the\s+(?:latest|most\s+recent)\s+period)(?!-)(?P<ago>\s+a\s+year\s+(?:ago|earlier))?",
        _this_quarter,
        _after_named_quarter,
    ),
)
