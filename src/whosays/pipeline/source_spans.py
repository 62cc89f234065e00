"""Span helpers for whosays_sources: content trimming, quote balancing, cue and source spans.

PolNeAR's conventions, which the content spans follow: a leading ``that`` is kept,
the sentence-final period is not, and the quote marks around quoted words are part
of the content (with the comma or period inside them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from whosays.pipeline.doc import AttributionData, doc_text
from whosays.pipeline.quote_marks import DOUBLE_MARKS
from whosays.timexnorm.lexicon import PARTS_OF_DAY, WEEKDAYS

OPEN_QUOTES = frozenset({"“", "``"})
CLOSE_QUOTES = frozenset({"”"})
EITHER_QUOTES = frozenset({'"', "''"})
QUOTE_TOKENS = OPEN_QUOTES | CLOSE_QUOTES | EITHER_QUOTES
DOUBLE_QUOTE_CHARS = frozenset(DOUBLE_MARKS)
PARAGRAPH = re.compile(r"[^\n]+")
# What a cue verb's span takes from the left (``has also said``, ``did not supply``).
CHAIN_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
# Adverbs that join clauses rather than modify the cue verb ("when he said", "so said");
# "then" modifies it ("then reiterated": PolNeAR train quarter 3 keeps it 5 times of 6).
CLAUSE_ADVERBS = frozenset({"when", "where", "how", "why", "so", "as", "while"})
DASHES = frozenset({"—", "―", "–", "--"})
PERSON_PRONOUNS = frozenset({"he", "she", "i", "we", "you", "him", "her", "me", "us"})
# A wire dateline before its dash: "LISBON", "NEW YORK (Reuters)", "TOLEDO, May 3 (UPI)".
DATELINE_PLACE = r"[A-Z][A-Z.'’ ]*[A-Z.](?:,[ \w.]+)?(?:\s*\([^()\n]{1,30}\))?"
# ... and its dash, before a sentence that starts afresh ("NATO — the alliance —" is none).
# A live blog's entry stamp before its dash is one too: "1:50 p.m. — The government will ...".
_ENTRY_STAMP = r"\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?"
_DATELINE_START = re.compile(
    rf"(?:{DATELINE_PLACE}|{_ENTRY_STAMP})\s*(?:[—―–]|--?)\s+(?=[A-Z0-9\"“‘'])"
)

CONFIDENCE = {
    "clause": 0.8,
    "parataxis": 0.7,
    "as-clause": 0.7,
    "object": 0.6,
    "object-prep": 0.5,
    "according-to": 0.85,
    "vague-passive": 0.6,
    "vague-subject": 0.7,
    "vague-adverb": 0.6,
    "vague-verb": 0.5,
    "vague-noun": 0.6,
    "colon": 0.6,
    "noun": 0.5,
}
QUOTE_MARK = re.compile(r"“|”|\"|''|``")


def attribution_kind(text: str) -> str:
    """``direct`` when ``text`` is one quotation, ``mixed`` when it holds quoted words."""
    marked = text.strip().replace("``", "“").replace("''", '"')
    if not any(ch in DOUBLE_QUOTE_CHARS for ch in marked):
        return "indirect"
    body = marked.rstrip(".,;:?!")
    if body[:1] in DOUBLE_QUOTE_CHARS and body[-1:] in DOUBLE_QUOTE_CHARS:
        inner = body[1:-1]
        if not any(ch in DOUBLE_QUOTE_CHARS for ch in inner):
            return "direct"
    return "mixed"


def quotation_regions(text: str) -> list[tuple[int, int]]:
    """Character spans of double-quoted text (marks included), paired within each paragraph."""
    regions: list[tuple[int, int]] = []
    for paragraph in PARAGRAPH.finditer(text):
        opened: int | None = None
        for mark in QUOTE_MARK.finditer(paragraph.group()):
            position = paragraph.start() + mark.start()
            if mark.group() in ("“", "``") or (opened is None and mark.group() != "”"):
                opened = position
            elif opened is not None:
                regions.append((opened, position + len(mark.group())))
                opened = None
    return regions


def within_any(span: list[int], regions: list[tuple[int, int]]) -> bool:
    return any(start < span[0] and span[1] < end for start, end in regions)


def trim_content(doc: Doc, start: int, end: int) -> Span | None:
    """Tokens ``start:end`` without edge punctuation, quote marks balanced as PolNeAR has them."""
    while start < end and _strippable(doc[start]) and doc[start].text not in OPEN_QUOTES:
        start += 1
    while start < end and _strippable(doc[end - 1]) and doc[end - 1].text not in CLOSE_QUOTES:
        end -= 1
    if start >= end:
        return None
    start = _after_dateline_start(doc, start, end)
    start, end = _balance_quotes(doc, start, end)
    return doc[start:end]


def _after_dateline_start(doc: Doc, start: int, end: int) -> int:
    """Where content that opens a wire story starts: after its dateline.

    ``LISBON — Dock workers ended a strike, union leaders said``: the place and
    agency belong to the story, not to what the union leaders said.
    """
    first = doc[start]
    if not (first.is_upper or first.text[:1].isdigit()):
        return start
    text = doc_text(doc)
    if first.idx and text[first.idx - 1] != "\n":
        return start
    match = _DATELINE_START.match(text, first.idx, doc[end - 1].idx)
    if match is None:
        return start
    return next((t.i for t in doc[start:end] if t.idx >= match.end()), start)


def _strippable(token: Token) -> bool:
    return token.is_punct or token.is_space or token.text in QUOTE_TOKENS


def _balance_quotes(doc: Doc, start: int, end: int) -> tuple[int, int]:
    opens, closes, either = _quote_counts(doc[start:end])
    before = start - 1 if start > 0 and doc[start - 1].text in OPEN_QUOTES | EITHER_QUOTES else None
    after = _closing_run_end(doc, end)
    if opens > closes or either % 2 == 1:
        if after is not None:
            return start, after
        if before is not None and either % 2 == 1:
            return before, end
    elif closes > opens and before is not None:
        return before, end
    elif opens == closes and either % 2 == 0 and before is not None and after is not None:
        return before, after
    return start, end


def _quote_counts(span: Span) -> tuple[int, int, int]:
    texts = [t.text for t in span]
    return (
        sum(t in OPEN_QUOTES for t in texts),
        sum(t in CLOSE_QUOTES for t in texts),
        sum(t in EITHER_QUOTES for t in texts),
    )


def _closing_run_end(doc: Doc, end: int) -> int | None:
    """End of ``, ”`` / ``.”`` / ``”`` right after token ``end - 1``, if there is one."""
    for length in (1, 2, 3):
        run = doc[end : end + length]
        if len(run) < length or not all(t.is_punct for t in run):
            return None
        if run[-1].text in CLOSE_QUOTES | EITHER_QUOTES:
            return end + length
    return None


def last_word(doc: Doc, end: int, *, spaces: bool = False) -> int:
    """Where the words before ``end`` stop, closing punctuation left out; with ``spaces``
    the paragraph break the parser hangs on a sentence's last word too (``according to
    police.\n\n``)."""
    while end > 0 and (doc[end - 1].is_punct or (spaces and doc[end - 1].is_space)):
        end -= 1
    return end


def subtree_span(token: Token) -> Span:
    """The source noun phrase headed by ``token``: its subtree, kept to its own line."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    for i in range(token.i - 1, start - 1, -1):
        if "\n" in doc[i].text or doc[i].text == ":":
            start = i + 1  # a headline or dateline run into the subject by the parser
            break
    start = _after_dateline(doc, start, end)
    end = _before_time(token, end)
    for i in range(token.i + 1, end):
        if "\n" in doc[i].text:
            end = i
            break
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    # An appositive's closing comma is part of PolNeAR's source; other trailing punctuation
    # is not, except the bracket closing "(R-Utah)".
    while end > start + 1 and doc[end - 1].is_punct and doc[end - 1].text not in ",)":
        end -= 1
    if doc[end - 1].text == ")" and "(" not in doc[start : end - 1].text:
        end -= 1
    if end > start + 1 and doc[end - 1].text == "," and not _has_apposition(doc[start:end]):
        end -= 1
    elif end < len(doc) and doc[end].text == "," != doc[end - 1].text:
        end += int(_has_apposition(doc[start:end]))
    if end < len(doc) and _is_dash(doc[end]) and sum(map(_is_dash, doc[start:end])) % 2:
        end += 1  # "union leaders — and, above all, Maria Lutz —": the closing dash
    return doc[start:end]


def close_source(text: str, attribution: AttributionData) -> None:
    """End a source where PolNeAR ends it: after the comma that closes an apposition
    before the cue, and after the quote mark that closes a title it opened.

    ``Ada Brenner, a former head of the water board, said``: the comma is part of
    the source (as ``subtree_span`` has it for the parse's subjects; the direct-quote
    stage's speakers too). ``Lena Ortiz, a host of ''Morning Desk,'' declined``: the closing
    marks of the title are.
    """
    source, cue = attribution.get("source"), attribution.get("cue")
    if not source:
        return
    start, end = source
    if text[start : start + 1] == "-" and text[start + 1 : start + 2].isupper():
        start += 1  # "-President Obama" signing a quotation: the hyphen is no part of the name
    if text[start:end].endswith(" both") and " and " in text[start:end]:
        end -= len(" both")  # "Ana Diaz and Tom Reed both floated …": the quantifier floats
    words = text[start:end]
    marks = _open_quote_marks(words)
    if marks:
        following = re.match(r"[,.]?(?:”|''|\")", text[end : end + 3])
        if following is not None:
            end += following.end()
    elif cue and end <= cue[0] and ", " in words and text[end : end + 1] == ",":
        end += 1
    attribution["source"] = [start, end]


def _open_quote_marks(words: str) -> bool:
    """Whether ``words`` opens a quotation it does not close (``a host of ''The Five,``)."""
    curly = words.count("“") - words.count("”")
    straight = words.count('"') + words.replace("``", "").count("''")
    return curly > 0 or straight % 2 == 1


def _is_dash(token: Token) -> bool:
    """A dash that sets off a phrase (``—``, or ``-`` with a space before it), not a hyphen."""
    spaced = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in DASHES or (token.text == "-" and spaced)


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Where a source starts after a dateline the parser ran into it.

    ``WASHINGTON — Sen. Chuck Grassley``, ``TOLEDO, May 3 (UPI) — Former Interior
    Secretary Dana Whitfield``: a source that opens with a place name in capitals and
    runs on past a dash starts after the dash.
    """
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) >= 3):
        return start
    dash = next((i for i in range(start + 1, end - 1) if _is_dash(doc[i])), None)
    if dash is None:
        return start
    if doc[dash].text == "-" and not doc[dash + 1].text[:1].isupper():
        return start  # a hyphen only before a capital that starts afresh: not "NATO - the …"
    return dash + 1  # "DENVER, Colo. (Reuters) - Governor Ellen Park"


def _before_time(token: Token, end: int) -> int:
    """Where a source ends before a time phrase the parser hung on it.

    ``the report on Wednesday cited …``, ``according to a county audit on
    Wednesday``: the time belongs to the statement, not to the source.
    """
    last = max(token.rights, key=lambda t: t.i, default=None)
    if last is None or last.right_edge.i + 1 != end or not on_weekday(last):
        return end
    return last.i


def on_weekday(prep: Token, day_parts: bool = False) -> bool:
    """Whether ``prep`` is ``on Wednesday`` (with ``day_parts`` also ``on Friday night``)."""
    if prep.lower_ != "on":
        return False
    words = [t.lower_ for t in prep.subtree if t.i != prep.i and not t.is_punct]
    after = PARTS_OF_DAY.keys() if day_parts else set()
    return bool(words) and words[0] in WEEKDAYS and set(words[1:]) <= after


def _has_apposition(span: Span) -> bool:
    return any(t.dep_ in ("appos", "relcl", "acl") for t in span)


def verb_cue(verb: Token) -> Span:
    """The cue span of a verb: its auxiliaries and adverbs right before it, a particle after.

    PolNeAR's cues keep the verb chain: ``has said``, ``was proposing``, ``also noted``,
    ``did not supply``, ``to solely attribute``, ``pointed out``.
    """
    particles = [c.i for c in verb.rights if c.dep_ == "prt" and c.i == verb.i + 1]
    end = (particles[-1] if particles else verb.i) + 1
    return verb.doc[_chain_start(verb) : end]


def _chain_start(verb: Token) -> int:
    """The first of the auxiliaries, negations and adverbs that run up to ``verb``."""
    start = verb.i
    for child in sorted(verb.lefts, key=lambda t: -t.i):
        if child.i != start - 1 or child.dep_ not in CHAIN_DEPS:
            break
        if child.dep_ == "advmod" and (child.pos_ != "ADV" or child.lower_ in CLAUSE_ADVERBS):
            break
        start = child.i
    return start


def passive_cue(verb: Token) -> Span:
    """``is widely believed``: the auxiliaries and adverbs before a passive verb, and the verb."""
    start = verb.i
    for child in sorted(verb.lefts, key=lambda t: -t.i):
        if child.i == start - 1 and child.dep_ in ("aux", "auxpass", "advmod", "neg"):
            start = child.i
    return verb.doc[start : verb.i + 1]


def word_count(span: Span) -> int:
    return sum(not (t.is_punct or t.is_space) for t in span)


def _source_type(source: Span | None, kind: str) -> str | None:
    if source is None:
        return None
    root = source.root
    if kind == "vague":
        return "group"
    if root.lower_ in PERSON_PRONOUNS or root.ent_type_ == "PERSON":
        return "person"
    if root.ent_type_ in ("ORG", "NORP", "GPE"):
        return "organization"
    if root.tag_ == "NNS":
        return "group"
    return "unknown"


def make_attribution(
    kind: str | None, content: Span, cue: Span, source: Span | None, rule: str
) -> AttributionData:
    """An attribution dict; ``kind`` None means indirect, mixed or direct by the content."""
    resolved = kind or attribution_kind(content.text)
    return {
        "kind": resolved,
        "content": [content.start_char, content.end_char],
        "cue": [cue.start_char, cue.end_char],
        "source": None if source is None else [source.start_char, source.end_char],
        "source_type": _source_type(source, resolved),
        "confidence": CONFIDENCE.get(rule, 0.5),
        "rule": rule,
    }


def is_nested(inner: AttributionData, found: list[AttributionData]) -> bool:
    """Whether ``inner``'s cue and content lie inside another attribution's content.

    ``Obama said he doubts the plan will pass``: PolNeAR annotates the reported words
    ``he doubts the plan will pass`` and seldom the attribution nested inside them.
    """
    cue, content = inner.get("cue"), inner["content"]
    if cue is None:
        return False
    return any(
        outer is not inner
        and outer["content"] != content
        and _inside(content, outer["content"])
        and _inside(cue, outer["content"])
        for outer in found
    )


def merge_attribution(
    found: list[AttributionData],
    earlier: int,
    new: AttributionData,
    quoted: list[tuple[int, int]] | None = None,
) -> None:
    """Add ``new`` to ``found`` unless it restates one of the first ``earlier`` attributions.

    A candidate whose content overlaps an earlier (direct-quote) attribution describes
    the same words (cues inside quotation marks never get here): it fills in the
    missing cue and source, gives its source span when both name the same cue, and turns
    the quotation into a ``mixed`` attribution when its content reaches beyond it. An
    earlier cue that lies inside a quotation of ``quoted`` (``''because they expect X,''
    Mr. Chipok said``: the quoted ``expect``) gives way to the new cue and its source.
    """
    content = new["content"]
    for old in found[:earlier]:
        old_content = old["content"]
        if not overlaps(old_content, content):
            continue
        old_cue, new_cue = old.get("cue"), new.get("cue")
        same_cue = old_cue is None or (new_cue is not None and _inside(old_cue, new_cue))
        if old_cue is not None and new_cue is not None and quoted:
            same_cue = same_cue or (within_any(old_cue, quoted) and not within_any(new_cue, quoted))
        if _holds_quote_attribution(old, new, same_cue):
            continue
        if same_cue:
            old["cue"] = new_cue  # the verb chain: "has said" for the quote stage's "said"
        # For the same cue, the parse's subject span follows PolNeAR's source convention.
        if old.get("source") is None or (same_cue and new.get("source") is not None):
            old["source"] = new.get("source")
            old["source_type"] = old.get("source_type") or new.get("source_type")
        if same_cue and new.get("kind") == "vague":
            old["kind"] = "vague"  # '"so-called" plan …, critics say': still only vague
            old["rule"] = f"{old.get('rule', 'direct')}+{new.get('rule')}"
        elif new.get("kind") == "mixed" and _widens(old_content, content):
            old["kind"] = "mixed"
            old["content"] = content
            old["rule"] = f"{old.get('rule', 'direct')}+{new.get('rule')}"
        return
    found.append(new)


def _holds_quote_attribution(old: AttributionData, new: AttributionData, same_cue: bool) -> bool:
    """Whether ``new`` reports words that hold ``old``'s whole attribution, cue included:
    ``The office said the harvest reached 48 million tonnes, a figure the minister
    described as "a triumph"``: the office's statement and the minister's words stand apart."""
    old_cue, new_cue = old.get("cue"), new.get("cue")
    if same_cue or old_cue is None or new_cue is None or new.get("kind") != "mixed":
        return False
    return _inside(old_cue, new["content"]) and not _inside(new_cue, old["content"])


def overlaps(a: Iterable[int], b: Iterable[int]) -> bool:
    """Whether the character spans ``a`` and ``b`` (``[start, end]``) share a character."""
    (a0, a1), (b0, b1) = a, b
    return a0 < b1 and b0 < a1


def _widens(inner: list[int], outer: list[int]) -> bool:
    """Whether ``outer`` holds ``inner`` and more."""
    return _inside(inner, outer) and inner != outer


def _inside(inner: list[int], outer: list[int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]
