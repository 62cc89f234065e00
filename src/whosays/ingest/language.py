"""Is an article English? A cheap check before analysis: whosays reads English only.

The share of a text's words that are English function words (spaCy's English stop
words) separates English news from other languages. Over PolNeAR's 1,008 English
articles the lowest share is 0.26; samples of news written for the tests in French,
Spanish, German, Dutch, Italian and Portuguese score 0.00–0.12; a text in another script
has few Latin letters at all. Too short a text is not judged: a few names and a quote can
look like anything.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

__all__ = ["MIN_ENGLISH_SHARE", "MIN_WORDS", "english_share", "not_english_reason"]

MIN_WORDS = 40
"""Fewer words than this and the text is not judged."""

MIN_ENGLISH_SHARE = 0.15
"""Below this share of English function words a text does not look like English."""

MIN_LATIN_SHARE = 0.5
"""Below this share of Latin letters among all letters, the text is in another script."""

SAMPLE_WORDS = 3000
SAMPLE_CHARS = 30_000

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LATIN_END = 0x250  # Basic Latin up to Latin Extended-B


def english_share(text: str) -> float | None:
    """The share of the first words of ``text`` that are English function words.

    None when ``text`` has fewer than :data:`MIN_WORDS` words.
    """
    words = _WORD.findall(text[:SAMPLE_CHARS])[:SAMPLE_WORDS]
    if len(words) < MIN_WORDS:
        return None
    common = sum(w.lower().replace("’", "'") in STOP_WORDS for w in words)
    return common / len(words)


def _latin_share(text: str) -> float | None:
    letters = [ch for ch in text[:SAMPLE_CHARS] if ch.isalpha()]
    if len(letters) < MIN_WORDS:
        return None
    return sum(ord(ch) < _LATIN_END for ch in letters) / len(letters)


def not_english_reason(text: str) -> str | None:
    """Why ``text`` does not look like English, in words for a warning; None if it does.

    A text too short to judge is taken to be English.
    """
    latin = _latin_share(text)
    if latin is not None and latin < MIN_LATIN_SHARE:
        return (
            f"does not look like English (only {latin:.0%} of its letters are Latin); "
            "whosays reads English only, so its findings will be missing or wrong"
        )
    share = english_share(text)
    if share is not None and share < MIN_ENGLISH_SHARE:
        return (
            f"does not look like English (only {share:.0%} of its words are common "
            "English words); whosays reads English only, so its findings will be "
            "missing or wrong"
        )
    return None
