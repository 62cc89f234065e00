"""Rules for durations ("for three years" -> P3Y) and sets ("every week" -> P1W)."""

from __future__ import annotations

import re

from whosays.timexnorm.base import Context, Resolution, Rule, word_before
from whosays.timexnorm.lexicon import FREQUENCIES, MONTHS, WEEKDAYS, number_value, unit_of
from whosays.timexnorm.lexicon import UNITS as UNIT_CODES
from whosays.timexnorm.patterns import (
    APPROX,
    MONTH,
    NUMBER,
    SEASON,
    UNIT,
    UNIT_ANY,
    UNITS,
    VAGUE,
    WEEKDAY,
)

_DESIGNATORS = {"S": "S", "MIN": "M", "H": "H"}
# A fractional amount is written in the next smaller unit: 1.5 years -> P18M.
_SMALLER_UNIT = {
    "year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60),
}  # fmt: skip
_SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration for ``amount`` ``unit`` s (``None`` amount: ``X``): ``P3Y``, ``PT2H``."""
    code = UNIT_CODES[unit]
    if unit == "decade" and amount is not None:
        return duration_value(amount * 10, "year")
    if unit == "century" and amount is not None:
        return duration_value(amount * 100, "year")
    if unit == "fortnight" and amount is not None:
        return duration_value(amount * 2, "week")
    smaller = _SMALLER_UNIT.get(unit)
    if amount is not None and amount != int(amount) and smaller is not None:
        return _compound_duration(amount, unit, smaller)
    count = "X" if amount is None else _number_text(amount)
    if code in _DESIGNATORS:
        return f"PT{count}{_DESIGNATORS[code]}"
    return f"P{count}{code}"


def _compound_duration(amount: float, unit: str, smaller: tuple[str, int]) -> str:
    """``2.5`` years -> ``P2Y6M``, ``5.5`` hours -> ``PT5H30M``, ``0.5`` hours -> ``PT30M``."""
    whole = int(amount)
    rest = duration_value(float(round((amount - whole) * smaller[1])), smaller[0])
    if whole == 0:
        return rest
    head = duration_value(float(whole), unit)
    if "T" in head:  # PT5H + PT30M -> PT5H30M
        return head + rest.split("T", 1)[1]
    return head + rest[1:]  # P2Y + P6M -> P2Y6M; P1D + PT12H -> P1DT12H


def _number_text(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def _duration(match: re.Match[str], context: Context) -> Resolution:
    unit = unit_of(match["unit"]) or "year"
    number = match["number"]
    amount = 1.0 if number is None else number_value(number)
    if match["half"]:
        amount = 0.5 if amount is None else amount * 0.5
    if match["plus_half"] and amount is not None:
        amount += 0.5  # "a minute and a half"
    return ("DURATION", duration_value(amount, unit))


def _duration_guard(text: str, start: int, end: int) -> bool:
    # "a second" is usually an ordinal; "three-quarters" a fraction.
    # "a week-long strike": the article belongs to the noun, the time is "week-long".
    matched = text[start:end].lower()
    if _ARTICLE_AND_PLURAL.match(matched) or re.match(r"an?\s.*-long$", matched):
        return False
    if matched.endswith("quarter") and _FRACTION_AFTER.match(text, end):
        return False  # "a quarter of the market", "about a quarter, of its dealers"
    return matched not in {"a second", "one second"} and "-quarter" not in matched


_FRACTION_AFTER = re.compile(
    r"\s*,?\s+of\s+(?!(?:an?|the|this|that|next|last)\s+(?:hour|century|year)\b)", re.IGNORECASE
)
_ARTICLE_AND_PLURAL = re.compile(r"an?\s+\w+s(?:-long)?$")


def _unit_long(match: re.Match[str], context: Context) -> Resolution:
    # "a day-long meeting" is P1D; "a decades-long dispute" an unknown number of them,
    # written in years for decades and centuries (PXY, as TimeBank and MEANTIME do).
    word = match["unit"].lower()
    unit = unit_of(word) or "year"
    if word == unit:
        return ("DURATION", duration_value(1.0, unit))
    return ("DURATION", duration_value(None, "year" if unit in {"decade", "century"} else unit))


# "in over six years", "lasted over a week": "over" means "more than" and belongs to the
# duration; "spread over three years" is a preposition and stays out.
_OVER_MEANS_MORE = frozenset(
    {"in", "for", "just", "than", "after", "within", "last", "lasted", "lasting", "lasts",
     "took", "take", "takes", "taking"}
)  # fmt: skip


def _over_guard(text: str, start: int, end: int) -> bool:
    return word_before(text, start) in _OVER_MEANS_MORE


def _bare_units(match: re.Match[str], context: Context) -> Resolution:
    return ("DURATION", duration_value(None, unit_of(match["unit"]) or "year"))


def _bare_units_guard(text: str, start: int, end: int) -> bool:
    if start > 0 and not text[start - 1].isspace():
        return False  # "after-hours trading", "man-hours": part of a compound word
    return word_before(text, start) in {
        "for",
        "in",
        "over",
        "within",
        "after",
        "than",
        "took",
        "take",
    }


def _set(match: re.Match[str], context: Context) -> Resolution:
    if match["weekday"]:
        return ("SET", f"XXXX-WXX-{WEEKDAYS[match['weekday'].lower()]}")
    if match["month"]:
        return ("SET", f"XXXX-{MONTHS[match['month'].lower().rstrip('.')]:02d}")
    if match["season"]:
        return ("SET", f"XXXX-{_SEASON_CODES[match['season'].lower()]}")
    if match["part"]:
        return ("SET", "P1D")
    unit = unit_of(match["unit"]) or "day"
    amount = number_value(match["number"]) if match["number"] else 1.0
    if match["other"]:
        amount = (amount or 1.0) * 2
    return ("SET", duration_value(amount, unit))


def _frequency(match: re.Match[str], context: Context) -> Resolution:
    return ("SET", FREQUENCIES[match[0].lower()])


def _frequency_guard(text: str, start: int, end: int) -> bool:
    # "China Daily", "Weekly Standard": capitalised inside a sentence is a name.
    return text[start].islower() or start == 0 or text[start - 2 : start].strip() in {".", ""}


def _per_unit(match: re.Match[str], context: Context) -> Resolution:
    unit = unit_of(match["unit"]) or "year"
    return ("SET", duration_value(1.0, unit))


def _per_unit_guard(text: str, start: int, end: int) -> bool:
    lowered = text[start:end].lower()
    if lowered.startswith(("per ", "once ", "twice ", "three times ")):
        return True
    before = text[max(0, start - 30) : start].lower()
    if re.search(r"(?:\d|%|percent|million|billion|thousand|dollars|euros|pounds)\s*$", before):
        return True
    # A count of things per unit: "40 hours a week", "multiple rallies a day", "50 men a
    # day", "one day a week" (not "a day before the vote": a signal follows).
    if _SIGNAL_AFTER.match(text, end):
        return False
    return _COUNT_BEFORE.search(text[max(0, start - 60) : start].lower()) is not None


_COUNT_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty"
    r"|forty|fifty|hundred|several|many|multiple|dozens?|hundreds|thousands|millions|billions)"
    r"\s+(?:[a-z'-]+\s+){0,3}?(?:[a-z]+s|people|men|women|children|day|hour|week|minute)\s+$"
)
_SIGNAL_AFTER = re.compile(r"\s+(?:before|after|later|earlier|ago|into|or|and\s+a)\b", re.I)


# "the eight-year war", "the two day rally": a duration modifying a noun leaves the noun's
# article out of its span, as TimeML has it ("the nine months ended" keeps it).
_NOT_ADJECTIVE = (
    rf"(?!\S+(?:-|\s+){UNIT}(?:-long)?\s+"
    r"(?!(?:ago|earlier|later|before|after|from|of|and|or|to|in|on|at|for|that|when|ended|ending)\b)"
    r"[\w$])"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "duration",
        rf"(?:{APPROX}\s+)?(?:the\s+(?:past|last|next|first|previous|coming|following|final|latest|entire)\s+"
        rf"|the\s+{_NOT_ADJECTIVE})?"
        rf"(?P<number>{NUMBER}|{VAGUE}|an?)(?:\s+|-)(?P<half>and\s+a\s+half\s+)?(?:(?:more|additional|full|trading|business|working|straight|consecutive)\s+)?"
        rf"(?P<unit>{UNIT_ANY})(?:-long)?(?![\s-]+old\b)(?P<plus_half>\s+and\s+a\s+half)?(?:\s+or\s+so\b)?",
        _duration,
        _duration_guard,
        kind="DURATION",
    ),
    Rule(
        "half_unit",
        rf"(?P<half>half)\s+(?:an?\s+)?(?P<number>)(?P<unit>{UNIT})|an?\s+(?P<half2>half)-(?P<unit2>hour)",
        lambda m, c: ("DURATION", duration_value(0.5, unit_of(m["unit"] or m["unit2"]) or "hour")),
        kind="DURATION",
    ),
    Rule("bare_units", rf"(?P<unit>{UNITS})", _bare_units, _bare_units_guard, kind="DURATION"),
    Rule(
        "over_amount",
        rf"over\s+(?P<number>{NUMBER}|an?)\s+(?P<half>)(?P<unit>{UNIT_ANY})(?P<plus_half>)",
        _duration,
        _over_guard,
        kind="DURATION",
    ),
    Rule("unit_long", rf"(?P<unit>{UNIT_ANY})-long", _unit_long, kind="DURATION"),
    # "in the past hour", "over the past day": one unit back, a duration like "the past
    # 24 hours" ("the past week" and longer units are dates: relative_unit).
    Rule(
        "past_unit",
        r"the\s+past\s+(?P<unit>hour|minute|day)(?![\w-])",
        lambda match, context: ("DURATION", duration_value(1.0, match["unit"].lower())),
        kind="DURATION",
    ),
    # "the biggest single-day drop" is a one-day one, as "one-day" is.
    Rule(
        "single_unit",
        rf"single-(?P<unit>{UNIT})(?![\w-])",
        lambda match, context: ("DURATION", duration_value(1.0, unit_of(match["unit"]) or "day")),
        kind="DURATION",
    ),
    # "between 60 and 90 days", "between two to six days": the first bound of a range of
    # durations is a DURATION of its own, in the unit written after the second.
    Rule(
        "range_first",
        rf"(?<=between\s)(?P<number>{NUMBER})"
        rf"(?=\s+(?:and|to)\s+(?:{NUMBER})\s+(?P<unit>{UNIT_ANY})(?![\w-]))"
        r"(?P<half>)(?P<plus_half>)",
        _duration,
        kind="DURATION",
    ),
    Rule(
        "every",
        rf"(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<weekday>{WEEKDAY})|(?P<season>{SEASON})"
        rf"|(?P<month>{MONTH})"
        rf"|(?P<part>morning|evening|night)|(?:(?P<number>{NUMBER})\s+)?(?P<unit>{UNIT_ANY}))",
        _set,
        kind="SET",
    ),
    Rule(
        "frequency",
        r"hourly|daily|nightly|weekly|monthly|annually|yearly|biannually|biennially",
        _frequency,
        _frequency_guard,
        kind="SET",
    ),
    Rule(
        "per_unit",
        rf"(?:(?:once|twice|three\s+times|\w+\s+times)\s+)?(?:a|an|per)\s+(?P<unit>{UNIT})",
        _per_unit,
        _per_unit_guard,
        kind="SET",
    ),
)
