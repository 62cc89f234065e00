"""Rules for expressions relative to the reference date: days, weekdays, units, ago, references."""

from __future__ import annotations

import datetime as dt
import re

from whosays.timexnorm import calendar as cal
from whosays.timexnorm.anchors import (
    ANAPHORIC_WORDS,
    anchor_start,
    from_anchor,
    last_named_year,
    shift_date,
    unit_value,
    words,
)
from whosays.timexnorm.base import Context, Resolution, Rule
from whosays.timexnorm.dates import month_number
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
    MONTH,
    NUMBER,
    PART_OF_DAY,
    UNIT,
    UNIT_ANY,
    VAGUE,
    WEEKDAY,
)
from whosays.timexnorm.quarters import year_ago_quarter

DEICTIC_OFFSETS = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip
DEICTIC = (
    r"(?P<deictic>today|yesterday|tomorrow|tonight"
    r"|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))"
)
_PAST_WORDS = {"last", "past", "previous", "prior", "ago", "earlier", "before", "latest"}
_FUTURE_WORDS = {"next", "coming", "following", "later", "hence", "now"}


def _deictic(match: re.Match[str], context: Context) -> Resolution:
    word = " ".join(words(match["deictic"]))
    part = (match["part"] or match["lead"] or "").lower()  # "mid-afternoon yesterday"
    kind = "TIME" if part or word == "tonight" else "DATE"
    if word == "tonight":
        part = "night"
    if context.reference is None:
        return (kind, None)
    day = context.reference + dt.timedelta(days=DEICTIC_OFFSETS[word])
    suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
    return (kind, cal.day_value(day) + suffix)


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


def _relative_unit(match: re.Match[str], context: Context) -> Resolution:
    unit = match["unit"].lower()
    said = set(words(match["rel"]))
    direction = -1 if said & _PAST_WORDS else 1 if said & _FUTURE_WORDS else 0
    if unit == "year" and said & ANAPHORIC_WORDS:
        named = last_named_year(match.string, match.start())
        if named is not None:
            return ("DATE", f"{named + direction:04d}")
    anchored = from_anchor(unit, direction, context) if said & ANAPHORIC_WORDS else None
    if anchored is not None:
        return ("DATE", anchored)
    if context.reference is None:
        return ("DATE", None)
    day = shift_date(context.reference, unit, direction)
    return ("DATE", unit_value(unit, day))


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
        month = compared_month(match.string, match.start(), context.anchor)
        if month is not None:
            return ("DATE", f"{int(month[:4]) - 1:04d}{month[4:]}")
    start = context.reference
    if match["dir"].lower() in {"earlier", "before"}:
        # "earlier" and "before" count back from the last date the text gave ("failed in
        # May 2019; a month earlier" -> 2019-04), "ago" from the reference.
        start = anchor_start(unit, context) or start
    day = shift_date(start, unit, sign * amount)
    if unit == "decade":
        return ("DATE", f"{day.year:04d}")
    return ("DATE", unit_value(unit, day))


_SENTENCE_START = re.compile(r"(?:[.!?][\"'”’]?\s+|\n)(?=[^.!?\n]*\Z)")
_IN_SENTENCE = r"(?:[^.!?\n]|\.(?=\S))*"  # "14.8 percent" does not end it
_MONTH_THEN_COMPARISON = re.compile(
    rf"(?P<month>{MONTH})(?!\s*\d){_IN_SENTENCE}\b(?:from|than|compared|versus|over)\b"
    rf"{_IN_SENTENCE}\Z"
)


def compared_month(text: str, start: int, anchor: str | None) -> str | None:
    """The month (``YYYY-MM``) a statistic of the sentence is for, when "a year ago" or
    "a year earlier" compares it with the same month a year back: "prices fell 18 percent
    in November from a year earlier", "hit 20.9 percent in November, up from 14.8 percent
    a year earlier". The month is the last date the text gave (``anchor``), named in the
    sentence before a comparison word."""
    if anchor is None or not re.fullmatch(r"\d{4}-\d\d", anchor):
        return None
    opening = _SENTENCE_START.search(text, max(0, start - 300), start)
    sentence_start = opening.end() if opening else max(0, start - 300)
    found = _MONTH_THEN_COMPARISON.search(text, sentence_start, start)
    if found is None or month_number(found["month"]) != int(anchor[5:]):
        return None
    return anchor


def _reference_word(match: re.Match[str], context: Context) -> Resolution:
    text = " ".join(words(match[0]))
    if text in REFERENCE_WORDS:
        return ("DATE", REFERENCE_WORDS[text])
    if "future" in text or "term" in text or "later" in text or text == "one day":
        return ("DATE", "FUTURE_REF")
    if "past" in text or "recent" in text or "previous" in text:
        return ("DATE", "PAST_REF")
    return ("DATE", "PRESENT_REF")


RELATIVE_UNIT = (
    r"(?:(?P<edge>earlier|later|early|late|mid-?|the\s+(?:end|beginning|start|middle|rest)\s+of)\s*)?"
    r"(?P<rel>this|last|next|the\s+(?:past|last|coming|next|previous|prior|following|current|same|latest)|past|coming"
    r"|(?<=of\s)the)"
    r"\s+(?:fiscal\s+(?=year|quarter))?"
    r"(?P<unit>week|weekend|month|year|quarter|decade|century|fortnight)(?:\s+or\s+so\b)?"
)
_AGO = (
    rf"(?:{APPROX}\s+|about\s+)?(?P<number>{NUMBER}|{VAGUE}|an?)\s+(?:(?:more|few)\s+)?"
    rf"(?P<unit>{UNIT_ANY})\s+(?:or\s+so\s+)?(?P<dir>ago|earlier(?!\s+than\b)|before(?=\s*[^\w\s]|\s*$)|from\s+now|hence)"
)  # "three days later" is no date: TimeML tags the duration "three days" (P3D), and so
# "30 days before closing": "before" with an event after it is a signal outside the span.
REFERENCE = (
    # "the now-cancelled deal": "now" is part of an adjective, like "then-president".
    r"now(?!-\w)|currently|nowadays|presently|recently|lately"
    # "the past three presidents" is no time: "the past" before a count is a modifier.
    rf"|the\s+(?:near\s+)?(?:future|past(?!\s+(?:{NUMBER}|few|several|couple|hour|minute|day)\b)"
    r"|present)"
    r"(?!\s+of\b)|these\s+days"
    r"|the\s+(?:near|short|long)\s+term"
    # "the town will one day be the region's largest port": some day ahead, no length.
    r"|(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bmay\s)|(?<=\bmight\s)|(?<=\bcould\s)"
    r"|(?<=\bcan\s))one\s+day(?![\w-])"
    # "postponed to a later date": some day ahead; "at a later date than" compares.
    r"|an?\s+(?:later|future)\s+date(?!\s+than\b)"
)  # "the future of our peoples" is their fate, no time


def _weekend(match: re.Match[str], context: Context) -> Resolution:
    if context.reference is None:
        return ("DATE", None)
    saturday = cal.weekday_date(6, context.reference, context.tense)
    return ("DATE", cal.week_value(saturday) + "-WE")


_VAGUE_CODES = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "quarter": "Q"}


def _vague_span(match: re.Match[str], context: Context) -> Resolution:
    unit = unit_of(match["unit"] or match["unit2"] or match["unit3"] or match["unit4"]) or "year"
    return ("DURATION", f"PX{_VAGUE_CODES[unit]}")


def _season_count(match: re.Match[str], context: Context) -> Resolution:
    # "for the past three summers": every such season, as TimeBank gives it (XXXX-SU).
    season = match["season"].lower().removesuffix("s")
    return ("SET", f"XXXX-{SEASONS[season]}")


_DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


def _weekday_set(match: re.Match[str], context: Context) -> Resolution:
    # "on Mondays", "Tuesday nights": every such day (or part of it), a SET.
    weekday = WEEKDAYS[match["pday"].lower()]
    part = (match["ppart"] or match["ppart2"] or match["ppart3"] or "").lower()
    return ("SET", f"XXXX-WXX-{weekday}" + (f"T{PARTS_OF_DAY[part]}" if part else ""))


RULES: tuple[Rule, ...] = (
    Rule(
        "deictic",
        rf"(?:(?:early|late|earlier|later)\s+)?(?:(?:mid-?\s?)?(?P<lead>{PART_OF_DAY})\s+)?"
        rf"{DEICTIC}(?:\s+(?P<part>{PART_OF_DAY}))?",
        _deictic,
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
    # "may save lives in a year or two": a vague point ahead, not a length of one year.
    Rule(
        "unit_or_two",
        rf"(?<=\bin\s)(?:an?|one)\s+(?:{UNIT})\s+or\s+two(?![\w-])",
        lambda match, context: ("DATE", "FUTURE_REF"),
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
)
