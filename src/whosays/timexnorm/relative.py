"""Rules for expressions relative to the reference date: days, weekdays, units, ago, times."""

from __future__ import annotations

import datetime as dt
import re

from whosays.timexnorm import calendar as cal
from whosays.timexnorm.base import Context, Resolution, Rule, word_before
from whosays.timexnorm.dates import month_day_value
from whosays.timexnorm.lexicon import (
    PARTS_OF_DAY,
    REFERENCE_WORDS,
    SEASONS,
    WEEKDAYS,
    number_value,
    unit_of,
)
from whosays.timexnorm.patterns import (
    APPROX,
    DAY,
    MONTH,
    NUMBER,
    PART_OF_DAY,
    TIME_OF_DAY,
    TIME_ZONE,
    UNIT_ANY,
    VAGUE,
    WEEKDAY,
)
from whosays.timexnorm.quarters import year_ago_quarter

_DEICTIC_OFFSETS = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip
DEICTIC = (
    r"(?P<deictic>today|yesterday|tomorrow|tonight"
    r"|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))"
)
_PAST_WORDS = {"last", "past", "previous", "ago", "earlier", "before"}
_FUTURE_WORDS = {"next", "coming", "following", "later", "hence", "now"}


def _words(text: str | None) -> list[str]:
    return (text or "").lower().split()


def _deictic(match: re.Match[str], context: Context) -> Resolution:
    word = " ".join(_words(match["deictic"]))
    part = (match["part"] or match["lead"] or "").lower()  # "mid-afternoon yesterday"
    kind = "TIME" if part or word == "tonight" else "DATE"
    if word == "tonight":
        part = "night"
    if context.reference is None:
        return (kind, None)
    day = context.reference + dt.timedelta(days=_DEICTIC_OFFSETS[word])
    suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
    return (kind, cal.day_value(day) + suffix)


def _this_part_of_day(match: re.Match[str], context: Context) -> Resolution:
    part = match["part"].lower()
    if context.reference is None:
        return ("TIME", None)
    day = context.reference
    if match["which"].lower() == "last":
        day -= dt.timedelta(days=1)
    return ("TIME", f"{cal.day_value(day)}T{PARTS_OF_DAY[part]}")


def _weekday(match: re.Match[str], context: Context) -> Resolution:
    weekday = WEEKDAYS[match["weekday"].lower()]
    part = (match["part"] or "").lower()
    kind = "TIME" if part else "DATE"
    suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
    if context.reference is None:
        return (kind, f"XXXX-WXX-{weekday}{suffix}")
    relative = ((match["rel"] or "").lower().split() or [""])[-1]  # "this coming" -> "coming"
    shift = -1 if relative == "last" else 1 if relative in {"next", "coming"} else 0
    # "this Friday" is the coming one unless its clause is past ("this Monday he said").
    tense = "future" if relative == "this" and context.tense != "past" else context.tense
    day = cal.weekday_date(weekday, context.reference, tense, shift)
    return (kind, cal.day_value(day) + suffix)


def _unit_value(unit: str, day: dt.date, context: Context) -> str | None:
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


def _relative_unit(match: re.Match[str], context: Context) -> Resolution:
    unit = match["unit"].lower()
    words = set(_words(match["rel"]))
    direction = -1 if words & _PAST_WORDS else 1 if words & _FUTURE_WORDS else 0
    if unit == "year" and words & _ANAPHORIC_WORDS:
        named = last_named_year(match.string, match.start())
        if named is not None:
            return ("DATE", f"{named + direction:04d}")
    anchored = _from_anchor(unit, direction, context) if words & _ANAPHORIC_WORDS else None
    if anchored is not None:
        return ("DATE", anchored)
    if context.reference is None:
        return ("DATE", None)
    day = shift_date(context.reference, unit, direction)
    return ("DATE", _unit_value(unit, day, context))


def _ago(match: re.Match[str], context: Context) -> Resolution:
    unit = unit_of(match["unit"]) or "year"
    amount = number_value(match["number"])
    if amount is None:
        return ("DATE", "PAST_REF" if match["dir"].lower() in _PAST_WORDS else "FUTURE_REF")
    if context.reference is None:
        return ("DATE", None)
    sign = -1 if match["dir"].lower() in _PAST_WORDS else 1
    if unit == "year" and amount == 1 and sign < 0:
        # Earnings reports compare with the same quarter "a year ago" (1988-Q3).
        quarter = year_ago_quarter(match.string, match.start(), context.reference)
        if quarter is not None:
            return ("DATE", quarter)
    start = context.reference
    if match["dir"].lower() in {"earlier", "before"}:
        # "earlier" and "before" count back from the last date the text gave ("failed in
        # May 2019; a month earlier" -> 2019-04), "ago" from the reference.
        start = _anchor_start(unit, context) or start
    day = shift_date(start, unit, sign * amount)
    if unit == "decade":
        return ("DATE", f"{day.year:04d}")
    return ("DATE", _unit_value(unit, day, context))


def _anchor_start(unit: str, context: Context) -> dt.date | None:
    """The last date the text gave as a day to count from, when precise enough for ``unit``
    (a month anchor for months and longer units, a day anchor for days and weeks)."""
    anchor = context.anchor or ""
    start = None
    if _ANCHOR_DAY.match(anchor):
        start = dt.date.fromisoformat(anchor[:10])
    elif unit not in {"day", "week", "weekend", "hour", "minute", "second"} and (
        _ANCHOR_MONTH.match(anchor)
    ):
        start = dt.date(int(anchor[:4]), int(anchor[5:7]), 1)
    if start is not None and context.reference is not None and start > context.reference:
        return None  # "ahead of next Tuesday's primary ... A day earlier": not that Tuesday
    return start


def _clock(match: re.Match[str], context: Context) -> Resolution:
    clock = _clock_value(match["clock"])
    day: dt.date | None = context.reference
    if match["weekday"] and context.reference is not None:
        weekday = WEEKDAYS[match["weekday"].lower()]
        day = cal.weekday_date(weekday, context.reference, context.tense)
    elif match["deictic"] and context.reference is not None:
        word = " ".join(_words(match["deictic"]))
        day = context.reference + dt.timedelta(days=_DEICTIC_OFFSETS[word])
    elif match["month"]:
        dated = month_day_value(match, context)[1]
        day = cal.parse_iso_date(dated) if dated and "X" not in dated else None
    elif _ANCHOR_DAY.match(context.anchor or "") and not _alone_on_its_line(match):
        day = cal.parse_iso_date((context.anchor or "")[:10])  # "on Oct. 23 ... at 10 p.m."
    if clock is None:
        return ("TIME", None)
    # ISO 8601 marks UTC with "Z"; other zones are left out of the value.
    zone = "Z" if (match["zone"] or "") in {"UTC", "GMT"} else ""
    return ("TIME", f"{cal.day_value(day) if day else 'XXXX-XX-XX'}T{clock}{zone}")


def _alone_on_its_line(match: re.Match[str]) -> bool:
    """Whether a clock time is a line of its own: the time stamp of a live blog's entry
    ("___.\n\n5:15 p.m.\n\nHillary Clinton has won ..."), on the reference day, not on
    the last day the entries before it named."""
    text = match.string
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    line = text[start : len(text) if end < 0 else end]
    return line.strip(" \t.:-_") == match[0].strip(" .")


def _clock_value(text: str) -> str | None:
    lowered = text.lower().replace(" ", "")
    if lowered in {"noon", "midday"}:
        return "12:00"
    if lowered == "midnight":
        return "24:00"
    found = re.match(r"(\d{1,2})(?::?(\d\d))?", lowered)  # "0735 GMT" -> 07:35
    if found is None:
        return None
    hour, minute = int(found[1]), int(found[2] or 0)
    if lowered.endswith(("afternoon", "evening", "night")):  # "4 in the afternoon"
        return f"{hour + 12 if hour < 12 else hour:02d}:{minute:02d}"
    if lowered.endswith("morning"):
        return f"{0 if hour == 12 else hour:02d}:{minute:02d}"
    if "p" in lowered and hour < 12:
        hour += 12
    elif "a" in lowered and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _reference_word(match: re.Match[str], context: Context) -> Resolution:
    text = " ".join(_words(match[0]))
    if text in REFERENCE_WORDS:
        return ("DATE", REFERENCE_WORDS[text])
    if "future" in text or "term" in text or text == "one day":
        return ("DATE", "FUTURE_REF")
    if "past" in text or "recent" in text or "previous" in text:
        return ("DATE", "PAST_REF")
    return ("DATE", "PRESENT_REF")


RELATIVE_UNIT = (
    r"(?:(?P<edge>earlier|later|early|late|mid-?|the\s+(?:end|beginning|start|middle|rest)\s+of)\s*)?"
    r"(?P<rel>this|last|next|the\s+(?:past|last|coming|next|previous|following|current|same)|past|coming"
    r"|(?<=of\s)the)"
    r"\s+(?:fiscal\s+(?=year|quarter))?"
    r"(?P<unit>week|weekend|month|year|quarter|decade|century|fortnight)(?:\s+or\s+so\b)?"
)
_AGO = (
    rf"(?:{APPROX}\s+|about\s+)?(?P<number>{NUMBER}|{VAGUE}|an?)\s+(?:(?:more|few)\s+)?"
    rf"(?P<unit>{UNIT_ANY})\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|before(?=\s*[^\w\s]|\s*$)|from\s+now|hence)"
)  # "three days later" is no date: TimeML tags the duration "three days" (P3D), and so
# "30 days before closing": "before" with an event after it is a signal outside the span.
REFERENCE = (
    # "the now-cancelled deal": "now" is part of an adjective, like "then-president".
    r"now(?!-\w)|currently|nowadays|presently|recently|lately"
    # "the past three presidents" is no time: "the past" before a count is a modifier.
    rf"|the\s+(?:near\s+)?(?:future|past(?!\s+(?:{NUMBER}|few|several|couple)\b)|present)"
    r"(?!\s+of\b)|these\s+days"
    r"|the\s+(?:near|short|long)\s+term"
    # "Islam will one day be the second largest religion": some day ahead, no length.
    r"|(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bmay\s)|(?<=\bmight\s)|(?<=\bcould\s)"
    r"|(?<=\bcan\s))one\s+day(?![\w-])"
)  # "the future of our peoples" is their fate, no time


def _weekend(match: re.Match[str], context: Context) -> Resolution:
    if context.reference is None:
        return ("DATE", None)
    saturday = cal.weekday_date(6, context.reference, context.tense)
    return ("DATE", cal.week_value(saturday) + "-WE")


def _anaphoric(match: re.Match[str], context: Context) -> Resolution:
    # These count from the event just told: a year from the last year the text names,
    # else (and for days) from the reference date, the best guess.
    unit = (match.groupdict().get("unit3") or match["unit"]).lower()
    words = set(_words(match[0]))
    direction = (
        -1 if words & {"previous", "before"} else 1 if words & {"next", "following", "after"} else 0
    )
    named = last_named_year(match.string, match.start()) if unit == "year" else None
    if named is not None:
        return ("DATE", f"{named + direction:04d}")
    anchored = _from_anchor(unit, direction, context)
    if anchored is not None:
        return ("DATE", anchored)
    if context.reference is None:
        return ("DATE", None)
    return ("DATE", _unit_value(unit, shift_date(context.reference, unit, direction), context))


_ANCHOR_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_ANCHOR_MONTH = re.compile(r"\d{4}-\d\d(?![\d-]*W)")


def _from_anchor(unit: str, direction: int, context: Context) -> str | None:
    """ "that day", "the day after", "the following month" counted from the last date the
    text gave (``context.anchor``), when it is precise enough for the unit."""
    anchor = context.anchor or ""
    if unit == "day" and _ANCHOR_DAY.match(anchor):
        day = dt.date.fromisoformat(anchor[:10])
        return cal.day_value(day + dt.timedelta(days=direction))
    if unit == "month" and _ANCHOR_MONTH.match(anchor):
        month = cal.add_months(dt.date(int(anchor[:4]), int(anchor[5:7]), 1), direction)
        return cal.month_value(month.year, month.month)
    return None


_ANAPHORIC_WORDS = frozenset({"following", "previous", "same"})
_NAMED_YEAR = re.compile(r"(?<![\d$.,])(?:1[6-9]|20)\d\d(?![\d%])")
# How far back "that year" looks for the year it refers to.
_ANAPHORA_WINDOW = 1500


def last_named_year(text: str, before: int) -> int | None:
    """The last year (1600-2099) ``text`` names in the stretch before offset ``before``."""
    years = _NAMED_YEAR.findall(text, max(0, before - _ANAPHORA_WINDOW), before)
    return int(years[-1]) if years else None


_VAGUE_CODES = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "quarter": "Q"}


def _vague_span(match: re.Match[str], context: Context) -> Resolution:
    unit = unit_of(match["unit"] or match["unit2"] or match["unit3"] or match["unit4"]) or "year"
    return ("DURATION", f"PX{_VAGUE_CODES[unit]}")


def _part_of_day(match: re.Match[str], context: Context) -> Resolution:
    # "placed buy orders in the morning", "rose in morning trading": the morning of the
    # last day the text gave ("were dashed Friday. ... in the morning"), else the reference.
    part = PARTS_OF_DAY[(match["part"] or match["part2"] or match["part3"]).lower()]
    anchor = context.anchor or ""
    day = anchor[:10] if _ANCHOR_DAY.match(anchor) else None
    if day is None and context.reference is not None:
        day = cal.day_value(context.reference)
    return ("TIME", f"{day}T{part}" if day else None)


def _anaphoric_weekday(match: re.Match[str], context: Context) -> Resolution:
    # "down 4.5% from the previous Friday": that weekday before the last day the text gave
    # (else the reference); "the following Monday" the one after it.
    weekday = WEEKDAYS[match["weekday"].lower()]
    anchor = context.anchor or ""
    day = dt.date.fromisoformat(anchor[:10]) if _ANCHOR_DAY.match(anchor) else context.reference
    if day is None:
        return ("DATE", None)
    if match["dir"].lower() == "following":
        ahead = (weekday - day.isoweekday()) % 7 or 7
        return ("DATE", cal.day_value(day + dt.timedelta(days=ahead)))
    back = (day.isoweekday() - weekday) % 7 or 7
    return ("DATE", cal.day_value(day - dt.timedelta(days=back)))


def _season_count(match: re.Match[str], context: Context) -> Resolution:
    # "for the past three summers": every such season, as TimeBank gives it (XXXX-SU).
    season = match["season"].lower().removesuffix("s")
    return ("SET", f"XXXX-{SEASONS[season]}")


def _that_time(match: re.Match[str], context: Context) -> Resolution:
    # "agreed by June 10. If no price is agreed by that time": the last date the text gave.
    anchor = context.anchor
    return ("TIME" if anchor and "T" in anchor else "DATE", anchor)


def _anaphoric_part(match: re.Match[str], context: Context) -> Resolution:
    # "that night", "the next morning": a part of the last day the text gave (or the
    # reference), a day on for "next"/"following", a day back for "previous".
    which = " ".join(_words(match["which"]))
    shift = 1 if which in {"the next", "the following"} else -1 if which == "the previous" else 0
    part = PARTS_OF_DAY[match["part"].lower()]
    day = _from_anchor("day", shift, context)
    if day is None and context.reference is not None:
        day = cal.day_value(context.reference + dt.timedelta(days=shift))
    return ("TIME", f"{day}T{part}" if day else None)


def _the_week(match: re.Match[str], context: Context) -> Resolution:
    # "For the week, the index dropped 3.8%": the week of the last day given, else the
    # reference's week.
    anchor = context.anchor or ""
    if _ANCHOR_DAY.match(anchor):
        return ("DATE", cal.week_value(dt.date.fromisoformat(anchor[:10])))
    if context.reference is None:
        return ("DATE", None)
    return ("DATE", cal.week_value(context.reference))


_DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


def _weekday_set(match: re.Match[str], context: Context) -> Resolution:
    # "on Mondays", "Tuesday nights": every such day (or part of it), a SET.
    weekday = WEEKDAYS[match["pday"].lower()]
    part = (match["ppart"] or match["ppart2"] or match["ppart3"] or "").lower()
    return ("SET", f"XXXX-WXX-{weekday}" + (f"T{PARTS_OF_DAY[part]}" if part else ""))


def _the_day(match: re.Match[str], context: Context) -> Resolution:
    # "Oct. 12, the day before the plunge": in apposition to a date, "the day" is that date;
    # "the day after his death" counts from the last date given; "ended the day" is that
    # date itself, or the reference when the text gave none.
    signal = (match["signal"] or "").lower()
    if word_before(match.string, match.start()) == "in":
        signal = ""  # "late in the day after falling 250 points": the day reported
    appositive = match.string[max(0, match.start() - 2) : match.start()] == ", "
    shift = 0 if not signal or appositive else -1 if signal == "before" else 1
    anchored = _from_anchor("day", shift, context)
    if anchored is not None or context.reference is None:
        return ("DATE", anchored)
    return ("DATE", cal.day_value(context.reference + dt.timedelta(days=shift)))


# Verbs and prepositions after which "the day" is the day reported ("the index ended the
# day up 2%", "for the day, the Nikkei fell"), not an idiom ("the day belonged to...").
_DAY_LEADS = frozenset(
    {"end", "ended", "ending", "ends", "finish", "finished", "finishing", "finishes",
     "close", "closed", "closing", "closes", "for"}
)  # fmt: skip


_SIGNAL_AFTER = re.compile(r"\s+(?:before|after)\s+\w", re.IGNORECASE)


def _the_day_guard(text: str, start: int, end: int) -> bool:
    return (
        " of " in text[start:end].lower()
        or _SIGNAL_AFTER.match(text, end) is not None
        or word_before(text, start) in _DAY_LEADS
    )


def _anaphoric_any(match: re.Match[str], context: Context) -> Resolution:
    if match["unit2"]:
        shift = -1 if "before" in match[0].lower() else 1
        anchored = _from_anchor("day", shift, context)
        if anchored is not None or context.reference is None:
            return ("DATE", anchored)
        return ("DATE", cal.day_value(context.reference + dt.timedelta(days=shift)))
    return _anaphoric(match, context)


def _ordinal_day(match: re.Match[str], context: Context) -> Resolution:
    # "today is the eighth day of Desert Shield", "for a second consecutive day", "gains
    # for a fourth week in a row": the last day given (its week), else the reference's.
    anchor = context.anchor or ""
    day = dt.date.fromisoformat(anchor[:10]) if _ANCHOR_DAY.match(anchor) else context.reference
    if day is None:
        return ("DATE", None)
    unit = match["unit"].lower()
    return ("DATE", cal.week_value(day) if unit == "week" else cal.day_value(day))


def _ordinal_day_guard(text: str, start: int, end: int) -> bool:
    # "his first day in office" is a day of that person's own, which the text seldom dates.
    return word_before(text, start) not in _POSSESSIVES


_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"


RULES: tuple[Rule, ...] = (
    Rule(
        "deictic",
        rf"(?:(?:early|late|earlier|later)\s+)?(?:(?:mid-?\s?)?(?P<lead>{PART_OF_DAY})\s+)?"
        rf"{DEICTIC}(?:\s+(?P<part>{PART_OF_DAY}))?",
        _deictic,
    ),
    Rule(
        "anaphoric_weekday",
        rf"the\s+(?P<dir>previous|preceding|following)\s+(?P<weekday>{WEEKDAY})",
        _anaphoric_weekday,
    ),
    Rule(
        "this_part_of_day",
        # "later this afternoon" keeps "later", as "earlier this year" and "earlier today" do.
        rf"(?:(?:earlier|later)\s+)?(?P<which>this|last)\s+(?P<part>{PART_OF_DAY})",
        _this_part_of_day,
        kind="TIME",
    ),
    Rule(
        "weekday_set",
        rf"(?-i:(?P<pday>{_DAY_NAMES}))(?:s(?:\s+(?P<ppart>{PART_OF_DAY})s)?"
        rf"|\s+(?P<ppart2>{PART_OF_DAY})s"
        rf"|(?=,?\s+(?:and|or)\s+(?-i:{_DAY_NAMES})\s+(?P<ppart3>{PART_OF_DAY})s))",
        _weekday_set,
        kind="SET",
    ),
    Rule(
        "weekday",
        rf"(?:(?P<rel>last|next|this|(?:this\s+)?coming)\s+)?(?P<weekday>{WEEKDAY})"
        rf"(?:\s+(?P<part>{PART_OF_DAY}))?",
        _weekday,
    ),
    Rule("relative_unit", RELATIVE_UNIT, _relative_unit),
    Rule("ago", _AGO, _ago),
    Rule(
        "clock",
        rf"(?P<clock>{TIME_OF_DAY}){TIME_ZONE}?"
        rf"(?:\s+(?:on\s+)?(?:(?P<weekday>{WEEKDAY})|{DEICTIC})"
        rf"|,?\s+(?P<month>{MONTH})\s*(?P<day>{DAY})(?!\s*,?\s*\d))?",
        _clock,
        kind="TIME",
    ),
    Rule("reference", REFERENCE, _reference_word),
    # "current market conditions": TimeML tags the adjective; "the then current price" is past.
    Rule(
        "current",
        r"(?-i:(?P<then>then\s+)?current)(?=\s+[a-z])",
        lambda match, context: ("DATE", "PAST_REF" if match["then"] else "PRESENT_REF"),
    ),
    Rule("the_weekend", r"the\s+weekend", _weekend),
    Rule(
        "season_count",
        rf"the\s+(?:past|last|next|coming)\s+(?:{NUMBER}|few|several)\s+"
        r"(?P<season>summers|winters|springs|autumns|falls)",
        _season_count,
        kind="SET",
    ),
    # "by that time", "until that time": a point, the last date given; "during that time"
    # is a stretch whose length the text gives elsewhere, and "since that time" is left
    # out like "since then" (unannotated 3 times of 3 in TE3 train).
    Rule(
        "that_time",
        r"(?:(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
        r"that\s+time\b",
        _that_time,
    ),
    Rule("the_week", r"the\s+week(?!\s+(?:of|ended|ending)\b)(?!-)", _the_week),
    Rule(
        "anaphoric",
        r"(?:(?:earlier|later)\s+)?(?:that|the\s+(?:same|next|following|previous))\s+(?P<unit>day|month|year)"
        r"|the\s+(?P<unit2>day)\s+(?:before|after)(?=\s*[^\w\s]|\s*$)"
        # "cut its costs last year, $19.8 billion than the year previous"
        r"|the\s+(?P<unit3>year)\s+previous\b",
        _anaphoric_any,
    ),
    # "the day" as TimeML tags it: the day reported ("ended the day"), "the start of the
    # day", and the day before or after an event ("before" is then a signal outside it).
    Rule(
        "the_day",
        r"(?:the\s+(?:beginning|start)\s+of\s+)?the\s+day(?:(?=\s+(?P<signal>before|after)\s+\w)|)",
        _the_day,
        _the_day_guard,
    ),
    Rule(
        "vague_span",
        r"(?:the\s+)?(?:coming|recent)\s+(?P<unit>years|months|weeks|days|decades|quarters)"
        r"|the\s+(?P<unit2>years|months|weeks|days)\s+ahead"
        # "in the weeks before the shooting", "in the years that followed", "over the
        # years": a vague stretch; the signal after it stays outside the span.
        r"|the\s+(?P<unit3>years|months|weeks|days|decades)"
        r"(?=\s+(?:before|after|since|that\s+followed|leading\s+up\s+to)\b)"
        r"|(?:(?<=over\s)|(?<=through\s))the\s+(?P<unit4>years|decades)",
        _vague_span,
        kind="DURATION",
    ),
    Rule(
        "anaphoric_part",
        rf"(?P<which>that|the\s+(?:next|following|previous|same))\s+(?P<part>{PART_OF_DAY})",
        _anaphoric_part,
        kind="TIME",
    ),
    # The n-th day or week of a run of them; not "the first week of March" (a part of the
    # month: `week_of_month`), "first-day sales", "the first days".
    Rule(
        "ordinal_day",
        rf"(?:(?:the|an?)\s+)?(?:{_ORDINAL_WORDS}|\d{{1,2}}(?:st|nd|rd|th))"
        r"\s+(?:(?:straight|consecutive|successive)\s+)?(?P<unit>day|week)(?![\w-])"
        rf"(?!\s+of\s+(?:{MONTH}|\d|(?:the|this|next|last)\s+(?:year|month|week|quarter)\b))",
        _ordinal_day,
        _ordinal_day_guard,
    ),
    # A part of the day without a day: "in the morning", "morning trading", "by mid afternoon".
    Rule(
        "part_of_day",
        r"(?<=\bin\s)the\s+(?P<part>morning|afternoon|evening)"
        r"(?!\s+(?:of|after|before|news|paper|edition|show|program)\b)"
        r"|(?P<part2>morning|afternoon)(?=\s+(?:trading|session|deals|dealings)\b)"
        r"|mid-?\s?(?P<part3>morning|afternoon)",
        _part_of_day,
        kind="TIME",
    ),
)
