"""Finding time expressions in text and resolving them: the rule table and its two uses."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from whosays.timexnorm import (
    anaphora,
    dates,
    durations,
    holidays,
    periods,
    quarters,
    relative,
    times_of_day,
)
from whosays.timexnorm.base import Context, Resolution, Rule
from whosays.timexnorm.calendar import parse_iso_date
from whosays.timexnorm.patterns import MONTH, WEEKDAY, alternation

# Order breaks ties between matches of the same span: earlier rules win.
RULES: tuple[Rule, ...] = (
    *quarters.RULES,
    *dates.RULES,
    *periods.RULES,
    *holidays.RULES,
    *relative.RULES,
    *anaphora.RULES,
    *times_of_day.RULES,
    durations.RULES[-1],  # "a year" after an amount is a SET, not a DURATION
    *durations.RULES[:-1],
)


# A preposition before the expression is outside the TIMEX3 span ("on Tuesday").
_LEADING_PREPOSITION = re.compile(
    r"^(?:on|in|at|during|since|for|by|until|from|to|of|over|within)\s+", re.IGNORECASE
)


@dataclass(frozen=True)
class Expression:
    """A time expression found in a text: its character span and the rule that matched."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]

    def resolve(
        self, reference: dt.date | str | None, tense: str | None = None, anchor: str | None = None
    ) -> Resolution:
        """The TIMEX3 ``(type, value)`` of this expression against ``reference``.

        ``anchor`` is the value of the last date the text gave before it (see
        :class:`Context`).
        """
        return self.rule.resolve(self.match, Context(_as_date(reference), tense, anchor))


def _as_date(reference: dt.date | str | None) -> dt.date | None:
    if isinstance(reference, dt.date):
        return reference
    return parse_iso_date(reference)


_ANCHOR_WORDS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon",
    "tue", "wed", "thu", "fri", "sat", "sun", "spring", "summer", "fall", "autumn", "winter",
    "morning", "afternoon", "evening", "night", "today", "tomorrow", "tonight", "yesterday",
    "now", "current", "present", "recent", "late", "future", "past", "hour", "daily",
    "nightly", "weekly", "monthly", "annual", "yearly", "biannual", "biennial", "noon",
    "midnight", "christmas", "new", "independence", "valentine", "halloween", "boxing",
    "bastille", "labor", "second", "minute", "day", "week", "fortnight", "month", "quarter",
    "year", "decade", "centur", "nineteen", "term", "that time", "easter", "thanksgiving",
    "midweek", "midyear", "midmonth",
)  # fmt: skip
# Every time expression holds one of these (a digit, a month, a unit...). The rules run
# only on windows around them, which keeps the cost per article low.
_ANCHOR = re.compile(
    r"\d|(?<!\w)" + alternation(_ANCHOR_WORDS),
    re.IGNORECASE,
)
_WINDOW = 60


def anchor_windows(text: str) -> list[tuple[int, int]]:
    """Disjoint ``(start, end)`` stretches of ``text`` that may hold time expressions."""
    windows: list[tuple[int, int]] = []
    for match in _ANCHOR.finditer(text):
        start = max(0, match.start() - _WINDOW)
        end = min(len(text), match.end() + _WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    # No expression spans a line break: a headline and the dateline under it ("... until
    # Friday\nSeptember 18, 2008") are two lines, and no gold TIMEX3 of TE3 train or
    # MEANTIME holds one. The rules run on each line of a window apart.
    lines: list[tuple[int, int]] = []
    for start, end in windows:
        start, end = _back_to_space(text, start), _on_to_space(text, end)
        for piece in _LINE.finditer(text, start, end):
            lines.append(piece.span())
    return lines


_LINE = re.compile(r"[^\n]+")


def _back_to_space(text: str, index: int) -> int:
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


def _on_to_space(text: str, index: int) -> int:
    while index < len(text) and not text[index].isspace():
        index += 1
    return index


# A capitalised time word right after a capitalised word, or a title-cased "This Week",
# is part of a name: "USA Today", "This is VOA Today", "the film High Noon", ABC's "This
# Week", NBC's "Today show". Not in a title-cased headline, where every word is capitalised.
_NAME_TIME = re.compile(
    r"(?-i:(?P<word>Today|(?<=USA\s)TODAY|Tonight|Tomorrow|Yesterday|Noon|Midnight)"
    r"|This\s+(?:Week|Morning|Evening|Year|Month))"
)
_CAPITALISED_WORD = re.compile(r"(?-i:[A-Z](?:[\w.&]*[\w&])?) \Z")
_NOT_A_NAME_BEFORE = re.compile(MONTH + "|" + WEEKDAY + r"|(?-i:[A-Z][a-z]*day)")
_LINE_WORD = re.compile(r"[A-Za-z][\w'-]*")
_SHOW_AFTER = re.compile(r"\s+(?:show|program|programme)\b", re.IGNORECASE)


def in_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a time word inside a name ("USA Today")."""
    match = _NAME_TIME.fullmatch(text, start, end)
    if match is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    words = [
        w.group(0)
        for w in list(_LINE_WORD.finditer(text, line_start, line_end))[1:]
        if len(w.group(0)) > 3 and not start <= w.start() < end
    ]
    if len(words) >= 2 and all(w[0].isupper() for w in words):
        return False  # a title-cased headline: "Stocks Rally Today on Fed Hopes"
    if match["word"] is None:
        return start > line_start  # "This Week" mid-line
    if _SHOW_AFTER.match(text, end):
        return True  # "NBC's Today show", "the Tonight Show"
    before = _CAPITALISED_WORD.search(text, max(line_start, start - 30), start)
    return before is not None and not _NOT_A_NAME_BEFORE.fullmatch(before.group(0)[:-1])


# A short title-cased title in quotation marks names a show, a book or a paper: NBC's
# “Today”, “Saturday Night Live”, ''Fox News Sunday'', “Sunday Morning Futures”.
_TITLE_WORD = re.compile(r"(?-i:[A-Z0-9][\w'’.&-]*|the|of|and|a|an|for|with|on|in|at|to|&)\Z")
_TITLE_END = re.compile(r"[,.]?\Z")
_SHOW_TIME_WORDS = frozenset({"today", "tonight"})


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a quoted title ("“Fox News Sunday”"); a title
    that is the expression alone ("the “Super Tuesday” primary") is the date, except a
    show named by one time word (NBC's “Today”)."""
    if not any(char.isalpha() for char in text[start:end]):
        return False  # a year still names its year: “Indian Americans for Hillary 2008”
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    quoted = _quoted_around(text, start, end, line_start, line_end)
    if quoted is None:
        return False
    inside = text[quoted[0] : quoted[1]]
    words = inside.split()
    if not 1 <= len(words) <= 6 or not _TITLE_WORD.match(words[-1].rstrip(",.")):
        return False
    if not all(_TITLE_WORD.match(w) for w in words[:-1]) or not _TITLE_END.search(inside):
        return False
    rest = (text[quoted[0] : start] + text[end : quoted[1]]).strip(" ,.")
    if rest:
        return True
    return inside.strip(" ,.").lower() in _SHOW_TIME_WORDS


def _quoted_around(
    text: str, start: int, end: int, line_start: int, line_end: int
) -> tuple[int, int] | None:
    """The stretch between the quotation marks around ``start:end`` (at most 60
    characters either side), or ``None``."""
    low, high = max(line_start, start - 60), min(line_end, end + 60)
    opening = text.rfind("“", low, start)
    if opening >= 0 and text.find("”", opening, start) < 0:
        closing = text.find("”", end, high)
        return (opening + 1, closing) if closing >= 0 else None
    for mark in ('"', "''"):
        if text.count(mark, line_start, start) % 2 == 1:
            opening = text.rfind(mark, low, start)
            closing = text.find(mark, end, high)
            if opening >= 0 and closing >= 0:
                return (opening + len(mark), closing)
    return None


# "15 million instructions per second", "60 miles an hour": a unit of a speed, no time.
_PER_UNIT = re.compile(r"(?:per|an?)\s+(?:second|minute|hour)", re.IGNORECASE)
_MEASURE_BEFORE = re.compile(
    r"\b(?:miles|mi|kilometers|kilometres|km|meters|metres|feet|ft|knots|instructions|words"
    r"|beats|frames|revolutions|rotations|bits|bytes|kilobits|megabits|gigabits|megabytes"
    r"|gallons|liters|litres|barrels|cubic\s+\w+)\s+\Z",
    re.IGNORECASE,
)


def speed_unit(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the time unit of a rate ("miles per hour")."""
    return (
        _PER_UNIT.fullmatch(text, start, end) is not None
        and _MEASURE_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def find_expressions(text: str) -> list[Expression]:
    """Every time expression in ``text``, longest-first without overlaps, in text order."""
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    windows = anchor_windows(text)
    for order, rule in enumerate(RULES):
        for window_start, window_end in windows:
            for match in rule.regex.finditer(text, window_start, window_end):
                start, end = match.span()
                if (
                    end > start
                    and rule.guard(text, start, end)
                    and not in_name(text, start, end)
                    and not in_quoted_title(text, start, end)
                    and not speed_unit(text, start, end)
                ):
                    candidates.append((start, end, order, match))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int, int, re.Match[str]]] = []
    occupied: set[int] = set()
    for candidate in candidates:
        span = range(candidate[0], candidate[1])
        if occupied.isdisjoint(span):
            occupied.update(span)
            taken.append(candidate)
    taken.sort(key=lambda c: c[0])
    return [Expression(start, end, RULES[order], match) for start, end, order, match in taken]


def normalize(
    expression: str, reference: dt.date | str | None = None, tense: str | None = None
) -> Resolution | None:
    """The TIMEX3 ``(type, value)`` of one whole ``expression``, or ``None`` if no rule fits.

    ``reference`` is the date relative expressions resolve against (ISO string or
    date); ``tense`` (``"past"``, ``"present"``, ``"future"``) picks between the
    past and the coming occurrence ("on Tuesday", "in March").
    """
    context = Context(_as_date(reference), tense)
    whole = expression.strip()
    for text in dict.fromkeys((whole, _LEADING_PREPOSITION.sub("", whole))):
        for rule in RULES:
            match = rule.regex.fullmatch(text)
            if match is not None and rule.guard(text, 0, len(text)):
                return rule.resolve(match, context)
    return None
