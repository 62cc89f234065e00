"""Rules for calendar dates: full dates, months, years, decades, centuries, seasons, quarters."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from whosays.timexnorm import calendar as cal
from whosays.timexnorm.base import Context, Resolution, Rule, text_after, word_before
from whosays.timexnorm.lexicon import HOLIDAYS, MONTHS, ORDINALS, SEASONS, WEEKDAYS, year_number
from whosays.timexnorm.patterns import (
    DAY,
    MILLENNIUM_YEAR,
    MONTH,
    ORDINAL_QUARTER,
    SEASON,
    WEEKDAY,
    YEAR,
    YEAR_ANY,
)

EDGE = r"(?:(?P<edge>early|late|mid-?|the\s+(?:end|beginning|start|middle)\s+of)\s*)"
RELATIVE = r"(?P<rel>last|next|this(?:\s+past)?|the\s+past|the\s+coming|the\s+previous)"


def month_number(word: str) -> int:
    """The month number of a month name or abbreviation."""
    return MONTHS[word.lower().rstrip(".")]


def day_number(word: str) -> int:
    """The day of month in ``"3"``, ``"03"`` or ``"3rd"``."""
    return int(re.sub(r"\D", "", word))


def year_of(match: re.Match[str]) -> str:
    """The four digits of the year a rule matched, written in digits or words."""
    return f"{year_number(match['year']) or 0:04d}"


def _full_date(match: re.Match[str], context: Context) -> Resolution:
    day = cal.valid_day(int(year_of(match)), month_number(match["month"]), day_number(match["day"]))
    return ("DATE", None if day is None else cal.day_value(day))


def month_day_value(match: re.Match[str], context: Context) -> Resolution:
    month, day = month_number(match["month"]), day_number(match["day"])
    if context.reference is None:
        return ("DATE", f"XXXX-{month:02d}-{day:02d}")
    # "last Oct. 23": TimeML leaves "last" outside the span, but it fixes the direction.
    relative = word_before(match.string, match.start())
    tense = "past" if relative == "last" else "future" if relative == "next" else context.tense
    year = cal.closest_year(month, day, context.reference, tense)
    weekday = match.groupdict().get("weekday")
    if weekday:  # "Monday, Oct. 26": the nearby year in which Oct. 26 is a Monday
        year = _year_with_weekday(year, month, day, WEEKDAYS[weekday.lower()], context.reference)
    return ("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def _week_of(match: re.Match[str], context: Context) -> Resolution:
    """ "the week of March 6": the ISO week holding that day."""
    if match["year"]:
        day = cal.valid_day(
            int(year_of(match)), month_number(match["month"]), day_number(match["day"])
        )
    else:
        value = month_day_value(match, context)[1] or ""
        day = None if "X" in value else cal.parse_iso_date(value)
    return ("DATE", None if day is None else cal.week_value(day))


_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def _week_of_month(match: re.Match[str], context: Context) -> Resolution:
    """ "the last week of March", "the first week of March": the ISO week with most of its
    days at the end (start) of the month; the month's year as for a bare month."""
    month = month_number(match["month"])
    if match["year"]:
        year = int(year_of(match))
    elif context.reference is None:
        return ("DATE", f"XXXX-{month:02d}")
    else:
        year = cal.closest_month_year(month, context.reference, context.tense)
    nth = _WEEK_ORDINALS[match["nth"].lower()]
    # The week with most of its days in the month: the one holding the 4th (as ISO week 1
    # holds January 4), or for the last week the one holding the last day but three.
    if nth < 0:
        day = cal.add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=4)
    else:
        day = dt.date(year, month, 4) + dt.timedelta(days=7 * (nth - 1))
    if day.month != month:
        return ("DATE", cal.month_value(year, month))
    return ("DATE", cal.week_value(day))


def _year_with_weekday(year: int, month: int, day: int, weekday: int, reference: dt.date) -> int:
    around = reference.year
    for candidate in dict.fromkeys((year, year - 1, year + 1, around - 1, around, around + 1)):
        date = cal.valid_day(candidate, month, day)
        if date is not None and date.isoweekday() == weekday:
            return candidate
    return year


def _iso_date(match: re.Match[str], context: Context) -> Resolution:
    day = cal.valid_day(int(match["year"]), int(match["month"]), int(match["day"]))
    return ("DATE", None if day is None else cal.day_value(day))


def _us_numeric_date(match: re.Match[str], context: Context) -> Resolution:
    year = int(match["year"])
    year += 2000 if year < 50 else 1900 if year < 100 else 0
    day = cal.valid_day(year, int(match["month"]), int(match["day"]))
    return ("DATE", None if day is None else cal.day_value(day))


def _month_year(match: re.Match[str], context: Context) -> Resolution:
    return ("DATE", cal.month_value(int(year_of(match)), month_number(match["month"])))


def _month_relative_year(match: re.Match[str], context: Context) -> Resolution:
    month = month_number(match["month"])
    if context.reference is None:
        return ("DATE", f"XXXX-{month:02d}")
    shift = {"last": -1, "next": 1}.get(match["yrel"].lower(), 0)
    return ("DATE", cal.month_value(context.reference.year + shift, month))


def _bare_month(match: re.Match[str], context: Context) -> Resolution:
    month = month_number(match["month"])
    reference = context.reference
    if reference is None:
        return ("DATE", f"XXXX-{month:02d}")
    relative = (match["rel"] or "").lower().split()[-1:] or [""]
    if relative[0] in {"last", "past", "previous"}:
        year = reference.year if month < reference.month else reference.year - 1
    elif relative[0] in {"next", "coming"}:
        year = reference.year if month > reference.month else reference.year + 1
    elif relative[0] == "this":
        year = reference.year
    else:
        year = cal.closest_month_year(month, reference, context.tense)
    return ("DATE", cal.month_value(year, month))


def _bare_month_guard(text: str, start: int, end: int) -> bool:
    # "May" and "March" are also a modal and a verb: only with a date-like word before.
    word = text[start:end].split()[-1].rstrip(".").lower()
    if word not in {"may", "march", "mar"}:
        return True
    return (start == 0 or word_before(text, start) in _MONTH_INTRODUCERS) or (
        text[start:end].split()[0].lower() in {"last", "next", "this", "early", "late", "mid"}
    )


_MONTH_INTRODUCERS = frozenset(
    {"in", "since", "until", "till", "by", "of", "during", "through", "from", "to", "and",
     "or", "between", "before", "after", "early", "late", "mid", "last", "next", "this"}
)  # fmt: skip


def _year(match: re.Match[str], context: Context) -> Resolution:
    half = (match["half"] or "").lower()
    year = year_of(match) if match["year"] else f"{year_number(match['year2k']) or 0:04d}"
    if half:
        return ("DATE", f"{year}-H{1 if half == 'first' else 2}")
    return ("DATE", year)


def _year_guard(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start]
    after = text_after(text, end, 12)
    if "$" in before or "#" in before or re.match(r"[,.]\d|\s*(?:%|percent|per\s*cent)", after):
        return False
    if re.match(r"\s*(?:-|to)\s*\d", after) and not re.match(
        r"\s*(?:-|to)\s*(?:1[6-9]|20)\d\d", after
    ):
        return False
    if re.search(r"(?<![\d,.])(?:1[6-9]|20)\d\d,\s+$", text[max(0, start - 8) : start]):
        return True  # a list of years: "in 1994, 1995 and 1997"
    return not re.search(r"\d[,.]?\s*$", text[max(0, start - 3) : start])


_FIRST_DAY = re.compile(rf"(?P<month>{MONTH})\s*(?P<day>{DAY})\s*(?:and|or|to|through|-|–)\s*\Z")
_NOT_A_DAY_AFTER = re.compile(r"\s*(?:%|percent|[.,:]\d|[ap]\.?m\b|\d)", re.IGNORECASE)


def _second_day(match: re.Match[str], context: Context) -> Resolution:
    # "April 24 and 25", "Feb. 12-14": the second day is in the first one's month.
    first = _FIRST_DAY.search(match.string, max(0, match.start() - 24), match.start())
    month = month_number(first["month"]) if first else 1
    day = day_number(match["day"])
    anchor = context.anchor or ""
    if re.match(rf"\d{{4}}-{month:02d}-\d\d", anchor):  # the first day's year
        return ("DATE", f"{anchor[:4]}-{month:02d}-{day:02d}")
    if context.reference is None:
        return ("DATE", f"XXXX-{month:02d}-{day:02d}")
    year = cal.closest_year(month, day, context.reference, context.tense)
    return ("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def _second_day_guard(text: str, start: int, end: int) -> bool:
    first = _FIRST_DAY.search(text, max(0, start - 24), start)
    return (
        first is not None
        and day_number(first["day"]) < day_number(text[start:end])
        and _NOT_A_DAY_AFTER.match(text, end) is None
    )


def _short_year(match: re.Match[str], context: Context) -> Resolution:
    # "since '82": the latest such year not after the reference (2030 without one).
    short = int(match["yy"])
    latest = context.reference.year if context.reference else 2030
    year = latest - (latest - short) % 100
    return ("DATE", f"{year:04d}")


def _short_year_guard(text: str, start: int, end: int) -> bool:
    # Only after a preposition: "iLife '11", "Windows '98" are product names.
    return word_before(text, start) in {"since", "in", "of", "from", "until", "till", "by"}


def _year_end(match: re.Match[str], context: Context) -> Resolution:
    # "by year-end" is this year's end; "since year-end" or a past clause the last one gone.
    reference = context.reference
    if reference is None:
        return ("DATE", None)
    looks_back = context.tense == "past" or word_before(match.string, match.start()) == "since"
    gone = looks_back and (reference.month, reference.day) != (12, 31)
    return ("DATE", f"{reference.year - 1 if gone else reference.year:04d}")


def _century(match: re.Match[str], context: Context) -> Resolution:
    word = match["century"].lower()
    number = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    return ("DATE", f"{number - 1:02d}" if number else None)


def _season(match: re.Match[str], context: Context) -> Resolution:
    code = SEASONS[match["season"].lower()]
    if match["year"]:
        return ("DATE", f"{year_of(match)}-{code}")
    reference = context.reference
    if reference is None:
        return ("DATE", f"XXXX-{code}")
    relative = (match["rel"] or "").lower().split()[-1:] or [""]
    year = reference.year
    if (match["rel"] or "").lower().startswith("this") and relative[0] == "past":
        year -= _season_after(code, reference)  # "this past spring": the latest one gone
    elif relative[0] in {"last", "past", "previous"}:
        year -= 1
    elif relative[0] in {"next", "coming"}:
        year += 1
    elif relative[0] != "this" and context.tense == "past" and _season_after(code, reference):
        year -= 1
    elif relative[0] != "this" and context.tense == "future" and _season_before(code, reference):
        year += 1
    return ("DATE", f"{year:04d}-{code}")


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_after(code: str, reference: dt.date) -> bool:
    return _SEASON_START[code] > reference.month


def _season_before(code: str, reference: dt.date) -> bool:
    return _SEASON_START[code] + 2 < reference.month


def _season_guard(text: str, start: int, end: int) -> bool:
    words = text[start:end].lower().split()
    after = _SEASON_NAME.match(text, end)
    if after is not None and after[0][-1].isupper() and not words[-1].isdigit():
        return False  # "the Summer Olympics", "the Winter Palace": a name
    if words[-1] == "fall" and words[0] not in {"last", "next"} and _FALL_OF.match(text, end):
        return False  # "the fall of the World Trade Center", "this fall in prices"
    if len(words) > 1 or words[0] == "fall":
        return len(words) > 1
    before = word_before(text, start)
    if before in {"in", "during", "this", "last", "next", "the", "by"}:
        return True
    # "held their Autumn meetings", "but spring shows signs of hope"; not a name ("Arab
    # Spring", "Winter Olympics", "the Spring of Life") nor "spring water".
    return before in _SEASON_LEADS and after is None


_SEASON_LEADS = frozenset(
    {"their", "its", "his", "her", "our", "but", "and", "since", "until", "through", "for"}
)
_SEASON_NAME = re.compile(r"\s+(?:of\b|[A-Z]|water|roll|break\b)")
# "fall" as a drop or a collapse: "of" and no year after it, "in" and a common word
# ("this fall in prices"); "this fall in Ohio", "this fall in the Senate" stay seasons.
_FALL_OF = re.compile(
    r"\s+(?:of\s+(?!\d|'\d|the\s+year\b)"
    r"|in\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that)\b)[a-z])"
)


def _quarter(match: re.Match[str], context: Context) -> Resolution:
    ordinal = (match["ordinal"] or "").lower()
    number = (4 if ordinal == "final" else ORDINALS[ordinal]) if ordinal else int(match["qnum"])
    if match["year"]:
        return ("DATE", f"{match['year']}-Q{number}")
    reference = context.reference
    if reference is None:
        return ("DATE", f"XXXX-Q{number}")
    if match["yrel"]:
        shift = {"last": -1, "next": 1}.get(match["yrel"].lower(), 0)
        return ("DATE", f"{reference.year + shift:04d}-Q{number}")
    year = reference.year if number <= cal.quarter_of(reference) else reference.year - 1
    # A later quarter is this year's in a future clause, and without a past tense when it
    # starts within about three months, as a month does ("closures during the fourth
    # quarter", written in August).
    starts_in = (dt.date(reference.year, 3 * number - 2, 1) - reference).days
    if number > cal.quarter_of(reference) and (
        context.tense == "future" or (context.tense != "past" and starts_in <= 92)
    ):
        year = reference.year
    return ("DATE", f"{year:04d}-Q{number}")


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
_LEAD_WEEKDAY = rf"(?:(?P<weekday>{WEEKDAY}),?\s+)?"


def _decade_any(match: re.Match[str], context: Context) -> Resolution:
    if match["decade_word"]:
        return ("DATE", f"19{_DECADE_WORDS.index(match['decade_word'].lower()) + 2}")
    digits = match["decade"] or match["decade2"] or match["decade3"]
    return _decade_digits(digits)


# "the 70s and 80s": a two-digit decade without an apostrophe after "the" or another
# decade ("in his 30s" is an age); "remains in the 30s" in a story about polls, ratings
# or temperatures is a range of numbers.
_DECADE_BEFORE = re.compile(r"(?:\bthe\s+|\d0s\s+(?:and|or|to|through)\s+)$", re.IGNORECASE)
_NUMBER_RANGE_CONTEXT = re.compile(
    r"poll|percent|%|rating|approval|support|degrees|temperature|score|average", re.IGNORECASE
)


def _decade_guard(text: str, start: int, end: int) -> bool:
    digits = re.search(r"(\d)0s$", text[start:end])
    if digits is None or re.search(r"\d{3}0s|'\d0s", text[start:end]):
        return True
    after_the = text[start:end].lower().startswith("the")
    before = _DECADE_BEFORE.search(text[max(0, start - 16) : start]) is not None
    context = text[max(0, start - 120) : end + 40]
    return (after_the or before) and _NUMBER_RANGE_CONTEXT.search(context) is None


def _floating_holiday(
    day_in: Callable[[int], dt.date], match: re.Match[str], context: Context
) -> Resolution:
    """A holiday on a weekday of a month: the past one, or the coming one in a future clause."""
    if match["year"]:
        return ("DATE", cal.day_value(day_in(int(match["year"]))))
    reference = context.reference
    if reference is None:
        return ("DATE", f"XXXX-{day_in(2000).month:02d}-XX")
    days = [day_in(year) for year in range(reference.year - 1, reference.year + 2)]
    if context.tense == "future":
        return ("DATE", cal.day_value(min(day for day in days if day >= reference)))
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
    in 2004 and 2012 to 2024), the one nearest the reference ("Super Tuesday, when 11
    states vote", written in February 2016 -> 2016-03-01)."""
    if match["year"]:
        return ("DATE", cal.day_value(_nth_weekday(int(match["year"]), 3, 1, 1)))
    reference = context.reference
    if reference is None:
        return ("DATE", "XXXX-03-XX")
    first = reference.year - reference.year % 4
    days = [_nth_weekday(year, 3, 1, 1) for year in (first - 4, first, first + 4)]
    return ("DATE", cal.day_value(min(days, key=lambda day: abs((day - reference).days))))


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


_DECADE_WORDS = (
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
)  # fmt: skip


def _decade_digits(digits: str) -> Resolution:
    if len(digits) == 2:
        century = "20" if digits in {"00", "10", "20"} else "19"
        return ("DATE", f"{century}{digits[0]}")
    return ("DATE", digits[:3])


RULES: tuple[Rule, ...] = (
    Rule(
        "week_of_month",
        r"the\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+"
        rf"(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR_ANY}))?(?!\s*\d)",
        _week_of_month,
    ),
    Rule(
        "week_of",
        rf"the\s+week\s+of\s+(?P<month>{MONTH})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR_ANY}))?",
        _week_of,
    ),
    Rule(
        "month_day_year",
        rf"{EDGE}?{_LEAD_WEEKDAY}(?P<month>{MONTH})\s*(?P<day>{DAY}),?\s+(?P<year>{YEAR_ANY})",
        _full_date,
    ),
    Rule(
        "day_month_year",
        rf"{_LEAD_WEEKDAY}(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})",
        _full_date,
    ),
    Rule("iso_date", r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)", _iso_date),
    Rule(
        "us_numeric_date",
        r"(?P<month>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>(?:19|20)?\d\d)",
        _us_numeric_date,
    ),
    Rule(
        "month_day",
        rf"{_LEAD_WEEKDAY}(?P<month>{MONTH})\s*(?P<day>{DAY})(?!\s*,?\s*\d)",
        month_day_value,
    ),
    Rule(
        "day_month",
        rf"{_LEAD_WEEKDAY}(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})",
        month_day_value,
    ),
    Rule(
        "month_year", rf"{EDGE}?(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR_ANY})", _month_year
    ),
    Rule(
        "month_relative_year",
        rf"{EDGE}?(?P<month>{MONTH})\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year",
        _month_relative_year,
    ),
    # A month with a number after it is a day or a year ("last Oct. 23"): other rules.
    Rule(
        "month",
        rf"{EDGE}?(?:{RELATIVE}\s+)?(?P<month>{MONTH})(?!\s*\d)",
        _bare_month,
        _bare_month_guard,
    ),
    Rule(
        "year",
        rf"(?:(?:{EDGE}|fiscal\s+(?:year\s+)?|calendar\s+(?:year\s+)?"
        r"|the\s+(?P<half>first|second|last|latter)\s+half\s+of\s+|the\s+year\s+))?"
        rf"(?:(?P<year>{YEAR_ANY})|(?<=year\s)(?P<year2k>{MILLENNIUM_YEAR}))",
        _year,
        _year_guard,
    ),
    Rule("year_end", r"year(?:'s|’s)?[\s-]end", _year_end),
    Rule("second_day", rf"(?P<day>{DAY})", _second_day, _second_day_guard),
    Rule("short_year", r"['’](?P<yy>\d\d)", _short_year, _short_year_guard),
    Rule(
        "decade",
        r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?P<decade>(?:1[6-9]|20)\d0)s|'(?P<decade2>\d0)s"
        r"|the\s+(?P<decade_word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
        r"|(?P<decade3>[5-9]0)s)",
        _decade_any,
        _decade_guard,
    ),
    Rule(
        "century",
        r"(?:the\s+)?(?P<century>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fifteenth|twentieth)[\s-]+century",
        _century,
    ),
    Rule(
        "season",
        rf"{EDGE}?(?:{RELATIVE}\s+|the\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR_ANY}))?",
        _season,
        _season_guard,
    ),
    Rule(
        "quarter",
        # "the fiscal first quarter", "the fiscal-first quarter" keep "the fiscal".
        rf"(?:the\s+(?:fiscal[\s-]+)?(?=\w+\s))?"
        rf"(?:(?P<ordinal>{ORDINAL_QUARTER}|final)[\s-]+(?:fiscal\s+)?quarter|Q(?P<qnum>[1-4]))"
        rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>{YEAR})|\s+of\s+(?P<yrel>this|last|next)\s+year)?",
        _quarter,
    ),
    Rule("holiday", rf"(?P<holiday>{HOLIDAY})(?:,?\s+(?P<year>{YEAR}))?", _holiday),
)
