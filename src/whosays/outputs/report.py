"""The terminal report: who is quoted (with title, cue, time), then the author's own voice."""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from whosays.records import Article, Quote, Sentence

VOICE_STYLE = {"quoted": "green", "vague": "yellow", "author": "cyan"}


def _clip(text: str, width: int = 220) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def header(article: Article) -> Text:
    """Title, outlet, publication date and where the date came from."""
    line = Text()
    line.append(article.title or article.origin, style="bold")
    if article.source:
        line.append(f" — {article.source}")
    if article.published:
        line.append(f"\npublished {article.published} ({article.published_from or 'unknown'})")
        if article.published_from == "inferred":
            line.append(
                "\nno publication date given: relative dates are resolved against an "
                "inferred date and may be wrong",
                style="yellow",
            )
    else:
        line.append("\nno publication date: relative dates are left unresolved", style="yellow")
    return line


def speaker_label(quote: Quote, entity_names: Mapping[str, str] | None = None) -> str:
    """How a speaker is shown: name (else its entity's description, mention or type) and title."""
    speaker = quote.speaker
    described = (entity_names or {}).get(speaker.entity or "")
    mention = speaker.mention.text if speaker.mention else None
    name = speaker.name or (
        f"[{speaker.type}] {described or mention}" if described or mention else f"[{speaker.type}]"
    )
    # An unnamed speaker's title is often its mention ("the city's auditor"): say it once.
    if not speaker.title or speaker.title.casefold() in name.casefold():
        return name
    bare = " ".join(w for w in (mention or "").split() if w.casefold() not in ("the", "a", "an"))
    if not speaker.name and bare and bare.casefold() in speaker.title.casefold():
        return f"[{speaker.type}] {speaker.title}"  # "the diplomat" of a "Castrian diplomat"
    return f"{name}, {speaker.title}"


KIND_STYLE = {"direct": "green", "mixed": "magenta", "indirect": "blue"}


def _when(article: Article, quote: Quote) -> str:
    times = {t.id: t for t in article.timexes}
    parts = []
    if quote.time and quote.time in times:
        timex = times[quote.time]
        parts.append(f"{timex.text} = {timex.value}" if timex.value else timex.text)
    if quote.occasion:
        parts.append(quote.occasion)
    return " · ".join(parts)


def quote_line(article: Article, quote: Quote) -> Text:
    """One quote: kind, text, cue, and when / on what occasion it was said."""
    line = Text("  ")
    line.append(f"{quote.kind:<9}", style=KIND_STYLE.get(quote.kind, ""))
    line.append(_clip(quote.text))
    # The record keeps PolNeAR's cue span ("said:"); the reader needs only the word.
    details = [f"cue: {quote.cue.text.rstrip(':').rstrip()}" if quote.cue else "no cue"]
    if quote.speaker.mention and quote.speaker.mention.text != quote.speaker.name:
        details.append(f"as “{_clip(quote.speaker.mention.text, 60)}”")
    when = _when(article, quote)
    if when:
        details.append(when)
    line.append(f"\n           {' · '.join(details)}", style="dim")
    return line


def speaker_key(quote: Quote) -> str:
    """What groups quotes under one speaker: the resolved entity, else the label."""
    return quote.speaker.entity or speaker_label(quote)


def speakers_table(article: Article) -> Group:
    """One block per speaker: name, title, type and count, then each of their quotes.

    Quotes resolved to the same entity are one speaker however the article named them
    ("Jane Roe", "the minister", "she"); the block is headed by the fullest label.
    """
    groups: dict[str, list[Quote]] = {}
    for quote in article.quotes:
        groups.setdefault(speaker_key(quote), []).append(quote)
    entity_names = {entity.id: entity.name for entity in article.entities}
    blocks: list[RenderableType] = [Text("Who says what", style="bold underline")]
    for quotes in groups.values():
        label = max((speaker_label(q, entity_names) for q in quotes), key=_label_rank)
        count = f"{len(quotes)} quote" + ("s" if len(quotes) > 1 else "")
        head = Text(f"\n{label}", style="bold")
        head.append(f"  ({quotes[0].speaker.type}, {count})", style="dim")
        blocks.append(head)
        blocks.extend(quote_line(article, q) for q in quotes)
    return Group(*blocks)


def _label_rank(label: str) -> tuple[bool, int]:
    # A resolved name beats a "[type] mention" label; then the longer, fuller one.
    return (not label.startswith("["), len(label))


def voice_section(article: Article, voice: str, heading: str) -> RenderableType | None:
    """The sentences with one voice (author's own, or vague), numbered, or ``None``."""
    sentences: list[Sentence] = [s for s in article.sentences if s.voice == voice]
    if not sentences:
        return None
    body = Text()
    for i, sentence in enumerate(sentences, start=1):
        body.append(f"{i:>3}. ", style="dim")
        body.append(_clip(article.text[sentence.start : sentence.end], 400))
        if sentence.cue:
            body.append(f"  [{sentence.cue.text}]", style="yellow")
        body.append("\n")
    return Panel(body, title=heading, border_style=VOICE_STYLE[voice])


def summary(article: Article) -> Text:
    """Counts of sentences by voice."""
    counts = {v: sum(1 for s in article.sentences if s.voice == v) for v in VOICE_STYLE}
    total = sum(counts.values()) or 1
    line = Text("sentences: ")
    for voice, count in counts.items():
        line.append(f"{voice} {count} ({100 * count // total}%)  ", style=VOICE_STYLE[voice])
    return line


def render(article: Article) -> Group:
    """The whole report for one article as a rich renderable."""
    parts: list[RenderableType] = [header(article), summary(article)]
    if article.quotes:
        parts.append(speakers_table(article))
    else:
        parts.append(Text("No attributions found.", style="dim"))
    for voice, heading in (
        ("vague", "Sourced only vaguely"),
        ("author", "In the author's own voice"),
    ):
        section = voice_section(article, voice, heading)
        if section is not None:
            parts.append(section)
    return Group(*parts)


def print_report(article: Article, console: Console | None = None) -> None:
    """Print the report of ``article`` to ``console`` (stdout by default)."""
    (console or Console()).print(render(article))
