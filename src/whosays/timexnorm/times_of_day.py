"""Rules for times of day: clock times, parts of the day ("this morning", "that night")."""

from __future__ import annotations

import datetime as dt
import re

from whosays.timexnorm import calendar as cal
from whosays.timexnorm.anchors import ANCHOR_DAY, from_anchor, words
from whosays.timexnorm.base import Context, Resolution, Rule
from whosays.timexnorm.dates import month_day_value
from whosays.timexnorm.holidays import nearest_super_tuesday
from whosays.timexnorm.lexicon import PARTS_OF_DAY, WEEKDAYS
from whosays.timexnorm.patterns import DAY, MONTH, PART_OF_DAY, TIME_OF_DAY, TIME_ZONE, WEEKDAY
from whosays.timexnorm.relative import DEICTIC, DEICTIC_OFFSETS


def _this_part_of_day(match: re.Match[str], context: Context) -> Resolution:
    part = match["part"].lower()
    if context.reference is None:
        return ("TIME", None)
    day = context.reference
    if match["which"].lower() == "last":
        day -= dt.timedelta(days=1)
    return ("TIME", f"{cal.day_value(day)}T{PARTS_OF_DAY[part]}")


def _clock(match: re.Match[str], context: Context) -> Resolution:
    clock = _clock_value(match["clock"])
    day: dt.date | None = context.reference
    if match["weekday"] and context.reference is not None:
        weekday = WEEKDAYS[match["weekday"].lower()]
        day = cal.weekday_date(weekday, context.reference, context.tense)
    elif match["deictic"] and context.reference is not None:
        word = " ".join(words(match["deictic"]))
        day = context.reference + dt.timedelta(days=DEICTIC_OFFSETS[word])
    elif match["month"]:
        dated = month_day_value(match, context)[1]
        day = cal.parse_iso_date(dated) if dated and "X" not in dated else None
    elif ANCHOR_DAY.match(context.anchor or "") and not _alone_on_its_line(match):
        day = cal.parse_iso_date((context.anchor or "")[:10])  # "on Oct. 23 ... at 10 p.m."
        if day and context.reference and day > context.reference and _told_as_done(match, context):
            day = context.reference  # "12:05 p.m. — ..." after "... closed on Thursday"
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


def _after_reference(day: str, context: Context) -> bool:
    return context.reference is not None and day > cal.day_value(context.reference)


def _told_as_done(match: re.Match[str], context: Context) -> bool:
    """Whether a clock time is of something already done, so not on a day after the
    reference date: a live blog's entry stamp, or a time in a past clause ("Obama will
    visit the site on Sunday. Officials met at 10 a.m. to plan the visit")."""
    return context.tense == "past" or _stamp_before_dash(match)


def _stamp_before_dash(match: re.Match[str]) -> bool:
    """Whether a clock time opens its line before a dash: a live blog's entry stamp
    ("12:05 p.m. — Rail operator CoastLink said ..."). An entry is not posted on a day
    after its page's date, so a later day named in the entries before it ("schools would
    stay closed on Thursday") is not its day; a timeline of an earlier day ("A timeline
    of the attack ... Tuesday ... 11:00 am – Police get first calls") keeps that day."""
    text = match.string
    start = text.rfind("\n", 0, match.start()) + 1
    return not text[start : match.start()].strip() and bool(_STAMP_DASH.match(text, match.end()))


# What follows a live blog's time stamp on its entry's line: a dash ("10:42 a.m. —").
_STAMP_DASH = re.compile(r"\.?[ \t]*(?:—|–|-{1,2}[ \t])")


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


def _part_of_day(match: re.Match[str], context: Context) -> Resolution:
    # "placed buy orders in the morning", "rose in morning trading": the morning of the
    # last day the text gave ("were dashed Friday. ... in the morning"), else the reference.
    part = PARTS_OF_DAY[(match["part"] or match["part2"] or match["part3"]).lower()]
    anchor = context.anchor or ""
    day = anchor[:10] if ANCHOR_DAY.match(anchor) else None
    if day is not None and context.tense == "past" and _after_reference(day, context):
        day = None  # "will report on Dec. 6 ... They came out in the evening"
    if day is None and context.reference is not None:
        day = cal.day_value(context.reference)
    return ("TIME", f"{day}T{part}" if day else None)


def _anaphoric_part(match: re.Match[str], context: Context) -> Resolution:
    # "that night", "the next morning": a part of the last day the text gave (or the
    # reference), a day on for "next"/"following", a day back for "previous".
    which = " ".join(words(match["which"]))
    shift = 1 if which in {"the next", "the following"} else -1 if which == "the previous" else 0
    part = PARTS_OF_DAY[match["part"].lower()]
    day = from_anchor("day", shift, context)
    if day is None and context.reference is not None:
        day = cal.day_value(context.reference + dt.timedelta(days=shift))
    return ("TIME", f"{day}T{part}" if day else None)


def _event_night(match: re.Match[str], context: Context) -> Resolution:
    # "Super Tuesday election night", "Tuesday's primary night", "opening night Monday":
    # the night of the day the expression names; the day follows its clause's tense.
    if context.reference is None:
        return ("TIME", None)
    if match["super"]:
        day = nearest_super_tuesday(context.reference)
    else:
        weekday = WEEKDAYS[(match["weekday"] or match["weekday2"]).lower()]
        day = cal.weekday_date(weekday, context.reference, context.tense)
    return ("TIME", f"{cal.day_value(day)}TNI")


# The night of an event ("election night", "caucus night", "opening night") is a time only
# where the expression names its day; alone it is left out, as the day is not given.
_EVENT = r"(?:election|primary|caucus|debate|convention|opening|closing)"

RULES: tuple[Rule, ...] = (
    Rule(
        "event_night",
        rf"(?:(?P<super>(?-i:Super\s+Tuesday))|(?P<weekday>{WEEKDAY})(?:['’]s)?)"
        rf"\s+{_EVENT}[\s-]night"
        rf"|{_EVENT}[\s-]night,?\s+(?:on\s+)?(?P<weekday2>{WEEKDAY})",
        _event_night,
        kind="TIME",
    ),
    Rule(
        "this_part_of_day",
        # "later this afternoon" keeps "later", as "earlier this year" and "earlier today" do.
        rf"(?:(?:earlier|later)\s+)?(?P<which>this|last)\s+(?P<part>{PART_OF_DAY})",
        _this_part_of_day,
        kind="TIME",
    ),
    Rule(
        "clock",
        rf"(?P<clock>{TIME_OF_DAY}){TIME_ZONE}?"
        rf"(?:\s+(?:on\s+)?(?:(?P<weekday>{WEEKDAY})|{DEICTIC})"
        rf"|,?\s+(?P<month>{MONTH})\s*(?P<day>{DAY})(?!\s*,?\s*\d))?",
        _clock,
        kind="TIME",
    ),
    Rule(
        "anaphoric_part",
        rf"(?P<which>that|the\s+(?:next|following|previous|same))\s+(?P<part>{PART_OF_DAY})",
        _anaphoric_part,
        kind="TIME",
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
