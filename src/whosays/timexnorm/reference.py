"""Reference dates an article does not state: inferred from its dates, and anniversaries."""

from __future__ import annotations

import re
from collections.abc import Iterable

from whosays.timexnorm.lexicon import ORDINALS

_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def infer_reference_date(dated: Iterable[tuple[str | None, str | None]]) -> str | None:
    """Guess an article's reference date from its absolute dates.

    ``dated`` holds ``(value, tense)`` pairs of the article's time expressions
    resolved without a reference. The latest full date (``YYYY-MM-DD``) told in
    the past or present tense (or with no tense) is the guess: news reports what
    has happened, so the newest day it reports is the nearest to its writing.
    Dates in the future tense are only used when there is nothing else.
    """
    pairs = [(value[:10], tense) for value, tense in dated if value and _FULL_DATE.match(value)]
    reported = [value for value, tense in pairs if tense != "future"]
    if reported:
        return max(reported)
    return None


def anniversary_value(ordinal: str, base_value: str) -> str | None:
    """The date of the ``ordinal`` anniversary of ``base_value``.

    ``("tenth", "2001-03")`` -> ``"2011-03"``; ``None`` when ``ordinal`` is not one.
    """
    years = ORDINALS.get(ordinal.lower())
    if years is None:
        digits = re.sub(r"\D", "", ordinal)
        years = int(digits) if digits else None
    match = re.match(r"(\d{4})(.*)", base_value)
    if years is None or match is None:
        return None
    return f"{int(match[1]) + years:04d}{match[2]}"
