"""The rule type every time-expression rule shares, and the context it resolves against."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

# (TIMEX3 type, value); value None when it cannot be resolved.
Resolution = tuple[str, str | None]


@dataclass(frozen=True)
class Context:
    """What a relative expression resolves against: the reference date and the tense.

    ``tense`` is ``"past"``, ``"present"``, ``"future"``, ``"scheduled"`` (an event on the
    calendar named by its date: "the November election", the coming one within about
    eight months, else the past one) or ``None`` (unknown).
    ``anchor`` is the TIMEX3 value of the last date the text gave before the
    expression (``"1998-10-23"``, ``"1989-03"``): "that day", "the day after" and "the
    following month" count from it rather than from the reference.
    """

    reference: dt.date | None = None
    tense: str | None = None
    anchor: str | None = None


Handler = Callable[[re.Match[str], Context], Resolution]
Guard = Callable[[str, int, int], bool]


def always(text: str, start: int, end: int) -> bool:
    """A guard that accepts every match."""
    return True


@dataclass(frozen=True)
class Rule:
    """One pattern of time expression and how to resolve what it matches."""

    name: str
    pattern: str
    handler: Handler
    guard: Guard = always
    kind: str = "DATE"
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def resolve(self, match: re.Match[str], context: Context) -> Resolution:
        """The ``(type, value)`` of ``match``; value ``None`` when it is no calendar date.

        "June 31" or "9999 years ago" match the grammar but name no day the calendar
        holds: they keep their span with an unresolved value.
        """
        try:
            return self.handler(match, context)
        except (ValueError, OverflowError):
            return (self.kind, None)

    def __post_init__(self) -> None:
        compiled = re.compile(rf"(?<![\w'])(?:{self.pattern})(?![\w])", re.IGNORECASE)
        object.__setattr__(self, "regex", compiled)


def word_before(text: str, start: int) -> str:
    """The lower-cased word just before ``start`` (empty at the start of the text)."""
    match = _LAST_WORD.search(text[max(0, start - 40) : start])
    return match.group(1).lower() if match else ""


def text_after(text: str, end: int, size: int = 12) -> str:
    """Up to ``size`` characters after ``end``."""
    return text[end : end + size]


_LAST_WORD = re.compile(r"([\w$%']+)[^\w$%']*\Z")
