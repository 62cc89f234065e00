"""Quote marks: pairing straight and curly, double and single marks into quote regions.

Text only (no parse): the paragraph and line bounds, the role of each double mark
(opening, closing or either by its neighbours), nesting, apostrophes, marks inside
markup tags, transcript labels and Title-Case titles. ``whosays_quotes`` then decides
with the parse which regions are speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from whosays.pipeline.lexicon import word_set

__all__ = [
    "DOUBLE_CLOSE",
    "DOUBLE_MARKS",
    "DOUBLE_OPEN",
    "END_PUNCT",
    "SINGLE_CLOSE",
    "SINGLE_OPEN",
    "WORD",
    "QuoteRegion",
    "double_mark_role",
    "line_bounds",
    "looks_like_title",
    "mark_view",
    "markup_element_at",
    "opens_quote",
    "pair_double_marks",
    "pair_single_marks",
    "paragraph_bounds",
    "paragraph_of",
    "strip_transcript_label",
    "two_character_marks",
    "whole_marks",
]

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + '"'  # every double mark, straight or curly
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
OPENERS_BEFORE = " \t\n([{—–-/:"
END_PUNCT = ".!?…"
TITLE_SMALL_WORDS = word_set("a an and as at but by for from in of on or the to with")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # a word, apostrophes inside ("don't")
_TRANSCRIPT_LABEL = re.compile(r"[A-Z][A-Z.' -]{1,40}:\s+")
_INCHES = re.compile(r"\d['’′]\d{1,2}(?:\.\d)?$")  # he's 6’2” tall: feet and inches
# "He says,” there are …”": a closing mark typed for the opening one after a speech verb
_MISTYPED_OPENING = re.compile(
    r"\b(?:say|says|said|add|adds|added|ask|asks|asked|write|writes|wrote|reply|replies|"
    r"replied|continue|continues|continued)[,:]$",
    re.IGNORECASE,
)
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w-]+=\"[^\"<>]*\")+\s*/?>")
_BARE_TAG = re.compile(r"</?[A-Za-z][\w-]*\s*/?>")  # a tag without attributes: <tweet/>
_TYPEWRITER_RUN = re.compile(r"`+|'{2,}")  # ``…'' (TeX) and ''…'' (wire services)
# invisible direction marks, embeddings and zero-width spaces pasted in from social media
# (``‪”Sorry Sarah, …”``): read as spaces, so the mark after one opens its quote
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


@dataclass
class QuoteRegion:
    """A stretch of text between an opening and a closing mark (both included)."""

    start: int
    end: int
    rule: str = "marks"
    kind: str = "direct"
    cue: tuple[int, int] | None = None
    continued: bool = False


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every run of non-empty lines, trailing whitespace excluded."""
    bounds = []
    for match in re.finditer(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*", text):
        bounds.append((match.start(), match.start() + len(match.group().rstrip())))
    return bounds


def line_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line, trailing whitespace excluded (some
    articles separate paragraphs by a single line break)."""
    return [
        (match.start(), match.start() + len(match.group().rstrip()))
        for match in re.finditer(r"[^\n]*\S[^\n]*", text)
    ]


def paragraph_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line holding ``[start, end)`` (one paragraph of wire text)."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right < 0 else right


def two_character_marks(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text``'s two-character double marks (``''``, two backticks), the
    ones :func:`mark_view` reads as ``"``."""
    return _typewriter_marks(text)[1]


def mark_view(text: str) -> str:
    """``text`` with every two-character double mark (two backticks, two apostrophes)
    written as one ``"`` and a space, so pairing and joins treat it as a straight mark.

    The view has the length of ``text`` and its characters elsewhere: every offset found
    in it is an offset of ``text`` (``whole_marks`` then widens a region to the whole
    two-character mark). An opening mark becomes ``␣"`` (the ``"`` against the quoted
    word), a closing one ``"␣``. Three apostrophes are a double and a nested single mark
    (double first when opening, single first when closing); a lone backtick is a single
    opening mark. Two apostrophes between two letters are left alone. Invisible direction
    marks and zero-width spaces read as spaces.
    """
    return _typewriter_marks(text)[0]


def whole_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened so it never cuts a two-character mark of ``text`` in half
    (a region found in ``mark_view(text)`` starts or ends on the ``"`` of the mark)."""
    for mark_start, mark_end in _typewriter_marks(text)[1]:
        if mark_start < start < mark_end:
            start = mark_start
        if mark_start < end < mark_end:
            end = mark_end
    return start, end


@lru_cache(maxsize=8)
def _typewriter_marks(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The mark view of ``text`` and the spans of its two-character double marks."""
    if "''" not in text and "`" not in text:
        return _INVISIBLE.sub(" ", text), ()
    text = _INVISIBLE.sub(" ", text)
    view = list(text)
    spans: list[tuple[int, int]] = []
    for run in _TYPEWRITER_RUN.finditer(text):
        start, end = run.span()
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        if run.group()[0] == "`":
            if end - start == 1:
                view[start] = SINGLE_OPEN[0]
            elif end - start <= 3:
                view[start : start + 2] = ' "'
                spans.append((start, start + 2))
                if end - start == 3:
                    view[start + 2] = SINGLE_OPEN[0]
            continue
        if end - start > 3 or (before.isalnum() and after.isalnum()):
            continue
        if before in OPENERS_BEFORE and not after.isspace():
            view[start : start + 2] = ' "'  # an opening mark (a nested one may follow)
            spans.append((start, start + 2))
        else:
            view[end - 2 : end] = '" '  # a closing mark (a nested one may precede)
            spans.append((end - 2, end))
    return "".join(view), tuple(spans)


def opens_quote(text: str, position: int) -> bool:
    """Whether the character at ``position`` can open a double quotation."""
    return text[position] in DOUBLE_OPEN + '"'


def double_mark_role(text: str, i: int) -> str:
    """``open``, ``close`` or ``either`` for the double quote mark at ``i``."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens_here = before in OPENERS_BEFORE and not after.isspace()
    closes_here = not before.isspace() and (after.isspace() or not after.isalnum())
    if text[i] in DOUBLE_OPEN:
        return "close" if closes_here and not opens_here and before not in "([" else "open"
    if text[i] in DOUBLE_CLOSE:
        return "open" if opens_here and not closes_here else "close"
    if opens_here and not closes_here:
        return "open"
    if closes_here and not opens_here:
        return "close"
    return "either"


def strip_transcript_label(text: str, region: QuoteRegion) -> QuoteRegion:
    """``"PENCE: Well, …`` is a transcript line: the content starts after the speaker label."""
    label = _TRANSCRIPT_LABEL.match(text, region.start + 1, region.end)
    if label is None:
        return region
    return QuoteRegion(label.end(), region.end, rule="transcript", continued=region.continued)


def _family(mark: str) -> str:
    return "straight" if mark == '"' else "curly"


def pair_double_marks(text: str, start: int, end: int, reopens: bool) -> list[QuoteRegion]:
    """Pair the double marks of one paragraph into outermost regions.

    Curly marks nest by their shape; a straight quote inside curly ones (or the
    reverse) nests too. A straight opening mark while a straight quote is open
    means the earlier one was never closed, and it is dropped. Unpaired closing
    marks are ignored. A line that opens with a mark while a quote of an earlier line
    is still open reopens it (paragraphs a single line break apart): the open quote
    ends, continued, at the end of the line before.
    """
    regions: list[QuoteRegion] = []
    stack: list[int] = []
    in_markup = _markup_positions(text, start, end)
    for i in range(start, end):
        if text[i] not in DOUBLE_MARKS or i in in_markup:
            continue
        if text[i] in DOUBLE_CLOSE + '"' and _INCHES.search(text, max(start, i - 6), i):
            continue  # an inch sign ("like 6’2”,” Rubio said"), not a closing mark
        role = double_mark_role(text, i)
        line_end = _reopened_line_end(text, start, i, stack) if role != "close" else None
        if line_end is not None:
            regions.append(QuoteRegion(stack[0], line_end, continued=True))
            stack.clear()
        if role == "close" and not stack and _mistyped_opening(text, i, end):
            role = "open"
        same = bool(stack) and _family(text[stack[-1]]) == _family(text[i])
        if role == "close" or (role == "either" and same):
            while len(stack) > 1 and _family(text[stack[-1]]) != _family(text[i]):
                stack.pop()
            if stack:
                opened = stack.pop()
                if not stack:
                    regions.append(QuoteRegion(opened, i + 1))
        else:
            if same and text[i] == '"':
                stack.pop()  # a straight mark cannot nest in itself: the last one never closed
            stack.append(i)
    if stack and end - stack[0] > 1:
        rule = "marks" if reopens else "unclosed"
        regions.append(QuoteRegion(stack[0], end, rule=rule, continued=reopens))
    return regions


def _reopened_line_end(text: str, start: int, i: int, stack: list[int]) -> int | None:
    """The end of the line before ``i`` when the mark at ``i`` opens its line and a quote
    opened on an earlier line is still open (``“A.⏎“B,” she said``: the quote reopened on
    the next line, not one running on over ``she said``)."""
    line_start = text.rfind("\n", start, i) + 1
    if not stack or line_start <= stack[0] or text[line_start:i].strip():
        return None
    return len(text[:line_start].rstrip())


def _mistyped_opening(text: str, i: int, end: int) -> bool:
    """``He says,” there are …”``: a closing mark, with no quote open, right after a speech
    verb and a comma or colon and before a word, that another closing mark of its
    paragraph closes, opens the quote."""
    return (
        text[i] in DOUBLE_CLOSE
        and text[i + 1 : i + 3].strip()[:1].isalpha()
        and _MISTYPED_OPENING.search(text, max(0, i - 12), i) is not None
        and any(c in DOUBLE_CLOSE for c in text[i + 2 : end])
    )


def _markup_positions(text: str, start: int, end: int) -> set[int]:
    """Positions inside markup tags left in the text (``<tweet author="…">``): their
    marks delimit attribute values, not quotations."""
    inside: set[int] = set()
    for tag in _MARKUP_TAG.finditer(text, start, end):
        inside.update(range(tag.start(), tag.end()))
    return inside


def markup_element_at(text: str, position: int) -> str | None:
    """The name of the markup element left in the text that ``position`` lies inside,
    after its opening tag (``<tweet author="…">``) and before its closing one
    (``<tweet/>``, ``</tweet>``); None outside any, or where no closing tag follows."""
    opening = None
    for tag in _MARKUP_TAG.finditer(text, 0, position):
        if not tag.group().startswith("</") and not tag.group().endswith("/>"):
            opening = tag
    if opening is None or _BARE_TAG.search(text, opening.end(), position) is not None:
        return None
    if _BARE_TAG.search(text, position) is None:
        return None  # never closed: too unsure to call the rest of the text markup
    return opening.group()[1:].split(None, 1)[0]


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, Clinton’s
    return before.isspace() and text[i + 1 : i + 3].isdigit()  # the ’90s


def pair_single_marks(
    text: str, start: int, end: int, doubles: list[QuoteRegion]
) -> list[QuoteRegion]:
    """Pair single marks outside ``doubles``; apostrophes and nested marks are skipped."""
    regions: list[QuoteRegion] = []
    opened: int | None = None
    for i in range(start, end):
        if text[i] not in SINGLE_OPEN + SINGLE_CLOSE + "'" or _is_apostrophe(text, i):
            continue
        if any(r.start <= i < r.end for r in doubles):
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if opened is None and before in OPENERS_BEFORE and not after.isspace():
            opened = i
        elif opened is not None and not before.isspace() and not after.isalnum():
            regions.append(QuoteRegion(opened, i + 1))
            opened = None
    return regions


def looks_like_title(inner: str, words: list[str], partial: bool = True) -> bool:
    """Title Case words with no end punctuation: a title or heading, not speech.

    Inside running text a title may carry the sentence's comma or full stop
    (``on “Fox News Sunday,”``, ``said on “Meet the Press.”``).
    """
    stripped = inner.rstrip().rstrip(",.") if partial else inner.rstrip()
    if len(words) > 10 or stripped[-1:] in END_PUNCT + ",":
        return False
    capitals = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return bool(capitals) and all(w[0].isupper() or w[0].isdigit() for w in capitals)
