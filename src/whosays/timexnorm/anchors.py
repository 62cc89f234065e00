"""What relative expressions count from: the last date or year the text gave, and units.

"that day", "a month earlier", "the following year" count from the last date the text
gave before them (``Context.anchor``) or the last year it named; "last week", "two years
ago" move the reference date by a number of units.
"""

from __future__ import annotations

import datetime as dt
import re

from whosays.timexnorm import calendar as cal
from whosays.timexnorm.base import Context

# The anchor's precision: a day ("1998-10-23") or a month ("1989-03", not a week).
ANCHOR_DAY = re.compile(r"\d{4}-\d\d-\d\d")
ANCHOR_MONTH = re.compile(r"\d{4}-\d\d(?![\d-]*W)")


def words(text: str | None) -> list[str]:
    """The lower-cased words of ``text`` (none for ``None``)."""
    return (text or "").lower().split()


def unit_value(unit: str, day: dt.date) -> str | None:
    """The TIMEX3 value of the ``unit`` (day, week, month...) holding ``day``."""
    if unit in {"day", "hour", "minute", "second"}:
        return cal.day_value(day)
    if unit == "week":
        return cal.week_value(day)
    if unit == "weekend":
        return cal.week_value(day) + "-WE"
    if unit in {"month", "fortnight"}:
        return cal.month_value(day.year, day.month)
    if unit == "quarter":
        return f"{day.year:04d}-Q{cal.quarter_of(day)}"
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "decade":
        return f"{day.year:04d}"[:3]
    if unit == "century":
        return f"{day.year:04d}"[:2]
    return None


def shift_date(day: dt.date, unit: str, amount: float) -> dt.date:
    """``day`` moved by ``amount`` units (negative: back in time)."""
    if unit in {"second", "minute", "hour"}:
        hours = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1}[unit] * amount
        # Toward zero: "an hour ago" is still the reference day, not the day before.
        return day + dt.timedelta(days=int(hours / 24))
    if unit in {"day", "week", "fortnight", "weekend"}:
        days = {"day": 1, "week": 7, "weekend": 7, "fortnight": 14}[unit]
        return day + dt.timedelta(days=round(days * amount))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return cal.add_months(day, round(months * amount))


def anchor_start(unit: str, context: Context) -> dt.date | None:
    """The last date the text gave as a day to count from, when precise enough for ``unit``
    (a month anchor for months and longer units, a day anchor for days and weeks)."""
    anchor = context.anchor or ""
    start = None
    if ANCHOR_DAY.match(anchor):
        start = dt.date.fromisoformat(anchor[:10])
    elif unit not in {"day", "week", "weekend", "hour", "minute", "second"} and (
        ANCHOR_MONTH.match(anchor)
    ):
        start = dt.date(int(anchor[:4]), int(anchor[5:7]), 1)
    if start is not None and context.reference is not None and start > context.reference:
        return None  # "ahead of next Tuesday's primary ... A day earlier": not that Tuesday
    return start


def from_anchor(unit: str, direction: int, context: Context) -> str | None:
    """ "that day", "the day after", "the following month" counted from the last date the
    text gave (``context.anchor``), when it is precise enough for the unit."""
    anchor = context.anchor or ""
    if unit == "day" and ANCHOR_DAY.match(anchor):
        day = dt.date.fromisoformat(anchor[:10])
        return cal.day_value(day + dt.timedelta(days=direction))
    if unit == "week" and ANCHOR_DAY.match(anchor):  # "died on Dec. 24 ... earlier that week"
        day = dt.date.fromisoformat(anchor[:10])
        return cal.week_value(day + dt.timedelta(days=7 * direction))
    if unit == "month" and ANCHOR_MONTH.match(anchor):
        month = cal.add_months(dt.date(int(anchor[:4]), int(anchor[5:7]), 1), direction)
        return cal.month_value(month.year, month.month)
    return None


ANAPHORIC_WORDS = frozenset({"following", "previous", "prior", "same"})
_NAMED_YEAR = re.compile(r"(?<![\d$.,])(?:1[6-9]|20)\d\d(?![\d%])")
# How far back "that year" looks for the year it refers to.
_ANAPHORA_WINDOW = 1500


def last_named_year(text: str, before: int) -> int | None:
    """The last year (1600-2099) ``text`` names in the stretch before offset ``before``."""
    years = _NAMED_YEAR.findall(text, max(0, before - _ANAPHORA_WINDOW), before)
    return int(years[-1]) if years else None
