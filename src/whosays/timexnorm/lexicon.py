"""Word tables for time expressions: months, weekdays, numbers, units, seasons."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6,
    "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
    "tenth": 10, "10th": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15,
    "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "hundredth": 100,
}  # fmt: skip

_UNITS_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
]  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {word: i for i, word in enumerate(_UNITS_WORDS)}
NUMBER_WORDS.update(_TENS_WORDS)
NUMBER_WORDS.update(
    {f"{tens}-{unit}": value + i for tens, value in _TENS_WORDS.items()
     for i, unit in enumerate(_UNITS_WORDS) if 0 < i < 10}
)  # fmt: skip
NUMBER_WORDS.update(
    {f"{tens} {unit}": value + i for tens, value in _TENS_WORDS.items()
     for i, unit in enumerate(_UNITS_WORDS) if 0 < i < 10}
)  # fmt: skip
NUMBER_WORDS.update(
    {"a": 1, "an": 1, "a hundred": 100, "one hundred": 100, "a dozen": 12, "a couple of": 2,
     "a couple": 2, "couple of": 2}
)  # fmt: skip

# Vague quantities: TIMEX3 writes the count as X ("PXY").
VAGUE_QUANTITIES = ("several", "a few", "few", "many", "some")

# Unit word (singular) -> (duration designator, calendar granularity).
UNITS: dict[str, str] = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "week": "W",
    "fortnight": "FN", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE",
}  # fmt: skip
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
    "weeks": "week", "fortnights": "fortnight", "months": "month", "quarters": "quarter",
    "years": "year", "decades": "decade", "centuries": "century",
}  # fmt: skip

# Frequency adverbs -> SET value.
FREQUENCIES: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "monthly": "P1M", "quarterly": "P1Q", "annually": "P1Y", "yearly": "P1Y",
    "biannually": "P6M", "biennially": "P2Y",
}  # fmt: skip

# Adverbs with a TIMEX3 reference value.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "soon": "FUTURE_REF",
}  # fmt: skip

# Fixed-date holidays: name -> MM-DD.
HOLIDAYS: dict[str, str] = {
    "christmas day": "12-25", "christmas eve": "12-24", "christmas": "12-25",
    "new year's day": "01-01", "new year's eve": "12-31", "independence day": "07-04",
    "valentine's day": "02-14", "halloween": "10-31", "boxing day": "12-26",
    "bastille day": "07-14", "may day": "05-01",
}  # fmt: skip


def number_value(word: str) -> float | None:
    """The number a numeral word or digits stand for (``"two"`` -> 2, ``"2 1/2"`` -> 2.5).

    ``None`` for vague quantities ("several") and unknown words.
    """
    text = " ".join(word.lower().replace(",", "").split())
    text = text.replace("-and-a-half", " and a half").replace("-1/2", " 1/2")
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    if text.endswith(" and a half"):
        base = number_value(text[: -len(" and a half")])
        return None if base is None else base + 0.5
    parts = text.split()
    try:
        if len(parts) == 2 and "/" in parts[1]:
            numerator, denominator = parts[1].split("/")
            return float(parts[0]) + float(numerator) / float(denominator)
        return float(text)
    except ValueError:
        return None


def year_number(text: str) -> int | None:
    """The year written as digits or words (``"nineteen ninety-six"`` -> 1996)."""
    words = " ".join(text.lower().replace("-", " ").split())
    if words.isdigit():
        return int(words)
    for head, base in (("nineteen ", 1900), ("two thousand", 2000)):
        if words.startswith(head):
            rest = words[len(head) :].strip().removeprefix("and ").removeprefix("oh ")
            if not rest:
                return base
            number = NUMBER_WORDS.get(rest)
            return None if number is None or number >= 100 else base + number
    return None


def unit_of(word: str) -> str | None:
    """The singular unit (``"years"`` -> ``"year"``), or ``None`` if ``word`` is not one."""
    text = word.lower().rstrip(".")
    if text in UNITS:
        return text
    return UNIT_PLURALS.get(text)
