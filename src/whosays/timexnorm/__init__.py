"""TIMEX3 time expressions: finding them in text, normalising their values, reference dates.

Pure functions on strings and dates (no spaCy): :func:`find_expressions` lists the
expressions in a text, :meth:`Expression.resolve` and :func:`normalize` give the
TIMEX3 type and value against a reference date and tense, and
:func:`infer_reference_date` guesses an article's date from its own absolute dates.
"""

from __future__ import annotations

from whosays.timexnorm.base import Context, Resolution
from whosays.timexnorm.finder import Expression, find_expressions, normalize
from whosays.timexnorm.reference import anniversary_value, infer_reference_date

__all__ = [
    "Context",
    "Expression",
    "Resolution",
    "anniversary_value",
    "find_expressions",
    "infer_reference_date",
    "normalize",
]
