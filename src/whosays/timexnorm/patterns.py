"""Regular-expression fragments shared by the rules (plain strings, compiled once in rules)."""

from __future__ import annotations

import re

from whosays.timexnorm.lexicon import NUMBER_WORDS, VAGUE_QUANTITIES


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex matching any of ``words`` (longest first), built as a trie.

    A flat alternation of a hundred number words is tried word by word at every
    position of every article; the trie rejects most positions on the first letter.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:  # type: ignore[type-arg]
    branches = []
    for char in sorted((c for c in node if c), key=lambda c: -_depth(node[c])):
        text = r"\s+" if char == " " else re.escape(char)
        branches.append(text + _trie_regex(node[char]))
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


def _depth(node: dict) -> int:  # type: ignore[type-arg]
    return 1 + max((_depth(child) for child in node.values()), default=0)


# Month and weekday names must be capitalised: "may" and "march" are common words.
MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?=\s*\d)))"
)
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# Years read out in broadcast transcripts: "nineteen ninety-six", "nineteen oh five".
SPELLED_YEAR = rf"(?:nineteen[\s-]+(?:{_TENS}(?:[\s-]+{_ONES})?|{_TEENS}|oh[\s-]+{_ONES}))"
YEAR_ANY = rf"(?:{YEAR}|{SPELLED_YEAR})"
# "two thousand (and) one" is a year only after "the year": alone it is mostly a count.
MILLENNIUM_YEAR = (
    rf"(?:two\s+thousand(?:\s+(?:and\s+)?(?:{_TENS}(?:[\s-]+{_ONES})?|{_TEENS}|{_ONES}))?)"
)
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
ORDINAL_QUARTER = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
UNITS = r"(?:seconds|minutes|hours|days|weeks|fortnights|months|quarters|years|decades|centuries)"
UNIT_ANY = rf"(?:{UNITS}|{UNIT})"
NUMBER_WORD = alternation([w for w in NUMBER_WORDS if w not in {"a", "an", "zero"}])
# "2 1/2 years", and hyphenated before a unit: "a 5-1/2-year high", "a six-and-a-half-year low".
DIGITS = r"(?:\d+(?:\.\d+)?(?:(?:\s+|-)1/2)?)"
NUMBER = rf"(?:{DIGITS}|{NUMBER_WORD}(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?)"
VAGUE = alternation(list(VAGUE_QUANTITIES))
# Modifiers kept inside a TIMEX3 span ("nearly two years ago", "at least 72 hours").
# "no more than sixty days" keeps "no" (TimeBank), like "more than".
APPROX = (
    r"(?:nearly|almost|(?:(?:no|not)\s+)?(?:more|less|fewer)\s+than|at\s+(?:least|most)|up\s+to)"
)
TIME_OF_DAY = (
    r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
    r"|noon|midday|midnight|(?:[01]?\d|2[0-3])\s+o'clock"
    r"|(?:1[0-2]|0?[1-9])(?::[0-5]\d)?(?:\s+o'clock)?\s+in\s+the\s+(?:morning|afternoon|evening)"
    r"|(?:[01]\d|2[0-3]):?[0-5]\d(?=\s+(?-i:UTC|GMT)))"
)
TIME_ZONE = r"(?:\s+(?P<zone>(?-i:[ECMP][DS]?T|GMT|UTC|BST|CET)))"
