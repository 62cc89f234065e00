"""Rules for calendar dates: full dates, days of a month, months, years, weeks of a month."""

from __future__ import annotations

import datetime as dt
import re

from whosays.timexnorm import calendar as cal
from whosays.timexnorm.anchors import from_anchor, last_named_year
from whosays.timexnorm.base import Context, Resolution, Rule, text_after, word_before
from whosays.timexnorm.lexicon import MONTHS, WEEKDAYS, year_number
from whosays.timexnorm.patterns import DAY, MILLENNIUM_YEAR, MONTH, WEEKDAY, YEAR, YEAR_ANY

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
    day = match["mday"] or match["mday2"]
    if day:  # "14 March next year", "March 14 last year": that day
        resolved = _month_relative_year_month(match, context, month)
        value = resolved[1]
        if value is None or "X" in value:
            return ("DATE", None if value is None else f"{value}-{day_number(day):02d}")
        found = cal.valid_day(int(value[:4]), month, day_number(day))
        return ("DATE", None if found is None else cal.day_value(found))
    return _month_relative_year_month(match, context, month)


def _month_relative_year_month(match: re.Match[str], context: Context, month: int) -> Resolution:
    if context.reference is None:
        return ("DATE", f"XXXX-{month:02d}")
    relative = " ".join(match["yrel"].lower().split())
    if relative in {"that", "the same"}:
        # "early June of that year": the month of the last year the text named.
        named = last_named_year(match.string, match.start())
        anchored = from_anchor("year", 0, context)
        if named is not None:
            return ("DATE", cal.month_value(named, month))
        if anchored is not None and anchored[:4].isdigit():
            return ("DATE", cal.month_value(int(anchored[:4]), month))
    shift = {"last": -1, "next": 1}.get(relative, 0)
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
        # "this January" said in December is the coming one in a future clause (not so a
        # past clause back: "with the election due this September" said in February).
        year = reference.year
        if context.tense == "future" and month < reference.month:
            year += 1
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
    half = (match["half"] or match["quarters"] or "").lower()
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


def _first_day(match: re.Match[str], context: Context) -> Resolution:
    if match["year"]:
        return _full_date(match, context)
    return month_day_value(match, context)


def _first_day_guard(text: str, start: int, end: int) -> bool:
    found = _FIRST_OF_TWO.match(text, start)
    return (
        found is not None
        and day_number(found["day"]) < day_number(found["day2"])
        and not re.search(rf"{MONTH}\.?\s*\Z", text[max(0, start - 12) : start])
    )


_FIRST_OF_TWO = re.compile(
    rf"(?P<day>{DAY})\s*(?:and|or|to|-|–)\s*(?P<day2>{DAY})\s+(?:of\s+)?{MONTH}"
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


_LEAD_WEEKDAY = rf"(?:(?P<weekday>{WEEKDAY}),?\s+)?"

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
        rf"(?:{EDGE}?|(?P<mday>{DAY})\s+(?:of\s+)?)(?P<month>{MONTH})(?:\s*(?P<mday2>{DAY}),?)?"
        r"\s+(?:of\s+)?(?P<yrel>last|this|next|that|the\s+same)\s+year",
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
        r"|the\s+(?P<half>first|second|last|latter)\s+half\s+of\s+|the\s+year\s+"
        # "for the first two quarters of 1990 at least": its first half.
        r"|(?:at\s+least\s+)?the\s+(?P<quarters>first|last|final)\s+two\s+quarters\s+of\s+))?"
        rf"(?:(?P<year>{YEAR_ANY})|(?<=year\s)(?P<year2k>{MILLENNIUM_YEAR}))",
        _year,
        _year_guard,
    ),
    Rule("year_end", r"year(?:'s|’s)?[\s-]end", _year_end),
    Rule("second_day", rf"(?P<day>{DAY})", _second_day, _second_day_guard),
    # "on 25 and 26 March", "from 11 to 13 March 2004": the first day is in the month
    # (and year) written after the second.
    Rule(
        "first_day",
        rf"(?P<day>{DAY})(?=\s*(?:and|or|to|-|–)\s*(?P<day2>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})"
        rf"(?:,?\s+(?P<year>{YEAR}))?)",
        _first_day,
        _first_day_guard,
    ),
    Rule("short_year", r"['’](?P<yy>\d\d)", _short_year, _short_year_guard),
)
