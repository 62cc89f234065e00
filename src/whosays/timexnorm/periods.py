"""Rules for calendar periods longer than a month: decades, centuries, seasons, quarters."""

from __future__ import annotations

import datetime as dt
import re

from whosays.timexnorm import calendar as cal
from whosays.timexnorm.base import Context, Resolution, Rule, word_before
from whosays.timexnorm.dates import EDGE, RELATIVE, year_of
from whosays.timexnorm.lexicon import ORDINALS, SEASONS
from whosays.timexnorm.patterns import ORDINAL_QUARTER, SEASON, YEAR, YEAR_ANY


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
    elif relative[0] in {"next", "coming"} and not _season_after(code, reference):
        year += 1  # "next fall" said in June is the coming one, this year's
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


_DECADE_WORDS = (
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
)  # fmt: skip


def _decade_digits(digits: str) -> Resolution:
    if len(digits) == 2:
        century = "20" if digits in {"00", "10", "20"} else "19"
        return ("DATE", f"{century}{digits[0]}")
    return ("DATE", digits[:3])


def _mid_unit(match: re.Match[str], context: Context) -> Resolution:
    """ "by mid-year", "at midweek": the middle of the year (of the last date the text gave,
    else the reference's), week or month of the reference."""
    unit = match["unit"].lower()
    anchor = context.anchor or ""
    if unit == "year" and re.match(r"\d{4}(?!\d)", anchor):
        return ("DATE", anchor[:4])
    if context.reference is None:
        return ("DATE", None)
    if unit == "year":
        return ("DATE", f"{context.reference.year:04d}")
    if unit == "week":
        return ("DATE", cal.week_value(context.reference))
    return ("DATE", cal.month_value(context.reference.year, context.reference.month))


RULES: tuple[Rule, ...] = (
    # "by mid-year", "at midweek" (after a preposition: "a mid-year review" names a thing).
    Rule(
        "mid_unit",
        r"(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\bat\s)|(?<=\buntil\s)|(?<=\bbefore\s)"
        r"|(?<=\bafter\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\baround\s))"
        r"mid-?(?P<unit>year|week|month)(?![\w-])",
        _mid_unit,
    ),
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
)
