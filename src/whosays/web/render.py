"""Paint an article's sourcing on its text, as data the templates turn into HTML.

The text is split at every span boundary (sentences, quotes, cues, speaker
mentions, time expressions) and each piece carries the chain of spans it lies
in, outermost first. The template opens and closes elements where the chain
changes between neighbouring pieces, so a span that crosses a boundary of an
outer one is split into fragments and the HTML always nests. Pieces are plain
strings: Jinja2's autoescape escapes every one of them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from whosays.records import Article, Quote, Sentence, SpeakerType, TextSpan, Timex

SpanKind = Literal["sentence", "quote", "cue", "mention", "timex"]

# Outer to inner: a piece's chain is sorted by this rank, then by start, longest first.
_RANK: dict[SpanKind, int] = {"sentence": 0, "quote": 1, "cue": 2, "mention": 3, "timex": 4}

PALETTE_SIZE = 10
BORDER_STYLES = 4
_UNNAMED_LABELS: dict[SpeakerType, str] = {
    "person": "Unnamed person",
    "organization": "Unnamed organisation",
    "document": "Unnamed document",
    "group": "Unnamed group",
    "anonymous": "Anonymous source",
    "unknown": "Unknown speaker",
}


@dataclass(frozen=True)
class SpeakerStyle:
    """How one speaker is shown: a label, initials, a colour and a border pattern."""

    key: str
    name: str | None
    type: SpeakerType
    label: str
    initials: str
    index: int
    titles: tuple[str, ...]
    count: int

    @property
    def css(self) -> str:
        """CSS classes: colour (by palette slot) and border style, so colour is never alone."""
        return f"c{self.index % PALETTE_SIZE} b{self.index % BORDER_STYLES}"


@dataclass(frozen=True)
class Mark:
    """A span painted on the text; ``ident`` is unique within the article."""

    kind: SpanKind
    ident: str
    start: int
    end: int
    css: str
    tip: str | None = None  # id of the tooltip element describing it
    initials: str | None = None
    speaker: int | None = None  # the speaker's index, for "show only this speaker"


@dataclass
class Element:
    """One element of the rendered text: a mark fragment and what it holds."""

    mark: Mark | None
    first: bool = False
    children: list[Element | str] = field(default_factory=list)


@dataclass(frozen=True)
class QuoteTip:
    """What the tooltip (and the quotes table) says about one quote."""

    id: str
    tip_id: str
    speaker: SpeakerStyle
    kind: str
    text: str
    cue: str | None
    title: str | None
    date: str | None
    date_text: str | None
    occasion: str | None


@dataclass(frozen=True)
class TimexTip:
    """What the tooltip (and the time table) says about one time expression."""

    id: str
    tip_id: str
    text: str
    type: str
    value: str | None


@dataclass(frozen=True)
class ArticleView:
    """Everything the article template needs, computed from one :class:`Article`."""

    article: Article
    tree: Element
    speakers: tuple[SpeakerStyle, ...]
    quotes: tuple[QuoteTip, ...]
    timexes: tuple[TimexTip, ...]
    voice_counts: dict[str, int]

    @property
    def heading(self) -> str:
        """The title, else the file the article came from, else "Untitled article"."""
        if self.article.title:
            return self.article.title
        origin = self.article.origin
        return origin if origin and not origin.startswith("<") else "Untitled article"


def speaker_key(name: str | None, type_: SpeakerType) -> str:
    """A key that groups a speaker's quotes: the name, or the type when unnamed."""
    return name if name else f"({type_})"


def speaker_label(name: str | None, type_: SpeakerType) -> str:
    """The name to show: the resolved name, or what is known of an unnamed speaker."""
    return name if name else _UNNAMED_LABELS.get(type_, "Unknown speaker")


def initials(label: str) -> str:
    """Up to three capital letters from a name ("Jane Roe" -> "JR"); '?' if it has none."""
    letters = [w[0] for w in label.replace("-", " ").split() if w[:1].isalnum()]
    return "".join(letters[:3]).upper() or "?"


def speaker_styles(quotes: Sequence[Quote]) -> dict[str, SpeakerStyle]:
    """One style per speaker, in order of first quote; equal initials get a digit."""
    order: dict[str, list[Quote]] = {}
    for quote in quotes:
        order.setdefault(speaker_key(quote.speaker.name, quote.speaker.type), []).append(quote)
    styles: dict[str, SpeakerStyle] = {}
    seen_initials: dict[str, int] = {}
    for index, (key, said) in enumerate(order.items()):
        first = said[0].speaker
        label = speaker_label(first.name, first.type)
        short = initials(label) if first.name else "?" + first.type[0].upper()
        seen_initials[short] = seen_initials.get(short, 0) + 1
        if seen_initials[short] > 1:
            short += str(seen_initials[short])
        titles = tuple(dict.fromkeys(q.speaker.title for q in said if q.speaker.title))
        styles[key] = SpeakerStyle(
            key, first.name, first.type, label, short, index, titles, len(said)
        )
    return styles


def _in_text(span: TextSpan | Quote | Sentence | Timex, size: int) -> bool:
    return 0 <= span.start < span.end <= size


def article_marks(article: Article, styles: dict[str, SpeakerStyle]) -> list[Mark]:
    """Every span to paint, skipping any whose offsets fall outside the text."""
    size = len(article.text)
    marks = [
        Mark("sentence", f"s{i}", s.start, s.end, f"voice-{s.voice}")
        for i, s in enumerate(article.sentences)
        if _in_text(s, size)
    ]
    for i, quote in enumerate(article.quotes):
        style = styles[speaker_key(quote.speaker.name, quote.speaker.type)]
        if _in_text(quote, size):
            marks.append(
                Mark(
                    "quote",
                    f"q{i}",
                    quote.start,
                    quote.end,
                    f"quote {quote.kind} {style.css}",
                    f"tip-q{i}",
                    style.initials,
                    style.index,
                )
            )
        if quote.cue is not None and _in_text(quote.cue, size):
            marks.append(Mark("cue", f"cue{i}", quote.cue.start, quote.cue.end, "cue"))
        mention = quote.speaker.mention
        if mention is not None and _in_text(mention, size):
            marks.append(
                Mark(
                    "mention",
                    f"m{i}",
                    mention.start,
                    mention.end,
                    f"mention {style.css}",
                    f"tip-q{i}",
                    None,
                    style.index,
                )
            )
    marks.extend(
        Mark("timex", f"t{i}", t.start, t.end, "timex", f"tip-t{i}")
        for i, t in enumerate(article.timexes)
        if _in_text(t, size)
    )
    return _dedupe(marks)


def _dedupe(marks: Iterable[Mark]) -> list[Mark]:
    """Drop a mark of a kind that repeats the exact span of an earlier one (a shared cue)."""
    seen: set[tuple[SpanKind, int, int]] = set()
    kept = []
    for mark in marks:
        if (mark.kind, mark.start, mark.end) not in seen:
            seen.add((mark.kind, mark.start, mark.end))
            kept.append(mark)
    return kept


def _chain_order(mark: Mark) -> tuple[int, int, int]:
    return (_RANK[mark.kind], mark.start, -mark.end)


def _active_chains(
    bounds: Sequence[int], marks: Sequence[Mark]
) -> Iterator[tuple[int, int, list[Mark]]]:
    """(start, end, chain) for each piece between bounds: a sweep, linear in the marks."""
    starting: dict[int, list[Mark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    for start, end in itertools.pairwise(bounds):
        active = [m for m in active if m.end > start] + starting.get(start, [])
        yield start, end, sorted(active, key=_chain_order)


def build_tree(text: str, marks: Sequence[Mark]) -> Element:
    """Split ``text`` at every mark boundary and nest the pieces by each piece's chain."""
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    root = Element(None)
    stack: list[Element] = [root]
    opened: set[str] = set()
    for start, end, chain in _active_chains(bounds, marks):
        keep = 0
        while keep < len(chain) and keep + 1 < len(stack) and stack[keep + 1].mark is chain[keep]:
            keep += 1
        del stack[keep + 1 :]
        for mark in chain[keep:]:
            element = Element(mark, first=mark.ident not in opened)
            opened.add(mark.ident)
            stack[-1].children.append(element)
            stack.append(element)
        stack[-1].children.append(text[start:end])
    return root


def _quote_tip(
    i: int,
    quote: Quote,
    styles: dict[str, SpeakerStyle],
    timexes: dict[str, Timex],
    published: str | None,
) -> QuoteTip:
    timex = timexes.get(quote.time) if quote.time else None
    return QuoteTip(
        id=quote.id,
        tip_id=f"tip-q{i}",
        speaker=styles[speaker_key(quote.speaker.name, quote.speaker.type)],
        kind=quote.kind,
        text=quote.text,
        cue=quote.cue.text if quote.cue else None,
        title=quote.speaker.title,
        date=(timex.value if timex else None) or published,
        date_text=timex.text if timex else ("publication date" if published else None),
        occasion=quote.occasion,
    )


def article_view(article: Article) -> ArticleView:
    """The render data for ``article``: nested text, speakers, tooltips and voice counts."""
    styles = speaker_styles(article.quotes)
    timexes = {t.id: t for t in article.timexes}
    voice_counts = {"quoted": 0, "vague": 0, "author": 0}
    for sentence in article.sentences:
        voice_counts[sentence.voice] = voice_counts.get(sentence.voice, 0) + 1
    return ArticleView(
        article=article,
        tree=build_tree(article.text, article_marks(article, styles)),
        speakers=tuple(sorted(styles.values(), key=lambda s: (-s.count, s.index))),
        quotes=tuple(
            _quote_tip(i, q, styles, timexes, article.published)
            for i, q in enumerate(article.quotes)
        ),
        timexes=tuple(
            TimexTip(t.id, f"tip-t{i}", t.text, t.type, t.value)
            for i, t in enumerate(article.timexes)
        ),
        voice_counts=voice_counts,
    )
