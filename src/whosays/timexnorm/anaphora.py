"""Rules that count from the last date the text gave: "that day", "the previous Friday"."""

from __future__ import annotations

import datetime as dt
import re

from whosays.timexnorm import calendar as cal
from whosays.timexnorm.anchors import (
    ANCHOR_DAY,
    from_anchor,
    last_named_year,
    shift_date,
    unit_value,
    words,
)
from whosays.timexnorm.base import Context, Resolution, Rule, word_before
from whosays.timexnorm.lexicon import WEEKDAYS
from whosays.timexnorm.patterns import MONTH, WEEKDAY


def _anaphoric(match: re.Match[str], context: Context) -> Resolution:
    # These count from the event just told: a year from the last year the text names,
    # else (and for days) from the reference date, the best guess.
    unit = (match.groupdict().get("unit3") or match["unit"]).lower()
    said = set(words(match[0]))
    direction = (
        -1 if said & {"previous", "before"} else 1 if said & {"next", "following", "after"} else 0
    )
    named = last_named_year(match.string, match.start()) if unit == "year" else None
    if named is not None:
        return ("DATE", f"{named + direction:04d}")
    anchored = from_anchor(unit, direction, context)
    if anchored is not None:
        return ("DATE", anchored)
    if context.reference is None:
        return ("DATE", None)
    return ("DATE", unit_value(unit, shift_date(context.reference, unit, direction)))


def _anaphoric_weekday(match: re.Match[str], context: Context) -> Resolution:
    # "down 4.5% from the previous Friday": that weekday before the last day the text gave
    # (else the reference); "the following Monday" the one after it.
    weekday = WEEKDAYS[match["weekday"].lower()]
    anchor = context.anchor or ""
    day = dt.date.fromisoformat(anchor[:10]) if ANCHOR_DAY.match(anchor) else context.reference
    if day is None:
        return ("DATE", None)
    if match["dir"].lower() == "following":
        ahead = (weekday - day.isoweekday()) % 7 or 7
        return ("DATE", cal.day_value(day + dt.timedelta(days=ahead)))
    back = (day.isoweekday() - weekday) % 7 or 7
    return ("DATE", cal.day_value(day - dt.timedelta(days=back)))


def _that_time(match: re.Match[str], context: Context) -> Resolution:
    # "agreed by June 10. If no price is agreed by that time": the last date the text gave.
    anchor = context.anchor
    return ("TIME" if anchor and "T" in anchor else "DATE", anchor)


def _the_week(match: re.Match[str], context: Context) -> Resolution:
    # "For the week, the index dropped 3.8%": the week of the last day given, else the
    # reference's week.
    anchor = context.anchor or ""
    if ANCHOR_DAY.match(anchor):
        return ("DATE", cal.week_value(dt.date.fromisoformat(anchor[:10])))
    if context.reference is None:
        return ("DATE", None)
    return ("DATE", cal.week_value(context.reference))


def _the_day(match: re.Match[str], context: Context) -> Resolution:
    # "Oct. 12, the day before the plunge": in apposition to a date, "the day" is that date;
    # "the day after his death" counts from the last date given; "ended the day" is that
    # date itself, or the reference when the text gave none.
    signal = (match["signal"] or "").lower()
    if word_before(match.string, match.start()) == "in":
        signal = ""  # "late in the day after falling 250 points": the day reported
    appositive = match.string[max(0, match.start() - 2) : match.start()] == ", "
    shift = 0 if not signal or appositive else -1 if signal == "before" else 1
    anchored = from_anchor("day", shift, context)
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
        anchored = from_anchor("day", shift, context)
        if anchored is not None or context.reference is None:
            return ("DATE", anchored)
        return ("DATE", cal.day_value(context.reference + dt.timedelta(days=shift)))
    return _anaphoric(match, context)


def _ordinal_day(match: re.Match[str], context: Context) -> Resolution:
    # "today is the eighth day of Desert Shield", "for a second consecutive day", "gains
    # for a fourth week in a row": the last day given (its week), else the reference's.
    anchor = context.anchor or ""
    day = dt.date.fromisoformat(anchor[:10]) if ANCHOR_DAY.match(anchor) else context.reference
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
        "anaphoric_weekday",
        rf"the\s+(?P<dir>previous|preceding|following)\s+(?P<weekday>{WEEKDAY})",
        _anaphoric_weekday,
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
        r"(?:(?:earlier|later)\s+)?(?:that|the\s+(?:same|next|following|previous))\s+(?P<unit>day|week|month|year)"
        r"|the\s+(?P<unit2>day)\s+(?:before|after)(?=\s*[^\w\s]|\s*$)"
        # "trimmed its spending last year, $19.8 billion than the year previous"
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
)
