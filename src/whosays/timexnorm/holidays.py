"""Rules for holidays: fixed dates (Christmas), weekdays of a month (Thanksgiving), Easter."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from whosays.timexnorm import calendar as cal
from whosays.timexnorm.base import Context, Resolution, Rule
from whosays.timexnorm.lexicon import HOLIDAYS
from whosays.timexnorm.patterns import YEAR


def _holiday(match: re.Match[str], context: Context) -> Resolution:
    name = " ".join(match["holiday"].lower().split())
    if name.startswith(("easter", "good")):
        return _easter(name, match, context)
    if name == "super tuesday":
        return _super_tuesday(match, context)
    floating = _FLOATING_HOLIDAYS.get(name.removesuffix(" day"))
    if floating is not None:
        return _floating_holiday(floating, match, context)
    month_day = HOLIDAYS[name]
    if match["year"]:
        return ("DATE", f"{match['year']}-{month_day}")
    if context.reference is None or "X" in month_day:
        return ("DATE", f"XXXX-{month_day}")
    month, day = (int(part) for part in month_day.split("-"))
    return (
        "DATE",
        f"{cal.closest_year(month, day, context.reference, context.tense):04d}-{month_day}",
    )


HOLIDAY = (
    r"(?-i:Christmas(?:\s+Day|\s+Eve)?|New\s+Year's\s+(?:Day|Eve)|Independence\s+Day"
    r"|Valentine's\s+Day|Halloween|Boxing\s+Day|Bastille\s+Day|May\s+Day|Labor\s+Day"
    r"|Thanksgiving(?:\s+Day)?|Election\s+Day|Super\s+Tuesday(?!\s+(?:\d\b|II))"
    # "Easter Island", "the Easter Rising" are names.
    r"|Easter\s+(?:Sunday|Monday|week)|Easter(?!\s+[A-Z])|Good\s+Friday)"
)


def _floating_holiday(
    day_in: Callable[[int], dt.date], match: re.Match[str], context: Context
) -> Resolution:
    """A holiday on a weekday of a month: the past one, or the coming one in a future
    clause or within a month ahead."""
    if match["year"]:
        return ("DATE", cal.day_value(day_in(int(match["year"]))))
    reference = context.reference
    if reference is None:
        return ("DATE", f"XXXX-{day_in(2000).month:02d}-XX")
    days = [day_in(year) for year in range(reference.year - 1, reference.year + 2)]
    coming = min(day for day in days if day >= reference)
    if context.tense == "future" or (coming - reference).days <= cal.SAME_SEASON_DAYS:
        # As a day of a month, one within a month ahead is taken in a past clause too:
        # "repairs are finished by Sept. 4, when the school reopens after Labor Day".
        return ("DATE", cal.day_value(coming))
    return ("DATE", cal.day_value(max(day for day in days if day <= reference)))


def _nth_weekday(year: int, month: int, weekday: int, nth: int, from_day: int = 1) -> dt.date:
    """The ``nth`` ``weekday`` (0 = Monday) of a month, counted from day ``from_day``."""
    first = dt.date(year, month, from_day)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


# United States holidays that fall on a weekday rather than a date.
_FLOATING_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "thanksgiving": lambda year: _nth_weekday(year, 11, 3, 4),  # fourth Thursday of November
    "election": lambda year: _nth_weekday(year, 11, 1, 1, 2),  # Tuesday after Nov.'s 1st Monday
    "labor": lambda year: _nth_weekday(year, 9, 0, 1),  # first Monday of September
    "easter": lambda year: easter_sunday(year),
    "easter sunday": lambda year: easter_sunday(year),
    "easter monday": lambda year: easter_sunday(year) + dt.timedelta(days=1),
    "good friday": lambda year: easter_sunday(year) - dt.timedelta(days=2),
}


def _super_tuesday(match: re.Match[str], context: Context) -> Resolution:
    """ "Super Tuesday": the first Tuesday of March of a US presidential election year (as
    in 2000, 2004 and 2012 to 2024; Feb. 5 in 2008), the one nearest the reference
    ("Super Tuesday, when 11 states vote", written in February 2016 -> 2016-03-01)."""
    if match["year"]:
        return ("DATE", cal.day_value(super_tuesday_in(int(match["year"]))))
    if context.reference is None:
        return ("DATE", "XXXX-03-XX")
    return ("DATE", cal.day_value(nearest_super_tuesday(context.reference)))


# Super Tuesdays that were not the first Tuesday of March (2008's was moved to Feb. 5).
_SUPER_TUESDAYS = {
    1988: dt.date(1988, 3, 8), 1992: dt.date(1992, 3, 10), 1996: dt.date(1996, 3, 12),
    2008: dt.date(2008, 2, 5),
}  # fmt: skip


def super_tuesday_in(year: int) -> dt.date:
    """The Super Tuesday of ``year``: the dated ones, else the first Tuesday of March."""
    return _SUPER_TUESDAYS.get(year) or _nth_weekday(year, 3, 1, 1)


def nearest_super_tuesday(reference: dt.date) -> dt.date:
    """The Super Tuesday (every four years) nearest ``reference``."""
    first = reference.year - reference.year % 4
    days = [super_tuesday_in(year) for year in (first - 4, first, first + 4)]
    return min(days, key=lambda day: abs((day - reference).days))


def _easter(name: str, match: re.Match[str], context: Context) -> Resolution:
    # Easter within a month of the reference is that one ("prayed as Easter week began",
    # written the Monday before); else the past one, or the coming one in a future clause.
    day_in = _FLOATING_HOLIDAYS[name.removesuffix(" week")]
    reference = context.reference
    near = reference and min(
        (day_in(year) for year in (reference.year - 1, reference.year, reference.year + 1)),
        key=lambda day: abs((day - reference).days),
    )
    if reference and near and not match["year"] and abs((near - reference).days) <= 30:
        value: str | None = cal.day_value(near)
    else:
        value = _floating_holiday(day_in, match, context)[1]
    if name.endswith("week"):
        day = cal.parse_iso_date(value)
        return ("DATE", cal.week_value(day) if day else None)
    return ("DATE", value)


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return dt.date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


# A holiday's name before a thing named after it is no date: "the San Bernardino Christmas
# party", "a Christmas card", "Halloween masks" happen or are used on other days than the
# holiday. A meal of the day, its night or weekend stay dates, and so do the trade words
# ("Christmas sales", "Christmas shopping"): MEANTIME tags them as the season (`PXD`).
_THING_AFTER = re.compile(
    r"[\s-]+(?:part(?:y|ies)|trees?|cards?|gifts?|presents?|ads?|adverts?"
    r"|commercials?|decorations?|lights?|ornaments?|carols?|songs?|music|movies?|films?"
    r"|specials?|sweaters?|jumpers?|costumes?|masks?|candy|cookies?|displays?"
    r"|stockings?|themed|bonus(?:es)?|shows?|episodes?|wreaths?|fair|bazaar)\b",
    re.IGNORECASE,
)


def _not_before_a_thing(text: str, start: int, end: int) -> bool:
    return _THING_AFTER.match(text, end) is None


RULES: tuple[Rule, ...] = (
    Rule(
        "holiday",
        rf"(?P<holiday>{HOLIDAY})(?:,?\s+(?P<year>{YEAR}))?",
        _holiday,
        guard=_not_before_a_thing,
    ),
)
