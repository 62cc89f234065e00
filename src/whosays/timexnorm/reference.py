"""Reference dates an article does not state: inferred from its dates, and anniversaries."""

from __future__ import annotations

import re
from collections.abc import Iterable

from whosays.timexnorm.calendar import valid_day
from whosays.timexnorm.lexicon import ORDINALS

_YEAR = re.compile(r"(\d{4})(?:-|$)")
_FULL_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_YEARLESS_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)$")
_MONTH = re.compile(r"(\d{4})-(\d\d)$")


def infer_reference_date(dated: Iterable[tuple[str | None, str | None]]) -> str | None:
    """Guess an article's reference date from its own absolute dates and tenses.

    ``dated`` holds ``(value, tense)`` pairs of the article's time expressions
    resolved without a reference (``"1998-10-23"``, ``"XXXX-10-23"`` for "Oct. 23",
    ``"1998-10"``, ``"1998"``). Only expressions outside a future-tense clause count:
    news reports what has happened. The latest year they name is the article's
    year; within it, the latest day named (a full date, or a day named without a
    year, as "on Oct. 23" is), else the middle of the latest month named. ``None``
    when the article names no year, or no day or month within its latest year.
    """
    reported = [value for value, tense in dated if value and tense not in {"future", "scheduled"}]
    years = [int(found[1]) for value in reported if (found := _YEAR.match(value))]
    if not years:
        return None
    year = max(years)
    days = [_day_in(value, year) for value in reported]
    known = [day for day in days if day is not None]
    if known:
        return max(known)
    months = [int(m[2]) for value in reported if (m := _MONTH.match(value)) and int(m[1]) == year]
    return f"{year:04d}-{max(months):02d}-15" if months else None


def _day_in(value: str, year: int) -> str | None:
    full = _FULL_DATE.match(value)
    if full:
        return value[:10] if int(full[1]) == year else None
    yearless = _YEARLESS_DAY.match(value)
    if yearless:
        day = valid_day(year, int(yearless[1]), int(yearless[2]))
        return None if day is None else day.isoformat()
    return None


def anniversary_value(ordinal: str, base_value: str) -> str | None:
    """The date of the ``ordinal`` anniversary of ``base_value``.

    ``("tenth", "2001-03")`` -> ``"2011-03"``; ``None`` when ``ordinal`` is not one.
    """
    years = ORDINALS.get(ordinal.lower())
    if years is None:
        digits = re.sub(r"\D", "", ordinal)
        years = int(digits) if digits else None
    match = re.match(r"(\d{4})(.*)", base_value)
    if years is None or match is None:
        return None
    return f"{int(match[1]) + years:04d}{match[2]}"
