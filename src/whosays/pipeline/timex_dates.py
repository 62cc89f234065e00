"""What the dates a text gave before do to later ones, for whosays_timex.

The anchor of "that day", "the following month" or "two years earlier": the last date
before it (:func:`last_date_before`, within ``ANCHOR_WINDOW`` or ``EARLIER_WINDOW``
characters); days and months named without a year after a dated day or in a passage set
in an earlier year (:class:`StoryDates`); "the day before Oct. 12" as one expression
(:func:`join_day_before_a_date`); and anniversaries of dates the article gives
(:func:`find_anniversaries`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from itertools import pairwise

from whosays.pipeline.doc import TimexData
from whosays.timexnorm import Expression, anniversary_value
from whosays.timexnorm import calendar as cal
from whosays.timexnorm.lexicon import WEEKDAYS

__all__ = [
    "ANCHOR_WINDOW",
    "CLOCK_RULES",
    "DAY_ANCHOR_RULES",
    "EARLIER_WINDOW",
    "StoryDates",
    "clock_anchor",
    "date_clock_by_the_day_after",
    "find_anniversaries",
    "join_day_before_a_date",
    "last_date_before",
    "names_a_day",
    "weekday_in_apposition",
]

# How far back "that day" or "the following month" looks for the date it counts from.
ANCHOR_WINDOW = 1500
# How far back "two years earlier" looks: about a paragraph; further back, the date the
# story is at has usually moved on ("January 2013 ... [two paragraphs] ... Thirteen years
# earlier, she had voted for the war" counts from the debate, not from 2013).
EARLIER_WINDOW = 800
_CALENDAR_VALUE = re.compile(r"\d{4}-\d\d")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# Rules whose anchor must be a day: they count from the last day the text gave.
CLOCK_RULES = frozenset({"clock", "part_of_day"})
DAY_ANCHOR_RULES = frozenset(
    {"part_of_day", "anaphoric_part", "clock", "the_day", "ordinal_day", "anaphoric_weekday"}
)


_DAY_SIGNAL = re.compile(r"\s+(?P<signal>before|after)\s+\Z", re.IGNORECASE)
_THE_DAY = re.compile(r"(?:the\s+)?day\Z", re.IGNORECASE)


def join_day_before_a_date(text: str, timexes: list[TimexData]) -> list[TimexData]:
    """ "The day before last Tuesday's hearing", "the day after Oct. 12": one expression,
    the day before or after the date that follows, not a day counted from the last date
    the text gave (TimeML tags it whole, as "the day before yesterday")."""
    joined: list[TimexData] = []
    index = 0
    while index < len(timexes):
        timex = timexes[index]
        after = timexes[index + 1] if index + 1 < len(timexes) else None
        signal = _DAY_SIGNAL.match(text[timex["end"] : after["start"]]) if after else None
        value = (after["value"] or "") if after and signal else ""
        day = cal.parse_iso_date(value) if _DAY_VALUE.match(value) else None
        if (
            after is not None
            and signal is not None
            and day is not None
            and after["type"] == "DATE"
            and _THE_DAY.match(text[timex["start"] : timex["end"]])
        ):
            shift = -1 if signal["signal"].lower() == "before" else 1
            value = cal.day_value(day + dt.timedelta(days=shift))
            joined.append(
                {"start": timex["start"], "end": after["end"], "type": "DATE", "value": value}
            )
            index += 2
            continue
        joined.append(timex)
        index += 1
    return joined


_CLOCK_VALUE = re.compile(r"(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)(?P<clock>T\d\d:\d\d.*)")
_ON_BETWEEN = re.compile(r"\s+on\s+")


def date_clock_by_the_day_after(text: str, timexes: list[TimexData]) -> list[TimexData]:
    """ "at 8 p.m. on Thanksgiving", "at 10 a.m. on Dec. 2": a clock time is on the day
    named just after it, not on the last day the text gave before it."""
    for timex, after in pairwise(timexes):
        clock = _CLOCK_VALUE.fullmatch(timex["value"] or "") if timex["type"] == "TIME" else None
        day = after["value"] or ""
        if (
            clock is not None
            and after["type"] == "DATE"
            and _DAY_VALUE.match(day)
            and len(day) == 10
            and _ON_BETWEEN.fullmatch(text, timex["end"], after["start"])
        ):
            timex["value"] = day + clock["clock"]
    return timexes


_COMMA_BETWEEN = re.compile(r",\s*")


def weekday_in_apposition(text: str, timexes: list[TimexData]) -> list[TimexData]:
    """ "votes on Monday, New Year's Eve": a weekday beside a date that falls on it is
    that date, whatever the tense said of the weekday alone."""
    for first, second in pairwise(timexes):
        if not _COMMA_BETWEEN.fullmatch(text, first["end"], second["start"]):
            continue
        for weekday, dated in ((first, second), (second, first)):
            name = text[weekday["start"] : weekday["end"]].lower()
            value = dated["value"] or ""
            day = cal.parse_iso_date(value) if len(value) == 10 else None
            if name in WEEKDAYS and day is not None and day.isoweekday() == WEEKDAYS[name]:
                weekday["value"] = value
    return timexes


# A day of a month named with its year, then again without it: the same day. "the attack
# on a U.S. facility in Benghazi on Sept. 11, 2012 ... the September 11th attack" (written
# in 2015) is 2012-09-11, not the last September 11 before the reference.
_DATED_DAY_RULES = frozenset({"month_day_year", "day_month_year"})
_UNDATED_DAY_RULES = frozenset({"month_day", "day_month"})
# A day that names a thing the article dates further on: "the Sept. 11 attacks", "the
# Nov. 12 admission" (not "on Sept. 11, the mayor ...", a time of its own clause).
_THE_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+\Z", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"(?:th)?\s+(?!(?:and|or|to|of|in|on|at|for|from|by|with|when|as|is|was|will|would)\b)"
    r"(?-i:[a-z][a-z-]+)\b"
)
_RELATIVE_BEFORE = re.compile(r"(?:last|next|this|coming|past)\s+\Z", re.IGNORECASE)
# A passage set in an earlier year: a sentence that opens with its year, written out, or
# two years or more ago, and a comma ("In 2008, Obama's campaign began airing ads in
# mid-September", "On March 2, 2015, ... On March 25", "Eight years ago, Obama had won 11
# contests in February"; not "Last year," or "In October,": "Last year, he suggested ...
# In February, he said" is this February). The months and days named after it without a
# year, in a past clause or none, up to the end of the paragraph, are that year's.
_FRAME_RULES = frozenset({"year", "month_year", "month_day_year", "day_month_year"})
_FRAME_START = re.compile(
    r"(?:\A|[.!?][\"'”’)]*\s+|\n\s*)(?:(?:and|but|back|then|so|even),?\s+)?"
    r"(?:(?:back\s+)?in|during|by|on)?\s*\Z",
    re.IGNORECASE,
)
_FRAME_END = re.compile(r"\s*,")
_FRAME_VALUE = re.compile(r"(\d{4})(?:-\d\d(?:-\d\d)?)?")
_FRAMED_RULES = frozenset({"month", "month_day", "day_month"})


class StoryDates:
    """What the article has dated so far, for days and months it names without a year.

    A day of a month named with its year, then again without it, is the same day
    (``same_day``); a month or day named in a passage set in an earlier year ("In 2012,
    ...") is that year's (``story_year``).
    """

    def __init__(self, reference: str | None, expressions: Sequence[Expression] = ()) -> None:
        self.reference = reference or ""
        self.reference_year = int(reference[:4]) if reference and reference[:4].isdigit() else None
        self.dated_days: dict[str, str] = {}
        # Days the article dates further on: "the Sept. 11 attacks ... on Sept. 11, 2001".
        self.later_days: dict[str, str] = {}
        for expression in expressions:
            value = (
                expression.resolve(None)[1] if expression.rule.name in _DATED_DAY_RULES else None
            )
            if value is not None and _DAY_VALUE.fullmatch(value):
                self.later_days.setdefault(value[5:], value)
        self.frame: tuple[int, int] | None = None  # (year, offset where its paragraph ends)

    def value(
        self, expression: Expression, kind: str, value: str | None, tense: str | None
    ) -> str | None:
        """``value`` of ``expression``, or the year the text gave it before."""
        value = self.same_day(expression, value)
        value = self.story_year(expression, kind, value, tense)
        self._update_frame(expression, kind, value)
        return value

    def same_day(self, expression: Expression, value: str | None) -> str | None:
        """``value``, or the dated day of the same month and day the text named before."""
        if value is None or not _DAY_VALUE.fullmatch(value):
            return value
        name = expression.rule.name
        if name in _DATED_DAY_RULES:
            self.dated_days[value[5:]] = value
            return value
        text = expression.match.string
        if (
            name in _UNDATED_DAY_RULES
            and value[5:] in self.dated_days
            and not _RELATIVE_BEFORE.search(text, max(0, expression.start - 12), expression.start)
        ):
            return self.dated_days[value[5:]]
        if (
            name in _UNDATED_DAY_RULES
            and value[5:] in self.later_days
            and value != self.later_days[value[5:]]
            and _THE_BEFORE.search(text, max(0, expression.start - 12), expression.start)
            and _NOUN_AFTER.match(text, expression.end)
        ):
            return self.later_days[value[5:]]  # a day naming a thing: "the Sept. 11 attacks"
        return value

    def story_year(
        self, expression: Expression, kind: str, value: str | None, tense: str | None
    ) -> str | None:
        """``value`` moved into the year of the passage, when it is set in an earlier one."""
        frame = self.frame
        if (
            frame is None
            or expression.start >= frame[1]
            or value is None
            or expression.rule.name not in _FRAMED_RULES
            # an event resolved behind the reference ("won 11 victories in February") too
            or not (tense in {"past", None} or (tense == "scheduled" and value < self.reference))
            or (expression.match.groupdict().get("rel") or "")
            or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", value)
            or _RELATIVE_BEFORE.search(
                expression.match.string, max(0, expression.start - 12), expression.start
            )
        ):
            return value
        moved = f"{frame[0]:04d}{value[4:]}"
        return moved if cal.valid_day(frame[0], int(value[5:7]), int(value[8:] or 1)) else value

    def _update_frame(self, expression: Expression, kind: str, value: str | None) -> None:
        """Open a passage at a sentence that starts with an earlier year; end it at any
        other year or a reference to the present."""
        text = expression.match.string
        dated = _FRAME_VALUE.fullmatch(value or "") if kind in {"DATE", "TIME"} else None
        if (
            dated is not None
            and self.reference_year is not None
            and (
                (expression.rule.name in _FRAME_RULES and int(dated[1]) < self.reference_year)
                or (expression.rule.name == "ago" and int(dated[1]) < self.reference_year - 1)
            )
            and len(value or "") <= 10
            and _FRAME_START.search(text, max(0, expression.start - 40), expression.start)
            and _FRAME_END.match(text, expression.end)
        ):
            end = text.find("\n", expression.end)
            self.frame = (int(dated[1]), len(text) if end < 0 else end)
            return
        if self.frame is None or kind not in {"DATE", "TIME"}:
            return
        year = (value or "")[:4]
        if year != f"{self.frame[0]:04d}" and (
            year.isdigit() or value in {"PRESENT_REF", "FUTURE_REF"}
        ):
            self.frame = None


def names_a_day(expression: Expression) -> bool:
    """ "that day", "the next day", "the day after", "that week": an anaphoric day or week
    needs a day to count from."""
    if expression.rule.name != "anaphoric":
        return False
    groups = expression.match.groupdict()
    return (groups.get("unit") or groups.get("unit2") or "").lower() in {"day", "week"}


def last_date_before(
    timexes: list[TimexData], start: int, day_only: bool = False, window: int = ANCHOR_WINDOW
) -> str | None:
    """The value of the last DATE or TIME with a month or day before ``start`` (within
    ``ANCHOR_WINDOW`` characters): what "that day" or "the following month" refer to.
    With ``day_only``, the last one with a day: a part of the day or a clock time needs
    one, and a month named since ("said Tuesday its sales in February rose ... in
    morning trading") does not replace it."""
    found = _last_dated(timexes, start, day_only, window)
    return None if found is None else found["value"]


def _last_dated(
    timexes: list[TimexData], start: int, day_only: bool, window: int
) -> TimexData | None:
    pattern = _DAY_VALUE if day_only else _CALENDAR_VALUE
    for timex in reversed(timexes):
        if timex["end"] <= start - window:
            return None
        value = timex["value"] or ""
        if timex["type"] in {"DATE", "TIME"} and pattern.match(value):
            return timex
    return None


# How far after the reference a day given in an earlier paragraph may lie and still be
# the day of a clock time ("will issue its next advisory at 11 p.m." two paragraphs
# after "the season ends Nov. 30" is on the reference day).
CLOCK_ANCHOR_DAYS = 7


def clock_anchor(
    text: str, timexes: list[TimexData], start: int, reference: str | None
) -> str | None:
    """The day a clock time without one is on: the last day the text gave, unless that
    day was given in an earlier paragraph and lies more than a week after the reference
    (a story told of an earlier day keeps it: "On Sept. 11, 2012 ... at 9:42 p.m.")."""
    found = _last_dated(timexes, start, True, ANCHOR_WINDOW)
    if found is None:
        return None
    day = cal.parse_iso_date((found["value"] or "")[:10])
    ahead = (
        reference is not None
        and day is not None
        and (day - dt.date.fromisoformat(reference[:10])).days > CLOCK_ANCHOR_DAYS
    )
    if ahead and text.rfind("\n\n", 0, start) > found["start"]:
        return None
    return found["value"]


_ANNIVERSARY = re.compile(
    r"(?<!\w)(?:the|its|his|her|their)\s+(?P<ordinal>\w+?)(?:-year)?\s+anniversary(?:\s+of\s+"
    r"(?P<what>[^,.;:()]{3,80}))?",
    re.IGNORECASE,
)
_CONTENT_WORD = re.compile(r"[a-z]{4,}")
# What "its tenth anniversary" (no "of X") counts from: a founding the text dates.
_FOUNDING = re.compile(
    r"\b(?:founded|established|launched|created|opened|formed|born|incorporated|inaugurated)\b",
    re.IGNORECASE,
)


def find_anniversaries(
    text: str, timexes: list[TimexData], reference: str | None = None
) -> list[TimexData]:
    """Timexes for "the tenth anniversary of X" where the article gives X's date.

    An anniversary more than a year after the ``reference`` date (ISO) is a wrong base
    date, not a prediction, and is left out.
    """
    latest = int(reference[:4]) + 1 if reference and reference[:4].isdigit() else None
    found: list[TimexData] = []
    for match in _ANNIVERSARY.finditer(text):
        base = _anniversary_base(text, match, timexes)
        if base is None:
            continue
        value = anniversary_value(match["ordinal"], base)
        if value is not None and (latest is None or int(value[:4]) <= latest):
            end = match.start("what") - len(" of ") if match["what"] else match.end()
            found.append({"start": match.start(), "end": end, "type": "DATE", "value": value})
    return found


def _anniversary_base(text: str, match: re.Match[str], timexes: list[TimexData]) -> str | None:
    what = _stems(match["what"] or "")
    best: tuple[int, str] | None = None
    for timex in timexes:
        value = timex["value"] or ""
        if (
            timex["type"] != "DATE"
            or not re.match(r"\d{4}", value)
            or timex["start"] >= match.start()
        ):
            continue
        sentence = _sentence_around(text, timex["start"])
        # "On its tenth anniversary" names no event: it counts from the founding
        founding = len(_FOUNDING.findall(sentence))
        score = len(what & _stems(sentence)) if match["what"] else founding
        if score and (best is None or score > best[0]):
            best = (score, value)
    return None if best is None else best[1]


def _sentence_around(text: str, offset: int) -> str:
    start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset), 0)
    end = text.find(". ", offset)
    return text[start : len(text) if end < 0 else end]


def _stems(text: str) -> set[str]:
    return {word[:5] for word in _CONTENT_WORD.findall(text.lower())} - {"which", "there", "their"}
