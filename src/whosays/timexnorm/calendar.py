"""Calendar arithmetic and TIMEX3 value formatting on :class:`datetime.date`."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt


def parse_iso_date(value: str | None) -> dt.date | None:
    """The date at the start of an ISO string (``"2025-06-04T10:00"`` -> 2025-06-04)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_value(day: dt.date) -> str:
    """TIMEX3 value of a day: ``YYYY-MM-DD``."""
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    """TIMEX3 value of a month: ``YYYY-MM``."""
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    """TIMEX3 value of the ISO week containing ``day``: ``YYYY-Www``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    """The quarter (1-4) ``day`` falls in."""
    return (day.month - 1) // 3 + 1


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months (day clipped to the month's length)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` when the three numbers are not a calendar day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def closest_year(month: int, day: int, reference: dt.date, tense: str | None) -> int:
    """The year that puts ``month``/``day`` where the tense says relative to ``reference``.

    Past: the most recent such day on or before the reference; future: the next one
    on or after it; present: the nearest. With no tense, the coming one only within
    ``UNTENSED_AHEAD_DAYS``, else the past one: news mostly reports what has happened.
    A day within ``SAME_SEASON_DAYS`` of the reference is taken as is whatever the
    tense: a past clause often names an upcoming day ("announced the June 10 deadline").
    """
    dated = [
        (year, day_date)
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if (day_date := valid_day(year, month, day if (month, day) != (2, 29) else 28))
    ]
    nearest = min(dated, key=lambda item: abs((item[1] - reference).days))
    if abs((nearest[1] - reference).days) <= SAME_SEASON_DAYS:
        return nearest[0]
    if tense == "scheduled":
        tense = "future" if _coming_within(dated, reference, SCHEDULED_AHEAD_DAYS) else "past"
    if tense not in {"past", "future", None}:
        return nearest[0]
    coming = min((item for item in dated if item[1] >= reference), key=lambda item: item[1])
    if tense == "future" or (tense is None and (coming[1] - reference).days <= UNTENSED_AHEAD_DAYS):
        return coming[0]
    return max(year for year, day_date in dated if day_date <= reference)


def _coming_within(dated: list[tuple[int, dt.date]], reference: dt.date, days: int) -> bool:
    coming = min(day_date for _, day_date in dated if day_date >= reference)
    return (coming - reference).days <= days


# How close to the reference a day named without a year is taken at face value.
SAME_SEASON_DAYS = 30
# How far ahead a day or month named without a year or a tense may lie.
UNTENSED_AHEAD_DAYS = 90
# How far ahead an event on the calendar named by its month may lie ("the November
# election" said in March is this year's, "the October debate" said in November last
# year's): tense ``"scheduled"``.
SCHEDULED_AHEAD_DAYS = 245


def closest_month_year(month: int, reference: dt.date, tense: str | None) -> int:
    """The year of the named ``month`` that the tense allows.

    Past: the latest such month up to the reference's; future: the next one from it;
    present: the nearest; with no tense, one of the next two months, else the past one.
    """
    if tense == "past":
        return reference.year if month <= reference.month else reference.year - 1
    ahead = (month - reference.month) % 12
    if tense == "scheduled":
        tense = "future" if ahead <= SCHEDULED_AHEAD_DAYS // 30 else "past"
        return closest_month_year(month, reference, tense)
    if tense == "present":
        if abs(month - reference.month) <= 6:
            return reference.year
        return reference.year - 1 if month > reference.month else reference.year + 1
    if tense == "future" and ahead == 11:
        # "expects sales in November and December to rise", said on Dec. 2; "might shut
        # down after a cyber attack in mid-December", said on Jan. 21: the month just
        # ended, not the one eleven months ahead.
        return reference.year if month < reference.month else reference.year - 1
    if tense == "future" or (tense is None and 0 < ahead <= UNTENSED_AHEAD_DAYS // 30 - 1):
        return reference.year if month >= reference.month else reference.year + 1
    return reference.year if month <= reference.month else reference.year - 1


def weekday_date(weekday: int, reference: dt.date, tense: str | None, shift: int = 0) -> dt.date:
    """The date of ``weekday`` (1 = Monday) relative to ``reference``.

    ``shift`` -1 is "last <day>", +1 "next <day>", 0 picks by tense: a past tense or
    none gives the most recent such day (the reference day itself included, as in
    "said Friday" in a Friday paper), a future tense the next one (or the day itself).
    """
    delta = weekday - reference.isoweekday()
    if shift < 0 or (shift == 0 and tense != "future"):
        back = (-delta) % 7
        if shift < 0 and back == 0:
            back = 7
        return reference - dt.timedelta(days=back)
    ahead = delta % 7
    if ahead == 0 and shift > 0:
        ahead = 7
    return reference + dt.timedelta(days=ahead)
