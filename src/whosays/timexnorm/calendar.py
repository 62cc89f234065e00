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
    on or after it; otherwise the one nearest the reference.
    """
    candidates = [reference.year - 1, reference.year, reference.year + 1]
    dated = [
        (year, d)
        for year in candidates
        if (d := valid_day(year, month, min(day, 28) if month == 2 and day == 29 else day))
    ]
    if tense == "past":
        past = [year for year, d in dated if d <= reference]
        return max(past)
    if tense == "future":
        future = [year for year, d in dated if d >= reference]
        return min(future)
    return min(dated, key=lambda item: abs((item[1] - reference).days))[0]


def closest_month_year(month: int, reference: dt.date, tense: str | None) -> int:
    """The year of the named ``month`` nearest ``reference`` that the tense allows."""
    if tense == "past":
        return reference.year if month <= reference.month else reference.year - 1
    if tense == "future":
        return reference.year if month >= reference.month else reference.year + 1
    if abs(month - reference.month) <= 6:
        return reference.year
    return reference.year - 1 if month > reference.month else reference.year + 1


def weekday_date(weekday: int, reference: dt.date, tense: str | None, shift: int = 0) -> dt.date:
    """The date of ``weekday`` (1 = Monday) relative to ``reference``.

    ``shift`` -1 is "last <day>", +1 "next <day>", 0 picks by tense: a past tense or
    none gives the most recent such day (the reference day itself included, as in
    "said Friday" in a Friday paper), a future or present tense ("meet Monday") the
    next one.
    """
    delta = weekday - reference.isoweekday()
    if shift < 0 or (shift == 0 and tense not in {"future", "present"}):
        back = (-delta) % 7
        if shift < 0 and back == 0:
            back = 7
        return reference - dt.timedelta(days=back)
    ahead = delta % 7
    if ahead == 0:
        ahead = 7
    return reference + dt.timedelta(days=ahead)
